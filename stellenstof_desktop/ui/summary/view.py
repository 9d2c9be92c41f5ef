"""The "Samenvatting" tab: the couple's PDF summary, previewed, saved, opened or e-mailed.

The PDF is built again each time the tab is shown (never while typing elsewhere), from
`SummaryService.build()`, which alone decides what is shareable. File and password
dialogs and the URL opener are injectable, so tests drive them without a real dialog.
The preview renders from memory; "Openen" and e-mail write into the private folder
(files.PrivateFolder), and with "Met wachtwoord" ticked only the locked PDF is written.
For webmail, "Tekst kopiëren" and "Toon de PDF in de map" let the coach attach by hand.
The PDF password is asked once per report and kept in memory only, until another
session is shown; it is never written to disk or to the log.

The report speaks the language the coach chose in her profile, else the window's: the
method is loaded in that language too, so the questions match the headings. With a next
appointment set, the e-mail carries its calendar invitation, which can also be saved.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QSettings,
    QStandardPaths,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.content import in_language
from stellenstof_desktop.domain import CoachProfile, SessionDetails
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.files import PrivateFolder, write_atomic
from stellenstof_desktop.report.text import language_of
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.kit.widgets import named
from stellenstof_desktop.ui.session.page import SessionPage
from stellenstof_desktop.ui.summary.desktop import (
    FileRevealer,
    PasswordAsker,
    SavePathChooser,
    UrlOpener,
    ask_password,
    ask_save_path,
    default_export_dir,
    fallback_text,
    reveal_in_folder,
)
from stellenstof_desktop.ui.summary.password import ReportPassword

if TYPE_CHECKING:
    from stellenstof_desktop.content import Method
    from stellenstof_desktop.domain import Invite
    from stellenstof_desktop.report.model import SessionSummary
    from stellenstof_desktop.services.calendar import CalendarService
    from stellenstof_desktop.services.profile import ProfileService
    from stellenstof_desktop.services.summary import SummaryService

FOLDER_KEY = "summary/folder"
# "Openen" needs no client name on disk; an e-mail attachment keeps its real name.
OPEN_FILE_NAME = "verslag.pdf"


class SummaryView(SessionPage):
    """Preview of the summary PDF with save, open, e-mail and worksheet buttons."""

    in_room = False  # the coach's desk: not while the couple looks

    def __init__(
        self,
        summaries: SummaryService,
        profiles: ProfileService,
        method: Method,
        settings: QSettings,
        messages: Messages,
        parent: QWidget | None = None,
        *,
        choose_save_path: SavePathChooser = ask_save_path,
        choose_password: PasswordAsker = ask_password,
        open_url: UrlOpener = QDesktopServices.openUrl,
        reveal_file: FileRevealer = reveal_in_folder,
        export_dir: Path | None = None,
        calendar: CalendarService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryView")
        self._summaries = summaries
        self._profiles = profiles
        self._method = method
        self._methods: dict[str, Method] = {method.language: method}  # per report language
        self._calendar = calendar
        self._settings = settings
        self._messages = messages
        self._choose_save_path = choose_save_path
        self._open_url = open_url
        self._reveal_file = reveal_file
        self._private = PrivateFolder(export_dir or default_export_dir())
        self.summary: SessionSummary | None = None
        self.pdf: bytes = b""
        self._buffer: QBuffer | None = None
        self._password_for: int | None = None  # session whose checkbox came from the profile
        # The report's PDF password: asked once, in memory only, forgotten with the session.

        self.save_button = named(QPushButton(self.tr("Opslaan als PDF…")), "saveButton")
        self.open_button = named(QPushButton(self.tr("Openen")), "openButton")
        self.invite_button = named(
            QPushButton(self.tr("Agenda-uitnodiging opslaan…")), "inviteButton"
        )
        self.invite_button.setToolTip(
            self.tr("De volgende afspraak als bestand voor de agenda (.ics), om zelf te versturen.")
        )
        self.invite_button.setEnabled(False)
        self.mail_button = named(QPushButton(self.tr("E-mailen…")), "mailButton")
        self.copy_text_button = named(QPushButton(self.tr("Tekst kopiëren")), "copyTextButton")
        self.copy_text_button.setToolTip(
            self.tr("Onderwerp en tekst van de e-mail, om in uw webmail te plakken.")
        )
        self.reveal_button = named(QPushButton(self.tr("Toon de PDF in de map")), "revealButton")
        self.reveal_button.setToolTip(
            self.tr(
                "Zet het verslag in een map en toont het, om het zelf als bijlage toe te voegen."
            )
        )
        self.password_check = named(QCheckBox(self.tr("Met wachtwoord")), "passwordCheck")
        self.password_check.setToolTip(
            self.tr("Opgeslagen en gemailde verslagen openen alleen met het wachtwoord.")
        )
        self.worksheet_button = named(
            QPushButton(self.tr("Werkblad samen besluiten…")), "worksheetButton"
        )
        self.worksheet_button.setToolTip(
            self.tr("Een leeg werkblad om te printen, met de namen van het stel erop.")
        )
        self.mail_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save)
        self.invite_button.clicked.connect(self._on_save_invite)
        self.open_button.clicked.connect(self._on_open)
        self.mail_button.clicked.connect(self._on_mail)
        self.worksheet_button.clicked.connect(self._on_worksheet)
        self.copy_text_button.clicked.connect(self._on_copy_text)
        self.reveal_button.clicked.connect(self._on_reveal)

        # Shown once the report has a password, so it can be read out or texted.
        self.password = ReportPassword(self, messages, choose_password, self.password_check)
        self.password_label = self.password.label
        self.copy_password_button = self.password.copy_button

        # Short rows, so the tab never forces a wide window; the webmail path beside E-mailen.
        bar = QHBoxLayout()
        for widget in (self.mail_button, self.copy_text_button, self.reveal_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        files = QHBoxLayout()
        for widget in (self.save_button, self.open_button, self.invite_button):
            files.addWidget(widget)
        files.addStretch(1)
        options = QHBoxLayout()
        options.addWidget(self.password_check)
        options.addStretch(1)
        options.addWidget(self.worksheet_button)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_label)
        password_row.addWidget(self.copy_password_button)
        password_row.addStretch(1)

        self.profile_hint = named(QLabel(), "profileHint")
        self.profile_hint.setWordWrap(True)
        self.profile_hint.setStyleSheet(
            "background: #f5f2ec; border: 1px solid #e2dccf; border-radius: 4px; padding: 6px;"
        )
        self.profile_hint.setText(
            self.tr(
                "Uw naam en praktijk staan nog niet in het verslag. Vul ze in via "
                "Bestand › Profiel en verslag…"
            )
        )
        self.profile_hint.hide()

        self.document = QPdfDocument(self)
        self.preview = named(QPdfView(), "summaryPreview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setPageSpacing(12)
        self.preview.setStyleSheet("QPdfView { background: #8a8a8a; }")

        self.status = named(QLabel(), "summaryStatus")
        self.password.copied.connect(
            lambda: self.status.setText(self.tr("Het wachtwoord is gekopieerd."))
        )
        self.status.setStyleSheet("color: #4a4a4a;")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addLayout(files)
        layout.addLayout(options)
        layout.addLayout(password_row)
        layout.addWidget(self.profile_hint)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        self.password.show()
        self.setEnabled(False)

    def title(self) -> str:
        return self.tr("Samenvatting")

    # loading -------------------------------------------------------------------------
    def load(self, session: SessionDetails | None) -> None:
        self.summary = None
        self.pdf = b""
        self.invite_button.setEnabled(False)
        self.status.clear()
        self.password.follow(session.id if session else None)
        if session is None:
            self._show_pdf(b"")
        elif self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After this turn of the event loop: the tab switch flushes the other tabs first.
        QTimer.singleShot(0, self._refresh_if_visible)

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> bool:
        """Build the summary and the PDF again and show it; False when that failed."""
        if self.session is None:
            return False
        session_id = self.session.id
        profile = self._profiles.get()
        try:
            summary = self._summaries.build(session_id, self._report_method(profile))
        except KnownError as error:
            self._messages.known_error(self, error)
            return False
        from stellenstof_desktop.report.pdf import render_summary

        self.summary = summary
        self.pdf = render_summary(summary)
        self.invite_button.setEnabled(
            self._calendar is not None and summary.next_appointment is not None
        )
        if self._password_for != session_id:
            self._password_for = session_id
            self.password_check.setChecked(profile.password_by_default)
        practice = summary.practice
        self.profile_hint.setVisible(not (practice.coach_name or practice.practice_name))
        self._show_pdf(self.pdf)
        return True

    def _report_language(self, profile: CoachProfile) -> str:
        return language_of(profile.report_language, self._method.language)

    def _report_method(self, profile: CoachProfile) -> Method:
        """The method in the report's language (loaded once per language)."""
        language = self._report_language(profile)
        if language not in self._methods:
            self._methods[language] = in_language(self._method, language)
        return self._methods[language]

    def _show_pdf(self, pdf: bytes) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        if not pdf:
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    # actions -------------------------------------------------------------------------
    def _current(self) -> SessionSummary | None:
        """A fresh summary for the actions (someone may have typed since it was shown)."""
        return self.summary if self.refresh() else None

    def _report(self) -> tuple[SessionSummary, bytes, bool] | None:
        """A fresh summary and its PDF, locked when "Met wachtwoord" is ticked; None: cancel.

        With a password no unlocked copy reaches the disk: only what this returns is written.
        """
        summary = self._current()
        if summary is None:
            return None
        protected = self._protect(self.pdf)
        return None if protected is None else (summary, *protected)

    def _protect(self, pdf: bytes) -> tuple[bytes, bool] | None:
        """`pdf` locked with the report's password if the box is ticked; None: cancel."""
        if not self.password_check.isChecked():
            return pdf, False
        password = self.password.ask(self.session.id if self.session else None)
        if password is None:
            return None
        from stellenstof_desktop.report.pdf import encrypt

        return encrypt(pdf, password), True

    def _ask_path(self, title: str, name: str) -> Path | None:
        """Where to save `name` (its suffix is kept), in the folder chosen last time."""
        folder = self._settings.value(FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen = self._choose_save_path(self, title, str(Path(str(folder)) / name))
        if not chosen:
            return None
        path, suffix = Path(chosen), Path(name).suffix
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        return path

    def _write(self, path: Path, data: bytes) -> bool:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
        except OSError as exc:
            self._not_written(path, exc)
            return False
        return True

    def _not_written(self, path: Path, exc: OSError) -> None:
        self._messages.error(
            self,
            self.tr("Niet opgeslagen"),
            self.tr("{path} kon niet worden opgeslagen ({reason}).").format(
                path=path, reason=exc.strerror or exc
            ),
        )

    def _export_folder(self) -> Path:
        """A new private folder for one copy, under the couple's id (erasing it removes it).

        The vault empties the private folder at the next start; the mail program may
        still be reading the draft until then.
        """
        return self._private.new_folder(self.session.couple_id if self.session else 0)

    def _on_save(self) -> None:
        from stellenstof_desktop.report.mail import pdf_file_name

        summary = self._current()
        if summary is None:
            return
        path = self._ask_path(self.tr("Verslag opslaan"), pdf_file_name(summary))
        if path is None:
            return
        protected = self._protect(self.pdf)
        if protected is None:
            return
        data, locked = protected
        if self._write(path, data):
            self.status.setText(self.tr("Opgeslagen: {path}").format(path=path))
            if locked:
                self.password.remind(summary)

    def _on_open(self) -> None:
        report = self._report()
        if report is None:
            return
        _summary, data, _locked = report
        try:
            path = self._export_folder() / OPEN_FILE_NAME
        except OSError as exc:
            self._not_written(self._private.root, exc)
            return
        if self._write(path, data) and not self._open_url(QUrl.fromLocalFile(str(path))):
            self._messages.error(
                self,
                self.tr("Openen"),
                self.tr(
                    "Er is geen programma gevonden dat PDF-bestanden opent. Het verslag "
                    "staat in {path}."
                ).format(path=path),
            )

    def _on_mail(self) -> None:
        from stellenstof_desktop.report.mail import (
            body_template,
            invite_attachment,
            mailto_url,
            make_draft,
            pdf_file_name,
            subject_template,
            write_draft,
        )

        report = self._report()
        if report is None:
            return
        summary, data, locked = report
        profile = self._profiles.get()
        body = body_template(summary, profile)  # one partner alone: the text for one person
        invite = self._invite(summary)
        attachments = (invite_attachment(invite),) if invite else ()
        draft = make_draft(summary, subject_template(summary, profile), body, locked, attachments)
        try:
            folder = self._export_folder()
            pdf_path, eml_path = write_draft(folder, draft, data, pdf_file_name(summary))
        except OSError as exc:
            self._messages.error(
                self,
                self.tr("E-mailen"),
                self.tr("Het concept kon niet worden gemaakt ({reason}).").format(
                    reason=exc.strerror or exc
                ),
            )
            return
        self.status.setText(self.tr("E-mail klaargezet: {path}").format(path=eml_path))
        if self._open_url(QUrl.fromLocalFile(str(eml_path))):
            if locked:
                self.password.remind(summary)
            return
        # No program opens .eml files: start a plain new message and show the PDF's folder,
        # then say what really happened.
        started = self._open_url(QUrl(mailto_url(draft)))
        shown = self._reveal_file(pdf_path)
        text = fallback_text(started, shown, pdf_path)
        if locked:
            text += "\n\n" + self.tr(
                "Het verslag heeft een wachtwoord: geef dat telefonisch door, niet per e-mail."
            )
        self._messages.info(self, self.tr("E-mailen"), text)

    def _on_copy_text(self) -> None:
        from stellenstof_desktop.report.mail import (
            body_template,
            clipboard_text,
            make_draft,
            subject_template,
        )

        summary = self._current()
        if summary is None:
            return
        profile = self._profiles.get()
        locked = self.password_check.isChecked()  # the text then says a password follows
        subject = subject_template(summary, profile)
        draft = make_draft(summary, subject, body_template(summary, profile), locked)
        QApplication.clipboard().setText(clipboard_text(draft))
        self.status.setText(
            self.tr(
                "De tekst van de e-mail is gekopieerd: het onderwerp op de eerste regel, "
                "daaronder het bericht. Plak het in een nieuw bericht."
            )
        )

    def _on_reveal(self) -> None:
        from stellenstof_desktop.report.mail import pdf_file_name

        report = self._report()
        if report is None:
            return
        summary, data, locked = report
        try:
            folder = self._export_folder()
        except OSError as exc:
            self._not_written(self._private.root, exc)
            return
        path = folder / pdf_file_name(summary)  # the name the couple will see
        if not self._write(path, data):
            return
        if self._reveal_file(path):
            self.status.setText(
                self.tr("Het verslag staat klaar om bij te voegen: {path}").format(path=path)
            )
            if locked:
                self.password.remind(summary)
            return
        self._messages.error(
            self,
            self.tr("Toon de PDF in de map"),
            self.tr("De map kon niet worden geopend. Het verslag staat hier: {path}").format(
                path=path
            ),
        )

    def _invite(self, summary: SessionSummary) -> Invite | None:
        """The calendar invitation for the next appointment, in the report's language."""
        if self._calendar is None or summary.next_appointment is None:
            return None
        try:
            return self._calendar.invite(summary.session_id, language=summary.language)
        except KnownError as error:
            self._messages.known_error(self, error)
            return None

    def _on_save_invite(self) -> None:
        summary = self._current()
        invite = self._invite(summary) if summary is not None else None
        if invite is None:
            self.status.setText(self.tr("Er is geen volgende afspraak om in de agenda te zetten."))
            return
        path = self._ask_path(self.tr("Agenda-uitnodiging opslaan"), invite.filename)
        if path is not None and self._write(path, invite.data):
            self.status.setText(self.tr("Agenda-uitnodiging opgeslagen: {path}").format(path=path))

    def _on_worksheet(self) -> None:
        from stellenstof_desktop.report.worksheet import render_worksheet, worksheet_file_name

        if self.session is None:
            return
        language = self._report_language(self._profiles.get())
        try:
            sheet = self._summaries.worksheet(self.session.couple_id, language)
        except KnownError as error:
            self._messages.known_error(self, error)
            return
        # In a session with one partner the sheet is for that partner, written to one person.
        present = {p.position for p in self.session.attendees}
        sheet = replace(
            sheet,
            partners=tuple(replace(p, attended=p.position in present) for p in sheet.partners),
        )
        path = self._ask_path(self.tr("Werkblad opslaan"), worksheet_file_name(sheet))
        if path is not None and self._write(path, render_worksheet(sheet)):
            self.status.setText(self.tr("Werkblad opgeslagen: {path}").format(path=path))
