"""The Afspraken tab: a due date by the next appointment, shown and changed in place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stellenstof_desktop.ui.kit.format import short_date
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.session.agreements import AgreementsView
from tests.gui.gui_helpers import type_text
from tests.gui.test_steps import session_for

DAY = date(2026, 3, 1)
NEXT = date(2026, 3, 15)


def open_tab(window: MainWindow, next_appointment: date | None) -> tuple[AgreementsView, int]:
    session_id = session_for(window, day=DAY)
    window.services.agreements.set_next_appointment(session_id, next_appointment)
    view = window.page(AgreementsView)
    window.session_view.tabs.setCurrentWidget(view)
    return view, session_id


def add(view: AgreementsView, text: str) -> None:
    type_text(view.new_text, text)
    QTest.keyClick(view.new_text, Qt.Key.Key_Return)


def test_a_new_agreement_is_due_by_the_next_appointment(qtbot: QtBot, window: MainWindow) -> None:
    view, session_id = open_tab(window, NEXT)
    assert view.findChild(QWidget, "nextAppointment") is None  # set in the closing part now
    assert view.new_due.value() == NEXT
    add(view, "Joost kookt woensdag")
    (made,) = window.services.agreements.for_session(session_id)
    assert made.due_date == NEXT
    row = view.rows[made.id]
    assert row.due.value() == NEXT
    assert row.due.text() == f"uiterlijk {short_date(NEXT)}"  # as every date in the window
    assert "15-03-2026" not in row.due.edit.text()


def test_the_due_date_follows_an_appointment_set_later(qtbot: QtBot, window: MainWindow) -> None:
    view, session_id = open_tab(window, None)
    assert view.new_due.value() is None
    window.session_view.tabs.setCurrentIndex(0)
    window.services.agreements.set_next_appointment(session_id, NEXT)
    window.session_view.tabs.setCurrentWidget(view)
    assert view.new_due.value() == NEXT


def test_the_due_date_is_changed_and_cleared_in_place(qtbot: QtBot, window: MainWindow) -> None:
    view, session_id = open_tab(window, NEXT)
    add(view, "Samen een uitje plannen")
    (made,) = window.services.agreements.for_session(session_id)
    row = view.rows[made.id]

    row.due.edit.setDate(QDate(2026, 3, 20))
    assert window.flush()
    (changed,) = window.services.agreements.for_session(session_id)
    assert changed.due_date == date(2026, 3, 20) and changed.text == "Samen een uitje plannen"

    row.due.enabled.setChecked(False)  # no date after all
    assert window.flush()
    (cleared,) = window.services.agreements.for_session(session_id)
    assert cleared.due_date is None and row.due.text() == ""
