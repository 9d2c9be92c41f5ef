"""Alleen verder: a session with one of two partners runs the solo route, in one person's words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stellenstof_desktop.domain import CoupleInput, PartnerInput, SessionRoute
from stellenstof_desktop.ui.couples.dialogs import SessionDialog
from stellenstof_desktop.ui.kit.scale_input import ScaleInput
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.session.overview import OverviewView
from stellenstof_desktop.ui.session.step import StepView
from tests.gui.gui_helpers import child, run_dialog, show_tab, type_text

SOLO_TABS = ["1 · Wachten", "2 · Mijn patroon", "3 · Loslaten", "4 · Ruimte", "5 · Mijn stap"]
COUPLE_TABS = ["1 · Patroon", "2 · Verschillen", "3 · Invloed", "4 · Onderstroom", "5 · Ruimte"]


def two_partners(window: MainWindow) -> None:
    couple = window.services.couples.create(
        CoupleInput("Sanne & Joost", (PartnerInput("Sanne"), PartnerInput("Joost")))
    )
    window._reload_couples(select=couple.id)


def new_session(qtbot: QtBot, window: MainWindow, drive: Callable[[SessionDialog], None]) -> None:
    """Nieuwe sessie…, let `drive` fill in the dialog, then OK."""

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        drive(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert not dialog.isVisible(), "the dialog refused its input"

    run_dialog(qtbot, window.act_new_session.trigger, fill)


def untick_joost(dialog: SessionDialog) -> None:
    QTest.keyClick(child(dialog, QCheckBox, "present2"), Qt.Key.Key_Space)


def tab_texts(window: MainWindow) -> list[str]:
    tabs = window.session_view.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def steps(window: MainWindow) -> list[StepView]:
    pages = [p for p in window.session_view.pages if isinstance(p, StepView)]
    for page in pages:
        page.ensure_loaded()
    return pages


def answer(page: QWidget, key: str) -> QPlainTextEdit:
    return child(page, QPlainTextEdit, f"answer:{key}")


def shown_texts(page: QWidget) -> list[str]:
    """What the people in the room can read on `page`: labels, boxes, buttons, tabs."""
    texts: list[str] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QCheckBox | QPushButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.placeholderText())
    return texts


def test_a_solo_session_runs_its_own_route_in_one_persons_words(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    two_partners(window)

    def proposed(dialog: SessionDialog) -> None:
        solo, together = dialog.route_solo, dialog.route_couple
        assert together.isChecked() and not solo.isEnabled()  # both ticked: the five steps
        untick_joost(dialog)
        assert solo.isChecked() and solo.isEnabled()  # one of two: Alleen verder, proposed
        untick_joost(dialog)  # ticked again
        assert together.isChecked()
        untick_joost(dialog)
        assert solo.isChecked()

    new_session(qtbot, window, proposed)
    session = window.session_view.session
    assert session is not None and session.route is SessionRoute.SOLO
    assert window.session_view.subheader.text().startswith("Alleen verder · Aanwezig: Sanne")
    assert tab_texts(window)[2:7] == SOLO_TABS

    one, two, *_ = steps(window)
    assert one.step.title == "De gedachte die je laat wachten"
    assert not one.findChildren(ScaleInput, "scale:solo_wachten.invloed:2")  # Joost is not here
    show_tab(qtbot, window, two)
    editor = answer(two, "solo_patroon.wachten_op")
    card = editor.parentWidget()
    assert card is not None
    names_above = [w.text() for w in card.findChildren(QLabel)]
    assert "Sanne" in names_above and "samen" not in " ".join(names_above).lower()
    type_text(editor, "Dat Joost eerst iets zegt. Eén keer zelf beginnen.")
    show_tab(qtbot, window, one)  # switching tabs saves at once
    button = child(child(one, ScaleInput, "scale:solo_wachten.invloed:1"), QToolButton, "scale7")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    overview = window.page(OverviewView)
    show_tab(qtbot, window, overview)
    assert not overview.findChildren(ScaleInput, "scale:checkin.gelijkwaardig:1")
    checkin = child(overview, ScaleInput, "scale:solo_checkin.wachten:1")
    QTest.mouseClick(child(checkin, QToolButton, "scale3"), Qt.MouseButton.LeftButton)
    assert child(overview, QLabel, "routeTitle").text() == "Alleen verder"
    labels = shown_texts(overview)
    assert "Hoeveel ruimte neem ik voor mijn eigen groei?" in labels
    assert "1 · De gedachte die je laat wachten" in labels  # the solo steps to tick off

    for page in [overview, *steps(window)]:
        said = [t for t in shown_texts(page) if "jullie" in t.lower()]
        assert said == [], page.objectName()
    bar = window.session_view.tabs
    assert not [t for i in range(6) for t in (bar.tabText(i), bar.tabToolTip(i)) if "ullie" in t]
    window.close()  # close saves what the timer has not yet written

    again = open_window()
    assert again.session_view.session is not None  # the last session opens by itself
    assert tab_texts(again)[2:7] == SOLO_TABS
    one, two, *_ = steps(again)
    assert answer(two, "solo_patroon.wachten_op").toPlainText() == (
        "Dat Joost eerst iets zegt. Eén keer zelf beginnen."
    )
    sanne = again.session_view.session.partners[0].id
    assert one.prompts.scales[("solo_wachten.invloed", sanne)].value() == 7
    overview = again.page(OverviewView)
    overview.ensure_loaded()
    assert overview.prompts.scales[("solo_checkin.wachten", sanne)].value() == 3


def test_switching_between_a_solo_and_a_joint_session_swaps_the_route(
    qtbot: QtBot, window: MainWindow
) -> None:
    two_partners(window)
    new_session(qtbot, window, lambda dialog: None)
    joint = window.current_session_id()
    new_session(qtbot, window, untick_joost)
    solo = window.current_session_id()
    assert joint is not None and solo is not None

    window.open_session(joint)
    assert tab_texts(window)[2:7] == COUPLE_TABS
    one = steps(window)[0]
    assert answer(one, "patroon.wie_beslist").isEnabled()
    assert window.page(OverviewView).findChildren(ScaleInput, "scale:checkin.ruimte:2")
    assert not window.session_view.subheader.text().startswith("Alleen verder")

    window.open_session(solo)
    assert tab_texts(window)[2:7] == SOLO_TABS
    assert not one.findChildren(QPlainTextEdit, "answer:patroon.wie_beslist")
    assert answer(steps(window)[0], "solo_wachten.gedachte").isEnabled()


def test_the_coachs_own_choice_is_kept_when_presence_changes(
    qtbot: QtBot, window: MainWindow
) -> None:
    two_partners(window)

    def together_anyway(dialog: SessionDialog) -> None:
        untick_joost(dialog)
        assert dialog.route_solo.isChecked()
        QTest.keyClick(dialog.route_couple, Qt.Key.Key_Space)
        untick_joost(dialog)
        untick_joost(dialog)  # off and on again: her choice stands
        assert dialog.route_couple.isChecked()

    new_session(qtbot, window, together_anyway)
    session = window.session_view.session
    assert session is not None and session.route is SessionRoute.COUPLE
    assert session.attended_ids == {session.partners[0].id}
    assert tab_texts(window)[2:7] == COUPLE_TABS
    absent = child(steps(window)[0], QPlainTextEdit, "answer:patroon.wat_het_oplevert:2")
    assert not absent.isEnabled()  # the five steps, with Joost marked as not here

    def reopened(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        assert dialog.route_couple.isChecked()  # what she ran, not a new proposal
        QTest.keyClick(dialog.route_solo, Qt.Key.Key_Space)
        ok: QAbstractButton = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()

    run_dialog(qtbot, window.act_edit_session.trigger, reopened)
    assert window.session_view.session is not None
    assert window.session_view.session.route is SessionRoute.SOLO
    assert tab_texts(window)[2:7] == SOLO_TABS
