"""The couple's view on a second screen (issue 17).

The two-screen hour runs in its own process (tests/drivers/second_screen.py): this
process's QApplication was made with one screen (tests/screens/desk.json), the driver's
with a laptop and a TV (tests/screens/two.json). The TV is really unplugged and plugged
in again there (the offscreen platform's setConfiguration). What needs no second screen
(type sizes, names as typed, what each part shows) is tested here, in-process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from stellenstof_desktop.domain import (
    AgreementInput,
    CoupleInput,
    NoteKind,
    PartnerInput,
    SessionDetails,
    SessionInput,
)
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.room.couple_parts import Part
from stellenstof_desktop.ui.room.couple_view import MIN_POINT_SIZE, CoupleView
from tests.gui.gui_helpers import visible_texts

ROOT = Path(__file__).resolve().parents[2]
SECRETS = ("PRIVE-NOTITIE", "PRIVE-OBSERVATIE", "Tip voor de coach", "VERBORGEN", "CHECKOUT")


@pytest.fixture(scope="module")
def hour(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The whole hour with a TV beside the laptop, once, as the driver reports it."""
    shots = tmp_path_factory.mktemp("second-screen-shots")
    result = subprocess.run(
        [sys.executable, "-m", "tests.drivers.second_screen", "--shots", str(shots)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_nothing_private_reaches_the_tv_at_any_part_of_the_hour(hour: dict[str, Any]) -> None:
    # Every part, the hand-overs and entries, the reveal, agreements, closing with check-outs:
    # the driver looked into every widget of the couple's view for every planted secret.
    assert hour["problems"] == []
    facts = hour["facts"]
    assert facts["small_labels"] == []  # no label under the minimum type size anywhere
    assert len(hour["shots"]) >= 2 * 14


def test_the_couple_view_fills_the_second_screen(hour: dict[str, Any]) -> None:
    facts = hour["facts"]
    assert facts["screens"] == ["laptop", "tv"]
    assert facts["asked"] == ["Het stel laten meekijken op het tweede scherm?"]
    assert facts["remembered"] == "yes"
    assert facts["laptop_screen"] == "laptop" and facts["tv_screen"] == "tv"
    assert facts["tv_full_screen"] and facts["tv_frameless"]
    assert facts["tv_geometry"] == facts["tv_screen_geometry"] == [1366, 0, 1920, 1080]
    assert facts["coach_view"]  # the laptop shows the coach her own texts again
    assert facts["min_point_size"] == pytest.approx(MIN_POINT_SIZE)  # a 1080-line TV at 96 dpi


def test_the_two_views_stay_in_step(hour: dict[str, Any]) -> None:
    facts = hour["facts"]
    assert facts["titles"] == facts["laptop_titles"]
    assert len(facts["titles"]) == 8  # check-in, review, two steps, exercise, ..., notes
    assert facts["typed_shows"] and facts["note_shows"] and facts["map_row"]
    assert facts["handover_card"] == "De laptop gaat naar Sanne"
    assert facts["entry_card"] == "Sanne heeft de laptop"
    assert facts["second_handover_card"] == "De laptop gaat naar Joost"
    assert facts["revealed_shows"] and facts["side_by_side"]
    assert facts["decision_shows"] and facts["agreement_shows"] and facts["appointment_shows"]
    assert facts["checkout_card_Sanne"] == "De laptop gaat naar Sanne"
    assert facts["checkouts_shown"]
    assert facts["paused"] and facts["unpaused"]
    assert set(facts["pause_texts"]) == {"Even pauze"}


def test_unplugging_the_tv_is_one_screen_session_mode_with_nothing_lost(
    hour: dict[str, Any],
) -> None:
    facts = hour["facts"]
    assert facts["removal"] == "real"  # the screen really went, not a simulated signal
    assert facts["screens_after_unplug"] == ["laptop"]
    assert not facts["view_after_unplug"] and facts["room_after_unplug"]
    assert not facts["coach_view_after_unplug"]
    assert facts["coach_only_visible_after_unplug"] == []
    assert facts["laptop_safe_after_unplug"] == []
    assert facts["data_after_unplug"] == {
        "shared_answer": "GEDEELD-ANTWOORD met <b>&amp;",
        "agreements": ["Joost zoekt een huisje aan zee"],
        "checkouts": 2,
        "exercise_revealed": True,
        "shared_note": "GEDEELDE-NOTITIE",
        "private_note": "PRIVE-NOTITIE",
    }
    # Plugged in again: the remembered yes, without a question; a remembered no only
    # keeps the automatic offer away, "Tweede scherm…" still works.
    assert facts["view_after_replug"] and facts["asked_on_replug"] == 0
    assert facts["replug_screen"] == "tv" and facts["coach_view_after_replug"]
    assert not facts["view_after_no"] and facts["view_by_hand"]
    assert not facts["view_after_leave"] and not facts["coach_view_after_leave"]
    assert facts["couple_views_left"] == []


# -- in-process: the view itself on this process's one screen ---------------------------


@pytest.fixture
def session(window: MainWindow) -> SessionDetails:
    services: Services = window.services
    couple = services.couples.create(
        CoupleInput("<b>Lot</b> & Mees", (PartnerInput("<b>Lot</b>"), PartnerInput("Mees & co")))
    )
    details = services.sessions.create(
        couple.id,
        SessionInput(date(2026, 6, 1), time(19, 30), 90, frozenset(p.id for p in couple.partners)),
    )
    lot, mees = couple.partners
    services.notes.save(details.id, NoteKind.PRIVATE, "PRIVE-NOTITIE")
    services.notes.save(details.id, NoteKind.SHARED, "Samen <i>gedeeld</i>")
    services.answers.save_observation(details.id, "patroon", "PRIVE-OBSERVATIE")
    services.answers.save_hidden(details.id, "patroon.mijn_aandeel", lot.id, "VERBORGEN-LOT")
    services.answers.save_value(details.id, "checkin.gelijkwaardig", lot.id, 7)
    services.answers.save_text(details.id, "patroon.wat_het_oplevert", mees.id, "Rust & <ruimte>")
    services.agreements.add(details.id, AgreementInput("Samen koken", mees.id))
    services.checkouts.save(details.id, lot.id, 8, 7, "CHECKOUT-LOT")
    return details


@pytest.fixture
def couple_view(qtbot: QtBot, window: MainWindow) -> Iterator[CoupleView]:
    view = CoupleView(window.services, window.method)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    yield view


PARTS = (
    Part("checkin", "Check-in"),
    Part("review", "Hoe ging het?"),
    Part("step", "1 · Het patroon is van ons samen", number=1),
    Part("step", "3 · Allebei evenveel te zeggen", number=3),
    Part("exercise", "Samen besluiten"),
    Part("agreements", "Afspraken"),
    Part("closing", "Afsluiting"),
    Part("notes", "Notities"),
)


@pytest.mark.parametrize("part", PARTS, ids=[p.kind + str(p.number or "") for p in PARTS])
def test_every_label_is_readable_from_three_metres_and_shows_names_as_typed(
    couple_view: CoupleView, session: SessionDetails, part: Part
) -> None:
    couple_view.show_part(session, part)
    minimum = couple_view.min_point_size()
    assert minimum >= MIN_POINT_SIZE * 0.99  # desk.json: a 1080-line screen at 96 dpi
    labels = couple_view.findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.font().pointSizeF() >= minimum - 0.01, label.text()
        assert label.textFormat().name == "PlainText", label.text()  # no HTML from a name
    texts = "\n".join(visible_texts(couple_view))
    assert couple_view.title_label.text() == part.title
    assert "<b>Lot</b> en Mees & co" in texts  # the caption, literally
    for secret in SECRETS:
        assert secret not in texts
    expected = {
        "checkin": "●●●●●●●○○○  7",
        "step1": "Rust & <ruimte>",
        "agreements": "Samen koken (Mees & co)",
        "closing": "check-out gegeven ✓",
        "notes": "Samen <i>gedeeld</i>",
    }.get(part.kind + (str(part.number) if part.kind == "step" and part.number == 1 else ""))
    if expected is not None:
        assert expected in texts


def test_the_minimum_follows_the_screen_lines_and_dpi(couple_view: CoupleView) -> None:
    from stellenstof_desktop.ui.room import couple_view as module

    class Screen:
        def __init__(self, lines: int, dpi: float) -> None:
            self._lines, self._dpi = lines, dpi

        def geometry(self) -> Any:
            from PySide6.QtCore import QRect

            return QRect(0, 0, 16 * self._lines // 9, self._lines)

        def logicalDotsPerInch(self) -> float:
            return self._dpi

    size = module.min_point_size
    assert size(Screen(1080, 96)) == pytest.approx(MIN_POINT_SIZE)  # type: ignore[arg-type]
    assert size(Screen(2160, 96)) == pytest.approx(2 * MIN_POINT_SIZE)  # type: ignore[arg-type]
    # Twice the DPI: the same pixels on screen, so half the points.
    assert size(Screen(1080, 192)) == pytest.approx(MIN_POINT_SIZE / 2)  # type: ignore[arg-type]
