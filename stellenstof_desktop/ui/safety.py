"""Keeping the coach's data safe: opening it whole, daily backups, backup and restore.

The controller owns the open database for the window: it opens it (integrity check; a
damaged file is moved aside and the newest good backup offered), makes the automatic
daily backup in a worker thread after the window is shown, and serves the "Back-up
maken…" and "Back-up terugzetten…" menu items. SQLAlchemy is imported only once the
window has painted, like everywhere else.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction

from stellenstof_desktop.errors import BackupError, KnownError, NotADatabaseError
from stellenstof_desktop.paths import DataPaths, prepare_data_dir
from stellenstof_desktop.store.backup import BackupInfo
from stellenstof_desktop.ui.format import long_date
from stellenstof_desktop.ui.messages import Messages
from stellenstof_desktop.ui.safety_dialogs import Progress, run_with_progress

if TYPE_CHECKING:
    from stellenstof_desktop.services.container import Services
    from stellenstof_desktop.ui.main_window import MainWindow

BACKUP_FILTER = "Stellenstof-back-up (*.db)"


def _when(moment: datetime) -> str:
    return f"{long_date(moment.date())} {moment:%H:%M}"


class SafetyController(QObject):
    """Opens, backs up and restores the database of one data folder for the main window."""

    daily_backup_done = Signal(object)  # the Path made, or None (already made today / failed)

    def __init__(
        self,
        window: MainWindow,
        messages: Messages,
        settings: QSettings,
        data_dir: Path,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages
        self.settings = settings
        self.data_dir = data_dir
        self.today = today
        self.services: Services | None = None
        self._paths: DataPaths | None = None
        self._daily: threading.Thread | None = None
        self.daily_backup_done.connect(self._on_daily_backup_done)

    @property
    def paths(self) -> DataPaths:
        assert self._paths is not None, "open() first"
        return self._paths

    @property
    def key(self) -> str | None:
        return self.services.db.key if self.services is not None else None

    # opening -----------------------------------------------------------------
    def open(self) -> Services | None:
        """Open the database, whole; None when the coach chose not to go on.

        Raises the KnownError to show when the file cannot be used and no backup helps.
        """
        from stellenstof_desktop.services.container import open_services

        self._paths = prepare_data_dir(self.data_dir)
        while True:
            try:
                self.services = open_services(self.data_dir, None, check=True)
                self.after_restore()  # cheap when nothing came back; a copied-in file too
                return self.services
            except NotADatabaseError as error:  # damaged, or not a database at all
                if not self._offer_restore(error):
                    return None

    def _offer_restore(self, error: NotADatabaseError) -> bool:
        """Offer the newest good backup for a damaged file; True when it was put in place."""
        from stellenstof_desktop.store.backup import newest_good_backup, restore_backup
        from stellenstof_desktop.store.integrity import move_aside

        backup = newest_good_backup(self.paths.backups)
        if backup is None:
            raise error
        text = self.tr(
            "Het gegevensbestand is beschadigd en kan niet worden geopend.\n\n"
            "De nieuwste goede back-up is van {when}. Wilt u die terugzetten? Wat u daarna "
            "hebt ingevoerd, staat er niet in.\n\n"
            "Het beschadigde bestand wordt niet weggegooid: het blijft in de gegevensmap "
            "staan onder een andere naam."
        ).format(when=_when(backup.made))
        if not self.messages.confirm(
            self.window, self.tr("Gegevens beschadigd"), text, self.tr("Back-up terugzetten")
        ):
            raise error
        aside = move_aside(self.paths.database)
        restore_backup(backup.path, self.paths.database, self.paths.backups, keep_current=False)
        self.messages.info(
            self.window,
            self.tr("Back-up teruggezet"),
            self.tr(
                "De back-up van {when} is teruggezet. Het beschadigde bestand staat nu in "
                "de gegevensmap als {name}."
            ).format(when=_when(backup.made), name=aside.name),
        )
        return True

    # the window's menu -------------------------------------------------------
    def attach(self) -> None:
        """Add the backup items to the window's Bestand menu and start today's backup."""
        window = self.window
        self.act_backup = QAction(self.tr("Back-up maken…"), window)
        self.act_backup.setObjectName("actBackup")
        self.act_backup.triggered.connect(self.make_backup)
        self.act_restore = QAction(self.tr("Back-up terugzetten…"), window)
        self.act_restore.setObjectName("actRestore")
        self.act_restore.triggered.connect(self.restore_from_file)
        before = window.act_profile
        window.file_menu.insertActions(before, [self.act_backup, self.act_restore])
        window.file_menu.insertSeparator(before)
        self.start_daily_backup()

    # automatic daily backup --------------------------------------------------
    def start_daily_backup(self) -> None:
        """Today's backup in a worker thread (the window is already shown and usable)."""
        if self._daily is not None and self._daily.is_alive():
            return
        database, folder, key, today = (
            self.paths.database,
            self.paths.backups,
            self.key,
            self.today(),
        )

        def work() -> None:
            from stellenstof_desktop.store.backup import daily_backup

            made: Path | Exception | None = None
            try:
                made = daily_backup(database, folder, today, key)
            except Exception as exc:  # disk full, folder read-only: told below, never fatal
                made = exc
            self.daily_backup_done.emit(made)

        self._daily = threading.Thread(target=work, name="stellenstof-daily-backup")
        self._daily.start()

    def wait(self) -> None:
        """Let a running daily backup finish (before closing or replacing the database)."""
        if self._daily is not None:
            self._daily.join()
            self._daily = None

    def _on_daily_backup_done(self, made: object) -> None:
        if isinstance(made, Exception):
            self.window.statusBar().showMessage(
                self.tr("De automatische back-up is niet gelukt ({reason}).").format(reason=made),
                15000,
            )

    # backup and restore by hand ----------------------------------------------
    def make_backup(self) -> Path | None:
        """ "Back-up maken…": a consistent copy where the coach chooses (a USB stick)."""

        suggested = str(Path.home() / f"stellenstof-back-up-{self.today().isoformat()}.db")
        chosen = self.messages.save_path(
            self.window, self.tr("Back-up maken"), suggested, BACKUP_FILTER
        )
        if chosen is None:
            return None
        target = Path(chosen)
        if target.suffix != ".db":
            target = target.with_name(target.name + ".db")
        if target.resolve() == self.paths.database.resolve():
            self.messages.known_error(self.window, BackupError.cannot_write(target, "in gebruik"))
            return None
        self.window.flush()
        database, key = self.paths.database, self.key

        def work(report: Progress) -> Path:
            from stellenstof_desktop.store.crypto import copy_database

            try:
                return copy_database(database, target, key, key, report)
            except OSError as exc:
                raise BackupError.cannot_write(target, exc.strerror or exc) from exc
            except Exception as exc:
                raise BackupError.cannot_write(target, exc) from exc

        try:
            run_with_progress(
                self.window, self.tr("Back-up maken"), self.tr("Back-up wordt gemaakt…"), work
            )
        except KnownError as error:
            self.messages.known_error(self.window, error)
            return None
        self.messages.info(
            self.window,
            self.tr("Back-up gemaakt"),
            self.tr("De back-up staat in {path}.").format(path=target),
        )
        return target

    def restore_from_file(self) -> bool:
        """ "Back-up terugzetten…": choose a backup, confirm, keep the current file, restore."""
        from stellenstof_desktop.store.backup import readable

        chosen = self.messages.open_path(
            self.window,
            self.tr("Back-up terugzetten"),
            str(self.paths.backups if self.paths.backups.is_dir() else Path.home()),
            BACKUP_FILTER,
        )
        if chosen is None:
            return False
        source = Path(chosen)
        if source.resolve() == self.paths.database.resolve() or not readable(source, self.key):
            self.messages.known_error(self.window, BackupError.not_a_backup(source))
            return False
        made = datetime.fromtimestamp(source.stat().st_mtime)
        text = self.tr(
            "De back-up van {when} terugzetten?\n\n"
            "Alles wat u daarna hebt ingevoerd, staat er niet in. Uw huidige gegevens worden "
            "eerst apart bewaard in de map met back-ups, zodat u ze niet kwijtraakt."
        ).format(when=_when(made))
        if not self.messages.confirm(
            self.window, self.tr("Back-up terugzetten"), text, self.tr("Terugzetten")
        ):
            return False
        return self.restore(BackupInfo(source, made))

    def restore(self, backup: BackupInfo, backup_key: str | None = None) -> bool:
        """Replace the open database by `backup` (the current one is kept first)."""
        from stellenstof_desktop.store.backup import restore_backup
        from stellenstof_desktop.store.migrate import open_database

        services = self.services
        assert services is not None
        if not self.window.flush():
            return False
        self.wait()
        db = services.db
        key = db.key
        db.close()
        paths = self.paths
        source_key = backup_key if backup_key is not None else key

        def work(report: Progress) -> Path | None:
            return restore_backup(
                backup.path, paths.database, paths.backups, source_key, key, progress=report
            )

        kept: Path | None = None
        failure: KnownError | None = None
        try:
            kept = run_with_progress(
                self.window,
                self.tr("Back-up terugzetten"),
                self.tr("Back-up wordt teruggezet…"),
                work,
            )
        except KnownError as error:
            failure = error
        except Exception as exc:
            failure = BackupError.cannot_write(paths.database, exc)
        # Reopen in any case: the restored file, or the untouched current one after a failure.
        db.adopt(open_database(paths.database, paths.backups, key, check=True))
        self.after_restore()
        self.window.reload_data()
        if failure is not None:
            self.messages.known_error(self.window, failure)
            return False
        self.messages.info(
            self.window,
            self.tr("Back-up teruggezet"),
            self.tr(
                "De back-up van {when} is teruggezet. Uw gegevens van vóór het terugzetten "
                "staan in {path}."
            ).format(when=_when(backup.made), path=kept),
        )
        return True

    def after_restore(self) -> None:
        """Any database may come back from a backup: erased couples are erased again."""
        assert self.services is not None
        self.services.privacy.erase_again()
