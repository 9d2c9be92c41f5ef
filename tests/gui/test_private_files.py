"""Copies outside the data folder: private, removed at the next start, never unlocked."""

from __future__ import annotations

import email
import stat
import tempfile
from email import policy
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import load_content
from stellenstof_desktop.paths import private_dir
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.services.vault import Vault
from stellenstof_desktop.ui.summary.view import SummaryView
from tests.gui.gui_helpers import FakeMessages
from tests.gui.test_summary_view import Recorder, wait_for_preview
from tests.sample_session import make_sample

PASSWORD = "Bos&Pannenkoek"


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp folder, moved under tmp_path so that a stray copy there is seen."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def locked_view(
    qtbot: QtBot, services: Services, data_dir: Path, tmp_path: Path, scratch: Path
) -> tuple[SummaryView, Recorder]:
    sample = make_sample(services)
    folder = tmp_path / "home" / "Documenten"
    folder.mkdir()
    recorder = Recorder(folder)
    page = SummaryView(
        services.summary,
        services.profile,
        load_content("nl", data_dir).method,
        QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat),
        FakeMessages(),
        choose_save_path=recorder.save_path,
        choose_password=recorder.password,
        open_url=recorder.open_url,
    )  # no export_dir: the app's own private folder
    qtbot.addWidget(page)
    page.show_session(services.sessions.get(sample.session_id))
    page.show()
    qtbot.waitExposed(page)
    wait_for_preview(qtbot, page)
    page.password_check.setChecked(True)
    return page, recorder


def _pdfs_in(data: bytes, name: str) -> list[bytes]:
    """Every PDF in a file's bytes: the file itself, or the attachments of an .eml draft."""
    if name.endswith(".eml"):
        message = email.message_from_bytes(data, policy=policy.default)
        return [part.get_content() for part in message.iter_attachments()]
    return [data] if b"%PDF" in data else []


def test_with_a_password_no_unlocked_pdf_is_written_anywhere(
    locked_view: tuple[SummaryView, Recorder], tmp_path: Path, qtbot: QtBot
) -> None:
    view, recorder = locked_view
    recorder.passwords = [PASSWORD, "niet gevraagd"]
    for button in (view.save_button, view.open_button, view.mail_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert recorder.passwords == ["niet gevraagd"]  # asked once for the report
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    pdfs = [pdf for p in written for pdf in _pdfs_in(p.read_bytes(), p.name)]
    assert len(pdfs) >= 4  # saved, opened, e-mailed: the PDF and the draft's attachment
    assert all(b"/Encrypt" in pdf for pdf in pdfs)
    assert all(view.pdf[-200:] != pdf[-200:] for pdf in pdfs)
    root = private_dir()
    copies = [p for p in root.rglob("*") if p.is_file()]
    assert copies and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in copies)
    folders = [root, *(p for p in root.rglob("*") if p.is_dir())]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o700 for p in folders)
    assert all("Sanne" not in str(p.relative_to(root.parent)) for p in folders)


def test_the_next_start_removes_every_copy(
    locked_view: tuple[SummaryView, Recorder], data_dir: Path, qtbot: QtBot
) -> None:
    view, recorder = locked_view
    view.password_check.setChecked(False)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.mail_button, Qt.MouseButton.LeftButton)
    opened = [Path(url.toLocalFile()) for url in recorder.urls]
    assert len(opened) == 2 and all(p.exists() for p in opened)
    assert opened[0].name == "verslag.pdf"  # "Openen" needs no client name on disk
    Vault(data_dir).prepare()  # what the app does at its next start
    assert list(private_dir().iterdir()) == []
