"""E-mail with any mail setup: honest fallbacks, webmail by hand, one password per report."""

from __future__ import annotations

import email
import sys
from email import policy
from email.message import Message
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QProcess, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import load_content
from stellenstof_desktop.services.calendar import CalendarService
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.ui.summary import desktop
from stellenstof_desktop.ui.summary.view import SummaryView
from tests.gui.gui_helpers import FakeMessages
from tests.gui.test_summary_view import Recorder, wait_for_preview
from tests.sample_session import Sample, make_sample

SUBJECT = "Verslag van onze sessie van dinsdag 2 juni 2026"
PDF_NAME = "Sessieverslag Sanne en Joost 2026-06-02.pdf"


@pytest.fixture
def sample(services: Services) -> Sample:
    return make_sample(services)


@pytest.fixture
def recorder(tmp_path: Path) -> Recorder:
    folder = tmp_path / "Documenten"
    folder.mkdir()
    return Recorder(folder)


def summary_page(
    qtbot: QtBot,
    services: Services,
    data_dir: Path,
    sample: Sample,
    messages: FakeMessages,
    recorder: Recorder,
    tmp_path: Path,
    calendar: CalendarService | None = None,
) -> SummaryView:
    shown = SummaryView(
        services.summary,
        services.profile,
        load_content("nl", data_dir).method,
        QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat),
        messages,
        choose_save_path=recorder.save_path,
        choose_password=recorder.password,
        open_url=recorder.open_url,
        reveal_file=recorder.reveal,
        export_dir=tmp_path / "export",
        calendar=calendar,
    )
    qtbot.addWidget(shown)
    shown.show_session(services.sessions.get(sample.session_id))
    shown.show()
    qtbot.waitExposed(shown)
    wait_for_preview(qtbot, shown)
    return shown


@pytest.fixture
def page(
    qtbot: QtBot,
    services: Services,
    data_dir: Path,
    sample: Sample,
    messages: FakeMessages,
    recorder: Recorder,
    tmp_path: Path,
) -> SummaryView:
    return summary_page(qtbot, services, data_dir, sample, messages, recorder, tmp_path)


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("mail_starts", "folder_shows", "said", "not_said"),
    [
        (True, True, ["nieuw bericht gestart", "map die nu is geopend"], ["Tekst kopiëren"]),
        (True, False, ["nieuw bericht gestart", "staat hier:"], ["nu is geopend"]),
        (False, True, ["geen e-mailprogramma", "Tekst kopiëren", "nu is geopend"], ["gestart"]),
        (False, False, ["geen e-mailprogramma", "staat hier:"], ["gestart", "nu is geopend"]),
    ],
)
def test_fallback_says_what_really_happened(
    page: SummaryView,
    recorder: Recorder,
    messages: FakeMessages,
    qtbot: QtBot,
    mail_starts: bool,
    folder_shows: bool,
    said: list[str],
    not_said: list[str],
) -> None:
    page.password_check.setChecked(False)
    recorder.results = [False, mail_starts]  # the .eml finds no program; then the mailto:
    recorder.reveals = folder_shows
    click(qtbot, page.mail_button)
    _eml, mailto = recorder.urls
    assert mailto.scheme() == "mailto"
    (pdf,) = recorder.revealed
    kind, _title, text = messages.shown[-1]
    assert kind == "info"
    assert all(part in text for part in said), text
    assert not any(part in text for part in not_said), text
    if not folder_shows:
        assert str(pdf) in text  # where to find it, since no folder was opened


def test_copy_text_puts_subject_and_body_on_the_clipboard(page: SummaryView, qtbot: QtBot) -> None:
    page.password_check.setChecked(False)
    QApplication.clipboard().clear()
    click(qtbot, page.copy_text_button)
    text = QApplication.clipboard().text()
    assert text.startswith(f"{SUBJECT}\n\nBeste Sanne en Joost,\n")
    assert "Marieke Jansen" in text and "wachtwoord" not in text
    assert "gekopieerd" in page.status.text()

    page.password_check.setChecked(True)  # the text then tells them a password follows
    click(qtbot, page.copy_text_button)
    assert "wachtwoord" in QApplication.clipboard().text()


def test_show_pdf_in_folder_hands_the_written_pdf_to_the_file_manager(
    page: SummaryView, recorder: Recorder, messages: FakeMessages, qtbot: QtBot, tmp_path: Path
) -> None:
    page.password_check.setChecked(False)
    click(qtbot, page.reveal_button)
    (path,) = recorder.revealed
    assert path.name == PDF_NAME and path.read_bytes() == page.pdf
    assert (tmp_path / "export") in path.parents  # the private folder
    assert messages.shown == []

    recorder.reveals = False
    click(qtbot, page.reveal_button)
    kind, _title, text = messages.shown[-1]
    assert kind == "error" and str(recorder.revealed[-1]) in text


def test_password_is_asked_once_per_report_and_again_for_another_session(
    page: SummaryView,
    recorder: Recorder,
    services: Services,
    sample: Sample,
    messages: FakeMessages,
    qtbot: QtBot,
) -> None:
    page.password_check.setChecked(True)
    recorder.passwords = ["Bos&Pannenkoek", "Tweede-Sessie"]
    assert page.copy_password_button.isHidden()
    click(qtbot, page.save_button)
    click(qtbot, page.mail_button)
    click(qtbot, page.save_button)
    assert recorder.passwords == ["Tweede-Sessie"]  # asked once for the three
    saved = list(recorder.folder.iterdir())
    assert saved and all(PdfReader(p).decrypt("Bos&Pannenkoek") for p in saved)
    assert [kind for kind, _t, text in messages.shown if "telefonisch" in text] == ["info"]

    # Shown once in the tab, with a button to copy it for reading out or texting.
    assert page.password_label.isVisible() and "Bos&Pannenkoek" in page.password_label.text()
    click(qtbot, page.copy_password_button)
    assert QApplication.clipboard().text() == "Bos&Pannenkoek"

    page.show_session(services.sessions.get(sample.previous_id))  # another session: forgotten
    assert page.copy_password_button.isHidden() and "Bos" not in page.password_label.text()
    wait_for_preview(qtbot, page)
    page.password_check.setChecked(True)
    click(qtbot, page.save_button)
    assert recorder.passwords == []


def test_password_is_never_written_to_disk_or_log(
    page: SummaryView, recorder: Recorder, qtbot: QtBot, tmp_path: Path
) -> None:
    page.password_check.setChecked(True)
    recorder.passwords = ["Unieke-Wachtwoord-Tekst"]
    click(qtbot, page.mail_button)
    click(qtbot, page.save_button)
    page.close()
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written
    assert not any(b"Unieke-Wachtwoord-Tekst" in p.read_bytes() for p in written)


@pytest.mark.parametrize(
    ("platform", "program", "arguments"),
    [("win32", "explorer.exe", ["/select,", "PDF"]), ("darwin", "open", ["-R", "PDF"])],
)
def test_reveal_selects_the_file_in_explorer_and_finder(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    platform: str,
    program: str,
    arguments: list[str],
) -> None:
    calls: list[tuple[str, list[str]]] = []

    def start(name: str, args: list[str]) -> tuple[bool, int]:
        calls.append((name, args))
        return True, 1

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(QProcess, "startDetached", start)
    pdf = tmp_path / PDF_NAME
    assert desktop.reveal_in_folder(pdf)
    assert calls == [(program, [str(pdf) if a == "PDF" else a for a in arguments])]


def test_reveal_elsewhere_opens_the_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(sys, "platform", "linux")

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return False  # as when no file manager answers

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    assert not desktop.reveal_in_folder(tmp_path / PDF_NAME)  # the opener's own answer
    assert [Path(url.toLocalFile()) for url in opened] == [tmp_path]


# the calendar invitation ------------------------------------------------------------------
@pytest.fixture
def with_calendar(
    qtbot: QtBot,
    services: Services,
    data_dir: Path,
    sample: Sample,
    messages: FakeMessages,
    recorder: Recorder,
    tmp_path: Path,
) -> SummaryView:
    return summary_page(
        qtbot, services, data_dir, sample, messages, recorder, tmp_path, services.calendar
    )


def attachments_of_mail(page: SummaryView, recorder: Recorder, qtbot: QtBot) -> list[Message]:
    page.password_check.setChecked(False)
    recorder.urls.clear()
    click(qtbot, page.mail_button)
    eml = Path(recorder.urls[0].toLocalFile())
    return list(
        email.message_from_bytes(eml.read_bytes(), policy=policy.default).iter_attachments()
    )


def test_the_mail_carries_the_invitation_for_the_next_appointment(
    with_calendar: SummaryView, services: Services, sample: Sample, recorder: Recorder, qtbot: QtBot
) -> None:
    pdf, ics = attachments_of_mail(with_calendar, recorder, qtbot)
    assert pdf.get_content_type() == "application/pdf"
    assert ics.get_content_type() == "text/calendar" and ics.get_param("method") == "PUBLISH"
    invite = services.calendar.invite(sample.session_id)
    assert invite is not None and ics.get_filename() == invite.filename
    payload = ics.get_payload(decode=True)
    assert isinstance(payload, bytes)
    assert _without_stamp(payload) == _without_stamp(invite.data)

    services.agreements.set_next_appointment(sample.session_id, None)
    (only,) = attachments_of_mail(with_calendar, recorder, qtbot)
    assert only.get_content_type() == "application/pdf"
    assert not with_calendar.invite_button.isEnabled()


def test_the_invitation_is_saved_where_the_coach_chooses(
    with_calendar: SummaryView, services: Services, sample: Sample, recorder: Recorder, qtbot: QtBot
) -> None:
    assert with_calendar.invite_button.isEnabled()
    with_calendar.password_check.setChecked(False)
    click(qtbot, with_calendar.save_button)  # the PDF first: the invitation goes beside it
    click(qtbot, with_calendar.invite_button)
    pdf_suggested, suggested = recorder.suggested
    assert suggested.endswith(".ics") and Path(suggested).parent == recorder.folder
    assert Path(pdf_suggested).parent != recorder.folder  # the first time: Documents
    (saved,) = recorder.folder.glob("*.ics")
    invite = services.calendar.invite(sample.session_id)
    assert invite is not None and saved.name == invite.filename
    # The same invitation; only DTSTAMP (when it was written) may be a second later.
    assert _without_stamp(saved.read_bytes()) == _without_stamp(invite.data)
    if sys.platform != "win32":
        assert saved.stat().st_mode & 0o077 == 0  # the coach's account only, as every copy
    assert "opgeslagen" in with_calendar.status.text()


def _without_stamp(ics: bytes) -> list[bytes]:
    return [line for line in ics.splitlines() if not line.startswith(b"DTSTAMP:")]
