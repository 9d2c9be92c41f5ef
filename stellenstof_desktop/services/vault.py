"""The database file of one data folder: open, check, back up, restore, re-key, erase again.

The GUI and the CLI share these decisions; they only ask the coach and show progress.
Slow file work (a copy, a restore, a re-key) goes through a `Runner` the caller passes,
so the GUI can run it in a worker thread behind a progress dialog while the closing and
reopening of the database stay in the caller's thread. The store is imported at the call
site: opening the window must not wait for SQLAlchemy.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from stellenstof_desktop.domain import Backup, KeyChanged, Restored
from stellenstof_desktop.errors import (
    BackupError,
    DailyBackupError,
    KnownError,
    PassphraseChangeError,
)
from stellenstof_desktop.paths import DataPaths, prepare_data_dir

if TYPE_CHECKING:
    from stellenstof_desktop.services.container import Services

Progress = Callable[[int, int], None]  # (done, total), as store.crypto reports it
Runner = Callable[[Callable[[Progress], None]], None]


def run_here(work: Callable[[Progress], None]) -> None:
    """Run the file work in this thread, reporting progress nowhere."""
    work(lambda _done, _total: None)


class Vault:
    """Opens, backs up, restores and re-keys the database of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.paths = DataPaths(data_dir)
        self.services: Services | None = None
        self.created = False  # open() made a new, empty database
        # The daily backup runs in a worker thread: it must never copy a file being replaced.
        self._file_lock = threading.Lock()

    @property
    def key(self) -> str | None:
        """The passphrase of the open database (None: plain, or nothing open)."""
        return self.services.db.key if self.services is not None else None

    def _open_services(self) -> Services:
        assert self.services is not None, "open() first"
        return self.services

    # opening -------------------------------------------------------------------
    def prepare(self) -> None:
        """Create the data folder when missing; DataDirError when it cannot be written."""
        prepare_data_dir(self.paths.root)

    def needs_key(self) -> bool:
        """Whether the database is encrypted, so opening it needs the passphrase."""
        from stellenstof_desktop.store.crypto import FileKind, file_kind

        return file_kind(self.paths.database) is FileKind.ENCRYPTED

    def check_key(self, key: str, path: Path | None = None) -> bool:
        """Whether `key` opens the encrypted database (or the file at `path`); writes nothing."""
        from stellenstof_desktop.store.crypto import check_key, database_errors

        try:
            return check_key(path or self.paths.database, key)
        except database_errors():
            return False  # not readable at all: no passphrase will do

    def is_current(self, passphrase: str) -> bool:
        """Whether `passphrase` is the one the open database is encrypted with."""
        key = self.key
        return key is not None and hmac.compare_digest(passphrase.encode(), key.encode())

    def open(self, key: str | None = None, *, check: bool = True) -> Services:
        """Open the database, whole (`check`: integrity check first), erased couples erased.

        Raises NotADatabaseError (DamagedDatabaseError) for a file that cannot be used,
        PassphraseRequiredError / WrongPassphraseError for a missing or wrong `key`.
        """
        from stellenstof_desktop.services.container import open_services
        from stellenstof_desktop.store.crypto import FileKind, file_kind

        assert self.services is None, "already open"
        self.prepare()
        self.created = file_kind(self.paths.database) is FileKind.NEW
        services = open_services(self.paths.root, key, check=check)
        try:
            # Any file may have come back from a backup, or been copied in by hand.
            services.privacy.erase_again()
        except BaseException:
            services.db.close()
            raise
        self.services = services
        return services

    def close(self) -> None:
        """Close the database (after a running daily backup has finished)."""
        with self._file_lock:
            if self.services is not None:
                self.services.db.close()
                self.services = None

    # a damaged file --------------------------------------------------------------
    def newest_good_backup(self, key: str | None = None) -> Backup | None:
        """The newest backup in the backup folder that is whole and opens with `key`."""
        from stellenstof_desktop.store.backup import newest_good_backup

        info = newest_good_backup(self.paths.backups, key)
        return None if info is None else Backup(info.path, info.made, key)

    def restore_damaged(self, backup: Backup) -> Path:
        """Move the damaged database aside and put `backup` in its place; returns the aside."""
        from stellenstof_desktop.store.backup import restore_backup
        from stellenstof_desktop.store.integrity import move_aside

        assert self.services is None, "a damaged file is never open"
        database = self.paths.database
        aside = move_aside(database)
        restore_backup(
            backup.path, database, self.paths.backups, backup.key, backup.key, keep_current=False
        )
        return aside

    # backups -----------------------------------------------------------------------
    def daily_backup(self, today: date) -> Path | None:
        """Today's automatic backup, once a day, then the rotation; None if already made.

        Safe to call from a worker thread. DailyBackupError when the disk is full or the
        folder read-only: never fatal, the coach is told.
        """
        from stellenstof_desktop.store.backup import daily_backup

        with self._file_lock:
            key = self.key
            try:
                return daily_backup(self.paths.database, self.paths.backups, today, key)
            except _file_errors() as exc:
                raise DailyBackupError(_reason(exc)) from exc

    def backup_to(self, path: Path, run: Runner = run_here) -> Path:
        """A consistent copy of the open database at `path` (".db" added); returns where.

        BackupError when the place cannot be written, or is the database itself.
        """
        from stellenstof_desktop.store.crypto import copy_database

        target = path if path.suffix == ".db" else path.with_name(path.name + ".db")
        database = self.paths.database
        if target.resolve() == database.resolve():
            raise BackupError.cannot_write(target, "in gebruik")
        key = self._open_services().db.key

        def work(report: Progress) -> None:
            try:
                copy_database(database, target, key, key, report)
            except _file_errors() as exc:
                raise BackupError.cannot_write(target, _reason(exc)) from exc

        run(work)
        return target

    # restoring ---------------------------------------------------------------------
    def inspect_backup(self, path: Path, key: str | None = None) -> Backup:
        """What restoring `path` needs: `needs_key` when the current passphrase does not open it.

        `key` is the passphrase the coach gave for this backup. BackupError when the file
        is the database itself or not a whole Stellenstof database.
        """
        from stellenstof_desktop.store.backup import readable
        from stellenstof_desktop.store.crypto import FileKind, file_kind

        if path.resolve() == self.paths.database.resolve():
            raise BackupError.not_a_backup(path)
        if key is None:
            key = self.key
            if file_kind(path) is FileKind.ENCRYPTED and not (
                key is not None and self.check_key(key, path)
            ):
                return Backup(path, _modified(path), needs_key=True)
        if not readable(path, key):
            raise BackupError.not_a_backup(path)
        return Backup(path, _modified(path), key)

    def restore(self, backup: Backup, run: Runner = run_here) -> Restored:
        """Replace the open database by `backup`, encrypted as now; the current file is kept.

        The database is reopened in any case (the restored file, or the untouched one
        after a failure) and every erased couple that came back is erased again; then a
        failure is raised as a KnownError.
        """
        from stellenstof_desktop.store.backup import restore_backup

        services = self._open_services()
        db, database, folder = services.db, self.paths.database, self.paths.backups
        key = db.key
        source_key = backup.key if backup.key is not None else key
        kept: list[Path | None] = [None]

        def work(report: Progress) -> None:
            kept[0] = restore_backup(
                backup.path, database, folder, source_key, key, progress=report
            )

        failure: KnownError | None = None
        with self._file_lock:
            db.close()
            try:
                run(work)
            except KnownError as error:
                failure = error
            except _file_errors() as exc:
                failure = BackupError.cannot_write(database, _reason(exc))
            finally:
                self._reopen(key, check=True)
        back = services.privacy.erase_again()
        if failure is not None:
            raise failure
        return Restored(backup.made, kept[0], tuple(back))

    # encryption --------------------------------------------------------------------
    def change_key(self, new_key: str | None, run: Runner = run_here) -> KeyChanged:
        """Re-encrypt the database with `new_key` (None: plain); the old file stays on failure.

        The database is reopened in any case, with whichever key its file needs now;
        then a failure is raised as PassphraseChangeError (or the KnownError it was).
        """
        from stellenstof_desktop.store.crypto import change_key

        services = self._open_services()
        db, database = services.db, self.paths.database
        old_key = db.key
        failure: KnownError | None = None
        done = False
        with self._file_lock:
            db.close()
            try:
                run(lambda report: change_key(database, old_key, new_key, report))
                done = True
            except KnownError as error:
                failure = error
            # RuntimeError: change_key's own check found the new file not whole or not equal.
            except _file_errors(RuntimeError) as exc:
                failure = PassphraseChangeError(_reason(exc))
            finally:
                self._reopen(new_key if done else self._key_that_opens(old_key, new_key))
        if failure is not None:
            raise failure
        return KeyChanged(old_key is not None, new_key is not None)

    def _reopen(self, key: str | None, *, check: bool = False) -> None:
        """Carry on on the file now in place; the services keep their Database object."""
        from stellenstof_desktop.store.migrate import open_database

        db = self._open_services().db
        db.adopt(open_database(self.paths.database, self.paths.backups, key, check=check))

    def _key_that_opens(self, *keys: str | None) -> str | None:
        """Which of `keys` the database needs now (after a failure, normally the old one)."""
        if not self.needs_key():
            return None
        return next((key for key in keys if key is not None and self.check_key(key)), None)


def _file_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """What failing file work raises: the disk (OSError), the database drivers, `more`."""
    from stellenstof_desktop.store.crypto import database_errors

    return (OSError, *database_errors(), *more)


def _reason(exc: Exception) -> object:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else exc


def _modified(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime)
