"""Open a database file: check it, migrate it to our schema, hand back a `Database`.

Alembic costs ~0.3 s to import, so it is loaded only when the stored revision differs
from `HEAD_REVISION`; reading `alembic_version` needs nothing but `sqlite3` (or
`sqlcipher3` for an encrypted file).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from stellenstof_desktop.errors import SchemaTooNewError
from stellenstof_desktop.store.backup import copy_before_update
from stellenstof_desktop.store.crypto import FileKind, file_kind
from stellenstof_desktop.store.engine import Database, make_engine
from stellenstof_desktop.store.integrity import check_engine, stored_revision

if TYPE_CHECKING:
    from alembic.config import Config

# Kept in step with migrations/versions by tests/unit/test_store.py.
HEAD_REVISION = "0006"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class MigrationError(RuntimeError):
    """A migration would break the database; nothing of it was committed (a bug of ours)."""


def open_database(
    path: Path, backup_dir: Path | None = None, key: str | None = None, *, check: bool = False
) -> Database:
    """Open (creating when missing) and upgrade the database at `path`.

    `key` is the SQLCipher passphrase (ignored for a plain file; a new file is created
    encrypted with it). `check` runs `PRAGMA quick_check` first and raises
    DamagedDatabaseError instead of migrating a damaged file.
    """
    key = None if file_kind(path) is FileKind.PLAIN else key
    revision = stored_revision(path, key)
    engine = make_engine(path, key)
    try:
        if check and revision is not None:
            check_engine(engine, path)
        if revision != HEAD_REVISION:
            if revision is not None and backup_dir is not None:
                # Only when a migration will run: a newer schema is refused before any
                # copy, and erased couples are erased again before the copy is made.
                copy_before_update(path, backup_dir, revision, key)
            upgrade(engine, path, revision)
    except BaseException:
        engine.dispose()
        raise
    return Database.on_engine(path, engine, key)


def alembic_config(
    connection: Connection | None = None, migrations: Path = MIGRATIONS_DIR
) -> Config:
    """An Alembic Config for `migrations` (by default the ones shipped inside the package)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(
    engine: Engine, path: Path, revision: str | None, migrations: Path = MIGRATIONS_DIR
) -> None:
    """Run the `migrations` after `revision` (None: all) on `engine`'s database at `path`."""
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(migrations=migrations))
    if revision is not None and revision not in {rev.revision for rev in script.walk_revisions()}:
        raise SchemaTooNewError(path, revision)
    with engine.connect() as connection:
        # A batch migration rebuilds a table (copy, drop the old one, rename); with foreign
        # keys on, the drop would cascade into every table that refers to it. SQLite ignores
        # this pragma inside a transaction, so it is set before one begins, and checked.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        if connection.exec_driver_sql("PRAGMA foreign_keys").scalar() != 0:
            raise MigrationError("foreign keys could not be switched off for the migration")
        connection.commit()
        try:
            with connection.begin():
                # The driver opens a transaction only before DML; an explicit BEGIN puts the
                # DDL in it too, so a refused migration leaves the file as it was.
                connection.exec_driver_sql("BEGIN")
                command.upgrade(alembic_config(connection, migrations), "head")
                _check_references(connection)
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")  # the pool reuses it
            connection.commit()


def _check_references(connection: Connection) -> None:
    """Raise MigrationError when a row refers to one that is gone (the caller rolls back)."""
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if rows:
        tables = ", ".join(sorted({str(row[0]) for row in rows}))
        raise MigrationError(f"the migration leaves {len(rows)} rows without a parent in {tables}")
