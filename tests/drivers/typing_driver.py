"""Runs the real app, as `python -m stellenstof_desktop` does, and types into the notes.

Started by tests/gui/test_sigkill.py, which kills it with SIGKILL while it types. Every
keystroke is reported on stdout as `typed <count> <monotonic time>`, after the key event
reached the editor, so the test knows exactly what was typed and when.

Environment: STELLENSTOF_TYPE_SESSION (session id), STELLENSTOF_TYPE_TEXT (ASCII text),
STELLENSTOF_TYPE_INTERVAL_MS (time between keystrokes). Arguments go to the app's CLI.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from stellenstof_desktop.cli import main
from stellenstof_desktop.ui.main_window import MainWindow


def _window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and hasattr(widget, "session_view"):
            return widget
    return None


def run() -> int:
    session_id = int(os.environ["STELLENSTOF_TYPE_SESSION"])
    text = os.environ["STELLENSTOF_TYPE_TEXT"]
    interval = int(os.environ.get("STELLENSTOF_TYPE_INTERVAL_MS", "40"))
    app = QApplication(sys.argv[:1])
    typed = 0

    def tick() -> None:
        nonlocal typed
        window = _window()
        if window is None:
            return  # the database is not open yet
        if window.current_session_id() != session_id:
            window.open_session(session_id)
            window.session_view.tabs.setCurrentWidget(window.notes)
            window.notes.shared.moveCursor(QTextCursor.MoveOperation.End)
            print("ready", flush=True)
            return
        if typed < len(text):
            QTest.keyClicks(window.notes.shared, text[typed])
            typed += 1
            print(f"typed {typed} {time.monotonic():.6f}", flush=True)

    timer = QTimer(app)
    timer.timeout.connect(tick)
    timer.start(interval)
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(run())
