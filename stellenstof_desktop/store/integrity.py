"""Is the file one of our databases, and whole? Its revision, a quick check, moving it aside.

Reading the stored revision needs nothing but `sqlite3` (or `sqlcipher3` for an encrypted
file), so both opening (store/migrate.py) and checking a backup (store/backup.py) use it.
Every failure is told by SQLite's error code (crypto.cause): a full disk or an I/O error
is never called a damaged database, because a damaged one is moved aside.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from stellenstof_desktop.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DatabaseFolderError,
    DiskError,
    KnownError,
    NotADatabaseError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from stellenstof_desktop.store.crypto import (
    SIDECARS,
    Cause,
    Connect,
    FileKind,
    cause,
    connect,
    database_errors,
    file_errors,
    file_kind,
    fsync_dir,
)

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
# How Alembic writes a revision id into its script (with or without the annotation).
_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def known_revisions(versions: Path = VERSIONS_DIR) -> set[str]:
    """The revisions this release can open, read from its migration scripts (no Alembic)."""
    found = set()
    for script in versions.glob("*.py"):
        match = _REVISION.search(script.read_text(encoding="utf-8"))
        if match:
            found.add(match.group(1))
    return found


def open_error(path: Path, exc: BaseException) -> KnownError:
    """The known error for a failure to read the database at `path` (opening, checking)."""
    found = cause(exc)
    if found is Cause.BUSY:
        return DatabaseBusyError(path)
    if found is Cause.DISK_FULL:
        return DiskError.full(path)
    if found is Cause.DISK:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return DiskError.failing(path, reason)
    if found is Cause.DAMAGED:
        return DamagedDatabaseError(path, str(exc))
    return NotADatabaseError(path)


def kind_of(path: Path) -> FileKind:
    """`file_kind`, with a file that cannot be read at all told as the known error."""
    try:
        return file_kind(path)
    except OSError as exc:
        raise open_error(path, exc) from exc


def stored_revision(
    path: Path,
    key: str | None = None,
    *,
    check: bool = False,
    frozen: bool = False,
    opener: Connect = connect,
) -> str | None:
    """The Alembic revision stored in the file; None for a new or empty file.

    `check` runs `PRAGMA quick_check` on the same connection (DamagedDatabaseError when it
    fails); `frozen` reads a backup nobody writes without making side files; `opener`
    replaces crypto.connect (tests use it to fail like a full disk). Raises
    NotADatabaseError (or a subclass) for anything that is not one of our databases,
    PassphraseRequiredError / WrongPassphraseError for a missing or wrong `key`, DiskError
    and DatabaseBusyError when the disk or another program is in the way.
    """
    kind = kind_of(path)
    if kind is FileKind.NEW:
        return None
    if kind is FileKind.FOLDER:
        raise DatabaseFolderError(path)
    if kind is FileKind.DAMAGED:
        raise DamagedDatabaseError(path, "SQLite header")
    if kind is FileKind.UNKNOWN:
        raise NotADatabaseError(path)
    if kind is FileKind.ENCRYPTED and key is None:
        raise PassphraseRequiredError(path)
    try:
        conn = opener(
            path, key if kind is FileKind.ENCRYPTED else None, readonly=True, frozen=frozen
        )
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise NotADatabaseError(path)  # someone else's SQLite file
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            problems = _problems(conn.execute("PRAGMA quick_check").fetchall()) if check else []
        finally:
            conn.close()
    except file_errors() as exc:
        raise open_error(path, exc) from exc
    if problems:
        raise DamagedDatabaseError(path, "; ".join(problems[:3]))
    return str(row[0]) if row else None


def _problems(rows: list[tuple[object, ...]]) -> list[str]:
    texts = [str(row[0]) for row in rows]
    return [] if texts == ["ok"] else texts


def check_engine(engine: Engine, path: Path) -> None:
    """`PRAGMA quick_check` on the app's own connection; DamagedDatabaseError if it fails.

    quick_check reads every page (but skips index-content checks): linear in the file size.
    The engine turns a full disk or a lock into its own known error (store/engine.py).
    """
    try:
        with engine.connect() as conn:
            rows = [tuple(row) for row in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except DBAPIError as exc:
        raise open_error(path, exc) from exc
    problems = _problems(rows)
    if problems:
        raise DamagedDatabaseError(path, "; ".join(problems[:3]))


def check_file(path: Path, key: str | None = None, *, frozen: bool = False) -> list[str]:
    """The problems `quick_check` finds in the file at `path` ([] when it is whole)."""
    try:
        conn = connect(path, key, readonly=True, frozen=frozen)
        try:
            return _problems(conn.execute("PRAGMA quick_check").fetchall())
        finally:
            conn.close()
    except database_errors() as exc:
        return [str(exc)]
    except WrongPassphraseError:  # a damaged first page of an encrypted file
        return ["file is not a database"]


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the damaged database (and its -wal/-shm) beside it; never overwrite or delete.

    Returns the new name of the main file, e.g. `stellenstof-beschadigd-20260501-101500.db`.
    A folder where the file should be is renamed the same way.
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
