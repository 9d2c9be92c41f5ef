"""How the report reaches the coach's desktop: file and password prompts, the folder view.

Kept apart from the Samenvatting tab so the tab holds what the coach sees; the tab takes
these as injectable callables, so tests answer them without a real dialog.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from stellenstof_desktop.paths import private_dir

SavePathChooser = Callable[[QWidget, str, str], str | None]  # (parent, title, suggested path)
PasswordAsker = Callable[[QWidget], str | None]
UrlOpener = Callable[[QUrl], bool]
FileRevealer = Callable[[Path], bool]


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str | None:
    """A save dialog offering the suggested file's kind: a PDF or a calendar invitation."""
    if Path(suggested).suffix.lower() == ".ics":
        kind = QCoreApplication.translate("SummaryView", "Agenda-uitnodiging (*.ics)")
    else:
        kind = "PDF (*.pdf)"
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, kind)
    return path or None


def ask_password(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SummaryView", "Wachtwoord voor het verslag"),
        QCoreApplication.translate(
            "SummaryView",
            "Kies een wachtwoord voor de PDF. Geef het daarna telefonisch door, "
            "niet in dezelfde e-mail.",
        ),
        QLineEdit.EchoMode.PasswordEchoOnEdit,
    )
    return text if ok else None


def reveal_in_folder(path: Path) -> bool:
    """Show `path` selected in Explorer or Finder, elsewhere open its folder; False: failed."""
    native = str(path)
    if sys.platform == "win32":
        # "/select," and the path as two arguments: Qt quotes a path with spaces whole.
        started, _pid = QProcess.startDetached("explorer.exe", ["/select,", native])
        return started
    if sys.platform == "darwin":
        started, _pid = QProcess.startDetached("open", ["-R", native])
        return started
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def default_export_dir() -> Path:
    """Where PDFs for e-mail and "Openen" are written: the per-user private folder."""
    return private_dir()


def fallback_text(started: bool, shown: bool, pdf_path: Path) -> str:
    """What the coach reads when the draft did not open: only what really happened."""
    if started:
        mail = QCoreApplication.translate(
            "SummaryView",
            "Uw e-mailprogramma kon het concept met bijlage niet openen. Er is een nieuw "
            "bericht gestart met de tekst erin.",
        )
    else:
        mail = QCoreApplication.translate(
            "SummaryView",
            "Er ging geen e-mailprogramma open. Gebruikt u webmail, zoals Gmail of "
            "Outlook op internet? Kies dan 'Tekst kopiëren' en plak de tekst in een "
            "nieuw bericht.",
        )
    if shown:
        where = QCoreApplication.translate(
            "SummaryView",
            "Voeg het verslag zelf als bijlage toe: het staat in de map die nu is "
            "geopend ({folder}).",
        ).format(folder=pdf_path.parent)
    else:
        where = QCoreApplication.translate(
            "SummaryView", "Voeg het verslag zelf als bijlage toe. Het staat hier: {path}"
        ).format(path=pdf_path)
    return f"{mail} {where}"
