"""The dialog after a bug of ours: what happened, where the log is, details to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from stellenstof_desktop.ui.kit.widgets import named


class CrashDialog(QDialog):
    """Says that something went wrong; the technical details go to the clipboard, not on screen.

    The couple may be looking at the screen, and a traceback is no help to the coach: the
    details are copied for an e-mail to the developers.
    """

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.setMinimumWidth(460)
        self._details = details
        intro = named(
            QLabel(
                self.tr("Er ging iets mis in Stellenstof. Uw tekst is zo goed mogelijk bewaard.")
            ),
            "crashIntro",
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if log_path is not None:
            layout.addWidget(QLabel(self.tr("Wat er gebeurde, staat ook in het logbestand:")))
            self.log_label = named(QLabel(str(log_path)), "crashLogPath")
            self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        else:
            self.log_label = named(
                QLabel(self.tr("Er kon geen logbestand worden geschreven.")), "crashLogPath"
            )
        self.log_label.setWordWrap(True)
        layout.addWidget(self.log_label)
        hint = QLabel(
            self.tr(
                "Wilt u helpen dit op te lossen? Kies ‘Details kopiëren’ en plak de "
                "technische gegevens in een e-mail aan de ontwikkelaars."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox()
        self.copy_button = named(
            buttons.addButton(self.tr("Details kopiëren"), QDialogButtonBox.ButtonRole.ActionRole),
            "copyDetails",
        )
        self.copy_button.clicked.connect(self._on_copy)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.copy_button.setText(self.tr("Gekopieerd"))
