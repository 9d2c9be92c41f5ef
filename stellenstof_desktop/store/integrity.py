"""Is the file one of our databases, and whole? Its revision, a quick check, moving it aside.

Reading the stored revision needs nothing but `sqlite3` (or `sqlcipher3` for an encrypted
file), so both opening (store/migrate.py) and checking a backup (store/backup.py) use it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from stellenstof_desktop.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    NotADatabaseError,
    PassphraseRequiredError,
)
from stellenstof_desktop.store.crypto import (
    SIDECARS,
    FileKind,
    connect,
    database_errors,
    file_kind,
    fsync_dir,
    operational_errors,
)


def stored_revision(path: Path, key: str | None = None) -> str | None:
    """The Alembic revision stored in the file; None for a new or empty file.

    Raises NotADatabaseError for anything that is not one of our databases,
    PassphraseRequiredError for an encrypted file without `key` and WrongPassphraseError
    when `key` does not open it.
    """
    kind = file_kind(path)
    if kind is FileKind.NEW:
        return None
    if kind is FileKind.UNKNOWN:
        raise NotADatabaseError(path)
    if kind is FileKind.ENCRYPTED and key is None:
        raise PassphraseRequiredError(path)
    try:
        conn = connect(path, key if kind is FileKind.ENCRYPTED else None, readonly=True)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise NotADatabaseError(path)  # someone else's SQLite file
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except operational_errors() as exc:
        if "locked" in str(exc).lower():
            raise DatabaseBusyError(path) from exc
        raise NotADatabaseError(path) from exc
    except database_errors() as exc:
        if "malformed" in str(exc).lower():
            raise DamagedDatabaseError(path, str(exc)) from exc
        raise NotADatabaseError(path) from exc
    return str(row[0]) if row else None


def _problems(rows: list[tuple[object, ...]]) -> list[str]:
    texts = [str(row[0]) for row in rows]
    return [] if texts == ["ok"] else texts


def check_engine(engine: Engine, path: Path) -> None:
    """`PRAGMA quick_check` on the app's own connection; DamagedDatabaseError if it fails.

    quick_check reads every page (but skips index-content checks): linear in the file size.
    """
    try:
        with engine.connect() as conn:
            rows = [tuple(row) for row in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except DBAPIError as exc:
        raise DamagedDatabaseError(path, str(exc.orig)) from exc
    problems = _problems(rows)
    if problems:
        raise DamagedDatabaseError(path, "; ".join(problems[:3]))


def check_file(path: Path, key: str | None = None) -> list[str]:
    """The problems `quick_check` finds in the file at `path` ([] when it is whole)."""
    try:
        conn = connect(path, key, readonly=True)
        try:
            return _problems(conn.execute("PRAGMA quick_check").fetchall())
        finally:
            conn.close()
    except database_errors() as exc:
        return [str(exc)]


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the damaged database (and its -wal/-shm) beside it; never overwrite or delete.

    Returns the new name of the main file, e.g. `stellenstof-beschadigd-20260501-101500.db`.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}-beschadigd-{stamp}{path.suffix}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.stem}-beschadigd-{stamp}-{counter}{path.suffix}")
    path.replace(aside)
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            sidecar.replace(aside.with_name(aside.name + suffix))
    fsync_dir(path.parent)
    return aside
