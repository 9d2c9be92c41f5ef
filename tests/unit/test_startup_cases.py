"""Start-up on a damaged or odd file: a clear message, the file kept aside, the backup offered.

Every case ends in a known error (never a traceback, never a silently empty database); the
odd file stays as it is until the newest good backup is whole beside it, and is then kept
aside byte for byte.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory

from stellenstof_desktop.cli import main
from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput
from stellenstof_desktop.errors import (
    BackupError,
    DamagedDatabaseError,
    DatabaseFolderError,
    DatabaseMissingError,
    DiskError,
    NotADatabaseError,
    RestoreError,
    SchemaTooNewError,
    UnreadableEncryptedError,
)
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.services.demo import fill_demo
from stellenstof_desktop.services.vault import Progress, Vault
from stellenstof_desktop.store.backup import readable
from stellenstof_desktop.store.crypto import FileKind, connect, file_kind
from stellenstof_desktop.store.integrity import known_revisions
from stellenstof_desktop.store.migrate import HEAD_REVISION, alembic_config

TODAY = date(2026, 6, 1)
PAGE = 4096
MARKER = "MARKEERTEKST-IN-EEN-NOTITIE"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    opened = Vault(data_dir)
    yield opened
    opened.close()


def _with_backup(vault: Vault, key: str | None = None) -> list[str]:
    """Demo couples, a note with MARKER, today's backup; closed and folded. Their names."""
    services = vault.open(key)
    fill_demo(services, TODAY)
    couple = services.couples.create(CoupleInput("Anne & Bram", (PartnerInput("Anne"),)))
    session = services.sessions.create(
        couple.id, SessionInput(TODAY, None, 90, frozenset({couple.partners[0].id}))
    )
    services.notes.save(session.id, NoteKind.SHARED, f"{MARKER} " * 300)
    names = _names(services)
    assert vault.daily_backup(TODAY) is not None
    vault.close()
    conn = connect(vault.paths.database, key)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.close()
    return names


def _names(services: Services) -> list[str]:
    return [couple.display_name for couple in services.couples.list()]


def _restores(vault: Vault, names: list[str], key: str | None = None) -> Path | None:
    """The newest good backup is offered, put in place, and opens with every couple."""
    backup = vault.newest_good_backup(key)
    assert backup is not None and backup.path.name == f"dagelijks-{TODAY.isoformat()}.db"
    aside = vault.restore_damaged(backup, key)
    assert _names(vault.open(key)) == names
    return aside


def _flip(path: Path, offset: int) -> bytes:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x04
    path.write_bytes(data)
    return bytes(data)


def _cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["list", "--data-dir", str(data_dir)]) == 2
    return capsys.readouterr().err


# -- the cases ---------------------------------------------------------------------------


def test_a_folder_named_like_the_database(vault: Vault, capsys: pytest.CaptureFixture[str]) -> None:
    names = _with_backup(vault)
    database = vault.paths.database
    database.unlink()
    database.mkdir()
    (database / "iets.txt").write_text("van de coach")

    assert "staat een map" in _cli(vault.paths.root, capsys)  # no IsADirectoryError
    with pytest.raises(DatabaseFolderError, match="staat een map"):
        vault.open()
    assert (database / "iets.txt").read_text() == "van de coach"  # untouched
    aside = _restores(vault, names)
    assert aside is not None and (aside / "iets.txt").read_text() == "van de coach"


@pytest.mark.parametrize("offset", [0, 3, 15, 16])
def test_a_plain_database_with_one_flipped_bit_in_its_header(vault: Vault, offset: int) -> None:
    names = _with_backup(vault)
    broken = _flip(vault.paths.database, offset)
    assert not vault.needs_key()  # not taken for an encrypted file: no passphrase asked
    with pytest.raises(NotADatabaseError, match="beschadigd"):
        vault.open()
    assert vault.paths.database.read_bytes() == broken
    aside = _restores(vault, names)
    assert aside is not None and aside.read_bytes() == broken


def test_a_text_file_of_4_kb(vault: Vault) -> None:
    names = _with_backup(vault)
    text = ("Boodschappen: melk, brood, kaas. " * 200)[:4096].encode()
    vault.paths.database.write_bytes(text)
    assert file_kind(vault.paths.database) is FileKind.UNKNOWN and not vault.needs_key()
    with pytest.raises(NotADatabaseError, match="geen Stellenstof-database"):
        vault.open()
    aside = _restores(vault, names)
    assert aside is not None and aside.read_bytes() == text


def test_an_encrypted_database_with_a_damaged_first_page(
    encrypted_dir: Path, passphrase: str
) -> None:
    vault = Vault(encrypted_dir)
    names = _with_backup(vault, passphrase)
    broken = _flip(vault.paths.database, 2000)
    assert vault.needs_key()
    assert not vault.check_key(passphrase)  # the file alone cannot tell
    assert vault.unlocks(passphrase) and not vault.unlocks("verkeerd wachtwoord")
    with pytest.raises(UnreadableEncryptedError, match="beschadigd"):
        vault.open(passphrase)
    assert vault.paths.database.read_bytes() == broken
    try:
        aside = _restores(vault, names, passphrase)
        assert aside is not None and aside.read_bytes() == broken
        assert vault.key == passphrase
    finally:
        vault.close()


def test_an_empty_file_while_backups_exist(vault: Vault) -> None:
    names = _with_backup(vault)
    database = vault.paths.database
    database.write_bytes(b"")
    with pytest.raises(DatabaseMissingError, match="leeg"):
        vault.open()  # not silently replaced by a fresh, empty database
    assert database.read_bytes() == b""
    aside = _restores(vault, names)
    assert aside is not None and aside.read_bytes() == b""


def test_a_missing_file_while_backups_exist(
    vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    names = _with_backup(vault)
    vault.paths.database.unlink()
    assert "ontbreekt" in _cli(vault.paths.root, capsys)
    with pytest.raises(DatabaseMissingError, match="geen eerste start"):
        vault.open()
    assert not vault.paths.database.exists()
    assert _restores(vault, names) is None  # nothing was there to move aside


def test_a_missing_file_beside_one_moved_aside_is_no_first_start(vault: Vault) -> None:
    _with_backup(vault)
    shutil.rmtree(vault.paths.backups)
    aside = vault.paths.root / "stellenstof-beschadigd-20260601-101500.db"
    vault.paths.database.rename(aside)
    with pytest.raises(DatabaseMissingError):
        vault.open()
    assert vault.newest_good_backup() is None
    services = vault.open(start_empty=True)  # only when the coach chooses so
    assert _names(services) == [] and vault.created
    assert aside.exists()


def test_a_first_start_still_creates_the_database(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "nieuw")
    vault.prepare()
    vault.paths.database.write_bytes(b"")  # a first start cut short
    try:
        assert _names(vault.open()) == [] and vault.created
    finally:
        vault.close()


def _damage_a_btree_page(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    page = data.find(MARKER.encode()) // PAGE * PAGE
    assert page > 0
    data[page : page + 16] = b"\xff" * 16  # the page header: type, cells, pointers
    path.write_bytes(data)
    return bytes(data)


def test_a_damaged_btree_page(vault: Vault, capsys: pytest.CaptureFixture[str]) -> None:
    names = _with_backup(vault)
    broken = _damage_a_btree_page(vault.paths.database)
    assert "beschadigd" in _cli(vault.paths.root, capsys)  # no DatabaseError traceback
    with pytest.raises(DamagedDatabaseError, match="beschadigd"):
        vault.open()
    assert vault.paths.database.read_bytes() == broken

    services = vault.open(check=False)  # unchecked, the engine still tells damage apart
    with pytest.raises(DamagedDatabaseError):
        for session in services.sessions.list_all():
            services.notes.get(session.id)
    vault.close()

    aside = _restores(vault, names)
    assert aside is not None and aside.read_bytes() == broken


# -- a full disk is not a damaged database -----------------------------------------------


def _failing(code: int, name: str, text: str) -> Callable[..., Any]:
    """A connect() that fails the way SQLite does on a full or failing disk."""

    def refuse(*_args: object, **_kwargs: object) -> Any:
        error = sqlite3.OperationalError(text)
        error.sqlite_errorcode = code
        error.sqlite_errorname = name
        raise error

    return refuse


@pytest.mark.parametrize(
    ("code", "name", "text", "said"),
    [
        (13, "SQLITE_FULL", "database or disk is full", "De schijf is vol"),
        (4874, "SQLITE_IOERR_SHMSIZE", "disk I/O error", "kan nu niet worden gelezen"),
    ],
)
def test_a_full_or_failing_disk_at_start_is_not_called_damaged(
    data_dir: Path, code: int, name: str, text: str, said: str
) -> None:
    healthy = Vault(data_dir)
    names = _with_backup(healthy)
    before = healthy.paths.database.read_bytes()
    vault = Vault(data_dir, connect=_failing(code, name, text))
    with pytest.raises(DiskError) as info:
        vault.open()
    assert not isinstance(info.value, NotADatabaseError)  # so no restore is offered
    assert said in str(info.value) and "beschadigd zijn" in str(info.value)
    assert vault.paths.database.read_bytes() == before
    assert not list(data_dir.glob("*beschadigd*"))
    try:
        assert _names(healthy.open()) == names  # once the disk is fine again: all there
    finally:
        healthy.close()


def _failing_at(exc: Exception) -> Callable[[Callable[[Progress], None]], None]:
    def report(_done: int, _total: int) -> None:
        raise exc

    return lambda work: work(report)


def test_restore_never_moves_the_file_aside_before_the_backup_is_in_place(vault: Vault) -> None:
    _with_backup(vault)
    broken = _damage_a_btree_page(vault.paths.database)
    backup = vault.newest_good_backup()
    assert backup is not None
    full = _failing_at(OSError(28, "No space left on device"))
    with pytest.raises(RestoreError, match="No space left"):
        vault.restore_damaged(backup, run=full)
    assert vault.paths.database.read_bytes() == broken  # still where it was
    left = sorted(p.name for p in vault.paths.root.iterdir() if p.is_file())
    assert left == [DB_FILENAME]  # nothing aside, no half copy


# -- schemas -----------------------------------------------------------------------------


def test_a_database_from_a_newer_version(vault: Vault, tmp_path: Path) -> None:
    names = _with_backup(vault)
    newer = tmp_path / "nieuwer.db"
    shutil.copy(vault.paths.database, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    assert not readable(newer)

    # As the newest "backup" it is never offered; the good one still is.
    shutil.copy(newer, vault.paths.backups / "dagelijks-2026-06-02.db")
    found = vault.newest_good_backup()
    assert found is not None and found.path.name == "dagelijks-2026-06-01.db"
    with pytest.raises(BackupError, match="nieuwere versie"):
        vault.inspect_backup(vault.paths.backups / "dagelijks-2026-06-02.db")

    before = sorted(p.name for p in vault.paths.backups.iterdir())
    shutil.copy(newer, vault.paths.database)
    for _start in range(2):
        with pytest.raises(SchemaTooNewError):
            vault.open()
    assert sorted(p.name for p in vault.paths.backups.iterdir()) == before  # no copies
    shutil.copy(found.path, vault.paths.database)
    assert _names(vault.open()) == names


def _previous_schema_backup(path: Path, gone: int, kept: int) -> str:
    """A backup of the schema before HEAD_REVISION, holding couples `gone` and `kept`."""
    from alembic import command
    from sqlalchemy import create_engine

    script = ScriptDirectory.from_config(alembic_config())
    previous = script.get_revision(HEAD_REVISION).down_revision
    assert isinstance(previous, str)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), previous)
        for ident, name in ((gone, "Weg & Ermee"), (kept, "Blijft & Hier")):
            conn.exec_driver_sql(
                "INSERT INTO couples (id, display_name) VALUES (?, ?)", (ident, name)
            )
            conn.exec_driver_sql(
                "INSERT INTO sessions (id, couple_id, date, planned_minutes, status) "
                "VALUES (?, ?, '2026-01-05', 90, 'held')",
                (ident, ident),
            )
        conn.exec_driver_sql(
            "INSERT INTO notes (session_id, kind, text) VALUES (?, 'shared', ?)",
            (gone, f"{MARKER} " * 300),
        )
    engine.dispose()
    return previous


def test_restoring_a_previous_schema_keeps_no_erased_couple_in_its_update_copy(
    vault: Vault, tmp_path: Path
) -> None:
    services = vault.open()
    gone = services.couples.create(CoupleInput("Weg & Ermee", (PartnerInput("Anne"),))).id
    kept = services.couples.create(CoupleInput("Blijft & Hier", (PartnerInput("Bram"),))).id
    services.privacy.erase_couple(gone)
    old = tmp_path / "vorige-versie.db"
    previous = _previous_schema_backup(old, gone, kept)

    restored = vault.restore(vault.inspect_backup(old))
    assert restored.erased_again == ()  # already erased before the update copy was made
    assert _names(services) == ["Blijft & Hier"]
    (copy,) = vault.paths.backups.glob(f"voor-update-{previous}-*.db")
    assert MARKER.encode() not in copy.read_bytes()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT id FROM couples").fetchall() == [(kept,)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
    conn.close()


def test_known_revisions_are_alembics(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert HEAD_REVISION in known_revisions() and "0099" not in known_revisions()
