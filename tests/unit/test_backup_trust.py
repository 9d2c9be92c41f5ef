"""Backups you can trust: each one checked once written, made hourly and at closing, rotated."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from stellenstof_desktop.domain import CoupleInput, PartnerInput
from stellenstof_desktop.errors import BackupCheckError
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.services.vault import Vault
from stellenstof_desktop.store.backup import (
    backup_file,
    daily_backup,
    list_backups,
    newest_good_backup,
    readable,
    rotate,
)
from stellenstof_desktop.store.crypto import Progress, copy_database

TODAY = date(2026, 6, 1)


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    opened = Vault(data_dir)
    yield opened
    opened.close()


def _couple(services: Services, name: str) -> None:
    services.couples.create(CoupleInput(name, (PartnerInput("Anne"),)))


def _names(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT display_name FROM couples ORDER BY id").fetchall()
    conn.close()
    return [row[0] for row in rows]


def _sidecars(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm")))


def _damaging_copy(
    source: Path,
    target: Path,
    source_key: str | None = None,
    target_key: str | None = None,
    progress: Progress | None = None,
    *,
    source_at_rest: bool = False,
) -> Path:
    """copy_database, then the disk garbles a page of what it wrote."""
    copy_database(source, target, source_key, target_key, progress, source_at_rest=source_at_rest)
    data = bytearray(target.read_bytes())
    data[4096 : 4096 + 64] = b"\x00\xff" * 32
    target.write_bytes(data)
    return target


# -- checked once written ----------------------------------------------------------------


def test_a_backup_damaged_while_written_is_flagged_and_not_counted(
    services: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    good = daily_backup(services.db.path, folder, TODAY - timedelta(days=1))
    assert good is not None
    with pytest.raises(BackupCheckError) as info:
        daily_backup(services.db.path, folder, TODAY, copy=_damaging_copy)
    assert "niet in orde" in str(info.value) and "dagelijks-2026-06-01.db.ongeldig" in str(
        info.value
    )
    assert not (folder / "dagelijks-2026-06-01.db").exists()
    assert (folder / "dagelijks-2026-06-01.db.ongeldig").exists()  # kept to look at
    assert [info.path for info in list_backups(folder)] == [good]  # not counted
    found = newest_good_backup(folder)
    assert found is not None and found.path == good
    again = daily_backup(services.db.path, folder, TODAY)  # the next attempt makes one
    assert again == folder / "dagelijks-2026-06-01.db" and readable(again)


def test_a_backup_by_hand_is_checked_too(services: Services, tmp_path: Path) -> None:
    with pytest.raises(BackupCheckError):
        backup_file(services.db.path, tmp_path / "usb.db", copy=_damaging_copy)
    assert not (tmp_path / "usb.db").exists()


def test_checking_a_backup_leaves_no_side_files(services: Services, tmp_path: Path) -> None:
    _couple(services, "Zoë & Joël")
    folder = tmp_path / "backups"
    made = daily_backup(services.db.path, folder, TODAY)
    assert made is not None and made.read_bytes()[18:20] == b"\x01\x01"  # no WAL: one file
    old_style = folder / "oud-met-wal.db"  # a copy in WAL mode, as older releases made
    shutil.copy(services.db.path, old_style)
    assert old_style.read_bytes()[18:20] == b"\x02\x02"
    for backup in (made, old_style):
        assert readable(backup)
    assert newest_good_backup(folder) is not None
    assert _sidecars(folder) == []


def test_checking_an_encrypted_backup_leaves_no_side_files(
    encrypted_dir: Path, passphrase: str
) -> None:
    vault = Vault(encrypted_dir)
    vault.open(passphrase)
    try:
        made = vault.daily_backup(TODAY)
        assert made is not None
        assert readable(made, passphrase) and vault.check_key(passphrase, made)
        assert vault.newest_good_backup(passphrase) is not None
        assert _sidecars(vault.paths.backups) == []
    finally:
        vault.close()


# -- hourly while anything changed, and at closing ---------------------------------------


def test_backup_if_changed_waits_for_a_change_and_an_hour(vault: Vault) -> None:
    services = vault.open()
    start = datetime.now()
    first = vault.daily_backup(start.date())
    assert first is not None
    assert vault.backup_if_changed(start + timedelta(hours=2)) is None  # nothing changed

    _couple(services, "Anne & Bram")
    assert vault.backup_if_changed(start + timedelta(minutes=30)) is None  # not an hour yet
    made = vault.backup_if_changed(start + timedelta(hours=2))
    assert made is not None and made != first
    assert made.name.startswith("dagelijks-") and _names(made) == ["Anne & Bram"]
    assert vault.backup_if_changed(start + timedelta(hours=4)) is None  # no change since


def test_closing_a_session_makes_a_backup_when_something_changed(vault: Vault) -> None:
    services = vault.open()
    now = datetime.now()
    assert vault.daily_backup(now.date()) is not None
    assert vault.session_backup(now) is None  # nothing new since the daily one
    _couple(services, "Zoë & Joël")
    made = vault.session_backup(now + timedelta(seconds=1))
    assert made is not None and _names(made) == ["Zoë & Joël"]


def test_a_new_passphrase_gets_a_backup_at_once(vault: Vault) -> None:
    vault.open()
    assert vault.daily_backup(TODAY) is not None
    vault.change_key("nieuw wachtwoord met ë")
    newest = list_backups(vault.paths.backups)[0]
    assert vault.check_key("nieuw wachtwoord met ë", newest.path)
    assert vault.unlocks("nieuw wachtwoord met ë")


# -- one rotation for all automatic backups ----------------------------------------------


def _touch(folder: Path, name: str, day: date, hour: int) -> None:
    path = folder / name
    path.write_bytes(b"x")
    moment = datetime(day.year, day.month, day.day, hour).timestamp()
    os.utime(path, (moment, moment))


def test_rotation_keeps_the_first_and_last_of_recent_days(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = date(2026, 1, 1)
    for offset in range(60):
        day = start + timedelta(days=offset)
        _touch(folder, f"dagelijks-{day.isoformat()}.db", day, 8)
        for hour in (10, 12, 16):
            _touch(folder, f"dagelijks-{day.isoformat()}-{hour:02d}0000.db", day, hour)
    for number in range(6):
        _touch(folder, f"voor-update-000{number}-2026010{number + 1}-120000.db", start, number)
    rotate(folder)
    left = sorted(p.name for p in folder.iterdir())
    recent = [start + timedelta(days=n) for n in range(53, 60)]
    for day in recent:  # the state at the start of the day and the latest
        assert f"dagelijks-{day.isoformat()}.db" in left
        assert f"dagelijks-{day.isoformat()}-160000.db" in left
        assert f"dagelijks-{day.isoformat()}-100000.db" not in left
    weekly = [name for name in left if name.startswith("dagelijks-")][: -2 * 7]
    assert len(weekly) == 8 and all(name.endswith("-160000.db") for name in weekly)
    updates = [name for name in left if name.startswith("voor-update-")]
    assert updates == [f"voor-update-000{n}-2026010{n + 1}-120000.db" for n in (3, 4, 5)]


def test_without_any_automatic_backup_one_is_made_at_once(vault: Vault) -> None:
    vault.open()
    made = vault.backup_if_changed(datetime(2026, 6, 1, 14, 0))
    assert made == vault.paths.backups / "dagelijks-2026-06-01.db"
    later = vault.session_backup(datetime(2026, 6, 1, 15, 0))
    assert later is None  # nothing changed since
    assert [p.name for p in vault.paths.backups.iterdir()] == [made.name]
