"""Data safety in the window: daily backup, backup and restore by hand, a damaged file."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from stellenstof_desktop.app import GuiOptions, run_gui
from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import open_services
from stellenstof_desktop.store.backup import daily_backup
from stellenstof_desktop.ui.main_window import MainWindow
from tests.gui.gui_helpers import FakeMessages, Guarded


def _couple_names(window: MainWindow) -> list[str]:
    return [c.display_name for c in window.services.couples.list()]


def _shown_couples(window: MainWindow) -> list[str]:
    panel = window.panel.couples
    return [panel.item(i).text().splitlines()[0] for i in range(panel.count())]


def _add_couple(window: MainWindow, name: str) -> None:
    window.services.couples.create(CoupleInput(name, (PartnerInput("Anne"),)))
    window.reload_data()


def test_daily_backup_is_made_after_the_window_shows(guarded: Guarded, data_dir: Path) -> None:
    window, guard, _privacy = guarded
    made = data_dir / "backups" / "dagelijks-2026-06-01.db"
    assert made.exists()
    assert guard.act_backup in window.file_menu.actions()
    assert guard.act_restore in window.file_menu.actions()


def test_backup_by_hand_goes_where_the_coach_chooses(
    guarded: Guarded, messages: FakeMessages, tmp_path: Path
) -> None:
    window, guard, _privacy = guarded
    _add_couple(window, "Zoë & Joël")
    usb = tmp_path / "usb"
    usb.mkdir()
    messages.paths = [str(usb / "maandag")]
    guard.act_backup.trigger()
    copy = usb / "maandag.db"
    assert copy.exists()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT display_name FROM couples").fetchall() == [("Zoë & Joël",)]
    conn.close()
    assert messages.shown[-1][:2] == ("info", "Back-up gemaakt")


def test_backup_to_an_unwritable_place_says_so(
    guarded: Guarded, messages: FakeMessages, tmp_path: Path
) -> None:
    _window, guard, _privacy = guarded
    blocker = tmp_path / "geen-map"
    blocker.write_text("x")
    messages.paths = [str(blocker / "back-up.db")]
    guard.act_backup.trigger()
    kind, _title, text = messages.shown[-1]
    assert kind == "error" and "kon niet worden geschreven" in text


def test_restore_keeps_the_current_data_and_shows_the_backup(
    guarded: Guarded,
    messages: FakeMessages,
    tmp_path: Path,
    data_dir: Path,
) -> None:
    window, guard, _privacy = guarded
    _add_couple(window, "Anne & Bram")
    messages.paths = [str(tmp_path / "kopie.db")]
    guard.act_backup.trigger()
    _add_couple(window, "Later toegevoegd")
    assert _shown_couples(window) == ["Anne & Bram", "Later toegevoegd"]

    messages.paths = [str(tmp_path / "kopie.db")]
    messages.answers = [True]
    guard.act_restore.trigger()
    assert messages.shown[-2][0] == "confirm" and "terugzetten" in messages.shown[-2][2]
    assert messages.shown[-1][:2] == ("info", "Back-up teruggezet")
    assert _couple_names(window) == ["Anne & Bram"]
    assert _shown_couples(window) == ["Anne & Bram"]
    (kept,) = (data_dir / "backups").glob("voor-terugzetten-*.db")
    with sqlite3.connect(kept) as conn:
        assert len(conn.execute("SELECT * FROM couples").fetchall()) == 2
    conn.close()
    _add_couple(window, "Na het terugzetten")  # the app carries on on the restored file
    assert len(_couple_names(window)) == 2


def test_restore_cancelled_or_refused_changes_nothing(
    guarded: Guarded, messages: FakeMessages, tmp_path: Path
) -> None:
    window, guard, _privacy = guarded
    _add_couple(window, "Anne & Bram")
    messages.paths = [str(tmp_path / "kopie.db")]
    guard.act_backup.trigger()
    messages.paths = [str(tmp_path / "kopie.db")]
    messages.answers = [False]
    assert not guard.restore_from_file()
    not_a_backup = tmp_path / "recepten.db"
    not_a_backup.write_bytes(b"pannenkoeken" * 500)
    messages.paths = [str(not_a_backup)]
    assert not guard.restore_from_file()
    assert "geen bruikbare Stellenstof-back-up" in messages.shown[-1][2]
    assert _couple_names(window) == ["Anne & Bram"]


def _damaged_with_backup(data_dir: Path) -> tuple[Path, bytes]:
    services = open_services(data_dir)
    couple = services.couples.create(CoupleInput("Anne & Bram", (PartnerInput("Anne"),)))
    session = services.sessions.create(
        couple.id, SessionInput(date(2026, 5, 4), None, 90, frozenset({couple.partners[0].id}))
    )
    services.notes.save(session.id, NoteKind.SHARED, "uit de back-up " * 500)
    daily_backup(services.db.path, data_dir / "backups", date(2026, 5, 31))
    services.db.close()
    path = data_dir / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    whole = path.read_bytes()
    broken = whole[: len(whole) // 2]  # a file cut short, like a full disk or a bad copy
    path.write_bytes(broken)
    return path, broken


def test_damaged_file_at_start_offers_the_newest_good_backup(data_dir: Path) -> None:
    path, broken = _damaged_with_backup(data_dir)
    messages = FakeMessages()
    messages.answers = [True]
    code = run_gui(GuiOptions(data_dir=str(data_dir), quit_after="ready"), messages)
    assert code == 0
    kinds = [shown[0] for shown in messages.shown]
    assert kinds == ["confirm", "info"]
    assert "beschadigd" in messages.shown[0][2]
    (aside,) = data_dir.glob("stellenstof-beschadigd-*.db")
    assert aside.read_bytes() == broken  # kept aside, byte for byte
    assert aside.name in messages.shown[1][2]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT display_name FROM couples").fetchall() == [("Anne & Bram",)]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_damaged_file_and_the_coach_says_no(data_dir: Path) -> None:
    path, broken = _damaged_with_backup(data_dir)
    messages = FakeMessages()  # answers "cancel"
    assert run_gui(GuiOptions(data_dir=str(data_dir)), messages) == 1
    assert [shown[0] for shown in messages.shown] == ["confirm", "error"]
    assert "beschadigd" in messages.shown[1][2]
    assert path.read_bytes() == broken
    assert not list(data_dir.glob("stellenstof-beschadigd-*"))
