"""Consistent copies of a live database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database at `source` to `target`, consistent even while it is in use.

    A plain file copy of a WAL database can miss committed pages still in the -wal file.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)  # never leave a half-written backup under the real name
    return target
