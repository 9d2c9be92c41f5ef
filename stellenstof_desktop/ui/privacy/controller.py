"""The privacy menu items: export a couple or one partner, and the retention reminder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from stellenstof_desktop.errors import ExportError, KnownError
from stellenstof_desktop.files import write_atomic
from stellenstof_desktop.ui.kit.format import couple_count
from stellenstof_desktop.ui.kit.messages import Messages

if TYPE_CHECKING:
    from stellenstof_desktop.ui.main_window import MainWindow

EXPORT_FILTER = "ZIP (*.zip)"


class PrivacyController(QObject):
    """Adds "Exporteren…" to the Stel menu and "Bewaartermijn…" to the Bestand menu."""

    def __init__(
        self, window: MainWindow, messages: Messages, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages
        self.today = today

    def attach(self) -> None:
        window = self.window
        self.act_export = QAction(self.tr("Exporteren (alle gegevens)…"), window)
        self.act_export.setObjectName("actExportCouple")
        self.act_export.triggered.connect(lambda: self.export(None))
        self.partner_menu = QMenu(self.tr("Exporteren voor één partner"), window)
        self.partner_menu.setObjectName("exportPartnerMenu")
        self.partner_menu.aboutToShow.connect(self._fill_partner_menu)
        before = window.act_delete_couple
        window.couple_menu.insertAction(before, self.act_export)
        window.couple_menu.insertMenu(before, self.partner_menu)
        window.couple_menu.insertSeparator(before)
        self.act_retention = QAction(self.tr("Bewaartermijn…"), window)
        self.act_retention.setObjectName("actRetention")
        self.act_retention.triggered.connect(self.show_retention)
        window.file_menu.insertAction(window.act_profile, self.act_retention)
        window.panel.couple_selected.connect(lambda _id: self._update())
        self._update()
        self.remind()

    def _update(self) -> None:
        has_couple = self.window.panel_couple() is not None
        self.act_export.setEnabled(has_couple)
        self.partner_menu.setEnabled(has_couple)

    def _fill_partner_menu(self) -> None:
        """One item per partner of the selected couple (names of that couple only)."""
        self.partner_menu.clear()
        couple_id = self.window.panel_couple()
        if couple_id is None:
            return
        couple = self.window.services.couples.get(couple_id)
        for partner in couple.partners:
            action = self.partner_menu.addAction(partner.name)
            action.triggered.connect(lambda _=False, pid=partner.id: self.export(pid))

    # exporting ---------------------------------------------------------------
    def export(self, partner_id: int | None) -> Path | None:
        """Write the couple's (or one partner's) data as a ZIP where the coach chooses."""
        couple_id = self.window.panel_couple()
        if couple_id is None:
            return None
        privacy = self.window.services.privacy
        try:
            name = privacy.export_name(couple_id, partner_id, self.today())
        except KnownError as error:
            self.messages.known_error(self.window, error)
            return None
        chosen = self.messages.save_path(
            self.window, self.tr("Exporteren"), str(Path.home() / name), EXPORT_FILTER
        )
        if chosen is None:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        self.window.flush()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            method = self.window.method
            if partner_id is None:
                export = privacy.export_couple(couple_id, method)
            else:
                export = privacy.export_partner(couple_id, partner_id, method)
            try:
                write_atomic(target, export.zip_bytes())
            except OSError as exc:
                raise ExportError(target, exc.strerror or exc) from exc
        except KnownError as error:
            QGuiApplication.restoreOverrideCursor()
            self.messages.known_error(self.window, error)
            return None
        QGuiApplication.restoreOverrideCursor()
        if partner_id is None:
            text = self.tr(
                "De export staat in {path}.\n\nHij bevat alles over dit stel, ook uw "
                "privénotities, uw observaties en antwoorden die nog niet getoond zijn. Lees "
                "hem na voordat u hem deelt."
            )
        else:
            text = self.tr(
                "De export staat in {path}.\n\nHij bevat wat van deze partner is of van het "
                "stel samen; wat alleen van de andere partner is en uw privénotities staan er "
                "niet in."
            )
        self.messages.info(self.window, self.tr("Geëxporteerd"), text.format(path=target))
        return target

    # retention ---------------------------------------------------------------
    def remind(self) -> None:
        """A quiet note in the status bar, without names: the couple may be watching."""
        privacy = self.window.services.privacy
        try:
            due = privacy.retention_due(self.today())
            months = privacy.retention_months()
        except KnownError:
            return
        if not due:
            return
        self.window.statusBar().showMessage(
            self.tr(
                "Bewaartermijn: {count} zonder sessie in de afgelopen {months} maanden. "
                "Zie Bestand › Bewaartermijn…"
            ).format(count=couple_count(len(due)), months=months),
            30000,
        )

    def show_retention(self) -> None:
        from stellenstof_desktop.ui.privacy.retention import RetentionDialog

        self.window.flush()
        dialog = RetentionDialog(
            self.window.services.privacy, self.messages, self.today(), parent=self.window
        )
        dialog.exec()
        if dialog.erased:
            self.window.reload_data()
