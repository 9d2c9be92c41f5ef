"""Encryption at rest with SQLCipher: recognise, open, copy and re-key database files.

A plain SQLite file starts with "SQLite format 3\\0"; an SQLCipher file starts with a
random salt. Plain files are opened with the standard `sqlite3` module, exactly as
before encryption existed; `sqlcipher3` (a binary wheel) is imported only for
encrypted files. Key derivation costs about 0.1–0.3 s per connection, so callers keep
one connection where they can.
"""

from __future__ import annotations

import enum
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stellenstof_desktop.errors import WrongPassphraseError

PLAIN_HEADER = b"SQLite format 3\x00"
MIN_PAGE = 512  # the smallest page size SQLite and SQLCipher know
# The files SQLite keeps beside a database; they belong to that one file and no other.
SIDECARS = ("-wal", "-shm", "-journal")


class FileKind(enum.Enum):
    NEW = "new"  # missing or empty: a new database will be created
    PLAIN = "plain"
    ENCRYPTED = "encrypted"  # not plain, but shaped like an SQLCipher file
    UNKNOWN = "unknown"  # neither: not a database at all


def file_kind(path: Path) -> FileKind:
    """What the file at `path` looks like from its size and first bytes (no key needed)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileKind.NEW
    if size == 0:
        return FileKind.NEW
    with path.open("rb") as handle:
        head = handle.read(len(PLAIN_HEADER))
    if head == PLAIN_HEADER:
        return FileKind.PLAIN
    # An SQLCipher file is whole pages and starts with a 16-byte random salt; text, zeros
    # or a truncated file are not mistaken for one (and never lead to a passphrase prompt).
    if size % MIN_PAGE == 0 and len(set(head)) >= 8:
        return FileKind.ENCRYPTED
    return FileKind.UNKNOWN


def quote(value: str) -> str:
    """`value` as an SQL string literal (for PRAGMA key and ATTACH ... KEY)."""
    return "'" + value.replace("'", "''") + "'"


def sqlcipher() -> Any:
    """The sqlcipher3 module, imported on first use (only encrypted files need it)."""
    import sqlcipher3  # type: ignore[import-untyped]

    return sqlcipher3


def database_errors() -> tuple[type[Exception], ...]:
    """DatabaseError of both drivers (sqlcipher3 has its own classes, once it is loaded)."""
    loaded = sys.modules.get("sqlcipher3")
    return (sqlite3.DatabaseError, loaded.DatabaseError) if loaded else (sqlite3.DatabaseError,)


def operational_errors() -> tuple[type[Exception], ...]:
    loaded = sys.modules.get("sqlcipher3")
    if loaded:
        return (sqlite3.OperationalError, loaded.OperationalError)
    return (sqlite3.OperationalError,)


def connect(
    path: Path, key: str | None = None, *, readonly: bool = False, timeout: float = 5.0
) -> Any:
    """A DB-API connection to `path`; with `key`, an SQLCipher connection already unlocked.

    Raises WrongPassphraseError when `key` does not open the file.
    """
    if key is None:
        return sqlite3.connect(_uri(path, readonly), uri=True, timeout=timeout)
    return _cipher_connect(path, key, readonly=readonly, timeout=timeout)


def _uri(path: Path, readonly: bool) -> str:
    uri = path.absolute().as_uri()
    return f"{uri}?mode=ro" if readonly else uri


def _cipher_connect(
    path: Path, key: str | None, *, readonly: bool = False, timeout: float = 5.0
) -> Any:
    """An SQLCipher connection; `key` None opens a plain file (SQLCipher reads those too)."""
    module = sqlcipher()
    conn = module.connect(_uri(path, readonly), uri=True, timeout=timeout)
    try:
        # SQLCipher logs a failed HMAC check to stderr; a wrong passphrase is no news.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {quote(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        if key is not None and "not a database" in str(exc).lower():
            raise WrongPassphraseError(path) from exc
        raise
    return conn


def check_key(path: Path, key: str) -> bool:
    """True when `key` opens the encrypted database at `path` (nothing is written)."""
    try:
        connect(path, key, readonly=True).close()
    except WrongPassphraseError:
        return False
    return True


Progress = Callable[[int, int], None]


def copy_database(
    source: Path,
    target: Path,
    source_key: str | None = None,
    target_key: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """A consistent, self-contained copy of `source` at `target`, encrypted with `target_key`.

    The same key on both sides uses SQLite's online backup API (never a plain file copy of
    a WAL database); a different key (or plain <-> encrypted) uses `sqlcipher_export`
    inside one read transaction, so the copy is one moment of the source. The copy is
    written beside `target` and renamed into place: `target` is never half-written.
    `progress(done, total)` reports pages (the backup API) or steps (an export).
    """
    if file_kind(source) is FileKind.PLAIN:
        source_key = None  # a plain backup restored into an encrypted database, say
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    remove_sidecars(partial)
    if source_key == target_key:
        _backup(source, partial, target_key, progress)
    else:
        _export(source, partial, source_key, target_key, progress)
    _fsync(partial)
    partial.replace(target)
    fsync_dir(target.parent)
    return target


def _backup(source: Path, partial: Path, key: str | None, progress: Progress | None) -> None:
    src = connect(source, key, readonly=True)
    try:
        dst = connect(partial, key)
        try:
            if progress is None:
                src.backup(dst)
            else:
                report = progress
                src.backup(
                    dst,
                    pages=256,
                    progress=lambda _status, left, total: report(total - left, total),
                )
        finally:
            dst.close()
    finally:
        src.close()


def _export(
    source: Path,
    partial: Path,
    source_key: str | None,
    target_key: str | None,
    progress: Progress | None,
) -> None:
    src = _cipher_connect(source, source_key, readonly=True)
    try:
        if progress is not None:
            progress(0, 1)
        src.execute(
            f"ATTACH DATABASE {quote(str(partial))} AS target KEY {quote(target_key or '')}"
        )
        try:
            src.execute("BEGIN")
            src.execute("SELECT sqlcipher_export('target')").fetchall()
            version = int(src.execute("PRAGMA main.user_version").fetchone()[0])
            src.execute(f"PRAGMA target.user_version = {version}")
            src.execute("COMMIT")
        finally:
            src.execute("DETACH DATABASE target")
        if progress is not None:
            progress(1, 1)
    finally:
        src.close()


def change_key(
    path: Path, old_key: str | None, new_key: str | None, progress: Progress | None = None
) -> None:
    """Re-encrypt the closed database at `path` with `new_key` (None: plain SQLite again).

    The new file is written beside the old one and checked (it opens with `new_key`, is
    whole and holds the same rows) before it takes the old one's place by an atomic
    rename. Until then the old file stays as it was; on any failure it is left untouched
    and the error is raised. The old file is kept under a second name until the new one
    is in place and opens.
    """
    if file_kind(path) is FileKind.PLAIN:
        old_key = None
    fresh = _sidecar(path, ".nieuw")
    keep = _sidecar(path, ".oud")
    try:
        before = _fold_wal_and_count(path, old_key)  # the file alone holds everything now
        copy_database(path, fresh, old_key, new_key, progress)
        if file_kind(fresh) is not (FileKind.ENCRYPTED if new_key else FileKind.PLAIN):
            raise RuntimeError(f"{fresh.name}: unexpected file format")
        after = _check_and_count(fresh, new_key)
        if after != before:
            raise RuntimeError(f"{fresh.name}: the copy differs from the database")
    except BaseException:
        _remove_with_sidecars(fresh)
        raise
    _remove_with_sidecars(keep)
    _link_or_copy(path, keep)
    remove_sidecars(path)  # empty after the checkpoint; never replayed
    fresh.replace(path)
    fsync_dir(path.parent)
    try:
        _check_and_count(path, new_key)
    except BaseException:
        keep.replace(path)  # put the old file back: the coach loses nothing
        fsync_dir(path.parent)
        raise
    keep.unlink()


def _fold_wal_and_count(path: Path, key: str | None) -> dict[str, int]:
    conn = connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return row_counts(conn)
    finally:
        conn.close()


def _check_and_count(path: Path, key: str | None) -> dict[str, int]:
    """Rows per table of the database at `path`; raises when it is not whole."""
    conn = connect(path, key, readonly=True)
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            raise RuntimeError(f"{path.name}: {'; '.join(rows[:3])}")
        return row_counts(conn)
    finally:
        conn.close()


def row_counts(conn: Any) -> dict[str, int]:
    """Rows per table of the open DB-API connection `conn` (SQLite's own tables left out)."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    quoted = {name: '"' + name.replace('"', '""') + '"' for name in names}
    return {
        name: int(conn.execute(f"SELECT count(*) FROM {quoted[name]}").fetchone()[0])
        for name in names
    }


def _link_or_copy(source: Path, target: Path) -> None:
    """A second name for `source` (a hard link costs nothing; a copy where links fail)."""
    try:
        os.link(source, target)
    except OSError:
        import shutil

        shutil.copyfile(source, target)


def remove_sidecars(database: Path) -> None:
    """Delete the side files of a closed database: a stale WAL must never meet another file."""
    for suffix in SIDECARS:
        _sidecar(database, suffix).unlink(missing_ok=True)


def _remove_with_sidecars(path: Path) -> None:
    """`path` and what copying it left behind (its `.part` copy), each with its side files."""
    for file in (path, _sidecar(path, ".part")):
        file.unlink(missing_ok=True)
        remove_sidecars(file)


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
