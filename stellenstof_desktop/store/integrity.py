"""Is the database file whole? A quick check at start, and moving a damaged file aside."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from stellenstof_desktop.errors import DamagedDatabaseError
from stellenstof_desktop.store.crypto import connect, database_errors, fsync_dir

SIDECARS = ("-wal", "-shm", "-journal")


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
