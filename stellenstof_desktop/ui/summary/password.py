"""The report's PDF password: asked once per report, shown once to read out, never stored.

Kept in memory only, for the session whose report it locks; forgotten when another
session is shown, when "Met wachtwoord" is unticked, or when the app closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QWidget

from stellenstof_desktop.report.text import language_of, names_list
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.kit.widgets import named
from stellenstof_desktop.ui.summary.desktop import PasswordAsker

if TYPE_CHECKING:
    from stellenstof_desktop.report.model import SessionSummary


class ReportPassword(QObject):
    """The password of the report of one session, with its label and copy button."""

    copied = Signal()

    def __init__(
        self, view: QWidget, messages: Messages, choose: PasswordAsker, check: QCheckBox
    ) -> None:
        super().__init__(view)
        self._view = view
        self._messages = messages
        self._choose = choose
        self._check = check
        self._password: str | None = None
        self._session: int | None = None
        self._reminded = False
        self.label = named(QLabel(), "passwordLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = named(QPushButton(self.tr("Wachtwoord kopiëren")), "copyPasswordButton")
        self.copy_button.clicked.connect(self._on_copy)
        check.toggled.connect(self._on_toggled)

    def ask(self, session_id: int | None) -> str | None:
        """The password of this session's report, asked the first time only; None: cancel."""
        if self._password is not None and self._session == session_id:
            return self._password
        password = self._choose(self._view)
        if password is None:
            return None
        if not password.strip():
            self._messages.error(
                self._view,
                self.tr("Wachtwoord"),
                self.tr("Er is geen wachtwoord ingevuld. Het verslag is niet opgeslagen."),
            )
            return None
        self._password, self._session, self._reminded = password, session_id, False
        self.show()
        return password

    def follow(self, session_id: int | None) -> None:
        """Another session is shown: its report gets a password of its own."""
        if session_id is None or session_id != self._session:
            self.forget()

    def forget(self) -> None:
        self._password = None
        self._session = None
        self._reminded = False
        self.show()

    def show(self) -> None:
        shown = self._password is not None and self._check.isChecked()
        self.label.setText(
            self.tr("Wachtwoord van dit verslag: {password}").format(password=self._password)
            if shown
            else ""
        )
        self.label.setVisible(shown)
        self.copy_button.setVisible(shown)

    def remind(self, summary: SessionSummary) -> None:
        """Once per report: how to pass the password on (it stays in the tab to copy)."""
        if self._reminded:
            return
        self._reminded = True
        # "Sanne en Joost", in the interface's words: the coach reads this, not the couple.
        who = names_list([p.name for p in summary.attendees], language_of("", QLocale().name()))
        self._messages.info(
            self._view,
            self.tr("Wachtwoord"),
            self.tr(
                "Het verslag is beveiligd met het wachtwoord dat u koos. Geef het "
                "telefonisch door aan {names}, niet in dezelfde e-mail. U ziet het "
                "wachtwoord in dit tabblad, met een knop om het te kopiëren."
            ).format(names=who),
        )

    def _on_toggled(self, checked: bool) -> None:
        if not checked:
            self.forget()  # ticking it again asks for a (new) password

    def _on_copy(self) -> None:
        if self._password is not None:
            QApplication.clipboard().setText(self._password)
            self.copied.emit()
