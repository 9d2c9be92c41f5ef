"""Open a database file: check it, migrate it to our schema, hand back a `Database`.

Alembic costs ~0.3 s to import, so it is loaded only when the stored revision differs
from `HEAD_REVISION`; reading `alembic_version` needs nothing but `sqlite3` (or
`sqlcipher3` for an encrypted file).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from stellenstof_desktop.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    NotADatabaseError,
    PassphraseRequiredError,
    SchemaTooNewError,
)
from stellenstof_desktop.store.backup import backup_file
from stellenstof_desktop.store.crypto import (
    FileKind,
    connect,
    database_errors,
    file_kind,
    operational_errors,
)
from stellenstof_desktop.store.engine import Database, make_engine
from stellenstof_desktop.store.integrity import check_engine

if TYPE_CHECKING:
    from alembic.config import Config

# Kept in step with migrations/versions by tests/unit/test_migrations.py.
HEAD_REVISION = "0003"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


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
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                backup_file(path, backup_dir / f"voor-update-{revision}-{stamp}.db", key)
            _upgrade(engine, path, revision)
    except BaseException:
        engine.dispose()
        raise
    return Database.on_engine(path, engine, key)


def stored_revision(path: Path, key: str | None = None) -> str | None:
    """The Alembic revision stored in the file; None for a new or empty file.

    Raises NotADatabaseError for anything that is not one of our databases,
    PassphraseRequiredError for an encrypted file without `key` and WrongPassphraseError
    when `key` does not open it.
    """
    kind = file_kind(path)
    if kind is FileKind.NEW:
        return None
    if kind is FileKind.UNKNOWN:
        raise NotADatabaseError(path)
    if kind is FileKind.ENCRYPTED and key is None:
        raise PassphraseRequiredError(path)
    try:
        conn = connect(path, key if kind is FileKind.ENCRYPTED else None, readonly=True)
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
    except operational_errors() as exc:
        if "locked" in str(exc).lower():
            raise DatabaseBusyError(path) from exc
        raise NotADatabaseError(path) from exc
    except database_errors() as exc:
        if "malformed" in str(exc).lower():
            raise DamagedDatabaseError(path, str(exc)) from exc
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
