"""Every dialog box the app shows goes through here, so tests can answer them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from stellenstof_desktop.errors import CONTEXT, KnownError
from stellenstof_desktop.log import log_known_error


def known_error_text(error: KnownError) -> str:
    """The error's message in the UI language, with its values filled in."""
    return error.render(QCoreApplication.translate(CONTEXT, error.message))


class Messages:
    """Message boxes; a test passes a subclass that records and answers instead."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, accept: str) -> bool:
        """Ask a yes/no question whose safe answer (cancel) is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        yes = box.addButton(accept, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def ask(self, parent: QWidget | None, title: str, text: str, accept: str, reject: str) -> bool:
        """Suggest something harmless either way (`accept` is the default, `reject` declines)."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def passphrase(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        check: Callable[[str], bool],
        cancel: str | None = None,
    ) -> str | None:
        """Ask for a passphrase until `check` accepts it; None when the coach gives up."""
        from stellenstof_desktop.ui.kit.passphrase import PassphraseDialog

        dialog = PassphraseDialog(title, text, check, cancel, parent)
        try:
            return dialog.passphrase if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> str | None:
        """Where to write a file (a backup, an export); None when the coach cancels."""
        path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def open_path(
        self, parent: QWidget | None, title: str, folder: str, filters: str
    ) -> str | None:
        """Which file to read (a backup to restore); None when the coach cancels."""
        path, _filter = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return path or None

    def known_error(
        self, parent: QWidget | None, error: KnownError, title: str | None = None
    ) -> None:
        """Tell the coach; the log gets the error's template, never its values (client text)."""
        log_known_error(error)
        title = title or QCoreApplication.translate("Messages", "Stellenstof")
        self.error(parent, title, known_error_text(error))

    def crash(self, parent: QWidget | None, details: str, log_path: Path | None) -> None:
        """A bug of ours: say so, point at the log, offer the details to copy for the developers."""
        from stellenstof_desktop.ui.kit.crash_dialog import CrashDialog

        dialog = CrashDialog(details, log_path, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
