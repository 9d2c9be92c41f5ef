"""The coach's gate: what a partner holding the laptop must not do by accident.

Leaving session mode, stepping out of a hand-over, writing another partner's entry again:
each asks here. With an encrypted database the passphrase is the gate (only the coach
knows it); without one, a confirmation that says what will happen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from stellenstof_desktop.ui.kit.messages import Messages


class CoachGate(QObject):
    """Asks for the coach; the safety controller sets `check` while the data is encrypted."""

    def __init__(self, parent: QObject, messages: Messages) -> None:
        super().__init__(parent)
        self.setObjectName("coachGate")
        self._messages = messages
        self.check: Callable[[str], bool] | None = None  # the passphrase check, or None

    def ask(self, parent: QWidget, title: str, text: str, accept: str) -> bool:
        """True when the coach agrees: her passphrase, or her confirmation without one."""
        if self.check is not None:
            prompt = text + "\n\n" + self.tr("Typ uw wachtwoordzin om verder te gaan.")
            return self._messages.passphrase(parent, title, prompt, self.check) is not None
        return self._messages.confirm(parent, title, text, accept)
