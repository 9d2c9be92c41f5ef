"""Encryption at rest: plain to encrypted and back, wrong passphrases, encrypted backups.

Every SQLCipher connection derives its key (~0.2 s), so each test opens few of them.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput
from stellenstof_desktop.errors import PassphraseRequiredError, WrongPassphraseError
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.store.backup import daily_backup, readable, restore_backup
from stellenstof_desktop.store.crypto import FileKind, change_key, check_key, file_kind

NOTE = "Geheime notitie over Zoë en Joël: ruzie over de vakantie"
FIRST, SECOND = "eerste wachtwoord", "tweede 'wachtwoord' met ë"


def _fill(services: Services, note: str = NOTE) -> int:
    couple = services.couples.create(
        CoupleInput("Zoë & Joël", (PartnerInput("Zoë"), PartnerInput("Joël")))
    )
    session = services.sessions.create(
        couple.id,
        SessionInput(date(2026, 5, 4), None, 90, frozenset(p.id for p in couple.partners)),
    )
    services.notes.save(session.id, NoteKind.SHARED, note)
    return session.id


def _note(data_dir: Path, session_id: int, key: str | None) -> str:
    services = open_services(data_dir, key)
    try:
        return services.notes.get(session_id).get(NoteKind.SHARED)
    finally:
        services.db.close()


def _bytes_with_sidecars(path: Path) -> bytes:
    return b"".join(
        candidate.read_bytes()
        for candidate in (path, path.with_name(path.name + "-wal"))
        if candidate.exists()
    )


def test_plain_to_encrypted_to_new_key_to_plain_keeps_every_word(data_dir: Path) -> None:
    services = open_services(data_dir)
    session_id = _fill(services)
    services.db.close()
    path = data_dir / DB_FILENAME
    secret = NOTE.encode()
    assert secret in _bytes_with_sidecars(path) or file_kind(path) is FileKind.PLAIN

    change_key(path, None, FIRST)
    assert file_kind(path) is FileKind.ENCRYPTED
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert secret not in _bytes_with_sidecars(path) and b"Zo\xc3\xab" not in path.read_bytes()
    assert _note(data_dir, session_id, FIRST) == NOTE
    with pytest.raises(PassphraseRequiredError):
        open_services(data_dir)  # the plain way no longer opens it

    change_key(path, FIRST, SECOND)
    assert not check_key(path, FIRST) and check_key(path, SECOND)
    assert secret not in _bytes_with_sidecars(path)

    change_key(path, SECOND, None)
    assert file_kind(path) is FileKind.PLAIN
    assert _note(data_dir, session_id, None) == NOTE
    left = sorted(p.name for p in data_dir.iterdir() if p.name.startswith(DB_FILENAME))
    assert left == [DB_FILENAME]  # no .nieuw, .oud or stale -wal from the re-keying


def test_a_wrong_passphrase_changes_no_byte(encrypted_dir: Path) -> None:
    path = encrypted_dir / DB_FILENAME
    before = path.read_bytes()
    with pytest.raises(WrongPassphraseError) as info:
        open_services(encrypted_dir, "fout wachtwoord")
    assert "opent de database" in str(info.value)
    with pytest.raises(WrongPassphraseError):
        change_key(path, "fout wachtwoord", SECOND)
    assert path.read_bytes() == before
    assert sorted(p.name for p in encrypted_dir.iterdir()) == [DB_FILENAME]


def test_failed_re_key_leaves_the_old_file_in_place(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_services(data_dir)
    session_id = _fill(services)
    services.db.close()
    path = data_dir / DB_FILENAME

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("stellenstof_desktop.store.crypto._fsync", full_disk)
    with pytest.raises(OSError):
        change_key(path, None, FIRST)
    monkeypatch.undo()
    assert file_kind(path) is FileKind.PLAIN
    leftovers = [p.name for p in data_dir.iterdir() if p.suffix in (".nieuw", ".oud", ".part")]
    assert leftovers == []
    assert _note(data_dir, session_id, None) == NOTE


def test_an_encrypted_database_gives_encrypted_backups_that_restore(
    encrypted_dir: Path, passphrase: str
) -> None:
    data_dir, first = encrypted_dir, passphrase
    path = data_dir / DB_FILENAME
    services = open_services(data_dir, first)
    session_id = _fill(services)
    folder = data_dir / "backups"
    made = daily_backup(path, folder, date(2026, 6, 1), first)
    services.notes.save(session_id, NoteKind.SHARED, "later getypt")
    services.db.close()

    assert made is not None and file_kind(made) is FileKind.ENCRYPTED
    assert NOTE.encode() not in made.read_bytes()
    assert readable(made, first) and not readable(made, None) and not readable(made, SECOND)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(made).execute("SELECT * FROM couples").fetchall()

    # Restored into a database that has another passphrase by now: it takes on that one.
    change_key(path, first, SECOND)
    kept = restore_backup(made, path, folder, backup_key=first, key=SECOND)
    assert kept is not None and check_key(kept, SECOND)  # the data before restoring, encrypted
    assert check_key(path, SECOND)
    assert _note(data_dir, session_id, SECOND) == NOTE


def test_plain_backup_restores_into_an_encrypted_database(data_dir: Path) -> None:
    services = open_services(data_dir)
    session_id = _fill(services)
    plain = daily_backup(services.db.path, data_dir / "backups", date(2026, 6, 1))
    services.db.close()
    assert plain is not None and file_kind(plain) is FileKind.PLAIN
    path = data_dir / DB_FILENAME
    change_key(path, None, FIRST)
    restore_backup(plain, path, data_dir / "backups", backup_key=FIRST, key=FIRST)
    assert file_kind(path) is FileKind.ENCRYPTED
    assert _note(data_dir, session_id, FIRST) == NOTE


def _cli(data_dir: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stellenstof_desktop", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_cli_reads_the_passphrase_from_the_environment(
    encrypted_dir: Path, passphrase: str
) -> None:
    import os

    data_dir = encrypted_dir
    services = open_services(data_dir, passphrase)
    session_id = _fill(services)
    services.db.close()
    env = {k: v for k, v in os.environ.items() if k != "STELLENSTOF_PASSPHRASE"}

    without = _cli(data_dir, env, "list")
    assert without.returncode == 2
    assert "versleuteld" in without.stderr and "STELLENSTOF_PASSPHRASE" in without.stderr

    wrong = _cli(data_dir, {**env, "STELLENSTOF_PASSPHRASE": "fout"}, "list")
    assert wrong.returncode == 2 and "opent de database" in wrong.stderr

    right = _cli(data_dir, {**env, "STELLENSTOF_PASSPHRASE": passphrase}, "list")
    assert right.returncode == 0, right.stderr
    assert right.stdout.split("\t")[0] == str(session_id) and "Zoë & Joël" in right.stdout
