"""Encryption in the window: unlock at start, setting a passphrase, the automatic lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import GuiOptions, run_gui
from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.store.crypto import FileKind, check_key, file_kind
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.safety.controller import OFFERED_KEY, SafetyController
from tests.gui.gui_helpers import (
    FakeMessages,
    Guarded,
    child,
    run_dialog,
    texts_everywhere,
    type_text,
    visible_texts,
)

PASSPHRASE = "lange zin met ë en spaties"
COUPLE = "Zoë & Joël Vermeulen"
NOTE = "Zij voelt zich niet gehoord bij geldzaken"


class RealPassphraseDialog(FakeMessages):
    """Message boxes recorded, but the real passphrase dialog, for a test to drive."""

    passphrase = Messages.passphrase


def _enter(field: QLineEdit, text: str) -> None:
    field.clear()
    type_text(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def _couple_with_note(services: Services) -> int:
    couple = services.couples.create(
        CoupleInput(COUPLE, (PartnerInput("Zoë"), PartnerInput("Joël")))
    )
    session = services.sessions.create(
        couple.id,
        SessionInput(date(2026, 5, 4), None, 90, frozenset(p.id for p in couple.partners)),
    )
    services.notes.save(session.id, NoteKind.SHARED, "eerder getypt")
    return session.id


# -- unlocking at start ----------------------------------------------------------------------


def test_unlock_dialog_wrong_then_right(
    qtbot: QtBot, encrypted_dir: Path, passphrase: str, settings_path: Path
) -> None:
    data_dir = encrypted_dir
    path = data_dir / DB_FILENAME
    before = path.read_bytes()
    messages = RealPassphraseDialog()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(settings, messages)
    qtbot.addWidget(window)
    guard = SafetyController(window, messages, settings, data_dir, today=lambda: date(2026, 6, 1))
    opened: list[Services | None] = []

    def drive(dialog: QDialog) -> None:
        assert dialog.objectName() == "passphraseDialog"
        field = child(dialog, QLineEdit, "passphraseField")
        error = child(dialog, QLabel, "passphraseError")
        assert field.echoMode() is QLineEdit.EchoMode.Password
        assert "versleuteld" in child(dialog, QLabel, "passphraseIntro").text()
        _enter(field, "verkeerd wachtwoord")
        assert dialog.isVisible() and error.isVisible()
        assert "klopt niet" in error.text()
        assert path.read_bytes() == before  # nothing written for a wrong try
        assert sorted(p.name for p in data_dir.iterdir()) == [DB_FILENAME]
        _enter(field, passphrase)
        assert not dialog.isVisible()

    run_dialog(qtbot, lambda: opened.append(guard.open()), drive)
    services = opened[0]
    assert services is not None and services.db.key == passphrase
    try:
        assert services.couples.list() == []
        assert messages.shown == []
    finally:
        services.db.close()


def test_unlock_cancelled_quits_and_touches_nothing(encrypted_dir: Path) -> None:
    data_dir = encrypted_dir
    path = data_dir / DB_FILENAME
    before = path.read_bytes()
    messages = FakeMessages()
    messages.passphrases = ["niet dit", "ook niet dit"]  # then the coach gives up
    assert run_gui(GuiOptions(data_dir=str(data_dir)), messages) == 1
    assert [shown[0] for shown in messages.shown] == ["passphrase"]
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [DB_FILENAME]


def test_right_passphrase_at_start_opens_the_window(encrypted_dir: Path, passphrase: str) -> None:
    messages = FakeMessages()
    messages.passphrases = ["verkeerd", passphrase]
    assert run_gui(GuiOptions(data_dir=str(encrypted_dir), quit_after="ready"), messages) == 0
    assert [shown[0] for shown in messages.shown] == ["passphrase"]


# -- setting, changing, removing -------------------------------------------------------------


def _encryption_dialog(
    qtbot: QtBot, guard: SafetyController, drive: Callable[[QDialog], None]
) -> None:
    def checked(dialog: QDialog) -> None:
        assert dialog.objectName() == "encryptionDialog"
        drive(dialog)

    run_dialog(qtbot, guard.act_encryption.trigger, checked)


def test_setting_a_passphrase_through_the_menu(
    qtbot: QtBot, guarded: Guarded, messages: FakeMessages, data_dir: Path
) -> None:
    window, guard, _privacy = guarded
    session_id = _couple_with_note(window.services)
    window.reload_data()
    window.open_session(session_id)
    window.notes.shared.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.notes.shared, " en nu dit")  # still waiting for its autosave
    assert guard.act_encryption in window.file_menu.actions()
    assert not guard.act_lock.isEnabled()  # nothing to lock without encryption
    path = data_dir / DB_FILENAME

    def drive(dialog: QDialog) -> None:
        new = child(dialog, QLineEdit, "newPassphrase")
        repeat = child(dialog, QLineEdit, "repeatPassphrase")
        error = child(dialog, QLabel, "encryptionError")
        hint = child(dialog, QLabel, "passphraseHint").text()
        assert "terughalen" in hint and "8 tekens" in hint
        child(dialog, QSpinBox, "lockMinutes").setValue(5)
        type_text(new, "kort")
        type_text(repeat, "kort")
        QTest.keyClick(repeat, Qt.Key.Key_Return)
        assert dialog.isVisible() and "te kort" in error.text()
        new.clear()
        repeat.clear()
        type_text(new, PASSPHRASE)
        type_text(repeat, PASSPHRASE + "x")
        QTest.keyClick(repeat, Qt.Key.Key_Return)
        assert dialog.isVisible() and "niet gelijk" in error.text()
        assert file_kind(path) is FileKind.PLAIN
        repeat.clear()
        type_text(repeat, PASSPHRASE)
        QTest.mouseClick(child(dialog, QPushButton, "setPassphrase"), Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    messages.answers = [True]
    _encryption_dialog(qtbot, guard, drive)
    kind, _title, text = messages.shown[-2]
    assert kind == "confirm" and "onversleuteld" in text  # existing backups: said plainly
    assert messages.shown[-1][0] == "info"
    assert file_kind(path) is FileKind.ENCRYPTED and check_key(path, PASSPHRASE)
    assert guard.key == PASSPHRASE and guard.act_lock.isEnabled()
    assert guard.lock is not None and guard.lock.minutes == 5 and guard.lock.timer.isActive()
    notes = window.services.notes.get(session_id)  # the app carries on on the new file
    assert notes.get(NoteKind.SHARED) == "eerder getypt en nu dit"
    assert NOTE.encode() not in path.read_bytes() and COUPLE.encode() not in path.read_bytes()


def test_changing_and_removing_need_the_current_passphrase(
    qtbot: QtBot, guarded: Guarded, messages: FakeMessages, data_dir: Path
) -> None:
    window, guard, _privacy = guarded
    _couple_with_note(window.services)
    assert guard.change_passphrase(PASSPHRASE)
    path = data_dir / DB_FILENAME
    before = path.read_bytes()

    def wrong_current(dialog: QDialog) -> None:
        type_text(child(dialog, QLineEdit, "currentPassphrase"), "niet het wachtwoord")
        QTest.mouseClick(child(dialog, QPushButton, "removePassphrase"), Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "klopt niet" in child(dialog, QLabel, "encryptionError").text()

    _encryption_dialog(qtbot, guard, wrong_current)
    assert path.read_bytes() == before and guard.key == PASSPHRASE

    def enter_after_current(dialog: QDialog) -> None:
        current = child(dialog, QLineEdit, "currentPassphrase")
        type_text(current, PASSPHRASE)
        QTest.keyClick(current, Qt.Key.Key_Return)  # means "change", never "remove"
        assert dialog.isVisible()
        assert "te kort" in child(dialog, QLabel, "encryptionError").text()

    _encryption_dialog(qtbot, guard, enter_after_current)
    assert file_kind(path) is FileKind.ENCRYPTED and guard.key == PASSPHRASE

    def remove(dialog: QDialog) -> None:
        type_text(child(dialog, QLineEdit, "currentPassphrase"), PASSPHRASE)
        QTest.mouseClick(child(dialog, QPushButton, "removePassphrase"), Qt.MouseButton.LeftButton)

    messages.answers = [False]  # the confirmation: not after all
    _encryption_dialog(qtbot, guard, remove)
    assert messages.shown[-1][0] == "confirm" and "leesbaar" in messages.shown[-1][2]
    assert file_kind(path) is FileKind.ENCRYPTED and guard.key == PASSPHRASE

    messages.answers = [True]
    _encryption_dialog(qtbot, guard, remove)
    assert file_kind(path) is FileKind.PLAIN and guard.key is None
    assert [c.display_name for c in window.services.couples.list()] == [COUPLE]
    assert not guard.act_lock.isEnabled()


def test_restoring_a_backup_made_with_an_older_passphrase(
    guarded: Guarded, messages: FakeMessages, tmp_path: Path
) -> None:
    window, guard, _privacy = guarded
    _couple_with_note(window.services)
    assert guard.change_passphrase("oud wachtwoord")
    messages.paths = [str(tmp_path / "usb.db")]
    guard.act_backup.trigger()
    backup = tmp_path / "usb.db"
    assert file_kind(backup) is FileKind.ENCRYPTED
    assert guard.change_passphrase(PASSPHRASE)
    window.services.couples.create(CoupleInput("Later & Erbij", (PartnerInput("Anne"),)))

    messages.paths = [str(backup)]
    messages.passphrases = ["verkeerd", "oud wachtwoord"]
    messages.answers = [True]
    assert guard.restore_from_file()
    asked = [shown for shown in messages.shown if shown[0] == "passphrase"]
    assert len(asked) == 1 and "ander wachtwoord" in asked[0][2]
    assert [c.display_name for c in window.services.couples.list()] == [COUPLE]
    assert guard.key == PASSPHRASE and check_key(guard.paths.database, PASSPHRASE)


def test_first_start_suggests_encryption_once(
    qtbot: QtBot, tmp_path: Path, settings_path: Path
) -> None:
    messages = FakeMessages()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(settings, messages)
    qtbot.addWidget(window)
    guard = SafetyController(window, messages, settings, tmp_path / "nieuw")
    services = guard.open()
    assert services is not None and guard.created
    try:
        guard.attach()
        guard.offer_encryption()  # "Nu niet"
        assert [shown[:2] for shown in messages.shown] == [("ask", "Gegevens versleutelen?")]
        assert settings.value(OFFERED_KEY) in (True, "true")
        guard.offer_encryption()
        assert len(messages.shown) == 1  # once, not at every start
    finally:
        window.close()
        guard.wait()
        services.db.close()


# -- the automatic lock ----------------------------------------------------------------------


def test_idle_window_locks_after_saving_and_unlocks_with_the_passphrase(
    qtbot: QtBot, guarded: Guarded, messages: FakeMessages
) -> None:
    window, guard, _privacy = guarded
    session_id = _couple_with_note(window.services)
    assert guard.change_passphrase(PASSPHRASE)
    lock = guard.lock
    assert lock is not None
    window.reload_data()
    window.open_session(session_id)
    lock.ms_per_minute = 150  # "one minute" idle is 0.15 s here
    lock.set_minutes(1)
    editor = window.notes.shared
    editor.clear()
    type_text(editor, NOTE)
    assert COUPLE in texts_everywhere() and NOTE in texts_everywhere()

    qtbot.waitUntil(lambda: lock.locked, timeout=5000)  # sooner than the autosave
    assert window.services.notes.get(session_id).get(NoteKind.SHARED) == NOTE  # saved first
    everything = texts_everywhere()
    assert COUPLE not in everything and "Zoë" not in everything and NOTE not in everything
    assert "vergrendeld" in window.windowTitle()
    assert window.centralWidget() is lock.screen
    assert not window.menuBar().isVisible()

    behind_the_lock: list[object] = []

    def close_any_dialog() -> None:  # a dialog the shortcut opened would block the test
        dialog = QApplication.activeModalWidget()
        behind_the_lock.append(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()

    QTimer.singleShot(0, close_any_dialog)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # "Nieuw stel"
    qtbot.waitUntil(lambda: bool(behind_the_lock))
    assert behind_the_lock == [None]  # no shortcut works behind the lock

    _enter(lock.screen.field, "verkeerd")
    assert lock.locked and "klopt niet" in lock.screen.error.text()
    assert lock.screen.field.text() == ""
    _enter(lock.screen.field, PASSPHRASE)
    assert not lock.locked
    assert window.centralWidget() is window.splitter
    assert window.notes.shared.toPlainText() == NOTE and window.menuBar().isVisible()
    assert COUPLE in texts_everywhere() and "vergrendeld" not in window.windowTitle()
    assert lock.timer.isActive()  # counting again
    assert messages.shown[-1][0] == "info"  # only the "encrypted" notice: no errors


def test_lock_closes_a_dialog_that_shows_a_name(
    qtbot: QtBot, guarded: Guarded, passphrase: str
) -> None:
    window, guard, _privacy = guarded
    session_id = _couple_with_note(window.services)
    assert guard.change_passphrase(passphrase)
    window.reload_data()
    window.open_session(session_id)
    lock = guard.lock
    assert lock is not None
    lock.ms_per_minute = 150
    lock.set_minutes(1)

    def wait_for_lock(dialog: QDialog) -> None:
        assert COUPLE in texts_everywhere()  # the edit dialog shows the couple's name
        qtbot.waitUntil(lambda: lock.locked, timeout=5000)
        assert not dialog.isVisible()  # closed with its safe answer: cancel

    run_dialog(qtbot, window.act_edit_couple.trigger, wait_for_lock)
    assert lock.locked
    assert [top for top in QApplication.topLevelWidgets() if top.isVisible()] == [window]
    # (The closed dialog object lingers, hidden, as the window's child until it is deleted.)
    assert COUPLE not in "\n".join(visible_texts(window, shown_only=True))
    assert lock.unlock(passphrase)
    assert [c.display_name for c in window.services.couples.list()] == [COUPLE]


def test_no_lock_without_encryption(guarded: Guarded) -> None:
    _window, guard, _privacy = guarded
    lock = guard.lock
    assert lock is not None
    lock.ms_per_minute = 1
    lock.set_minutes(1)
    assert not lock.timer.isActive() and not lock.lock()
