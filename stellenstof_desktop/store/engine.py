"""The SQLite engine: pragmas, and the session factory the services use."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from stellenstof_desktop.errors import DatabaseBusyError, StorageError

BUSY_TIMEOUT_MS = 5000


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
    """
    if key is None:
        engine = create_engine(f"sqlite:///{path}")
    else:
        # A URL object, not a string: the passphrase needs no percent-encoding this way.
        engine = create_engine(URL.create("sqlite+pysqlcipher", password=key, database=str(path)))
    event.listen(engine, "connect", _on_connect)
    return engine


@dataclass
class Database:
    """An open database: the engine and a factory of short-lived ORM sessions."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    key: str | None = field(default=None, repr=False)  # the SQLCipher passphrase, if any

    @classmethod
    def on_engine(cls, path: Path, engine: Engine, key: str | None = None) -> Database:
        return cls(path, engine, sessionmaker(engine, expire_on_commit=False), key)

    def adopt(self, other: Database) -> None:
        """Continue on `other`'s engine (after a restore or re-key); services keep this object."""
        self.engine.dispose()
        self.path, self.engine, self.sessions, self.key = (
            other.path,
            other.engine,
            other.sessions,
            other.key,
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error, maps known failures."""
        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise _known(self.path, exc) from exc

    def close(self) -> None:
        self.engine.dispose()


def _known(path: Path, exc: OperationalError) -> Exception:
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(path)
    if "readonly" in text or "read-only" in text or "disk" in text or "full" in text:
        return StorageError(exc.orig)
    return exc
