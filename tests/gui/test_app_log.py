"""The log after a start, a known error and a bug: the traceback is in it, client text never."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, qInstallMessageHandler, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from stellenstof_desktop import __version__
from stellenstof_desktop.app import GuiOptions, install_bug_handler, run_gui, start_logging
from stellenstof_desktop.errors import StorageError
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.ui.kit.crash_dialog import CrashDialog
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.main_window import MainWindow
from tests.gui.gui_helpers import (
    FakeMessages,
    couple_with_session,
    open_exercise_tab,
    run_dialog,
    start_exercise,
    type_text,
    write_hidden,
)

MARKER = "MARKER-Zoë-7f3a"
NAME = "Zoë-NAAM-41c9"  # a partner's name


class CrashMessages(FakeMessages):
    """FakeMessages that also records the crash dialog instead of showing it."""

    def __init__(self) -> None:
        super().__init__()
        self.crashes: list[tuple[str, Path | None]] = []

    def crash(self, parent: object, details: str, log_path: Path | None) -> None:
        self.crashes.append((details, log_path))


@pytest.fixture
def messages() -> CrashMessages:
    """Replaces the GUI fixtures' FakeMessages, so `open_window` records crashes too."""
    return CrashMessages()


def read_log(tmp_path: Path) -> str:
    """Every file of the test's log folder (conftest points STELLENSTOF_LOG_DIR there)."""
    files = sorted((tmp_path / "log").glob("stellenstof.log*"))
    assert files, "no log file was written"
    return "".join(path.read_text(encoding="utf-8") for path in files)


def _qt_handler() -> object:
    """The Qt message handler in place now (put back at once)."""
    current = qInstallMessageHandler(None)
    qInstallMessageHandler(current)
    return current


def test_a_start_writes_the_log_and_leaves_every_hook_as_it_was(tmp_path: Path) -> None:
    before = (_qt_handler(), sys.excepthook, threading.excepthook, logging.getLogger().handlers[:])
    code = run_gui(GuiOptions(data_dir=str(tmp_path / "new"), quit_after="ready"), CrashMessages())
    assert code == 0
    text = read_log(tmp_path)
    assert f"Start: Stellenstof Desktop {__version__}; Python " in text and "; Qt 6." in text
    assert f"Data folder: {tmp_path / 'new'}" in text
    assert text.rstrip().endswith("Stop")
    after = (_qt_handler(), sys.excepthook, threading.excepthook, logging.getLogger().handlers)
    assert after == before  # pytest-qt's Qt handler back in place, the log file closed


def test_a_known_error_at_start_is_logged_by_its_template(tmp_path: Path) -> None:
    folder = tmp_path / f"data-{NAME}"  # a path is no client text, but it is a value here
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(b"geen database\x00" * 100)
    messages = CrashMessages()
    assert run_gui(GuiOptions(data_dir=str(folder)), messages) == 1
    text = read_log(tmp_path)
    assert "Shown to the coach: NotADatabaseError: 'Het bestand {path} is geen" in text
    assert "values: path" in text
    assert f"{folder / DB_FILENAME}" not in text


@pytest.fixture
def session_id(services: Services) -> int:
    """Anne and a partner whose name is a marker, at one session."""
    _couple, session = couple_with_session(services, "Anne", NAME)
    return session.id


@pytest.fixture
def logging_window(
    session_id: int, data_dir: Path, open_window: Callable[[], MainWindow]
) -> Iterator[MainWindow]:
    """The window with the log and Qt's messages set up as run_gui does."""
    stop_logging = start_logging(data_dir)
    try:
        yield open_window()
    finally:
        stop_logging()


def _bug_in_a_slot() -> None:
    try:
        raise StorageError(MARKER)
    except StorageError as error:
        raise RuntimeError("kapot in een slot") from error


@pytest.mark.qt_log_ignore("Stellenstof-test", extend=True)
def test_the_log_holds_the_bug_and_never_client_text(
    qtbot: QtBot,
    tmp_path: Path,
    session_id: int,
    logging_window: MainWindow,
    messages: CrashMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = logging_window
    window.open_session(session_id)
    type_text(window.notes.shared, f"gedeeld {MARKER}")
    type_text(window.notes.private, f"privé {MARKER}")
    assert window.flush()

    # A known error shown to the coach: the couple cannot be erased (disk full).
    def full_disk(*_args: object) -> None:
        raise StorageError(f"schijf vol bij {MARKER}")

    monkeypatch.setattr(window.services.privacy, "erase_couple", full_disk)
    messages.answers = [True]
    window.act_delete_couple.trigger()
    assert any("Opslaan is niet gelukt" in text for _kind, _title, text in messages.shown)
    monkeypatch.undo()

    # The hidden input: both partners write, nothing revealed yet.
    view = open_exercise_tab(qtbot, window, session_id)
    start_exercise(qtbot, window, view, "Zaterdag")
    write_hidden(qtbot, window, view, "Anne", {"preference": f"Anne {MARKER}"})
    write_hidden(qtbot, window, view, NAME, {"preference": f"Bram {MARKER}"})

    qWarning("Stellenstof-test: een waarschuwing van Qt")
    with qtbot.captureExceptions() as caught:  # the bug handler passes bugs on to pytest-qt's
        restore_hook = install_bug_handler(messages, window)
        try:
            QTimer.singleShot(0, _bug_in_a_slot)
            qtbot.waitUntil(lambda: bool(messages.crashes))
        finally:
            restore_hook()
    assert [type(error) for _kind, error, _tb in caught] == [RuntimeError]

    text = read_log(tmp_path)
    assert "WARNING qt" in text and "Stellenstof-test: een waarschuwing van Qt" in text
    assert "Shown to the coach: StorageError: 'Opslaan is niet gelukt ({reason})." in text
    assert "Unexpected error\nTraceback (most recent call last)" in text
    assert 'in _bug_in_a_slot\n    raise RuntimeError("kapot in een slot") from error' in text
    assert "RuntimeError: kapot in een slot" in text
    details, log_path = messages.crashes[0]
    assert log_path == tmp_path / "log" / "stellenstof.log"
    assert "RuntimeError: kapot in een slot" in details and details.startswith("Stellenstof")
    for written in (text, details):
        assert MARKER not in written and NAME not in written


def test_the_crash_dialog_points_at_the_log_and_copies_the_details(
    qtbot: QtBot, tmp_path: Path
) -> None:
    details = "Stellenstof Desktop 0.1.0\n\nTraceback (most recent call last):\nRuntimeError: x"
    log_path = tmp_path / "log" / "stellenstof.log"
    QGuiApplication.clipboard().setText("vooraf")
    seen: list[str] = []

    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, CrashDialog) and dialog.windowTitle() == "Er ging iets mis"
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "zo goed mogelijk bewaard" in texts and str(log_path) in texts
        assert "Traceback" not in texts  # the couple may be looking: details go to the clipboard
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        seen.append(QGuiApplication.clipboard().text())
        assert dialog.copy_button.text() == "Gekopieerd"
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close.text() == "Sluiten"
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    run_dialog(qtbot, lambda: Messages().crash(None, details, log_path), drive)
    assert seen == [details]

    without = CrashDialog(details, None)
    qtbot.addWidget(without)
    assert without.log_label.text() == "Er kon geen logbestand worden geschreven."
