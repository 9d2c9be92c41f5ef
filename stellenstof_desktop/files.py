"""Files written whole or not at all, and the private folder for copies outside the data folder.

Every file the app writes goes through `write_atomic`: a kill or a full disk mid-write
leaves the earlier file as it was, never a half or empty one. Copies the coach needs
only for a moment ("Openen", an e-mail draft) live in a `PrivateFolder` that only her
account can read and that is emptied at the next start, and per couple when a couple
is erased. Standard library only: the lowest layer, beside paths.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
TEMP_SUFFIX = ".tmp"
_COUPLE_ENTRY = re.compile(r"^stel-(\d+)-[0-9a-f]+$")

# The rename, named so that tests can simulate a kill between writing and renaming.
_rename = os.replace


def write_atomic(path: Path, data: bytes, mode: int = FILE_MODE) -> Path:
    """Write `data` to `path` whole or not at all (temp file, fsync, rename, fsync folder)."""
    folder = path.parent
    # O_EXCL on a random name: never follows a link someone planted, never meets a rival.
    temp = folder / f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)  # os.open's mode passes through the umask
        _rename(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)  # a full disk keeps no half copy that fills it more
        raise
    fsync_folder(folder)
    return path


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(folder: Path) -> Path:
    """`folder` (and missing parents) readable by this account only."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(folder, FOLDER_MODE)  # mkdir's mode passes through the umask; exist_ok skips it
    return folder


def scrub(path: Path) -> None:
    """Overwrite `path` with zeros, fsync and unlink it (a plain copy leaves no readable bytes).

    Only for a file with no second name that is still in use: zeros reach every name.
    """
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            chunk = b"\0" * (1 << 20)
            left = size
            while left > 0:
                left -= handle.write(chunk[: min(left, len(chunk))])
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return
    except OSError:
        pass  # a read-only or locked file: removing it is still better than keeping it
    path.unlink(missing_ok=True)


class PrivateFolder:
    """Short-lived copies (opened PDFs, e-mail drafts), one subfolder per couple and action."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def new_folder(self, couple_id: int) -> Path:
        """A fresh folder for one action about `couple_id`; its name holds no client name."""
        make_private_dir(self.root)
        return make_private_dir(self.root / f"stel-{couple_id}-{secrets.token_hex(8)}")

    def remove_couple(self, couple_id: int) -> int:
        """Remove every copy about `couple_id`; returns how many folders went."""
        return self._remove(lambda name: _couple_of(name) == couple_id)

    def sweep(self) -> int:
        """Remove everything left from earlier runs; returns how many entries went."""
        return self._remove(lambda _name: True)

    def _remove(self, chosen: Callable[[str], bool]) -> int:
        try:
            entries = [entry for entry in self.root.iterdir() if chosen(entry.name)]
        except OSError:
            return 0  # no folder yet, or not readable: nothing of ours to remove
        for entry in entries:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()
        return len(entries)


def _couple_of(name: str) -> int | None:
    match = _COUPLE_ENTRY.match(name)
    return int(match.group(1)) if match else None
