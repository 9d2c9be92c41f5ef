"""Open a database file: check it, migrate it to our schema, hand back a `Database`.

Alembic costs ~0.3 s to import, so it is loaded only when the stored revision differs
from `HEAD_REVISION`; reading `alembic_version` needs nothing but `sqlite3`.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from stellenstof_desktop.errors import DatabaseBusyError, NotADatabaseError, SchemaTooNewError
from stellenstof_desktop.store.backup import backup_file
from stellenstof_desktop.store.engine import Database, make_engine

if TYPE_CHECKING:
    from alembic.config import Config

# Kept in step with migrations/versions by tests/unit/test_migrations.py.
HEAD_REVISION = "0002"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


def open_database(path: Path, backup_dir: Path | None = None) -> Database:
    """Open (creating when missing) and upgrade the database at `path`."""
    revision = stored_revision(path)
    engine = make_engine(path)
    try:
        if revision != HEAD_REVISION:
            if revision is not None and backup_dir is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                backup_file(path, backup_dir / f"voor-update-{revision}-{stamp}.db")
            _upgrade(engine, path, revision)
    except BaseException:
        engine.dispose()
        raise
    return Database.on_engine(path, engine)


def stored_revision(path: Path) -> str | None:
    """The Alembic revision stored in the file; None for a new or empty file.

    Raises NotADatabaseError for anything that is not one of our SQLite databases.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabaseError(path)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
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
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower():
            raise DatabaseBusyError(path) from exc
        raise NotADatabaseError(path) from exc
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(path) from exc
    return str(row[0]) if row else None


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _upgrade(engine: Engine, path: Path, revision: str | None) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    if revision is not None and revision not in {rev.revision for rev in script.walk_revisions()}:
        raise SchemaTooNewError(path, revision)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
