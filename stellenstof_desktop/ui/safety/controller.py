"""Keeping the coach's data safe: opening it whole, daily backups, backup and restore.

The controller owns the open database for the window: it opens it (asking for the
passphrase of an encrypted file; integrity check; a damaged file is moved aside and the
newest good backup offered), makes the automatic daily backup in a worker thread after
the window is shown, and serves the "Back-up maken…", "Back-up terugzetten…",
"Versleuteling…" and "Vergrendelen" menu items. SQLAlchemy is imported only once the
window has painted, like everywhere else.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from stellenstof_desktop.errors import (
    BackupError,
    KnownError,
    NotADatabaseError,
    PassphraseChangeError,
)
from stellenstof_desktop.paths import DataPaths, prepare_data_dir
from stellenstof_desktop.store.backup import BackupInfo
from stellenstof_desktop.store.crypto import FileKind, check_key, database_errors, file_kind
from stellenstof_desktop.ui.kit.format import long_date
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.safety.dialogs import (
    EncryptionDialog,
    PassphraseChange,
    Progress,
    run_with_progress,
)
from stellenstof_desktop.ui.safety.lock import LockController

if TYPE_CHECKING:
    from stellenstof_desktop.services.container import Services
    from stellenstof_desktop.ui.main_window import MainWindow

BACKUP_FILTER = "Stellenstof-back-up (*.db)"
OFFERED_KEY = "security/encryption_offered"


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
        self.created = False  # open() made a new, empty database
        self.lock: LockController | None = None
        self.daily_backup_done.connect(self._on_daily_backup_done)

    @property
    def paths(self) -> DataPaths:
        assert self._paths is not None, "open() first"
        return self._paths

    @property
    def key(self) -> str | None:
        return self.services.db.key if self.services is not None else None

    def is_current(self, passphrase: str) -> bool:
        """Whether `passphrase` is the one the open database is encrypted with."""
        key = self.key
        return key is not None and hmac.compare_digest(passphrase.encode(), key.encode())

    # opening -----------------------------------------------------------------
    def open(self) -> Services | None:
        """Open the database, whole; None when the coach chose not to go on.

        Raises the KnownError to show when the file cannot be used and no backup helps.
        """
        from stellenstof_desktop.services.container import open_services

        self._paths = prepare_data_dir(self.data_dir)
        kind = file_kind(self.paths.database)
        self.created = kind is FileKind.NEW
        key = None
        if kind is FileKind.ENCRYPTED:
            key = self._ask_passphrase()
            if key is None:
                return None
        while True:
            try:
                self.services = open_services(self.data_dir, key, check=True)
                self.after_restore()  # cheap when nothing came back; a copied-in file too
                return self.services
            except NotADatabaseError as error:  # damaged, or not a database at all
                if not self._offer_restore(error, key):
                    return None

    def _ask_passphrase(self) -> str | None:
        """The passphrase of the encrypted database, proven before anything is written."""
        database = self.paths.database
        return self.messages.passphrase(
            self.window,
            self.tr("Stellenstof openen"),
            self.tr("Uw gegevens zijn versleuteld. Typ uw wachtwoord om ze te openen."),
            lambda passphrase: _opens(database, passphrase),
            self.tr("Afsluiten"),
        )

    def _offer_restore(self, error: NotADatabaseError, key: str | None = None) -> bool:
        """Offer the newest good backup for a damaged file; True when it was put in place."""
        from stellenstof_desktop.store.backup import newest_good_backup, restore_backup
        from stellenstof_desktop.store.integrity import move_aside

        backup = newest_good_backup(self.paths.backups, key)
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
        restore_backup(
            backup.path, self.paths.database, self.paths.backups, key, key, keep_current=False
        )
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
        self.act_encryption = QAction(self.tr("Versleuteling…"), window)
        self.act_encryption.setObjectName("actEncryption")
        self.act_encryption.triggered.connect(self.edit_encryption)
        self.act_lock = QAction(self.tr("Vergrendelen"), window)
        self.act_lock.setObjectName("actLock")
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        window.addAction(self.act_lock)  # the shortcut works with the menu closed
        before = window.act_profile
        window.file_menu.insertActions(
            before, [self.act_backup, self.act_restore, self.act_encryption, self.act_lock]
        )
        window.file_menu.insertSeparator(before)
        self.lock = LockController(window, self.settings, self.is_current)
        self.act_lock.triggered.connect(self.lock.lock)
        self._update_lock()
        self.start_daily_backup()

    def _update_lock(self) -> None:
        encrypted = self.key is not None
        self.act_lock.setEnabled(encrypted)
        if self.lock is not None:
            self.lock.set_enabled(encrypted)

    @contextmanager
    def _file_work(self) -> Iterator[None]:
        """While the database file is closed and replaced: no lock, no input."""
        if self.lock is not None:
            self.lock.set_busy(True)
        focus = QApplication.focusWidget()
        self.window.setEnabled(False)  # no typing into a database that is being replaced
        try:
            yield
        finally:
            self.window.setEnabled(True)
            if focus is not None and isValid(focus):
                focus.setFocus()
            if self.lock is not None:
                self.lock.set_busy(False)

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
        if source.resolve() == self.paths.database.resolve():
            self.messages.known_error(self.window, BackupError.not_a_backup(source))
            return False
        backup_key = self.key
        if file_kind(source) is FileKind.ENCRYPTED and not (
            self.key is not None and _opens(source, self.key)
        ):
            if self.key is None:
                after = self.tr("Na het terugzetten zijn uw gegevens niet versleuteld, zoals nu.")
            else:
                after = self.tr(
                    "Na het terugzetten openen uw gegevens weer met uw huidige wachtwoord."
                )
            backup_key = self.messages.passphrase(
                self.window,
                self.tr("Back-up terugzetten"),
                self.tr(
                    "Deze back-up is versleuteld met een ander wachtwoord dan uw gegevens nu "
                    "hebben. Typ het wachtwoord dat gold toen de back-up werd gemaakt."
                )
                + "\n\n"
                + after,
                lambda passphrase: _opens(source, passphrase),
            )
            if backup_key is None:
                return False
        if not readable(source, backup_key):
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
        return self.restore(BackupInfo(source, made), backup_key)

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
            with self._file_work():
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

    # encryption ----------------------------------------------------------------
    def offer_encryption(self) -> None:
        """On the first start (a new, empty database) suggest a passphrase, once."""
        if not self.created or self.key is not None or self.settings.value(OFFERED_KEY):
            return
        self.settings.setValue(OFFERED_KEY, True)
        if self.messages.ask(
            self.window,
            self.tr("Gegevens versleutelen?"),
            self.tr(
                "Stellenstof kan uw gegevens versleutelen met een wachtwoord. Dan kan niemand "
                "ze lezen zonder dat wachtwoord, ook niet als uw laptop of een back-up "
                "zoekraakt. Dat raden we sterk aan.\n\n"
                "U kunt het ook later doen, via Bestand › Versleuteling…"
            ),
            self.tr("Wachtwoord instellen…"),
            self.tr("Nu niet"),
        ):
            self.edit_encryption()

    def edit_encryption(self) -> bool:
        """ "Versleuteling…": set, change or remove the passphrase; the automatic lock."""
        lock = self.lock
        assert lock is not None, "attach() first"
        dialog = EncryptionDialog(self.key is not None, lock.minutes, self.is_current, self.window)
        try:
            dialog.exec()
            lock.set_minutes(dialog.lock_minutes())
            change = dialog.change
        finally:
            dialog.deleteLater()
        if change is None or not self._confirm_change(change):
            return False
        return self.change_passphrase(change.new_key)

    def _confirm_change(self, change: PassphraseChange) -> bool:
        if self.key is None:
            title, accept = self.tr("Gegevens versleutelen"), self.tr("Versleutelen")
            text = self.tr(
                "Uw gegevens worden nu versleuteld. Voortaan vraagt Stellenstof bij de start "
                "om dit wachtwoord. Vergeet u het, dan kan niemand uw gegevens nog openen.\n\n"
                "Let op: back-ups die al bestaan (in de map met back-ups en bijvoorbeeld op "
                "een USB-stick) blijven onversleuteld en leesbaar. Alleen nieuwe back-ups "
                "worden versleuteld. Gooi oude back-ups weg als u ze niet meer nodig hebt; de "
                "automatische verdwijnen vanzelf binnen acht weken."
            )
        elif change.new_key is not None:
            title, accept = self.tr("Wachtwoord wijzigen"), self.tr("Wijzigen")
            text = self.tr(
                "Het wachtwoord wijzigen?\n\n"
                "Let op: back-ups die al bestaan, blijven versleuteld met het oude wachtwoord. "
                "Om er een terug te zetten, hebt u dat oude wachtwoord nodig; bewaar het dus "
                "zolang u die back-ups bewaart. Nieuwe back-ups krijgen het nieuwe wachtwoord."
            )
        else:
            title, accept = self.tr("Versleuteling uitzetten"), self.tr("Uitzetten")
            text = self.tr(
                "De versleuteling uitzetten?\n\n"
                "Dan staan uw gegevens weer leesbaar op deze computer: wie de laptop in handen "
                "krijgt, kan ze openen. Nieuwe back-ups worden ook niet meer versleuteld. "
                "Back-ups die al bestaan, blijven versleuteld met het huidige wachtwoord."
            )
        return self.messages.confirm(self.window, title, text, accept)

    def change_passphrase(self, new_key: str | None) -> bool:
        """Re-encrypt the database with `new_key` (None: plain); the old file stays on failure."""
        from stellenstof_desktop.store.crypto import change_key
        from stellenstof_desktop.store.migrate import open_database

        services = self.services
        assert services is not None
        if not self.window.flush():
            self.messages.error(
                self.window,
                self.tr("Niet opgeslagen"),
                self.tr(
                    "Niet alles kon worden opgeslagen, daarom is het wachtwoord niet veranderd. "
                    "Uw tekst staat nog op het scherm."
                ),
            )
            return False
        self.wait()
        db = services.db
        old_key = db.key
        database = self.paths.database
        failure: KnownError | None = None
        with self._file_work():
            db.close()
            try:
                run_with_progress(
                    self.window,
                    self.tr("Versleuteling"),
                    self.tr("Uw gegevens worden versleuteld…")
                    if new_key is not None
                    else self.tr("De versleuteling wordt verwijderd…"),
                    lambda report: change_key(database, old_key, new_key, report),
                )
            except KnownError as error:
                failure = error
            except Exception as exc:
                failure = PassphraseChangeError(
                    exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                )
            # Reopen in any case: the re-keyed file, or the untouched old one after a failure.
            key = new_key if failure is None else _key_that_opens(database, old_key, new_key)
            db.adopt(open_database(database, self.paths.backups, key))
        self._update_lock()
        if failure is not None:
            self.messages.known_error(self.window, failure)
            return False
        if new_key is None:
            done = self.tr("De versleuteling staat uit. Uw gegevens zijn niet meer versleuteld.")
        elif old_key is None:
            done = self.tr(
                "Uw gegevens zijn versleuteld. Stellenstof vraagt voortaan bij de start om uw "
                "wachtwoord. Bewaar het goed."
            )
        else:
            done = self.tr("Het wachtwoord is gewijzigd.")
        self.messages.info(self.window, self.tr("Versleuteling"), done)
        return True


def _opens(path: Path, passphrase: str) -> bool:
    """Whether `passphrase` opens the encrypted file at `path` (read-only; nothing written)."""
    try:
        return check_key(path, passphrase)
    except database_errors():
        return False  # not readable at all: no passphrase will do


def _key_that_opens(path: Path, *keys: str | None) -> str | None:
    """Which of `keys` the file at `path` needs now (after a failure, normally the old one)."""
    if file_kind(path) is FileKind.PLAIN:
        return None
    return next((key for key in keys if key is not None and _opens(path, key)), None)
