"""Backups, their rotation, restoring, and recognising a damaged database file."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput
from stellenstof_desktop.errors import DamagedDatabaseError, NotADatabaseError
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.store.backup import (
    daily_backup,
    daily_name,
    keep_dates,
    list_backups,
    newest_good_backup,
    readable,
    restore_backup,
    rotate,
)
from stellenstof_desktop.store.integrity import check_file, move_aside


def _couple(services: Services, name: str) -> int:
    couple = services.couples.create(CoupleInput(name, (PartnerInput("Anne"),)))
    return couple.id


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT display_name FROM couples ORDER BY display_name").fetchall()
    conn.close()
    return [row[0] for row in rows]


# -- rotation --------------------------------------------------------------------------------


def test_rotation_keeps_seven_daily_and_eight_weekly(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = date(2026, 1, 1)  # a Thursday
    for offset in range(120):  # the app started every day for four months
        daily_backup(services.db.path, folder, start + timedelta(days=offset))
    today = start + timedelta(days=119)
    kept = sorted(date.fromisoformat(p.stem.removeprefix("dagelijks-")) for p in folder.iterdir())
    assert kept[-7:] == [today - timedelta(days=n) for n in range(6, -1, -1)]
    weekly = kept[:-7]
    assert len(weekly) == 8
    weeks = [day.isocalendar()[:2] for day in weekly]
    assert len(set(weeks)) == 8  # one per week, the newest of each: a Sunday
    assert all(day.isoweekday() == 7 for day in weekly)
    newest_daily_week = kept[-7].isocalendar()[:2]
    assert newest_daily_week not in weeks
    assert len(list(folder.iterdir())) == 15


def test_rotation_with_gaps_and_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    days = [date(2026, 5, 1) - timedelta(days=n * 3) for n in range(40)]  # every third day
    for day in days:
        (folder / daily_name(day)).write_bytes(b"x")
    (folder / "voor-update-0001-20260101-120000.db").write_bytes(b"x")
    (folder / "mijn-eigen-kopie.db").write_bytes(b"x")
    removed = rotate(folder)
    left = {p.name for p in folder.iterdir()}
    assert "voor-update-0001-20260101-120000.db" in left and "mijn-eigen-kopie.db" in left
    assert len(left) == 2 + 15 and len(removed) == 40 - 15
    assert keep_dates([]) == set()


def test_daily_backup_once_a_day(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    today = date(2026, 6, 1)
    made = daily_backup(services.db.path, folder, today)
    assert made == folder / "dagelijks-2026-06-01.db"
    _couple(services, "Later op de dag")
    assert daily_backup(services.db.path, folder, today) is None  # already made today
    assert _names(made) == []


def test_backup_holds_what_is_still_in_the_wal(services: Services, tmp_path: Path) -> None:
    _couple(services, "Zoë & Joël")
    wal = services.db.path.with_name(DB_FILENAME + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the couple is not in the main file yet
    made = daily_backup(services.db.path, tmp_path / "b", date(2026, 6, 1))
    assert made is not None and _names(made) == ["Zoë & Joël"]
    assert not made.with_name(made.name + "-wal").exists()  # one self-contained file


# -- restoring -------------------------------------------------------------------------------


def test_restore_keeps_the_current_file_first(services: Services, tmp_path: Path) -> None:
    _couple(services, "Eerst")
    backup = daily_backup(services.db.path, services.db.path.parent / "backups", date.today())
    assert backup is not None
    _couple(services, "Daarna")
    db = services.db.path
    services.db.close()
    folder = db.parent / "backups"
    kept = restore_backup(backup, db, folder, now=datetime(2026, 6, 1, 10, 0))
    assert kept == folder / "voor-terugzetten-20260601-100000.db"
    assert _names(kept) == ["Daarna", "Eerst"]
    assert not db.with_name(DB_FILENAME + "-wal").exists()  # never replayed onto the backup
    assert _names(db) == ["Eerst"]
    assert check_file(db) == []


def test_newest_good_backup_skips_damaged_ones(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    good = daily_backup(services.db.path, folder, date(2026, 6, 1))
    assert good is not None
    damaged = folder / daily_name(date(2026, 6, 2))
    damaged.write_bytes(b"geen database" * 400)
    assert next(b.path for b in list_backups(folder)) == damaged
    found = newest_good_backup(folder)
    assert found is not None and found.path == good
    assert readable(good) and not readable(damaged)
    assert newest_good_backup(tmp_path / "nergens") is None


# -- damaged files ---------------------------------------------------------------------------


def _filled(data_dir: Path) -> bytes:
    services = open_services(data_dir)
    for number in range(25):
        couple = services.couples.create(
            CoupleInput(f"Stel {number}", (PartnerInput("Anne"), PartnerInput("Bram")))
        )
        session = services.sessions.create(
            couple.id,
            SessionInput(date(2026, 1, 5), None, 90, frozenset(p.id for p in couple.partners)),
        )
        services.notes.save(session.id, NoteKind.SHARED, f"notitie {number} " * 400)
    services.db.close()
    path = data_dir / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.read_bytes()


PAGE = 4096
rng = random.Random(6)
DAMAGE = {
    "random-page": lambda b: b[: 20 * PAGE] + rng.randbytes(PAGE) + b[21 * PAGE :],
    "zeroed-page": lambda b: b[: 20 * PAGE] + bytes(PAGE) + b[21 * PAGE :],
    "truncated": lambda b: b[: len(b) // 2],
    "schema-page-garbage": lambda b: b[:PAGE] + rng.randbytes(PAGE) + b[2 * PAGE :],
    "header-overwritten": lambda b: b"X" * 100 + b[100:],
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_file_is_recognised_and_left_untouched(data_dir: Path, damage: str) -> None:
    whole = _filled(data_dir)
    path = data_dir / DB_FILENAME
    broken = DAMAGE[damage](whole)
    path.write_bytes(broken)
    with pytest.raises(NotADatabaseError) as info:
        open_services(data_dir, check=True)
    if damage != "header-overwritten":
        assert isinstance(info.value, DamagedDatabaseError)
        assert "beschadigd" in str(info.value)
    assert path.read_bytes() == broken
    assert check_file(path) != []


def test_move_aside_keeps_the_file_and_its_wal(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    path.write_bytes(b"kapot")
    path.with_name(DB_FILENAME + "-wal").write_bytes(b"wal")
    moment = datetime(2026, 6, 1, 9, 30)
    aside = move_aside(path, moment)
    assert aside.name == "stellenstof-beschadigd-20260601-093000.db"
    assert aside.read_bytes() == b"kapot"
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"wal"
    assert not path.exists()
    path.write_bytes(b"weer kapot")
    second = move_aside(path, moment)  # never overwrites an earlier one
    assert second != aside and aside.read_bytes() == b"kapot"


def test_a_copy_of_the_template_is_whole(template_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / DB_FILENAME
    shutil.copy(template_db, copy)
    assert check_file(copy) == [] and readable(copy)
