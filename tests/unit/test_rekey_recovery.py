"""A re-key killed at any step is finished or rolled back at the next start, leaving nothing.

A kill is simulated by raising in change_key's step seam: the files stay as they are, as
after a power cut. Then the data folder is opened again through the vault.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from stellenstof_desktop.domain import NoteKind
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import open_services
from stellenstof_desktop.services.vault import Vault
from stellenstof_desktop.store.crypto import FileKind, change_key, copy_database, file_kind
from tests.unit.test_encryption import _fill as fill

MARKER = "MARKER-Vertrouwelijk-4711"
KEY = "een lange zin als wachtwoord"


class Killed(BaseException):
    """Stands for the process dying at this point."""


def _fill(data_dir: Path, key: str | None = None) -> int:
    services = open_services(data_dir, key)
    try:
        return fill(services, MARKER)
    finally:
        services.db.close()


def _kill_at(name: str) -> object:
    def step(reached: str) -> None:
        if reached == name:
            raise Killed(name)

    return step


def _reopen(data_dir: Path, key: str | None, session_id: int) -> None:
    vault = Vault(data_dir)
    vault.prepare()
    services = vault.open(key if vault.needs_key() else None)
    try:
        assert services.notes.get(session_id).get(NoteKind.SHARED) == MARKER
    finally:
        vault.close()


def _data_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def _leftovers(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if ".nieuw" in p.name or ".oud" in p.name)


@pytest.mark.parametrize("step", ["copied", "linked", "replaced"])
def test_encrypting_killed_at_each_step_leaves_no_plain_copy(
    data_dir: Path, step: str, caplog: pytest.LogCaptureFixture
) -> None:
    session_id = _fill(data_dir)
    for backup in (data_dir / "backups").glob("*"):
        backup.unlink()  # older plain backups are another matter; this is about the re-key
    path = data_dir / DB_FILENAME
    with pytest.raises(Killed):
        change_key(path, None, KEY, step=_kill_at(step))  # type: ignore[arg-type]
    assert _leftovers(data_dir)  # the kill left something behind
    with caplog.at_level(logging.WARNING):
        _reopen(data_dir, KEY, session_id)
    assert _leftovers(data_dir) == []
    assert "interrupted re-key" in caplog.text and MARKER not in caplog.text
    if step == "replaced":  # the new file was in place: the change is finished
        assert file_kind(path) is FileKind.ENCRYPTED
        assert MARKER.encode() not in _data_bytes(data_dir)
    else:  # rolled back: the plain file stays, the encrypted copy is gone
        assert file_kind(path) is FileKind.PLAIN


@pytest.mark.parametrize("step", ["copied", "linked"])
def test_decrypting_killed_early_scrubs_the_plain_new_copy(data_dir: Path, step: str) -> None:
    path = data_dir / DB_FILENAME
    change_key(path, None, KEY)
    session_id = _fill(data_dir, KEY)
    for backup in (data_dir / "backups").glob("*"):
        backup.unlink()
    with pytest.raises(Killed):
        change_key(path, KEY, None, step=_kill_at(step))  # type: ignore[arg-type]
    assert MARKER.encode() in (data_dir / f"{DB_FILENAME}.nieuw").read_bytes()
    _reopen(data_dir, KEY, session_id)
    assert _leftovers(data_dir) == []
    assert file_kind(path) is FileKind.ENCRYPTED
    assert MARKER.encode() not in _data_bytes(data_dir)


def test_missing_database_with_a_whole_new_copy_is_put_in_place(data_dir: Path) -> None:
    session_id = _fill(data_dir)
    path = data_dir / DB_FILENAME
    with pytest.raises(Killed):
        change_key(path, None, KEY, step=_kill_at("copied"))  # type: ignore[arg-type]
    path.unlink()  # however it went missing, the whole copy beside it is the coach's data
    _reopen(data_dir, KEY, session_id)
    assert file_kind(path) is FileKind.ENCRYPTED and _leftovers(data_dir) == []


def test_a_half_copy_from_a_kill_during_copying_is_scrubbed(data_dir: Path) -> None:
    session_id = _fill(data_dir)
    path = data_dir / DB_FILENAME
    change_key(path, None, KEY)
    for backup in (data_dir / "backups").glob("*"):
        backup.unlink()
    # A decrypting re-key killed while copying: its half copy holds plain text.
    part = data_dir / f"{DB_FILENAME}.nieuw.part"
    copy_database(path, part, KEY, None)
    (data_dir / f"{DB_FILENAME}.nieuw.part-journal").write_bytes(MARKER.encode())
    assert MARKER.encode() in part.read_bytes()
    with part.open("rb") as still_open:  # keeps the unlinked bytes readable: were they zeroed?
        _reopen(data_dir, KEY, session_id)
        assert MARKER.encode() not in still_open.read()
    assert _leftovers(data_dir) == []
    assert MARKER.encode() not in _data_bytes(data_dir)
