"""A migration that rebuilds a table keeps every row, and one that breaks a reference is undone."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.services.demo import fill_demo
from stellenstof_desktop.store.crypto import connect, row_counts
from stellenstof_desktop.store.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    MigrationError,
    upgrade,
)

# A future migration as Alembic would write it for SQLite: the batch rebuilds `sessions`
# (create a copy, fill it, drop the old table, rename), which notes, answers and
# attendance refer to with ON DELETE CASCADE.
REBUILD_SESSIONS = """
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sessions", recreate="always") as batch:
        batch.add_column(sa.Column("room", sa.String(), nullable=True))
{extra}

def downgrade() -> None:
    with op.batch_alter_table("sessions", recreate="always") as batch:
        batch.drop_column("room")
"""

ORPHAN_NOTE = (
    "    op.execute(\"INSERT INTO notes (session_id, kind, text) VALUES (999999, 'shared', 'x')\")"
)


def _migrations(folder: Path, extra: str = "") -> Path:
    """The app's migrations copied to `folder`, plus revision 0099 after head."""
    copy = folder / "migrations"
    shutil.copytree(MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    script = REBUILD_SESSIONS.format(head=HEAD_REVISION, extra=extra)
    (copy / "versions" / "0099_rebuild_sessions.py").write_text(script, encoding="utf-8")
    return copy


def _counts(services: Services) -> dict[str, int]:
    conn = connect(services.db.path, services.db.key, readonly=True)
    try:
        return row_counts(conn)
    finally:
        conn.close()


def _columns(services: Services, table: str) -> set[str]:
    conn = connect(services.db.path, services.db.key, readonly=True)
    try:
        return {str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')}
    finally:
        conn.close()


@pytest.fixture(params=["plain", "encrypted"])
def demo(request: pytest.FixtureRequest, passphrase: str) -> Iterator[Services]:
    """Demo data in a plain database and in an encrypted one (another driver, another pool)."""
    if request.param == "plain":
        opened = open_services(request.getfixturevalue("data_dir"))
    else:
        opened = open_services(request.getfixturevalue("encrypted_dir"), passphrase)
    fill_demo(opened, today=date(2026, 11, 21))
    yield opened
    opened.db.close()


def test_rebuilding_a_table_keeps_every_row(demo: Services, tmp_path: Path) -> None:
    path = demo.db.path
    before = _counts(demo)
    assert before["notes"] and before["attendance"]  # something a cascade would take

    upgrade(demo.db.engine, path, HEAD_REVISION, _migrations(tmp_path))

    assert "room" in _columns(demo, "sessions")
    assert _counts(demo) == before
    with demo.db.engine.connect() as conn:  # the app's connections enforce references again
        assert conn.scalar(text("PRAGMA foreign_keys")) == 1
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == "0099"


def test_a_migration_that_breaks_a_reference_is_not_committed(
    demo: Services, tmp_path: Path
) -> None:
    path = demo.db.path
    before = _counts(demo)

    with pytest.raises(MigrationError, match="notes"):
        upgrade(demo.db.engine, path, HEAD_REVISION, _migrations(tmp_path, ORPHAN_NOTE))

    assert _counts(demo) == before
    assert "room" not in _columns(demo, "sessions")  # the rebuild was rolled back too
    with demo.db.engine.connect() as conn:
        assert conn.scalar(text("PRAGMA foreign_keys")) == 1
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == HEAD_REVISION
