"""The main window driven as a coach would: couples, sessions, notes that survive a restart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from stellenstof_desktop.ui.couples.dialogs import CoupleDialog, SessionDialog
from stellenstof_desktop.ui.main_window import MainWindow
from tests.gui.gui_helpers import FakeMessages, run_dialog, type_text


def new_couple(qtbot: QtBot, window: MainWindow, first: str, second: str = "") -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CoupleDialog)
        type_text(dialog.partner_names[0], first)
        if second:
            type_text(dialog.partner_names[1], second)
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    run_dialog(qtbot, window.act_new_couple.trigger, fill)


def new_session(qtbot: QtBot, window: MainWindow, when: date | None = None) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        if when is not None:
            dialog.date.setDate(QDate(when.year, when.month, when.day))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    run_dialog(qtbot, window.act_new_session.trigger, fill)


def open_session_id(window: MainWindow) -> int:
    """The ID of the session open in `window`; fails the test if none is open."""
    session_id = window.current_session_id()
    assert session_id is not None, "no session is open"
    return session_id


def items(widget: QListWidget) -> list[str]:
    return [widget.item(i).text().splitlines()[0] for i in range(widget.count())]


def test_create_couple_session_notes_and_find_them_after_restart(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    new_couple(qtbot, window, "Zoë", "Joël")
    assert items(window.panel.couples) == ["Zoë en Joël"]  # name suggested from the partners

    new_session(qtbot, window)
    assert window.session_view.session is not None
    assert window.session_view.session.date == date.today()
    assert len(window.session_view.session.attended_ids) == 2  # both ticked by default

    type_text(window.notes.shared, "Samen gekozen: pannenkoeken & <film> 🎬")
    type_text(window.notes.private, "Joël zwijgt bij geld.")
    qtbot.waitUntil(lambda: "Opgeslagen" in window.save_label.text(), timeout=4000)
    type_text(window.notes.private, "\nNog één regel")
    window.close()  # close saves what the timer has not yet written

    again = open_window()
    assert again.session_view.session is not None  # the last session opens by itself
    assert again.notes.shared.toPlainText() == "Samen gekozen: pannenkoeken & <film> 🎬"
    assert again.notes.private.toPlainText() == "Joël zwijgt bij geld.\nNog één regel"


def test_switching_sessions_saves_immediately(qtbot: QtBot, window: MainWindow) -> None:
    new_couple(qtbot, window, "Anne", "Bram")
    new_session(qtbot, window, date(2026, 1, 5))
    first = window.current_session_id()
    assert first is not None
    type_text(window.notes.shared, "eerste sessie")
    new_session(qtbot, window, date(2026, 2, 5))  # switching happens before the timer fires
    assert window.current_session_id() != first
    assert window.notes.shared.toPlainText() == ""
    assert window.services.notes.get(first).shared == "eerste sessie"
    assert items(window.panel.sessions)[0].startswith("do 5 feb 2026")  # newest first


def test_tab_switch_saves(qtbot: QtBot, window: MainWindow) -> None:
    new_couple(qtbot, window, "Anne")
    new_session(qtbot, window)
    type_text(window.notes.private, "privé")
    notes = window.services.notes
    window.session_view.tabs.setCurrentIndex(0)  # handed to the writer, not waited for
    qtbot.waitUntil(lambda: notes.get(open_session_id(window)).private == "privé")


def test_search_filters_as_you_type_ignoring_accents(qtbot: QtBot, window: MainWindow) -> None:
    for first, second in (("Zoë", "Bas"), ("Fatima", "Youssef"), ("Lotte", "Eva")):
        new_couple(qtbot, window, first, second)
    qtbot.keyClicks(window.panel.search, "zoe")
    assert items(window.panel.couples) == ["Zoë en Bas"]
    window.panel.search.clear()
    qtbot.keyClicks(window.panel.search, "xyz")
    assert items(window.panel.couples) == []
    assert window.panel.empty_hint.isVisible()
    window.panel.search.clear()
    assert len(items(window.panel.couples)) == 3


def test_empty_name_is_refused_next_to_the_field(qtbot: QtBot, window: MainWindow) -> None:
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CoupleDialog)
        dialog.partner_names[0].setText("   ")
        type_text(dialog.display_name, "Anne & Bram")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible()  # nothing is lost: the dialog stays open
        label = dialog.findChild(QLabel, "error_partner1.name")
        seen["error"] = label.text() if label and label.isVisible() else ""

    run_dialog(qtbot, window.act_new_couple.trigger, fill)
    assert seen["error"] == "Vul een naam in."
    assert window.services.couples.list() == []


def test_delete_couple_needs_confirmation_and_really_deletes(
    qtbot: QtBot, window: MainWindow, messages: FakeMessages
) -> None:
    new_couple(qtbot, window, "Anne", "Bram")
    new_session(qtbot, window)
    type_text(window.notes.shared, "weg ermee")
    window.flush()
    couple_id = window.panel.current_couple_id()

    messages.answers = [False]
    window.act_delete_couple.trigger()
    assert messages.shown[-1][0] == "confirm" and "definitief" in messages.shown[-1][2]
    assert [c.id for c in window.services.couples.list()] == [couple_id]

    messages.answers = [True]
    window.act_delete_couple.trigger()
    assert window.services.couples.list() == []
    assert window.services.sessions.list_all() == []
    assert items(window.panel.couples) == []
    assert window.session_view.session is None
    assert window.notes.shared.toPlainText() == ""


def test_failed_save_keeps_text_and_says_so(
    qtbot: QtBot, window: MainWindow, messages: FakeMessages, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stellenstof_desktop.errors import StorageError

    new_couple(qtbot, window, "Anne")
    new_session(qtbot, window)
    real_save = window.services.notes.save

    def broken(*_args: object) -> None:
        raise StorageError("schijf vol")

    monkeypatch.setattr(window.services.notes, "save", broken)
    type_text(window.notes.shared, "niet kwijtraken")
    assert window.flush() is False
    assert "Niet opgeslagen" in window.save_label.text()
    assert sum(kind == "error" for kind, *_ in messages.shown) == 1
    assert window.notes.shared.toPlainText() == "niet kwijtraken"

    monkeypatch.setattr(window.services.notes, "save", real_save)
    assert window.flush() is True
    assert window.services.notes.get(open_session_id(window)).shared == "niet kwijtraken"


def test_window_size_is_remembered(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    window.resize(1100, 700)  # inside the 1920×1080 test screen
    window.close()
    again = open_window()
    assert (again.width(), again.height()) == (1100, 700)


def test_keyboard_shortcuts_open_dialogs_and_focus_search(qtbot: QtBot, window: MainWindow) -> None:
    opened: list[str] = []
    run_dialog(
        qtbot,
        lambda: QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        lambda dialog: opened.append(dialog.objectName()),
    )
    assert opened == ["coupleDialog"]
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.findChild(QLineEdit, "coupleSearch")
