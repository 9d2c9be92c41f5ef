"""The SQLite engine: pragmas, and the session factory the services use."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

from stellenstof_desktop.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    KnownError,
    NotADatabaseError,
    StorageError,
)
from stellenstof_desktop.store import revisions
from stellenstof_desktop.store.crypto import Cause, cause, database_errors

BUSY_TIMEOUT_MS = 5000  # backups, migrations, the command line: waiting is fine there


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        if not isinstance(dbapi_connection, sqlite3.Connection):  # SQLCipher, key already set
            cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")  # off only while migrating (store/migrate.py)
        # FULL: a committed autosave survives a power cut, not only a crash of the app.
        cursor.execute("PRAGMA synchronous = FULL")
        # Erased couples are overwritten on disk, not just unlinked from the b-tree.
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def make_engine(path: Path, key: str | None = None) -> Engine:
    """An engine on the SQLite file at `path` with our pragmas on every connection.

    With `key`, the file is opened through SQLCipher; its dialect sets `PRAGMA key` first
    and keeps one connection per thread (key derivation is slow), the one the app uses.
    Either way the window's writer thread writes on a connection of its own (a plain file
    gets a QueuePool without check_same_thread), and WAL lets the UI thread read meanwhile.
    """
    if key is None:
        engine = create_engine(f"sqlite:///{path}")
    else:
        # A URL object, not a string: the passphrase needs no percent-encoding this way.
        engine = create_engine(URL.create("sqlite+pysqlcipher", password=key, database=str(path)))
    event.listen(engine, "connect", _on_connect)
    # Every statement on the engine, the connect included: a full disk, a lock or damage
    # becomes the known error the coach is told, whichever service or migration ran it.
    event.listen(engine, "handle_error", lambda context: _mapped(path, context), retval=True)
    return engine


def _mapped(path: Path, context: ExceptionContext) -> BaseException | None:
    original = context.original_exception
    return known_error(path, original) if isinstance(original, database_errors()) else None


def known_error(path: Path, exc: BaseException) -> KnownError | None:
    """The known error for a database error while working on `path`; None: a bug of ours."""
    found = cause(exc)
    orig = getattr(exc, "orig", None) or exc
    if found is Cause.BUSY:
        return DatabaseBusyError(path)
    if found in (Cause.DISK_FULL, Cause.DISK):
        return StorageError(orig)
    if found is Cause.DAMAGED:
        return DamagedDatabaseError(path, str(orig))
    if found is Cause.NOT_A_DATABASE:
        return NotADatabaseError(path)
    return None


@dataclass
class Database:
    """An open database: the engine and a factory of short-lived ORM sessions."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    key: str | None = field(default=None, repr=False)  # the SQLCipher passphrase, if any

    @classmethod
    def on_engine(cls, path: Path, engine: Engine, key: str | None = None) -> Database:
        sessions = sessionmaker(engine, expire_on_commit=False)
        revisions.install(sessions)  # every service's saves keep earlier versions of texts
        return cls(path, engine, sessions, key)

    def adopt(self, other: Database) -> None:
        """Continue on `other`'s engine (after a restore or re-key); services keep this object."""
        self.engine.dispose()
        self.path, self.engine, self.sessions, self.key = (
            other.path,
            other.engine,
            other.sessions,
            other.key,
        )

    def wait_for_locks(self, milliseconds: int) -> None:
        """How long a statement waits for another program's lock before DatabaseBusyError.

        Set on every checkout, so connections already in the pool follow too. The window
        uses a short wait: a save that cannot get the lock fails fast and autosave retries,
        instead of the window freezing for the default 5 s each time.
        """
        pragma = f"PRAGMA busy_timeout = {int(milliseconds)}"
        event.listen(self.engine, "checkout", lambda dbapi, _record, _proxy: dbapi.execute(pragma))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error.

        A failure of the environment arrives as a KnownError already (see make_engine).
        """
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
