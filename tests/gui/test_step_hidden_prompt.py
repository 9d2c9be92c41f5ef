"""A private_first prompt of a step: written hidden per partner, seen only after reveal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from stellenstof_desktop.domain import CoupleInput, PartnerInput, SessionInput, SessionRoute
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.session.step import StepView
from tests.gui.gui_helpers import child, click, press, show_tab, texts_everywhere, type_text

KEY = "patroon.mijn_aandeel"


def open_step_one(qtbot: QtBot, window: MainWindow, solo: bool = False) -> StepView:
    """A new couple's session, opened on the tab of step 1."""
    services = window.services
    couple = services.couples.create(
        CoupleInput("Sanne & Joost", (PartnerInput("Sanne"), PartnerInput("Joost")))
    )
    present = couple.partners[:1] if solo else couple.partners
    session = services.sessions.create(
        couple.id,
        SessionInput(
            date(2026, 3, 1), None, 90, frozenset(p.id for p in present), route=SessionRoute.COUPLE
        ),
    )
    window._reload_couples()
    window.open_session(session.id)
    page = next(p for p in window.session_view.pages if isinstance(p, StepView))
    show_tab(qtbot, window, page)
    return page


def write(
    qtbot: QtBot, window: MainWindow, page: StepView, name: str, text: str, *, alone: bool = False
) -> None:
    """Write as `name`; with one person in the room there is no laptop to hand over."""
    flow = page.prompts.hidden[KEY].flow
    assert flow is not None
    if not alone:
        assert flow.stage == "handover"
        assert flow.handover_title.text() == f"Geef de laptop aan {name}"
        press(window, Qt.Key.Key_Return)
    assert flow.stage == "entry"
    type_text(flow.editors["text"], text)
    press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_hidden_prompt_stays_hidden_until_the_coach_reveals(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    page = open_step_one(qtbot, window)
    box = page.prompts.hidden[KEY]
    click(qtbot, box.start_button)
    assert page.stack.currentWidget() is box.flow  # the flow covers the whole tab
    # ... and the whole window: no tabs, no couple list, no menus while a partner holds it.
    assert window.handover.engaged is box.flow
    assert not window.session_view.tabs.tabBar().isVisibleTo(window)
    assert not window.panel.isVisibleTo(window) and not window.menuBar().isVisibleTo(window)

    write(qtbot, window, page, "Sanne", "GEHEIM-SANNE-41 ik beslis vaak alvast")
    assert "GEHEIM-SANNE-41" not in texts_everywhere()
    write(qtbot, window, page, "Joost", "GEHEIM-JOOST-77 ik zeg 'maakt niet uit'")
    assert box.flow.stage == "ready"
    assert window.handover.engaged is None and window.panel.isVisibleTo(window)
    everything = texts_everywhere()
    assert "GEHEIM-SANNE-41" not in everything and "GEHEIM-JOOST-77" not in everything
    window.close()

    again = open_window()  # a restart: still hidden, ready to reveal
    page = next(p for p in again.session_view.pages if isinstance(p, StepView))
    show_tab(qtbot, again, page)
    box = page.prompts.hidden[KEY]
    assert "ingevuld (verborgen)" in box.status.text()
    assert "GEHEIM" not in texts_everywhere()
    click(qtbot, box.reveal_button)
    shown = [label.text() for label in page.findChildren(QLabel, "revealedAnswer")]
    assert shown == [
        "Sanne\nGEHEIM-SANNE-41 ik beslis vaak alvast",
        "Joost\nGEHEIM-JOOST-77 ik zeg 'maakt niet uit'",
    ]
    assert not box.start_button.isVisible()


def test_hidden_prompt_in_a_solo_session_asks_only_the_partner_present(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_step_one(qtbot, window, solo=True)
    box = page.prompts.hidden[KEY]
    click(qtbot, box.start_button)
    write(qtbot, window, page, "Sanne", "alleen Sanne", alone=True)
    assert box.flow is not None and box.flow.stage == "ready"
    reveal = child(box.flow, QPushButton, "revealButton")
    click(qtbot, reveal)
    assert page.stack.currentWidget() is page.scroll_area
    shown = [label.text() for label in page.findChildren(QLabel, "revealedAnswer")]
    assert shown == ["Sanne\nalleen Sanne"]  # nothing of, or about, the partner not there
