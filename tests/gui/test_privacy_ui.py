"""Erasing, exporting and the retention reminder, as the coach uses them."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.ui.main_window import MainWindow
from tests.gui.gui_helpers import FakeMessages, Guarded, child, run_dialog

MARKER = "WIS-MIJ-HELEMAAL-4711"


def _couple(window: MainWindow, name: str, day: date = date(2026, 5, 4)) -> int:
    services = window.services
    couple = services.couples.create(
        CoupleInput(name, (PartnerInput("Anne"), PartnerInput("Bram")))
    )
    session = services.sessions.create(
        couple.id, SessionInput(day, None, 90, frozenset(p.id for p in couple.partners))
    )
    services.notes.save(session.id, NoteKind.PRIVATE, f"{MARKER} {name}")
    window.reload_data()
    return couple.id


def _database_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith(DB_FILENAME))


def test_erasing_a_couple_scrubs_the_file_and_mentions_backups(
    guarded: Guarded, messages: FakeMessages, data_dir: Path
) -> None:
    window, _guard, _privacy = guarded
    couple_id = _couple(window, "Weg & Ermee")
    window.panel.select_couple(couple_id)
    messages.answers = [True]
    window.act_delete_couple.trigger()
    kind, _title, text = messages.shown[-1]
    assert kind == "confirm" and "oudere back-ups" in text.lower()
    assert window.services.couples.list() == []
    assert MARKER.encode() not in _database_bytes(data_dir)


def test_restoring_an_old_backup_erases_the_couple_again(
    guarded: Guarded, messages: FakeMessages, data_dir: Path, tmp_path: Path
) -> None:
    window, guard, _privacy = guarded
    gone = _couple(window, "Weg & Ermee")
    _couple(window, "Blijft & Hier")
    messages.paths = [str(tmp_path / "oud.db")]
    guard.act_backup.trigger()
    window.panel.select_couple(gone)
    messages.answers = [True]
    window.act_delete_couple.trigger()

    messages.paths = [str(tmp_path / "oud.db")]
    messages.answers = [True]
    assert guard.restore_from_file()
    assert [c.display_name for c in window.services.couples.list()] == ["Blijft & Hier"]
    content = _database_bytes(data_dir)
    assert f"{MARKER} Weg".encode() not in content
    assert f"{MARKER} Blijft".encode() in content


def test_export_couple_and_one_partner(
    qtbot: QtBot, guarded: Guarded, messages: FakeMessages, tmp_path: Path
) -> None:
    window, _guard, privacy = guarded
    couple_id = _couple(window, "Anne & Bram")
    window.panel.select_couple(couple_id)
    assert privacy.act_export.isEnabled()
    messages.paths = [str(tmp_path / "stel")]
    privacy.act_export.trigger()
    with zipfile.ZipFile(tmp_path / "stel.zip") as archive:
        data = json.loads(archive.read("gegevens.json"))
        assert any(name.startswith("verslagen/") for name in archive.namelist())
    assert MARKER in json.dumps(data)  # the coach's own notes are in the complete export
    assert "privénotities" in messages.shown[-1][2]

    privacy.partner_menu.aboutToShow.emit()
    actions = privacy.partner_menu.actions()
    assert [a.text() for a in actions] == ["Anne", "Bram"]
    messages.paths = [str(tmp_path / "anne.zip")]
    actions[0].trigger()
    with zipfile.ZipFile(tmp_path / "anne.zip") as archive:
        partner = json.loads(archive.read("gegevens.json"))
        assert archive.namelist() == ["gegevens.json"]
    assert partner["export"]["voor"] == "Anne" and MARKER not in json.dumps(partner)


def test_retention_reminder_and_dialog(
    qtbot: QtBot, guarded: Guarded, messages: FakeMessages, data_dir: Path
) -> None:
    window, _guard, privacy = guarded
    old = _couple(window, "Lang & Geleden", day=date(2023, 1, 5))
    _couple(window, "Oud & Bewaard", day=date(2023, 3, 1))
    _couple(window, "Net & Geweest", day=date(2026, 4, 20))
    privacy.remind()
    message = window.statusBar().currentMessage()
    assert "2 stellen" in message and "Bewaartermijn" in message
    assert "Lang" not in message  # no names: the couple in the room may read it

    def drive(dialog: QDialog) -> None:
        listing = child(dialog, QListWidget, "retentionList")
        texts = [listing.item(i).text() for i in range(listing.count())]
        assert len(texts) == 2 and texts[0].startswith("Lang & Geleden — laatste sessie")
        erase = child(dialog, QPushButton, "retentionErase")
        keep = child(dialog, QPushButton, "retentionKeep")
        assert not erase.isEnabled()
        listing.item(1).setCheckState(Qt.CheckState.Checked)  # keep "Oud & Bewaard"
        keep.click()
        assert listing.count() == 1
        listing.item(0).setCheckState(Qt.CheckState.Checked)
        messages.answers = [True]
        erase.click()
        assert listing.count() == 0
        months = child(dialog, QSpinBox, "retentionMonths")
        months.setValue(1)  # a shorter period lists the recent couple too
        assert listing.count() == 1

    run_dialog(qtbot, privacy.act_retention.trigger, drive)
    names = [c.display_name for c in window.services.couples.list()]
    assert names == ["Net & Geweest", "Oud & Bewaard"]
    assert old not in [c.id for c in window.services.couples.list()]
    assert MARKER.encode() + b" Lang" not in _database_bytes(data_dir)
    assert window.services.privacy.retention_months() == 1
