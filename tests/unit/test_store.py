"""The database file: pragmas, migrations that match the models, refusing what is not ours."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

import stellenstof_desktop.store
from stellenstof_desktop.errors import NotADatabaseError, SchemaTooNewError
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.store.backup import backup_file
from stellenstof_desktop.store.migrate import HEAD_REVISION, alembic_config, open_database
from stellenstof_desktop.store.models import Base


def test_empty_file_upgrades_to_head_and_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    path.write_bytes(b"")  # an empty file is a valid, empty SQLite database
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == HEAD_REVISION
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert diff == []


def test_head_revision_constant_follows_the_migrations() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_pragmas_on_every_connection(services) -> None:  # type: ignore[no-untyped-def]
    with services.db.engine.connect() as conn:
        assert conn.scalar(text("PRAGMA journal_mode")) == "wal"
        assert conn.scalar(text("PRAGMA foreign_keys")) == 1
        assert conn.scalar(text("PRAGMA busy_timeout")) == 5000
        assert conn.scalar(text("PRAGMA secure_delete")) == 1


@pytest.mark.parametrize(
    "content",
    [b"hello, not sqlite", b"SQLite format 3\x00" + b"\xff" * 5000, b"\x00" * 4096],
    ids=["text", "damaged-header", "zeros"],
)
def test_not_a_database_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "d").mkdir()
    path = tmp_path / "d" / DB_FILENAME
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as info:
        open_database(path)
    assert "geen Stellenstof-database" in str(info.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == [DB_FILENAME]  # no -wal, no -shm


def test_someone_elses_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    with pytest.raises(NotADatabaseError):
        open_database(path)


def test_newer_schema_is_refused_untouched(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as info:
        open_database(path)
    assert "nieuwere versie" in str(info.value)
    assert path.read_bytes() == before


def test_backup_is_consistent_while_the_database_is_open(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from stellenstof_desktop.domain import CoupleInput, PartnerInput

    services.couples.create(CoupleInput("Anne & Bram", (PartnerInput("Anne"),)))
    target = backup_file(services.db.path, tmp_path / "copy.db")
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT display_name FROM couples").fetchall() == [("Anne & Bram",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_database_of_an_earlier_release_upgrades_without_loss(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / DB_FILENAME
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")  # the first release's schema
        conn.exec_driver_sql("INSERT INTO couples (id, display_name) VALUES (1, 'Zoë & Joël')")
        conn.exec_driver_sql(
            "INSERT INTO sessions (id, couple_id, date, planned_minutes, status) "
            "VALUES (1, 1, '2026-01-05', 90, 'held')"
        )
        conn.exec_driver_sql("INSERT INTO notes (session_id, kind, text) VALUES (1, 'shared', 'x')")
    engine.dispose()

    db = open_database(path, tmp_path / "backups")
    with db.engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == HEAD_REVISION
        assert conn.scalar(text("SELECT display_name FROM couples")) == "Zoë & Joël"
        assert conn.scalar(text("SELECT text FROM notes")) == "x"
    db.close()
    (backup,) = (tmp_path / "backups").iterdir()
    assert backup.name.startswith("voor-update-0001-")
    with sqlite3.connect(backup) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    raw.close()


STORE = "stellenstof_desktop.store"


def _store_imports(module: Path) -> set[str]:
    """The modules of store/ that `module` imports, inside functions too."""
    found = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == STORE:
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(STORE + "."):
            found.add(str(node.module).split(".")[2])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[2] for a in node.names if a.name.startswith(STORE + ".")}
    return found


def test_store_modules_import_each_other_one_way_only() -> None:
    folder = Path(stellenstof_desktop.store.__file__).parent
    graph = {path.stem: _store_imports(path) for path in folder.glob("*.py")}
    assert graph["migrate"] >= {"backup", "integrity"}  # the test sees the imports
    done: set[str] = set()

    def visit(name: str, trail: tuple[str, ...]) -> None:
        assert name not in trail, " -> ".join((*trail, name))
        if name not in done:
            for imported in graph.get(name, set()):
                visit(imported, (*trail, name))
            done.add(name)

    for name in graph:
        visit(name, ())
