"""Backups: checked copies of a live database, their rotation, and restoring one.

Every copy goes through SQLite's online backup API (or `sqlcipher_export` when the key
changes): a plain file copy of a WAL database can miss committed pages still in the
-wal file. An encrypted database gives encrypted backups with the same passphrase. Each
copy is reopened and checked before it takes its name; one that fails is set aside and
never counted as good. Automatic backups are named by day (`dagelijks-JJJJ-MM-DD.db`,
later ones that day `dagelijks-JJJJ-MM-DD-UUMMSS.db`) and rotated together.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from stellenstof_desktop.errors import (
    BackupCheckError,
    KnownError,
    RestoreError,
    SchemaTooNewError,
)
from stellenstof_desktop.store.crypto import (
    FileKind,
    Progress,
    at_rest,
    connect,
    copy_database,
    file_kind,
    fsync_dir,
    remove_sidecars,
)
from stellenstof_desktop.store.integrity import (
    check_file,
    known_revisions,
    move_aside,
    stored_revision,
)

DAILY_PREFIX = "dagelijks-"
BEFORE_RESTORE_PREFIX = "voor-terugzetten-"
BEFORE_UPDATE_PREFIX = "voor-update-"
FAILED_SUFFIX = ".ongeldig"  # a copy that failed its check: not a .db, so never offered
KEEP_DAILY = 7
KEEP_WEEKLY = 8
KEEP_BEFORE_UPDATE = 3
HOURLY = timedelta(hours=1)
# Written by services/privacy.py beside the database; the store reads it before a copy.
ERASED_MIRROR = "gewiste-stellen.json"
_DAILY = re.compile(rf"^{DAILY_PREFIX}(\d{{4}}-\d{{2}}-\d{{2}})(?:-(\d{{6}}))?\.db$")


# copy_database's signature; a test passes one that damages the copy it has written.
Copy = Callable[..., Path]


def backup_file(
    source: Path,
    target: Path,
    key: str | None = None,
    progress: Progress | None = None,
    *,
    copy: Copy = copy_database,
) -> Path:
    """A checked copy of the database at `source` at `target`, consistent while it is in use.

    The copy is reopened with `key` and quick-checked before it takes its name; one that
    fails goes to `<name>.ongeldig` and BackupCheckError is raised. Its modification time
    is set to the source's at the start of copying, so a change made while copying still
    counts as a change after this backup (`backup_if_changed`).
    """
    state = _changed_ns(source)
    fresh = target.with_name(target.name + ".controle")
    copy(source, fresh, key, key, progress)
    problems = check_file(fresh, key, frozen=True)
    if problems:
        failed = target.with_name(target.name + FAILED_SUFFIX)
        fresh.replace(failed)
        remove_sidecars(fresh)
        raise BackupCheckError(target, failed.name, "; ".join(problems[:3]))
    if state:
        os.utime(fresh, ns=(state, state))
    fresh.replace(target)
    fsync_dir(target.parent)
    return target


def _changed_ns(database: Path) -> int:
    """When the database last changed: its file or its -wal, whichever was written last."""
    times = [
        path.stat().st_mtime_ns
        for path in (database, database.with_name(database.name + "-wal"))
        if path.exists()
    ]
    return max(times, default=0)


def daily_name(day: date) -> str:
    return f"{DAILY_PREFIX}{day.isoformat()}.db"


def _has_data(database: Path) -> bool:
    return database.is_file() and database.stat().st_size > 0


def daily_backup(
    database: Path, folder: Path, today: date, key: str | None = None, *, copy: Copy = copy_database
) -> Path | None:
    """Today's automatic backup, made once a day, then the rotation; None if already made."""
    if not _has_data(database):
        return None
    target = folder / daily_name(today)
    made = None
    if not target.exists():
        made = backup_file(database, target, key, copy=copy)
    rotate(folder)
    return made


def backup_if_changed(
    database: Path,
    folder: Path,
    now: datetime,
    key: str | None = None,
    every: timedelta = HOURLY,
    *,
    copy: Copy = copy_database,
) -> Path | None:
    """An automatic backup when the database changed since the newest one, at most every `every`.

    Returns the backup made, or None (nothing changed, or the newest one is recent enough).
    """
    if not _has_data(database):
        return None
    newest = _newest_automatic(folder)
    if newest is not None:
        made_ns = newest.stat().st_mtime_ns
        if now - datetime.fromtimestamp(made_ns / 1e9) < every:
            return None
        if _changed_ns(database) <= made_ns:
            return None
    first = folder / daily_name(now.date())
    target = first if not first.exists() else folder / f"{DAILY_PREFIX}{now:%Y-%m-%d-%H%M%S}.db"
    made = backup_file(database, target, key, copy=copy)
    rotate(folder)
    return made


def _automatic(folder: Path) -> dict[date, list[Path]]:
    """The automatic backups in `folder` per day, the day's first one first."""
    found: dict[date, list[tuple[str, Path]]] = {}
    if not folder.is_dir():
        return {}
    for path in folder.iterdir():
        match = _DAILY.match(path.name)
        if match:
            try:
                day = date.fromisoformat(match.group(1))
            except ValueError:
                continue
            found.setdefault(day, []).append((match.group(2) or "", path))
    return {day: [path for _time, path in sorted(items)] for day, items in found.items()}


def _newest_automatic(folder: Path) -> Path | None:
    backups = _automatic(folder)
    return backups[max(backups)][-1] if backups else None


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
    """Delete automatic backups the rotation no longer keeps; returns what went.

    Of the newest `daily` days the first and the newest backup of each day stay (the state
    at the start of the day and the latest), of older kept days only the newest. Copies
    before an update: the newest KEEP_BEFORE_UPDATE. Backups before a restore, and
    anything the coach put here herself, stay.
    """
    backups = _automatic(folder)
    keep = keep_dates(backups, daily, weekly)
    recent = set(sorted(backups, reverse=True)[:daily])
    removed = []
    for day, paths in backups.items():
        staying: set[Path]
        if day not in keep:
            staying = set()
        elif day in recent:
            staying = {paths[0], paths[-1]}
        else:
            staying = {paths[-1]}
        for path in paths:
            if path not in staying:
                path.unlink(missing_ok=True)
                removed.append(path)
    updates = [info.path for info in list_backups(folder)]
    updates = [path for path in updates if path.name.startswith(BEFORE_UPDATE_PREFIX)]
    for path in updates[KEEP_BEFORE_UPDATE:]:
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup file in `folder`, newest first (by when its data is from)."""
    if not folder.is_dir():
        return []
    found = [
        BackupInfo(path, datetime.fromtimestamp(path.stat().st_mtime))
        for path in folder.iterdir()
        if path.is_file() and path.suffix == ".db"
    ]
    return sorted(found, key=lambda info: info.made, reverse=True)


def readable(path: Path, key: str | None = None) -> bool:
    """True when `path` is a whole database of a schema this release knows, opening with `key`.

    Reading it leaves no -wal or -shm beside it. A backup from a newer release is never
    readable: the app could not open it once restored.
    """
    try:
        kind = file_kind(path)
    except OSError:
        return False
    if kind not in (FileKind.PLAIN, FileKind.ENCRYPTED):
        return False
    if kind is FileKind.ENCRYPTED and key is None:
        return False
    file_key = key if kind is FileKind.ENCRYPTED else None
    try:
        revision = stored_revision(path, file_key, check=True, frozen=at_rest(path))
    except KnownError:
        return False
    return revision is not None and revision in known_revisions()


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


def copy_before_update(
    database: Path, folder: Path, revision: str, key: str | None = None, now: datetime | None = None
) -> Path:
    """The copy of `database` (at `revision`) kept before a migration runs; then the rotation.

    A revision this release does not know is refused first (SchemaTooNewError), so a file
    from a newer release gets no copy at every start. Couples on the erased list are
    erased from the file before it is copied, so the copy never brings them back.
    """
    if revision not in known_revisions():
        raise SchemaTooNewError(database, revision)
    erase_listed(database, key)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    made = backup_file(database, folder / f"{BEFORE_UPDATE_PREFIX}{revision}-{stamp}.db", key)
    rotate(folder)
    return made


def erase_listed(database: Path, key: str | None = None) -> list[int]:
    """Delete every couple on the erased list from the file itself, whatever its schema.

    The list is the file's own `erased_couples` table (if its schema has one) and the
    mirror file beside it. ON DELETE CASCADE (in every revision) takes all of theirs along,
    and secure_delete overwrites the freed pages. Returns the ids that were still there.
    """
    listed = _mirrored(database.parent / ERASED_MIRROR)
    conn = connect(database, key)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        tables = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
        if "couples" not in tables:
            return []
        if "erased_couples" in tables:
            listed |= {int(row[0]) for row in conn.execute("SELECT couple_id FROM erased_couples")}
        present = [
            int(row[0])
            for row in conn.execute("SELECT id FROM couples ORDER BY id")
            if int(row[0]) in listed
        ]
        if present:
            with conn:
                conn.executemany("DELETE FROM couples WHERE id = ?", [(i,) for i in present])
        return present
    finally:
        conn.close()


def _mirrored(mirror: Path) -> set[int]:
    try:
        raw = json.loads(mirror.read_text(encoding="utf-8"))
        return {int(item["stel_id"]) for item in raw.get("gewist", [])}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return set()


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
    if keep_current and _has_data(database):
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        kept = backup_file(database, folder / f"{BEFORE_RESTORE_PREFIX}{stamp}.db", key)
    partial = database.with_name(database.name + ".terugzetten")
    copy_database(backup, partial, backup_key, key, progress, source_at_rest=True)
    remove_sidecars(database)
    partial.replace(database)
    fsync_dir(database.parent)
    return kept


def replace_unusable(
    backup: Path,
    database: Path,
    backup_key: str | None = None,
    key: str | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Put `backup` where an unusable database (damaged, a folder, empty, gone) is or was.

    The backup is copied beside the database and checked first; only once that copy is
    whole is the unusable file (with its -wal/-shm) moved aside and the copy renamed into
    its place. A failure before that leaves everything as it was. Returns where the
    unusable file went (None: there was none).
    """
    partial = database.with_name(database.name + ".terugzetten")
    try:
        copy_database(backup, partial, backup_key, key, progress, source_at_rest=True)
        problems = check_file(partial, key, frozen=True)
        if problems:  # the backup was whole: the disk wrote it wrong
            raise RestoreError("; ".join(problems[:3]))
    except BaseException:
        partial.unlink(missing_ok=True)
        remove_sidecars(partial)
        raise
    aside = move_aside(database, now) if database.exists() or database.is_symlink() else None
    partial.replace(database)
    fsync_dir(database.parent)
    return aside
