"""Passphrase fields and the dialog that asks for one; `Messages` shows it, so no import back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.ui.kit.widgets import named

MIN_PASSPHRASE = 8
ERROR_STYLE = "color: #b00020;"


def password_field(name: str) -> QLineEdit:
    """A field whose text is never shown (no "show password" trick)."""
    field = named(QLineEdit(), name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


def check_with_wait_cursor(check: Callable[[str], bool], passphrase: str) -> bool:
    """`check(passphrase)` with a wait cursor: proving a key takes a noticeable moment."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return check(passphrase)
    finally:
        QApplication.restoreOverrideCursor()


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted file until `check` accepts it.

    A wrong one is said in the dialog, which stays open for another try; nothing is
    written anywhere before `check` has proven the passphrase.
    """

    def __init__(
        self,
        title: str,
        text: str,
        check: Callable[[str], bool],
        cancel: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._check = check
        self.passphrase = ""
        intro = named(QLabel(text), "passphraseIntro")
        intro.setWordWrap(True)
        self.field = password_field("passphraseField")
        self.field.setPlaceholderText(self.tr("Wachtwoord"))
        self.error = named(QLabel(), "passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.open_button = named(
            buttons.addButton(self.tr("Openen"), QDialogButtonBox.ButtonRole.AcceptRole),
            "passphraseOpen",
        )
        self.open_button.setDefault(True)
        cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if cancel:
            cancel_button.setText(cancel)
        buttons.accepted.connect(self._on_open)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        self.open_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.field.setFocus()

    def _on_open(self) -> None:
        typed = self.field.text()
        if not typed:
            return
        if check_with_wait_cursor(self._check, typed):
            self.passphrase = typed
            self.accept()
            return
        self.error.setText(
            self.tr(
                "Dit wachtwoord klopt niet. Let op hoofdletters en de Caps Lock-toets, en "
                "probeer het opnieuw. Er is niets veranderd."
            )
        )
        self.error.show()
        self.field.selectAll()
        self.field.setFocus()
