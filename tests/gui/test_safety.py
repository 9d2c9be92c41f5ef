"""Data safety in the window: daily backup, backup and restore by hand, a damaged file."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import GuiOptions, load_content, run_gui
from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput
from stellenstof_desktop.errors import DiskError
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import open_services
from stellenstof_desktop.services.vault import Vault
from stellenstof_desktop.store.backup import daily_backup
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.safety.controller import SafetyController
from tests.gui.gui_helpers import FakeMessages, Guarded, couple_with_session, type_text

TODAY = date(2026, 6, 1)


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


# -- odd files and full disks at start -------------------------------------------------------


def _with_daily_backup(data_dir: Path) -> None:
    services = open_services(data_dir)
    services.couples.create(CoupleInput("Anne & Bram", (PartnerInput("Anne"),)))
    daily_backup(services.db.path, data_dir / "backups", date(2026, 5, 31))
    services.db.close()


def test_a_folder_where_the_database_should_be_offers_the_backup(data_dir: Path) -> None:
    _with_daily_backup(data_dir)
    path = data_dir / DB_FILENAME
    path.unlink()
    path.mkdir()
    messages = FakeMessages()
    messages.answers = [True]
    code = run_gui(GuiOptions(data_dir=str(data_dir), quit_after="ready"), messages)
    assert code == 0  # no bug dialog for an IsADirectoryError
    assert [shown[0] for shown in messages.shown] == ["confirm", "info"]
    assert "staat een map" in messages.shown[0][2]
    (aside,) = data_dir.glob("stellenstof-beschadigd-*.db")
    assert aside.is_dir() and path.is_file()


def test_a_missing_database_with_backups_is_no_first_start(data_dir: Path) -> None:
    _with_daily_backup(data_dir)
    (data_dir / DB_FILENAME).unlink()
    messages = FakeMessages()  # the coach says no
    assert run_gui(GuiOptions(data_dir=str(data_dir)), messages) == 1
    assert [shown[0] for shown in messages.shown] == ["confirm", "error"]
    assert "ontbreekt" in messages.shown[1][2]
    assert not (data_dir / DB_FILENAME).exists()  # no empty database made behind her back

    messages = FakeMessages()
    messages.answers = [True]
    assert run_gui(GuiOptions(data_dir=str(data_dir), quit_after="ready"), messages) == 0
    assert messages.shown[-1][:2] == ("info", "Back-up teruggezet")
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        assert conn.execute("SELECT display_name FROM couples").fetchall() == [("Anne & Bram",)]
    conn.close()


def test_nothing_to_restore_the_coach_may_start_empty(data_dir: Path, qtbot: QtBot) -> None:
    aside = data_dir / "stellenstof-beschadigd-20260601-101500.db"
    (data_dir / DB_FILENAME).rename(aside)
    messages = FakeMessages()
    messages.answers = [True]
    assert run_gui(GuiOptions(data_dir=str(data_dir), quit_after="ready"), messages) == 0
    kind, title, text = messages.shown[0]
    assert (kind, title) == ("ask", "Geen gegevens gevonden") and "ontbreekt" in text
    assert (data_dir / DB_FILENAME).is_file() and aside.exists()


def _disk_full(*_args: object, **_kwargs: object) -> None:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13
    raise error


def test_a_full_disk_at_start_offers_no_restore_and_moves_nothing(
    data_dir: Path, messages: FakeMessages, settings_path: Path, qtbot: QtBot
) -> None:
    _with_daily_backup(data_dir)
    before = (data_dir / DB_FILENAME).read_bytes()
    window = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat), messages)
    qtbot.addWidget(window)
    vault = Vault(data_dir, connect=_disk_full)
    guard = SafetyController(
        window,
        messages,
        QSettings(str(settings_path), QSettings.Format.IniFormat),
        data_dir,
        vault=vault,
    )
    with pytest.raises(DiskError, match="De schijf is vol"):
        guard.open()
    assert messages.shown == []  # nothing offered: the file is not damaged
    assert (data_dir / DB_FILENAME).read_bytes() == before
    assert not list(data_dir.glob("*beschadigd*"))


# -- trust in the open app -------------------------------------------------------------------


def test_closing_the_window_makes_a_backup_when_something_changed(
    guarded: Guarded, data_dir: Path
) -> None:
    window, guard, _privacy = guarded
    assert guard.backup_timer.isActive() and guard.backup_timer.interval() == 10 * 60 * 1000
    before = set((data_dir / "backups").iterdir())
    _add_couple(window, "Zoë & Joël")
    window.close()
    (made,) = set((data_dir / "backups").iterdir()) - before
    with sqlite3.connect(made) as conn:
        assert ("Zoë & Joël",) in conn.execute("SELECT display_name FROM couples").fetchall()
    conn.close()
    assert not guard.backup_timer.isActive()


def test_the_timer_makes_the_hourly_backup_in_a_worker_thread(
    guarded: Guarded, data_dir: Path, qtbot: QtBot
) -> None:
    window, guard, _privacy = guarded
    before = set((data_dir / "backups").iterdir())
    _add_couple(window, "Zoë & Joël")
    later = datetime.now() + timedelta(hours=2)
    guard.clock = lambda: later
    with qtbot.waitSignal(guard.daily_backup_done, timeout=10000) as done:
        guard.backup_timer.timeout.emit()
    assert isinstance(done.args[0], Path) and done.args[0] not in before
    assert done.args[0].name.startswith("dagelijks-")


def test_a_busy_database_fails_a_save_fast_and_autosave_retries(
    guarded: Guarded, messages: FakeMessages, data_dir: Path, qtbot: QtBot
) -> None:
    window, _guard, _privacy = guarded
    _couple, session = couple_with_session(window.services, "Anne", "Bram")
    window.reload_data()
    window.open_session(session.id)
    holder = sqlite3.connect(data_dir / DB_FILENAME)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        type_text(window.notes.shared, "Getypt terwijl een ander programma schrijft")
        assert not window.flush()
        assert "bezet door een ander programma" in messages.shown[-1][2]
        assert "opnieuw geprobeerd" in window.save_label.text()
    finally:
        holder.rollback()
        holder.close()
    # No further typing: the retry saves it by itself.
    qtbot.waitUntil(lambda: "Opgeslagen" in window.save_label.text(), timeout=10000)
    notes = window.services.notes.get(session.id)
    assert notes.get(NoteKind.SHARED) == "Getypt terwijl een ander programma schrijft"


def test_a_data_folder_in_a_sync_folder_is_warned_about_once(
    data_dir: Path, messages: FakeMessages, settings_path: Path, qtbot: QtBot
) -> None:
    (data_dir.parent / ".stfolder").mkdir()  # Syncthing syncs the folder above
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    for start in range(2):
        window = MainWindow(settings, messages)
        qtbot.addWidget(window)
        guard = SafetyController(window, messages, settings, data_dir, today=lambda: TODAY)
        services = guard.open()
        assert services is not None
        window.bind(services, load_content("nl", data_dir).method)
        with qtbot.waitSignal(guard.daily_backup_done, timeout=10000):
            guard.attach()
        warnings = [shown for shown in messages.shown if shown[1] == "Gegevensmap in een cloudmap"]
        assert len(warnings) == 1, start
        assert "Syncthing" in warnings[0][2] and str(data_dir) in warnings[0][2]
        window.close()
        guard.wait()
        services.db.close()
