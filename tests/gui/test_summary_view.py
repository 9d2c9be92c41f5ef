"""The "Samenvatting" tab and the profile dialog, as the coach uses them."""

from __future__ import annotations

import email
from email import policy
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import load_content
from stellenstof_desktop.content import Method
from stellenstof_desktop.domain import NoteKind
from stellenstof_desktop.report.model import SessionSummary
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.summary.profile_dialog import ProfileDialog
from stellenstof_desktop.ui.summary.view import FOLDER_KEY, SummaryView
from tests.gui.gui_helpers import FakeMessages, run_dialog, type_text
from tests.sample_session import LOGO_PNG, SECRETS, Sample, make_sample, png


class Recorder:
    """Stands in for the file dialog, the password prompt, QDesktopServices and the file manager."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.suggested: list[str] = []
        self.passwords: list[str | None] = []
        self.urls: list[QUrl] = []
        self.opens = True
        self.results: list[bool] = []  # answers to the next URLs, in order (then `opens`)
        self.revealed: list[Path] = []
        self.reveals = True

    def save_path(self, _parent: QWidget, _title: str, suggested: str) -> str | None:
        self.suggested.append(suggested)
        return str(self.folder / Path(suggested).stem)  # without ".pdf": the view adds it

    def password(self, _parent: QWidget) -> str | None:
        return self.passwords.pop(0) if self.passwords else None

    def open_url(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.results.pop(0) if self.results else self.opens

    def reveal(self, path: Path) -> bool:
        self.revealed.append(path)
        return self.reveals


@pytest.fixture
def method(data_dir: Path) -> Method:
    return load_content("nl", data_dir).method


@pytest.fixture
def sample(services: Services) -> Sample:
    return make_sample(services)


@pytest.fixture
def recorder(tmp_path: Path) -> Recorder:
    folder = tmp_path / "Documenten"
    folder.mkdir()
    return Recorder(folder)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def view(
    qtbot: QtBot,
    services: Services,
    method: Method,
    sample: Sample,
    settings: QSettings,
    messages: FakeMessages,
    recorder: Recorder,
    tmp_path: Path,
) -> SummaryView:
    page = SummaryView(
        services.summary,
        services.profile,
        method,
        settings,
        messages,
        choose_save_path=recorder.save_path,
        choose_password=recorder.password,
        open_url=recorder.open_url,
        reveal_file=recorder.reveal,
        export_dir=tmp_path / "export",
    )
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show_session(services.sessions.get(sample.session_id))
    page.show()
    qtbot.waitExposed(page)
    wait_for_preview(qtbot, page)
    return page


def wait_for_preview(qtbot: QtBot, page: SummaryView) -> None:
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready)


def preview_text(page: SummaryView) -> str:
    doc = page.document
    return "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount()))


def test_tab_previews_the_summary(view: SummaryView) -> None:
    assert view.title() == "Samenvatting"
    assert view.document.pageCount() >= 2
    text = preview_text(view)
    assert "Verslag van onze sessie" in text and "GEDEELD-NOTITIE" in text
    assert not any(secret in text for secret in SECRETS)
    assert view.profile_hint.isHidden()  # the sample has a profile
    assert view.password_check.isChecked()  # the profile's default


def test_regenerates_when_shown_not_while_hidden(
    qtbot: QtBot, view: SummaryView, services: Services, sample: Sample
) -> None:
    builds: list[int] = []
    build = services.summary.build

    def counted(session_id: int, method: Method) -> SessionSummary:
        builds.append(1)
        return build(session_id, method)

    services.summary.build = counted  # type: ignore[method-assign]
    view.hide()
    services.notes.save(sample.session_id, NoteKind.SHARED, "NIEUW-GETYPT")
    qtbot.wait(20)
    assert builds == []
    view.show()
    qtbot.waitUntil(lambda: builds == [1])
    wait_for_preview(qtbot, view)
    assert "NIEUW-GETYPT" in preview_text(view)


def test_save_as_pdf_remembers_the_folder(
    view: SummaryView, recorder: Recorder, settings: QSettings, qtbot: QtBot
) -> None:
    view.password_check.setChecked(False)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert Path(recorder.suggested[0]).name == "Sessieverslag Sanne en Joost 2026-06-02.pdf"
    saved = recorder.folder / "Sessieverslag Sanne en Joost 2026-06-02.pdf"
    assert saved.read_bytes() == view.pdf
    assert settings.value(FOLDER_KEY) == str(recorder.folder)
    assert str(saved) in view.status.text()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert Path(recorder.suggested[1]).parent == recorder.folder


def test_save_with_password_asks_and_reminds(
    view: SummaryView, recorder: Recorder, messages: FakeMessages, qtbot: QtBot
) -> None:
    recorder.passwords = [None]  # the coach cancels the password prompt
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert list(recorder.folder.iterdir()) == []

    recorder.passwords = ["Bos&Pannenkoek"]
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    (saved,) = recorder.folder.iterdir()
    reader = PdfReader(saved)
    assert reader.is_encrypted and not reader.decrypt("fout")
    assert PdfReader(saved).decrypt("Bos&Pannenkoek")
    kind, _title, text = messages.shown[-1]
    assert kind == "info" and "telefonisch" in text and "Sanne en Joost" in text


def test_email_opens_a_draft_with_the_pdf(
    view: SummaryView, recorder: Recorder, messages: FakeMessages, qtbot: QtBot
) -> None:
    view.password_check.setChecked(False)
    qtbot.mouseClick(view.mail_button, Qt.MouseButton.LeftButton)
    (url,) = recorder.urls
    eml = Path(url.toLocalFile())
    assert url.isLocalFile() and eml.suffix == ".eml"
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert "sanne@example.nl" in message["To"] and "joost@example.nl" in message["To"]
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content() == view.pdf
    filename = attachment.get_filename()
    assert filename is not None
    assert (eml.parent / filename).read_bytes() == view.pdf
    assert messages.shown == []


def test_email_with_password_attaches_the_locked_pdf(
    view: SummaryView, recorder: Recorder, messages: FakeMessages, qtbot: QtBot
) -> None:
    recorder.passwords = ["geheim"]
    qtbot.mouseClick(view.mail_button, Qt.MouseButton.LeftButton)
    message = email.message_from_bytes(
        Path(recorder.urls[0].toLocalFile()).read_bytes(), policy=policy.default
    )
    (attachment,) = list(message.iter_attachments())
    reader = PdfReader(BytesIO(attachment.get_content()))
    assert reader.is_encrypted and reader.decrypt("geheim")
    body = message.get_body(("plain",))
    assert body is not None
    assert "telefonisch" in body.get_content()
    assert messages.shown[-1][0] == "info" and "telefonisch" in messages.shown[-1][2]


def test_email_falls_back_to_mailto_and_the_folder(
    view: SummaryView, recorder: Recorder, messages: FakeMessages, qtbot: QtBot
) -> None:
    view.password_check.setChecked(False)
    recorder.opens = False  # no program takes .eml files
    qtbot.mouseClick(view.mail_button, Qt.MouseButton.LeftButton)
    eml, mailto = recorder.urls
    assert eml.toLocalFile().endswith(".eml")
    assert mailto.scheme() == "mailto"
    assert "sanne@example.nl" in mailto.toString() and "subject=" in mailto.toString()
    (pdf,) = recorder.revealed  # shown selected in its folder
    assert pdf.parent == Path(eml.toLocalFile()).parent and pdf.read_bytes() == view.pdf
    kind, _title, text = messages.shown[-1]
    assert kind == "info" and "bijlage" in text


def test_open_writes_the_pdf_and_hands_it_to_the_system(
    view: SummaryView, recorder: Recorder, qtbot: QtBot
) -> None:
    view.password_check.setChecked(False)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    (url,) = recorder.urls
    assert Path(url.toLocalFile()).read_bytes() == view.pdf


def test_worksheet_is_saved(view: SummaryView, recorder: Recorder, qtbot: QtBot) -> None:
    qtbot.mouseClick(view.worksheet_button, Qt.MouseButton.LeftButton)
    saved = recorder.folder / "Werkblad samen besluiten Sanne en Joost.pdf"
    reader = PdfReader(saved)
    assert len(reader.pages) == 1 and "Sanne" in reader.pages[0].extract_text()


def test_without_profile_the_tab_points_to_it(
    qtbot: QtBot, services: Services, method: Method, settings: QSettings, tmp_path: Path
) -> None:
    sample = make_sample(services, profile=False)
    page = SummaryView(services.summary, services.profile, method, settings, FakeMessages())
    qtbot.addWidget(page)
    page.show_session(services.sessions.get(sample.session_id))
    page.show()
    wait_for_preview(qtbot, page)
    assert page.profile_hint.isVisible()


# the profile dialog -------------------------------------------------------------------
def test_profile_dialog_saves_what_the_coach_types(
    qtbot: QtBot, services: Services, messages: FakeMessages, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(1600, 400))
    dialog = ProfileDialog(services.profile, messages, choose_logo=lambda _parent: str(logo))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.coach_name, "Joëlle de Bruïne")
    type_text(dialog.practice_name, "Praktijk Zoë")
    type_text(dialog.email, "joelle@praktijk.nl")
    dialog.password_default.setChecked(False)
    qtbot.mouseClick(dialog.choose_logo_button, Qt.MouseButton.LeftButton)
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = services.profile.get()
    assert (profile.coach_name, profile.practice_name) == ("Joëlle de Bruïne", "Praktijk Zoë")
    assert not profile.password_by_default
    stored = services.profile.logo()
    assert stored is not None and stored.startswith(b"\x89PNG")
    assert stored != logo.read_bytes()  # scaled down to what the letterhead uses


def test_profile_dialog_refuses_non_images_and_big_files(
    qtbot: QtBot, services: Services, messages: FakeMessages, tmp_path: Path
) -> None:
    services.profile.set_logo(LOGO_PNG)
    fake = tmp_path / "logo.png"
    fake.write_text("geen plaatje")
    big = tmp_path / "groot.png"
    big.write_bytes(png() + b"\0" * (2 * 1024 * 1024))
    chosen = [str(fake), str(big)]
    dialog = ProfileDialog(services.profile, messages, choose_logo=lambda _p: chosen.pop(0))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_logo_button, Qt.MouseButton.LeftButton)
    assert "geen afbeelding" in messages.shown[-1][2]
    qtbot.mouseClick(dialog.choose_logo_button, Qt.MouseButton.LeftButton)
    assert "2 MB" in messages.shown[-1][2]
    assert dialog.logo == LOGO_PNG
    qtbot.mouseClick(dialog.remove_logo_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert services.profile.logo() is None


def test_profile_dialog_shows_a_bad_address_and_stays_open(
    qtbot: QtBot, services: Services, messages: FakeMessages
) -> None:
    dialog = ProfileDialog(services.profile, messages)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.email, "geen adres")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "e-mailadres" in dialog.error.text()
    assert dialog.focusWidget() is dialog.email


# in the main window ----------------------------------------------------------------------
def test_window_has_the_tab_last_and_the_profile_menu(qtbot: QtBot, window: MainWindow) -> None:
    tabs = window.session_view.tabs
    assert tabs.tabText(tabs.count() - 1) == "Samenvatting"
    assert isinstance(tabs.widget(tabs.count() - 1), SummaryView)
    file_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Bestand")
    assert window.act_profile in file_menu.actions()

    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, ProfileDialog)
        edit = dialog.findChild(QLineEdit, "practiceName")
        assert edit is not None
        edit.setText("Praktijk Via Menu")
        dialog.accept()

    run_dialog(qtbot, window.act_profile.trigger, drive)
    assert window.services.profile.get().practice_name == "Praktijk Via Menu"
