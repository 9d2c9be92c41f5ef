"""Encryption at rest with SQLCipher: recognise, open, copy and re-key database files.

A plain SQLite file starts with "SQLite format 3\\0"; an SQLCipher file starts with a
random salt. Plain files are opened with the standard `sqlite3` module, exactly as
before encryption existed; `sqlcipher3` (a binary wheel) is imported only for
encrypted files. Key derivation costs about 0.1–0.3 s per connection, so callers keep
one connection where they can.
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stellenstof_desktop.errors import WrongPassphraseError
from stellenstof_desktop.files import fsync_folder, scrub

PLAIN_HEADER = b"SQLite format 3\x00"
MIN_PAGE = 512  # the smallest page size SQLite and SQLCipher know
# Encrypted pages look random: 512 random bytes hold ~220 different values, text under 100.
MIN_DISTINCT_BYTES = 160
# The files SQLite keeps beside a database; they belong to that one file and no other.
SIDECARS = ("-wal", "-shm", "-journal")

Connect = Callable[..., Any]  # connect() below, or a stand-in that fails like a bad disk


class FileKind(enum.Enum):
    NEW = "new"  # missing or empty: a new database will be created
    PLAIN = "plain"
    ENCRYPTED = "encrypted"  # not plain, but shaped like an SQLCipher file
    DAMAGED = "damaged"  # a plain SQLite header with its first bytes damaged
    FOLDER = "folder"  # a folder (or another non-file) where the file should be
    UNKNOWN = "unknown"  # none of these: not a database at all


def file_kind(path: Path) -> FileKind:
    """What the file at `path` looks like from its size and first bytes (no key needed).

    OSError when it cannot be read at all (the disk, or the rights on it).
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return FileKind.NEW
    if not stat.S_ISREG(info.st_mode):
        return FileKind.FOLDER  # a folder, or a pipe that would block a read forever
    if info.st_size == 0:
        return FileKind.NEW
    with path.open("rb") as handle:
        head = handle.read(MIN_PAGE)
    if head.startswith(PLAIN_HEADER):
        return FileKind.PLAIN
    if _plain_header_behind(head):
        return FileKind.DAMAGED
    # An SQLCipher file is whole pages of random-looking bytes; text, zeros or a truncated
    # file are not mistaken for one (and never lead to a passphrase prompt).
    if info.st_size % MIN_PAGE == 0 and len(set(head)) >= MIN_DISTINCT_BYTES:
        return FileKind.ENCRYPTED
    return FileKind.UNKNOWN


def _plain_header_behind(head: bytes) -> bool:
    """A plain file's header after its first 16 bytes: only an encrypted one is random there.

    Bytes 18-19 are the file format versions (1 or 2) and 21-23 the fixed payload
    fractions 64, 32, 32; random bytes match all five once in ~10^11 files.
    """
    if len(head) < 24:
        return False
    return head[18] in (1, 2) and head[19] in (1, 2) and head[21:24] == bytes((64, 32, 32))


class Cause(enum.Enum):
    """Why SQLite or the disk refused; what the coach is told depends on it, not on wording."""

    BUSY = "busy"  # another program holds a lock
    DAMAGED = "damaged"  # an SQLite file, but broken inside
    NOT_A_DATABASE = "not-a-database"  # not SQLite, or not this passphrase
    DISK_FULL = "disk-full"
    DISK = "disk"  # an I/O error, a read-only file or folder: the disk, not the data


# SQLite's primary result codes (the low byte of the extended code), sqlite3 and sqlcipher3.
_CAUSES = {
    3: Cause.DISK,  # SQLITE_PERM
    5: Cause.BUSY,  # SQLITE_BUSY
    6: Cause.BUSY,  # SQLITE_LOCKED
    8: Cause.DISK,  # SQLITE_READONLY
    10: Cause.DISK,  # SQLITE_IOERR
    11: Cause.DAMAGED,  # SQLITE_CORRUPT
    13: Cause.DISK_FULL,  # SQLITE_FULL
    14: Cause.DISK,  # SQLITE_CANTOPEN
    15: Cause.DISK,  # SQLITE_PROTOCOL
    22: Cause.DISK,  # SQLITE_NOLFS
    26: Cause.NOT_A_DATABASE,  # SQLITE_NOTADB
}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def cause(exc: BaseException) -> Cause | None:
    """What a database or file error means, from its error code; None: not the environment.

    Takes the drivers' exceptions (`sqlite_errorcode`, Python 3.11+ and sqlcipher3),
    SQLAlchemy's wrappers of them (`.orig`) and OSError.
    """
    if isinstance(exc, OSError):
        return Cause.DISK_FULL if exc.errno in _FULL_ERRNOS else Cause.DISK
    code = getattr(getattr(exc, "orig", None) or exc, "sqlite_errorcode", None)
    return _CAUSES.get(code & 0xFF) if isinstance(code, int) else None


def at_rest(path: Path) -> bool:
    """No -wal beside `path`: nobody writes it, so it can be read without making side files."""
    return not path.with_name(path.name + "-wal").exists()


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


def file_errors() -> tuple[type[Exception], ...]:
    """What file and database work can raise: OSError and both drivers' DatabaseError."""
    return (OSError, *database_errors())


def operational_errors() -> tuple[type[Exception], ...]:
    loaded = sys.modules.get("sqlcipher3")
    if loaded:
        return (sqlite3.OperationalError, loaded.OperationalError)
    return (sqlite3.OperationalError,)


def connect(
    path: Path,
    key: str | None = None,
    *,
    readonly: bool = False,
    frozen: bool = False,
    timeout: float = 5.0,
) -> Any:
    """A DB-API connection to `path`; with `key`, an SQLCipher connection already unlocked.

    `frozen`: read a file nobody writes (a backup) as immutable, so that reading it leaves
    no -wal or -shm beside it. Raises WrongPassphraseError when `key` does not open the file.
    """
    if key is None:
        return sqlite3.connect(_uri(path, readonly, frozen), uri=True, timeout=timeout)
    return _cipher_connect(path, key, readonly=readonly, frozen=frozen, timeout=timeout)


def _uri(path: Path, readonly: bool, frozen: bool = False) -> str:
    uri = path.absolute().as_uri()
    if frozen:
        return f"{uri}?mode=ro&immutable=1"
    return f"{uri}?mode=ro" if readonly else uri


def _cipher_connect(
    path: Path,
    key: str | None,
    *,
    readonly: bool = False,
    frozen: bool = False,
    timeout: float = 5.0,
) -> Any:
    """An SQLCipher connection; `key` None opens a plain file (SQLCipher reads those too)."""
    module = sqlcipher()
    conn = module.connect(_uri(path, readonly, frozen), uri=True, timeout=timeout)
    try:
        # SQLCipher logs a failed HMAC check to stderr; a wrong passphrase is no news.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {quote(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        # A damaged first page says the same (its check fails); the vault tells them apart.
        if key is not None and cause(exc) is Cause.NOT_A_DATABASE:
            raise WrongPassphraseError(path) from exc
        raise
    return conn


def check_key(path: Path, key: str, *, frozen: bool = False) -> bool:
    """True when `key` opens the encrypted database at `path` (nothing is written)."""
    try:
        connect(path, key, readonly=True, frozen=frozen).close()
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
    *,
    source_at_rest: bool = False,
) -> Path:
    """A consistent, self-contained copy of `source` at `target`, encrypted with `target_key`.

    The same key on both sides uses SQLite's online backup API (never a plain file copy of
    a WAL database); a different key (or plain <-> encrypted) uses `sqlcipher_export`
    inside one read transaction, so the copy is one moment of the source. The copy is
    written beside `target` and renamed into place: `target` is never half-written, and
    a failed copy leaves nothing behind. It is a rollback-journal file (no WAL), so
    reading it later makes no side files. `source_at_rest`: the source is a backup nobody
    writes (read as immutable). `progress(done, total)` reports pages or steps.
    """
    if file_kind(source) is FileKind.PLAIN:
        source_key = None  # a plain backup restored into an encrypted database, say
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    remove_sidecars(partial)
    frozen = source_at_rest and at_rest(source)
    try:
        if source_key == target_key:
            _backup(source, partial, target_key, progress, frozen)
        else:
            _export(source, partial, source_key, target_key, progress, frozen)
        _fsync(partial)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk keeps no half copy that fills it more
        remove_sidecars(partial)
        raise
    partial.replace(target)
    fsync_dir(target.parent)
    return target


def _backup(
    source: Path, partial: Path, key: str | None, progress: Progress | None, frozen: bool
) -> None:
    src = connect(source, key, readonly=True, frozen=frozen)
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
            dst.execute("PRAGMA journal_mode = DELETE").fetchall()  # the copy has no -wal
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
    frozen: bool,
) -> None:
    src = _cipher_connect(source, source_key, readonly=True, frozen=frozen)
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
            src.execute("PRAGMA target.journal_mode = DELETE").fetchall()
        finally:
            src.execute("DETACH DATABASE target")
        if progress is not None:
            progress(1, 1)
    finally:
        src.close()


Step = Callable[[str], None]  # change_key's seam: tests raise in it to simulate a kill


def change_key(
    path: Path,
    old_key: str | None,
    new_key: str | None,
    progress: Progress | None = None,
    step: Step | None = None,
) -> None:
    """Re-encrypt the closed database at `path` with `new_key` (None: plain SQLite again).

    The new file is written beside the old one and checked (it opens with `new_key`, is
    whole and holds the same rows) before it takes the old one's place by an atomic
    rename. Until then the old file stays as it was; on any failure it is left untouched
    and the error is raised. The old file is kept under a second name until the new one
    is in place and opens. A kill on the way leaves files that finish_interrupted_change()
    sorts out at the next start. `step(name)` is called after "copied", "linked" and
    "replaced".
    """
    passed = step or (lambda _name: None)
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
    passed("copied")
    _remove_with_sidecars(keep)
    _link_or_copy(path, keep)
    passed("linked")
    remove_sidecars(path)  # empty after the checkpoint; never replayed
    fresh.replace(path)
    fsync_dir(path.parent)
    passed("replaced")
    try:
        _check_and_count(path, new_key)
    except BaseException:
        keep.replace(path)  # put the old file back: the coach loses nothing
        fsync_dir(path.parent)
        raise
    keep.unlink()


REKEY_LEFTOVERS = (".nieuw", ".nieuw.part", ".oud")


def finish_interrupted_change(path: Path) -> list[str]:
    """Finish or roll back a change_key() that a kill interrupted; returns what was done.

    Needs no key. The database in place wins: it only ever changes by an atomic rename
    of a whole, checked copy. When it is missing or empty, the whole copy beside it
    (`.nieuw`, else the kept old file `.oud`) is put in place. Then every leftover goes;
    one that is not a second name of the database is overwritten with zeros first (it
    may be a plain copy of everything). The returned lines hold file names only.
    """
    done: list[str] = []
    if file_kind(path) is FileKind.NEW:
        for suffix in (".nieuw", ".oud"):
            candidate = _sidecar(path, suffix)
            if _whole(candidate):
                remove_sidecars(path)  # a stale -wal must never meet another file
                candidate.replace(path)
                fsync_dir(path.parent)
                done.append(f"{candidate.name} -> {path.name}")
                break
        else:
            return done  # nothing whole to put in place: leave every file for a person
    for suffix in REKEY_LEFTOVERS:
        leftover = _sidecar(path, suffix)
        for file in (leftover, *(_sidecar(leftover, side) for side in SIDECARS)):
            if not file.is_file():
                continue
            if _same_file(file, path):
                file.unlink()  # the database's own second name: zeros would reach it too
            else:
                scrub(file)
            done.append(f"{file.name} removed")
    if done:
        fsync_dir(path.parent)
    return done


def _whole(path: Path) -> bool:
    """A database file that can be put in place: plain and checked, or encrypted.

    An encrypted copy cannot be checked without its key; change_key() renamed it to
    `.nieuw` only once it was complete and on disk, and opening checks it.
    """
    try:
        kind = file_kind(path)
        if kind is FileKind.ENCRYPTED:
            return True
        if kind is not FileKind.PLAIN:
            return False
        _check_and_count(path, None)
    except (OSError, RuntimeError, sqlite3.DatabaseError):
        return False
    return True


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


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
    fsync_folder(folder)
