"""The coach brings back a paragraph she deleted by accident, from the session menu."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from stellenstof_desktop.store.revisions import install
from stellenstof_desktop.ui.main_window import MainWindow
from tests.gui.gui_helpers import (
    FakeMessages,
    child,
    click,
    couple_with_session,
    open_exercise_tab,
    press,
    run_dialog,
    show_tab,
    start_exercise,
    type_text,
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 19, 30)

    def __call__(self) -> datetime:
        return self.now


def test_the_coach_restores_a_deleted_paragraph_of_the_shared_note(
    qtbot: QtBot, window: MainWindow, messages: FakeMessages
) -> None:
    clock = Clock()
    install(window.services.db.sessions, clock)
    _, session = couple_with_session(window.services, "Sanne", "Joost")
    window.open_session(session.id)
    notes = window.notes
    show_tab(qtbot, window, notes)
    type_text(notes.shared, "Ze kozen samen.\nZij doet vaker een voorstel.")
    assert window.flush()

    clock.now += timedelta(hours=1)
    notes.shared.moveCursor(notes.shared.textCursor().MoveOperation.End)
    for _ in "\nZij doet vaker een voorstel.":
        press(notes.shared, Qt.Key.Key_Backspace)
    assert notes.shared.toPlainText() == "Ze kozen samen."
    assert window.act_revisions.isEnabled()
    messages.answers.append(True)  # "Terugzetten" in the confirmation

    def drive(dialog: QDialog) -> None:
        versions = child(dialog, QListWidget, "revisionList")
        assert versions.count() == 1
        assert "Gedeelde notitie" in versions.item(0).text()
        preview = child(dialog, QPlainTextEdit, "revisionPreview")
        assert preview.toPlainText() == "Ze kozen samen.\nZij doet vaker een voorstel."
        click(qtbot, child(dialog, QPushButton, "revisionRestore"))

    run_dialog(qtbot, window.act_revisions.trigger, drive)  # saves what was typed first
    assert messages.shown[-1][:2] == ("confirm", "Eerdere versie terugzetten")
    assert window.notes.shared.toPlainText() == "Ze kozen samen.\nZij doet vaker een voorstel."
    assert window.services.notes.get(session.id).shared.endswith("vaker een voorstel.")
    # The restore is undoable: the shortened text is an earlier version now.
    assert window.services.revisions.for_session(session.id)[0].text == "Ze kozen samen."


def test_out_of_reach_while_presenting_and_while_a_hidden_entry_is_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    _, session = couple_with_session(window.services, "Sanne", "Joost")
    window.open_session(session.id)
    assert window.act_revisions.isEnabled()
    window.room.start()
    assert not window.act_revisions.isEnabled()
    assert window.room.leave(ask=False)
    assert window.act_revisions.isEnabled()

    view = open_exercise_tab(qtbot, window, session.id)
    start_exercise(qtbot, window, view, "Wat doen we zaterdag?")
    window._update_actions()  # as opening the session menu does
    assert not window.act_revisions.isEnabled()
    window.act_revisions.trigger()  # and its slot refuses too
    assert not window.findChildren(QDialog, "revisionsDialog")
