"""Backups: consistent copies of a live database, a daily rotation, and restoring one.

Every copy goes through SQLite's online backup API (or `sqlcipher_export` when the key
changes): a plain file copy of a WAL database can miss committed pages still in the
-wal file. An encrypted database gives encrypted backups with the same passphrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.store.crypto import (
    FileKind,
    Progress,
    connect,
    copy_database,
    file_kind,
    fsync_dir,
    remove_sidecars,
)
from stellenstof_desktop.store.integrity import check_file, stored_revision

DAILY_PREFIX = "dagelijks-"
BEFORE_RESTORE_PREFIX = "voor-terugzetten-"
KEEP_DAILY = 7
KEEP_WEEKLY = 8
_DAILY = re.compile(rf"^{DAILY_PREFIX}(\d{{4}}-\d{{2}}-\d{{2}})\.db$")


def backup_file(source: Path, target: Path, key: str | None = None) -> Path:
    """Copy the database at `source` to `target`, consistent even while it is in use."""
    return copy_database(source, target, key, key)


def daily_name(day: date) -> str:
    return f"{DAILY_PREFIX}{day.isoformat()}.db"


def daily_backup(database: Path, folder: Path, today: date, key: str | None = None) -> Path | None:
    """Today's automatic backup, made once a day, then the rotation; None if already made."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    target = folder / daily_name(today)
    made = None
    if not target.exists():
        made = backup_file(database, target, key)
    rotate(folder)
    return made


def _daily_backups(folder: Path) -> dict[date, Path]:
    found: dict[date, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _DAILY.match(path.name)
        if match:
            try:
                found[date.fromisoformat(match.group(1))] = path
            except ValueError:
                continue
    return found


def keep_dates(
    days: Iterable[date], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> set[date]:
    """Which automatic backups stay: the newest `daily`, then the newest of each older week.

    Older weeks count by ISO week; at most `weekly` of them are kept.
    """
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:daily])
    covered = {day.isocalendar()[:2] for day in keep}
    weeks = 0
    for day in ordered[daily:]:  # newest first: the first day met in a week is its newest
        week = day.isocalendar()[:2]
        if week in covered:
            continue
        if weeks == weekly:
            break
        covered.add(week)
        keep.add(day)
        weeks += 1
    return keep


def rotate(folder: Path, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete automatic daily backups the rotation no longer keeps; returns what went.

    Only `dagelijks-*.db` files are touched: backups before an update or a restore, and
    anything the coach put here herself, stay.
    """
    backups = _daily_backups(folder)
    keep = keep_dates(backups, daily, weekly)
    removed = []
    for day, path in backups.items():
        if day not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup file in `folder`, newest first (by the time it was written)."""
    if not folder.is_dir():
        return []
    found = [
        BackupInfo(path, datetime.fromtimestamp(path.stat().st_mtime))
        for path in folder.iterdir()
        if path.is_file() and path.suffix == ".db"
    ]
    return sorted(found, key=lambda info: info.made, reverse=True)


def readable(path: Path, key: str | None = None) -> bool:
    """True when `path` is a whole database that opens (with `key` if it is encrypted)."""
    kind = file_kind(path)
    if kind in (FileKind.NEW, FileKind.UNKNOWN) or (kind is FileKind.ENCRYPTED and key is None):
        return False
    file_key = key if kind is FileKind.ENCRYPTED else None
    try:
        if stored_revision(path, file_key) is None:
            return False
    except KnownError:
        return False
    return not check_file(path, file_key)


def newest_good_backup(folder: Path, key: str | None = None) -> BackupInfo | None:
    """The newest backup in `folder` that is whole and opens with `key` (or is plain)."""
    return next((info for info in list_backups(folder) if readable(info.path, key)), None)


def checkpoint(database: Path, key: str | None = None) -> None:
    """Fold the WAL into the database file and empty it (all connections closed first)."""
    conn = connect(database, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def restore_backup(
    backup: Path,
    database: Path,
    folder: Path,
    backup_key: str | None = None,
    key: str | None = None,
    keep_current: bool = True,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Put `backup` in place of `database` (closed by the caller), encrypted with `key`.

    First the current database is kept as `voor-terugzetten-<time>.db` in `folder`
    (returned), then the backup is copied beside `database` and renamed over it, and the
    old -wal/-shm are removed so they never meet the restored file.
    """
    kept = None
    if keep_current and database.exists() and database.stat().st_size > 0:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        kept = backup_file(database, folder / f"{BEFORE_RESTORE_PREFIX}{stamp}.db", key)
    partial = database.with_name(database.name + ".terugzetten")
    copy_database(backup, partial, backup_key, key, progress)
    remove_sidecars(database)
    partial.replace(database)
    fsync_dir(database.parent)
    return kept
