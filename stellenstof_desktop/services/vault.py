"""The database file of one data folder: open, check, back up, restore, re-key, erase again.

The GUI and the CLI share these decisions; they only ask the coach and show progress.
Slow file work (a copy, a restore, a re-key) goes through a `Runner` the caller passes,
so the GUI can run it in a worker thread behind a progress dialog while the closing and
reopening of the database stay in the caller's thread. The store is imported at the call
site: opening the window must not wait for SQLAlchemy.

Nothing is lost, whatever the file or the disk does: a file that cannot be used is only
moved aside once its replacement is whole beside it; a full disk or an I/O error is told
as such and never taken for damage; a missing or empty file with backups beside it is
no first start.
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stellenstof_desktop import log
from stellenstof_desktop.domain import Backup, KeyChanged, Restored
from stellenstof_desktop.errors import (
    BackupError,
    DailyBackupError,
    DatabaseMissingError,
    KnownError,
    PassphraseChangeError,
    RestoreError,
    StorageError,
    UnreadableEncryptedError,
    WrongPassphraseError,
)
from stellenstof_desktop.files import PrivateFolder
from stellenstof_desktop.paths import DataPaths, prepare_data_dir, private_dir

if TYPE_CHECKING:
    from stellenstof_desktop.services.container import Services
    from stellenstof_desktop.store.engine import Database

_logger = logging.getLogger(__name__)
Progress = Callable[[int, int], None]  # (done, total), as store.crypto reports it
Runner = Callable[[Callable[[Progress], None]], None]
# The window's wait for another program's lock: a save fails fast and autosave retries.
SHORT_BUSY_MS = 250
HOURLY = timedelta(hours=1)


def run_here(work: Callable[[Progress], None]) -> None:
    """Run the file work in this thread, reporting progress nowhere."""
    work(lambda _done, _total: None)


class Vault:
    """Opens, backs up, restores and re-keys the database of one data folder.

    `busy_timeout_ms`: how long the open database waits for another program's lock (None:
    the store's default of 5 s, right for the command line). `connect` replaces the
    store's connect() for the check at opening: tests pass one that fails like a full disk.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        busy_timeout_ms: int | None = None,
        connect: Callable[..., Any] | None = None,
    ) -> None:
        self.paths = DataPaths(data_dir)
        self.services: Services | None = None
        self.created = False  # open() made a new, empty database
        self.busy_timeout_ms = busy_timeout_ms
        self._connect = connect
        # The automatic backups run in a worker thread: never copy a file being replaced.
        self._file_lock = threading.Lock()

    @property
    def key(self) -> str | None:
        """The passphrase of the open database (None: plain, or nothing open)."""
        return self.services.db.key if self.services is not None else None

    def _open_services(self) -> Services:
        assert self.services is not None, "open() first"
        return self.services

    # opening -------------------------------------------------------------------
    def prepare(self, *, sweep: bool = True) -> None:
        """Create the data folder, finish an interrupted re-key; `sweep`: the app's start.

        DataDirError when the folder cannot be written. The sweep empties the private
        folder of copies an earlier run left (an opened PDF, an e-mail draft); the command
        line skips it, so a window open meanwhile keeps its copies.
        """
        from stellenstof_desktop.store.crypto import finish_interrupted_change

        prepare_data_dir(self.paths.root)
        with self._file_lock:
            for line in finish_interrupted_change(self.paths.database):
                _logger.warning("interrupted re-key: %s", line)  # file names only
        if sweep:
            PrivateFolder(private_dir()).sweep()

    def needs_key(self) -> bool:
        """Whether the database is encrypted, so opening it needs the passphrase."""
        from stellenstof_desktop.store.crypto import FileKind, file_kind

        try:
            return file_kind(self.paths.database) is FileKind.ENCRYPTED
        except OSError:
            return False  # not readable at all: opening says why

    def check_key(self, key: str, path: Path | None = None) -> bool:
        """Whether `key` opens the encrypted database (or the backup at `path`); writes nothing."""
        from stellenstof_desktop.store.crypto import at_rest, check_key

        try:
            if path is None:
                return check_key(self.paths.database, key)
            return check_key(path, key, frozen=at_rest(path))
        except _file_errors():
            return False  # not readable at all: no passphrase will do

    def unlocks(self, key: str) -> bool:
        """Whether `key` is the coach's passphrase: it opens the database, else its newest backup.

        When only the newest backup opens, the database is damaged; open() says so.
        """
        return self.check_key(key) or self._opens_newest_backup(key)

    def _opens_newest_backup(self, key: str) -> bool:
        from stellenstof_desktop.store.backup import list_backups
        from stellenstof_desktop.store.crypto import FileKind, file_kind

        newest = next(iter(list_backups(self.paths.backups)), None)
        try:
            if newest is None or file_kind(newest.path) is not FileKind.ENCRYPTED:
                return False
        except OSError:
            return False
        return self.check_key(key, newest.path)

    def is_current(self, passphrase: str) -> bool:
        """Whether `passphrase` is the one the open database is encrypted with."""
        key = self.key
        return key is not None and hmac.compare_digest(passphrase.encode(), key.encode())

    def open(
        self, key: str | None = None, *, check: bool = True, start_empty: bool = False
    ) -> Services:
        """Open the database, whole (`check`: integrity check first), erased couples erased.

        Raises NotADatabaseError (or a subclass: damaged, a folder, missing while backups
        exist) for a file that cannot be used, PassphraseRequiredError / WrongPassphraseError
        for a missing or wrong `key`, DiskError when the disk is full or failing.
        `start_empty`: the coach chose a new, empty database although backups exist.
        """
        from stellenstof_desktop.services.container import Services
        from stellenstof_desktop.store.crypto import FileKind, connect
        from stellenstof_desktop.store.integrity import kind_of, stored_revision
        from stellenstof_desktop.store.migrate import open_database

        assert self.services is None, "already open"
        self.prepare(sweep=False)
        database = self.paths.database
        kind = kind_of(database)
        if kind is FileKind.NEW and not start_empty and self._has_history():
            raise DatabaseMissingError(database, empty=database.exists())
        with self._told(key):
            if check and kind is not FileKind.NEW:
                file_key = key if kind is FileKind.ENCRYPTED else None
                stored_revision(database, file_key, check=True, opener=self._connect or connect)
            db = open_database(database, self.paths.backups, key)
            try:
                self._wait_for_locks(db)
                services = Services.on(db)
                # Any file may have come back from a backup, or been copied in by hand.
                services.privacy.erase_again()
            except BaseException:
                db.close()
                raise
        self.created = kind is FileKind.NEW
        self.services = services
        return services

    @contextmanager
    def _told(self, key: str | None) -> Iterator[None]:
        """What goes wrong while opening, as the known error for opening (not for saving)."""
        from stellenstof_desktop.store.crypto import cause
        from stellenstof_desktop.store.integrity import open_error

        database = self.paths.database
        try:
            yield
        except WrongPassphraseError:
            if key is not None and self._opens_newest_backup(key):
                raise UnreadableEncryptedError(database) from None
            raise
        except StorageError as error:  # the engine's words for a failed save
            if error.__cause__ is None:
                raise
            raise open_error(database, error.__cause__) from error
        except _file_errors() as exc:
            if cause(exc) is None:
                raise  # a bug of ours, not the file or the disk
            raise open_error(database, exc) from exc

    def _wait_for_locks(self, db: Database) -> None:
        if self.busy_timeout_ms is not None:
            db.wait_for_locks(self.busy_timeout_ms)

    def _has_history(self) -> bool:
        """Backups, or a file moved aside: this data folder had a database before."""
        from stellenstof_desktop.store.backup import list_backups

        database = self.paths.database
        aside = database.parent.glob(f"{database.stem}-beschadigd-*")
        return bool(list_backups(self.paths.backups)) or any(aside)

    def close(self) -> None:
        """Close the database (after a running automatic backup has finished)."""
        with self._file_lock:
            if self.services is not None:
                self.services.db.close()
                self.services = None

    # a file that cannot be used ---------------------------------------------------
    def newest_good_backup(self, key: str | None = None) -> Backup | None:
        """The newest backup in the backup folder that is whole and opens with `key`."""
        from stellenstof_desktop.store.backup import newest_good_backup

        info = newest_good_backup(self.paths.backups, key)
        return None if info is None else Backup(info.path, info.made, key)

    def has_encrypted_backup(self) -> bool:
        """Whether a backup needs a passphrase (then newest_good_backup needs it too)."""
        from stellenstof_desktop.store.backup import list_backups
        from stellenstof_desktop.store.crypto import FileKind, file_kind

        backups = list_backups(self.paths.backups)
        return any(file_kind(info.path) is FileKind.ENCRYPTED for info in backups)

    def restore_damaged(
        self, backup: Backup, key: str | None = None, run: Runner = run_here
    ) -> Path | None:
        """Put `backup` where the unusable database is (or was); returns where that one went.

        The database gets `key` (None: the backup's own). The backup is copied and checked
        beside the database first; the unusable file is moved aside only once that copy is
        whole, so a failure (RestoreError: a full disk, say) leaves everything as it was.
        """
        from stellenstof_desktop.store.backup import replace_unusable

        assert self.services is None, "an unusable file is never open"
        database, target_key = self.paths.database, key if key is not None else backup.key
        aside: list[Path | None] = [None]

        def work(report: Progress) -> None:
            aside[0] = replace_unusable(backup.path, database, backup.key, target_key, report)

        try:
            run(work)
        except _file_errors() as exc:
            raise RestoreError(_reason(exc)) from exc
        return aside[0]

    # backups -----------------------------------------------------------------------
    def daily_backup(self, today: date) -> Path | None:
        """Today's automatic backup, once a day, then the rotation; None if already made.

        Safe to call from a worker thread. DailyBackupError when the disk is full or the
        folder read-only, BackupCheckError when the copy failed its check: never fatal,
        the coach is told.
        """
        from stellenstof_desktop.store.backup import daily_backup

        with self._file_lock:
            if self.services is None:
                return None
            try:
                return daily_backup(self.paths.database, self.paths.backups, today, self.key)
            except _file_errors() as exc:
                raise DailyBackupError(_reason(exc)) from exc

    def backup_if_changed(self, now: datetime, every: timedelta = HOURLY) -> Path | None:
        """An automatic backup when anything changed since the newest one and `every` has passed.

        Within the daily rotation. Safe from a worker thread; fails like daily_backup.
        """
        from stellenstof_desktop.store.backup import backup_if_changed

        with self._file_lock:
            if self.services is None:
                return None
            try:
                database, folder = self.paths.database, self.paths.backups
                return backup_if_changed(database, folder, now, self.key, every)
            except _file_errors() as exc:
                raise DailyBackupError(_reason(exc)) from exc

    def session_backup(self, now: datetime) -> Path | None:
        """The backup when a session (or the window) closes, if anything changed since the last."""
        return self.backup_if_changed(now, timedelta(0))

    def backup_to(self, path: Path, run: Runner = run_here) -> Path:
        """A checked copy of the open database at `path` (".db" added); returns where.

        BackupError when the place cannot be written, or is the database itself;
        BackupCheckError when the copy failed its check.
        """
        from stellenstof_desktop.store.backup import backup_file

        target = path if path.suffix == ".db" else path.with_name(path.name + ".db")
        database = self.paths.database
        if target.resolve() == database.resolve():
            raise BackupError.cannot_write(target, "in gebruik")
        key = self._open_services().db.key

        def work(report: Progress) -> None:
            try:
                backup_file(database, target, key, report)
            except _file_errors() as exc:
                raise BackupError.cannot_write(target, _reason(exc)) from exc

        run(work)
        return target

    # restoring ---------------------------------------------------------------------
    def inspect_backup(self, path: Path, key: str | None = None) -> Backup:
        """What restoring `path` needs: `needs_key` when the current passphrase does not open it.

        `key` is the passphrase the coach gave for this backup. BackupError when the file
        is the database itself or not a whole Stellenstof database this release can open.
        """
        from stellenstof_desktop.store.backup import readable
        from stellenstof_desktop.store.crypto import FileKind, file_kind

        if path.resolve() == self.paths.database.resolve():
            raise BackupError.not_a_backup(path)
        try:
            encrypted = file_kind(path) is FileKind.ENCRYPTED
        except OSError as exc:
            raise BackupError.not_a_backup(path) from exc
        if key is None:
            key = self.key
            if encrypted and not (key is not None and self.check_key(key, path)):
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
                failure = RestoreError(_reason(exc))
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
        After a change the newest backup is made with `new_key`, so that the passphrase
        the coach types at the next start opens it (see unlocks()).
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
        try:
            self.session_backup(datetime.now())
        except KnownError as error:  # the change itself succeeded; the next backup retries
            log.log_known_error(error)
        return KeyChanged(old_key is not None, new_key is not None)

    def _reopen(self, key: str | None, *, check: bool = False) -> None:
        """Carry on on the file now in place; the services keep their Database object."""
        from stellenstof_desktop.store.migrate import open_database

        db = self._open_services().db
        fresh = open_database(self.paths.database, self.paths.backups, key, check=check)
        self._wait_for_locks(fresh)
        db.adopt(fresh)

    def _key_that_opens(self, *keys: str | None) -> str | None:
        """Which of `keys` the database needs now (after a failure, normally the old one)."""
        if not self.needs_key():
            return None
        return next((key for key in keys if key is not None and self.check_key(key)), None)

    # where the data folder lies ----------------------------------------------------
    def sync_service(self) -> str | None:
        """The cloud-sync service whose folder holds the data folder (None: not synced)."""
        from stellenstof_desktop.services.cloud import sync_service

        return sync_service(self.paths.root)


def _file_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """What failing file work raises: the disk (OSError), the database drivers, `more`."""
    from stellenstof_desktop.store.crypto import file_errors

    return (*file_errors(), *more)


def _reason(exc: Exception) -> object:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else exc


def _modified(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime)
