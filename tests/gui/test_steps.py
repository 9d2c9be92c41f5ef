"""The session's method tabs driven as a coach would: steps, check-in, agreements, review."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QToolButton
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import GuiOptions, run_gui
from stellenstof_desktop.domain import CoupleInput, PartnerInput, SessionInput, SessionRoute
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.ui.kit.scale_input import ScaleInput
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.session.agreements import AgreementsView
from stellenstof_desktop.ui.session.decision_map import DecisionMap
from stellenstof_desktop.ui.session.overview import OverviewView
from stellenstof_desktop.ui.session.review import ReviewView
from stellenstof_desktop.ui.session.step import StepView
from tests.gui.gui_helpers import FakeMessages, child, type_text


def session_for(window: MainWindow, solo: bool = False, day: date = date(2026, 3, 1)) -> int:
    services = window.services
    couples = services.couples.list()
    couple = (
        services.couples.get(couples[0].id)
        if couples
        else services.couples.create(
            CoupleInput("Sanne & Joost", (PartnerInput("Sanne"), PartnerInput("Joost")))
        )
    )
    present = couple.partners[:1] if solo else couple.partners
    made = services.sessions.create(
        couple.id,
        SessionInput(day, None, 90, frozenset(p.id for p in present), route=SessionRoute.COUPLE),
    )
    window._reload_couples()
    window.open_session(made.id)
    return made.id


def step(window: MainWindow, number: int) -> StepView:
    """The tab of step `number`, built even while it is not the current tab."""
    page = next(
        p for p in window.session_view.pages if isinstance(p, StepView) and p.step.number == number
    )
    page.ensure_loaded()
    return page


def editor(page: StepView | OverviewView, name: str) -> QPlainTextEdit:
    found = page.findChild(QPlainTextEdit, name)
    assert found is not None, name
    return found


def partner_id(window: MainWindow, index: int) -> int:
    """The ID of partner `index` (by position) of the open session."""
    session = window.session_view.session
    assert session is not None, "no session is open"
    return session.partners[index].id


def click_scale(page: StepView | OverviewView, key: str, position: int, value: int) -> None:
    scale = child(page, ScaleInput, f"scale:{key}:{position}")
    button = child(scale, QToolButton, f"scale{value}")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_tabs_in_order_with_step_titles(window: MainWindow) -> None:
    session_for(window)
    tabs = window.session_view.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[:2] == ["Check-in", "Hoe ging het?"]
    assert titles[2:7] == [
        "1 · Patroon",
        "2 · Verschillen",
        "3 · Invloed",
        "4 · Onderstroom",
        "5 · Ruimte",
    ]
    assert titles[7:] == [
        "Samen besluiten",
        "Afspraken",
        "Afsluiting",
        "Notities",
        "Voortgang",
        "Samenvatting",
    ]


def test_every_kind_of_answer_survives_a_restart(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    session_for(window)
    window.session_view.tabs.setCurrentWidget(step(window, 1))
    one = step(window, 1)
    type_text(editor(one, "answer:patroon.wie_beslist"), "Over eten & <uitjes> beslist Sanne")
    type_text(editor(one, "answer:patroon.wat_het_oplevert:2"), "Rust, maar ik mis mijn stem")
    click_scale(one, "patroon.herkenning", 1, 8)
    click_scale(one, "patroon.herkenning", 2, 3)
    QTest.keyClick(child(one, QCheckBox, "discussed"), Qt.Key.Key_Space)
    type_text(editor(one, "observation"), "Joost kijkt weg")

    three = step(window, 3)
    window.session_view.tabs.setCurrentWidget(three)  # switching tabs saves step 1 at once
    grid = child(three, DecisionMap, "map:gelijk.kaart")
    for area in ("eten", "uitjes", "geld"):
        grid.combos[(area, None)].setCurrentIndex(1)  # Sanne decides now
    grid.combos[("geld", partner_id(window, 1))].setCurrentIndex(3)  # samen
    assert grid.summary.text() == "Nu: 3 van 8 door Sanne."

    overview = window.page(OverviewView)
    click_scale(overview, "checkin.gelijkwaardig", 1, 4)
    window.close()

    again = open_window()
    one = step(again, 1)
    assert (
        editor(one, "answer:patroon.wie_beslist").toPlainText()
        == "Over eten & <uitjes> beslist Sanne"
    )
    assert (
        editor(one, "answer:patroon.wat_het_oplevert:2").toPlainText()
        == "Rust, maar ik mis mijn stem"
    )
    assert one.prompts.scales[("patroon.herkenning", partner_id(again, 0))].value() == 8
    assert child(one, QCheckBox, "discussed").isChecked()
    assert editor(one, "observation").toPlainText() == "Joost kijkt weg"
    grid = child(step(again, 3), DecisionMap, "map:gelijk.kaart")
    assert grid.choices(None) == {"eten": "1", "uitjes": "1", "geld": "1"}
    assert grid.choices(partner_id(again, 1)) == {"geld": "samen"}
    overview = again.page(OverviewView)
    assert overview.prompts.scales[("checkin.gelijkwaardig", partner_id(again, 0))].value() == 4
    marks = [w.text() for w in overview.findChildren(QLabel) if w.text() in ("✓", "–")]
    assert marks[0] == "✓" and marks.count("✓") == 1  # step 1 discussed


def test_solo_session_marks_the_absent_partner(window: MainWindow) -> None:
    session_for(window, solo=True)
    one = step(window, 1)
    assert editor(one, "answer:patroon.wat_het_oplevert:1").isEnabled()
    assert not editor(one, "answer:patroon.wat_het_oplevert:2").isEnabled()
    notes = [w.text() for w in one.findChildren(QLabel)]
    assert "Joost is er deze sessie niet bij" in notes
    assert editor(one, "answer:patroon.wie_beslist").isEnabled()  # shared still works


def test_answers_to_removed_questions_are_shown_as_earlier(window: MainWindow) -> None:
    session_id = session_for(window)
    window.services.answers.save_text(session_id, "patroon.vroeger", None, "oud antwoord")
    window.open_session(session_id)
    window.session_view.show_session(window.services.sessions.get(session_id))
    earlier = [w.text() for w in step(window, 1).findChildren(QLabel, "earlierAnswer")]
    assert earlier == ["Antwoord op een vervallen vraag (patroon.vroeger), samen: oud antwoord"]


def test_agreements_carry_over_to_the_next_review(qtbot: QtBot, window: MainWindow) -> None:
    first = session_for(window, day=date(2026, 3, 1))
    view = window.page(AgreementsView)
    window.session_view.tabs.setCurrentWidget(view)
    type_text(view.new_text, "Joost kookt woensdag")
    QTest.keyClick(view.new_text, Qt.Key.Key_Return)
    QTest.keyClick(view.new_text, Qt.Key.Key_Return)  # empty: refused next to the field
    assert view.new_error.isVisible() and "Beschrijf" in view.new_error.text()
    assert [a.text for a in window.services.agreements.for_session(first)] == [
        "Joost kookt woensdag"
    ]

    session_for(window, day=date(2026, 3, 15))
    review = window.page(ReviewView)
    window.session_view.tabs.setCurrentWidget(review)
    (combo, note) = next(iter(review.reviews.values()))
    combo.setCurrentIndex(combo.findText("Deels"))
    type_text(note, "twee keer")
    assert window.flush()
    (agreement,) = window.services.agreements.for_session(first)
    assert agreement.review is not None and agreement.review.value == "partly"
    assert agreement.review_note == "twee keer"


def test_ctrl_number_and_page_keys_switch_tabs(qtbot: QtBot, window: MainWindow) -> None:
    session_for(window)
    tabs = window.session_view.tabs
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2
    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 3
    QTest.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2


def test_every_field_has_a_name_a_screen_reader_can_read(window: MainWindow) -> None:
    session_for(window)
    for page in window.session_view.pages:
        for field in page.findChildren(QPlainTextEdit) + page.findChildren(QComboBox):
            assert field.accessibleName(), f"{page.objectName()}: {field.objectName()}"


def test_broken_own_content_file_falls_back_with_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / "content").mkdir(parents=True)
    (folder / "content" / "method.nl.toml").write_text("schema = 1\n[[steps]\nkapot", "utf-8")
    messages = FakeMessages()
    assert run_gui(GuiOptions(data_dir=str(folder), quit_after="ready"), messages) == 0
    assert (folder / DB_FILENAME).exists()
    assert messages.shown and "standaardteksten" in messages.shown[0][2]
    assert "method.nl.toml" in messages.shown[0][2]
