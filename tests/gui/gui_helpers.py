"""Helpers for GUI tests: answered message boxes, typing Dutch text, driving modal dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from stellenstof_desktop.ui.messages import Messages


class FakeMessages(Messages):
    """Records every message box and answers confirmations from `answers` (default: cancel)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list[bool] = []

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str, accept: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answers.pop(0) if self.answers else False


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person, including "ë" and emoji, which qtbot.keyClicks cannot send."""
    widget.setFocus()
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif ch.isascii() and ch.isprintable():
            QTest.keyClicks(widget, ch)
        else:
            # QTest's char overloads take one byte and garble "ë"; a real key event does not.
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)


def run_dialog(
    qtbot: QtBot, trigger: Callable[[], object], drive: Callable[[QDialog], None]
) -> None:
    """Open a modal dialog with `trigger` and let `drive` fill it in while it runs."""
    done: list[bool] = []

    def _drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), "no dialog opened"
        try:
            drive(dialog)
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, _drive)
    trigger()
    assert done, "the dialog was never driven"
