"""Whether the coach's text is saved: the status bar says so, and leaving waits for it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.kit.widgets import named


class SaveGuard(QObject):
    """The "Opgeslagen om …" label, one dialog per failure streak, and the checks on leaving."""

    def __init__(self, window: QMainWindow, messages: Messages, flush: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._messages = messages
        self._flush = flush
        self._failing = False
        self.label = named(QLabel(), "saveStatus")
        window.statusBar().addPermanentWidget(self.label)

    def show_saved(self, when: datetime) -> None:
        """Everything typed is stored: say when."""
        self._failing = False
        self.label.setStyleSheet("")
        self.label.setText(self.tr("Opgeslagen om {time}").format(time=when.strftime("%H:%M:%S")))

    def show_failed(self, error: KnownError) -> None:
        """A save failed and will be retried: say so in red, and in a dialog once."""
        self.label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.label.setText(self.tr("Niet opgeslagen — wordt opnieuw geprobeerd"))
        if not self._failing:  # one dialog per failure streak, not one per retry
            self._failing = True
            self._messages.known_error(self._window, error, self.tr("Niet opgeslagen"))

    def leave_session(self) -> bool:
        """Save before another session or couple replaces the open one."""
        if self._flush():
            return True
        self._messages.error(
            self._window,
            self.tr("Niet opgeslagen"),
            self.tr(
                "De tekst van deze sessie kon niet worden opgeslagen, dus deze sessie blijft "
                "open. Uw tekst staat nog op het scherm."
            ),
        )
        return False

    def may_close(self) -> bool:
        """Save before the window closes; unsaved text is lost only if the coach says so."""
        return self._flush() or self._messages.confirm(
            self._window,
            self.tr("Niet opgeslagen"),
            self.tr(
                "Niet alle tekst kon worden opgeslagen. Als u nu afsluit, gaat die verloren. "
                "Toch afsluiten?"
            ),
            self.tr("Toch afsluiten"),
        )
