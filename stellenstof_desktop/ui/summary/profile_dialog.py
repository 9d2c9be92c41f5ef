"""The coach's profile: letterhead, logo, closing text and the e-mail to the couple.

The closing text and the e-mail text come twice: for a couple, and for a partner who
came alone (those speak to one person). Tabs keep the dialog within a laptop screen, and
the form scrolls where the screen is smaller still, so Opslaan stays in reach.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import CoachProfile
from stellenstof_desktop.errors import KnownError, ValidationError
from stellenstof_desktop.services.profile import (
    ADDRESS_MAX,
    FIELD_MAX,
    LOGO_MAX_BYTES,
    ProfileService,
)
from stellenstof_desktop.ui.kit.messages import Messages, known_error_text
from stellenstof_desktop.ui.kit.screen import FRAME_MARGIN, fit_to_screen
from stellenstof_desktop.ui.kit.widgets import named

LogoChooser = Callable[[QWidget], str | None]
LOGO_MAX_SIDE = (900, 300)  # pixels kept: sharp in print at the letterhead's 42 × 14 mm
PREVIEW = (220, 70)
MAX_HEIGHT = 700  # within a 1366 × 768 screen, with its task bar and the title bar


def choose_logo_file(parent: QWidget) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ProfileDialog", "Logo kiezen"),
        "",
        QCoreApplication.translate(
            "ProfileDialog", "Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp);;Alle bestanden (*)"
        ),
    )
    return path or None


class ProfileDialog(QDialog):
    """Edit the profile; saving validates in the service and shows errors in the dialog."""

    def __init__(
        self,
        profiles: ProfileService,
        messages: Messages,
        parent: QWidget | None = None,
        *,
        choose_logo: LogoChooser = choose_logo_file,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Profiel en verslag"))
        self._profiles = profiles
        self._messages = messages
        self._choose_logo = choose_logo
        profile = profiles.get()
        self.logo: bytes | None = profiles.logo()
        self._logo_changed = False
        self.saved_profile: CoachProfile | None = None

        self.coach_name = self._line("coachName", profile.coach_name)
        self.practice_name = self._line("practiceName", profile.practice_name)
        self.email = self._line("email", profile.email, 320)
        self.phone = self._line("phone", profile.phone)
        self.website = self._line("website", profile.website)
        # One line here; the service also keeps an address of several lines.
        self.address = self._line("address", ", ".join(profile.address.splitlines()), ADDRESS_MAX)
        self.email.setPlaceholderText("naam@praktijk.nl")
        self.website.setPlaceholderText("www.praktijk.nl")
        self.address.setPlaceholderText(self.tr("Straat 1, 1234 AB Plaats"))
        self.address.setToolTip(
            self.tr("Staat als plaats in de agenda-uitnodiging voor de volgende afspraak.")
        )
        self.report_language = named(QComboBox(), "reportLanguage")
        for label, code in (
            (self.tr("Zoals de app"), ""),
            ("Nederlands", "nl"),  # each language in its own name, as language menus do
            ("English", "en"),
        ):
            self.report_language.addItem(label, code)
        self.report_language.setCurrentIndex(
            max(self.report_language.findData(profile.report_language), 0)
        )
        self.report_language.setToolTip(
            self.tr("In deze taal zijn het verslag, het werkblad en de e-mail aan het stel.")
        )

        self.logo_preview = named(QLabel(), "logoPreview")
        self.logo_preview.setFixedSize(*PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed #c9c2b5; color: #6f6a62;")
        self.choose_logo_button = named(QPushButton(self.tr("Kiezen…")), "chooseLogo")
        self.remove_logo_button = named(QPushButton(self.tr("Weghalen")), "removeLogo")
        self.choose_logo_button.clicked.connect(self._on_choose_logo)
        self.remove_logo_button.clicked.connect(self._on_remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)

        self.closing_text = self._text("closingText", profile.closing_text, 70)
        self.mail_subject = self._line("mailSubject", profile.mail_subject)
        self.mail_body = self._text("mailBody", profile.mail_body, 130)
        self.closing_text_solo = self._text("closingTextSolo", profile.closing_text_solo, 70)
        self.mail_body_solo = self._text("mailBodySolo", profile.mail_body_solo, 130)
        self.password_default = named(
            QCheckBox(self.tr("Verslagen standaard beveiligen met een wachtwoord")),
            "passwordDefault",
        )
        self.password_default.setChecked(profile.password_by_default)

        # Tabs, so the dialog fits a 1366 × 768 laptop with the texts for one person added.
        self.texts = named(QTabWidget(), "profileTexts")
        letterhead = QWidget()
        form = QFormLayout()
        page = QVBoxLayout(letterhead)
        page.addLayout(form)
        page.addStretch(1)  # the tab is as tall as the texts' tabs: the room goes below
        form.addRow(self.tr("Uw naam"), self.coach_name)
        form.addRow(self.tr("Praktijk"), self.practice_name)
        form.addRow(self.tr("E-mailadres"), self.email)
        form.addRow(self.tr("Telefoon"), self.phone)
        form.addRow(self.tr("Website"), self.website)
        form.addRow(self.tr("Adres van de praktijk"), self.address)
        form.addRow(self.tr("Logo"), logo_row)
        self.texts.addTab(letterhead, self.tr("Bovenaan en onderaan het verslag"))
        couple = QWidget()
        couple_form = QFormLayout(couple)
        couple_form.addRow(self.tr("Slottekst"), self.closing_text)
        couple_form.addRow(self.tr("Tekst e-mail"), self.mail_body)
        self.texts.addTab(couple, self.tr("Voor het stel"))
        alone = QWidget()
        alone_form = QFormLayout(alone)
        alone_hint = QLabel(
            self.tr(
                "Komt er één partner, dan spreken het verslag en de e-mail alleen die persoon "
                "aan. Deze teksten gebruikt u dan."
            )
        )
        alone_hint.setWordWrap(True)
        alone_hint.setStyleSheet("color: #5b5b5b;")
        alone_form.addRow(alone_hint)
        alone_form.addRow(self.tr("Slottekst"), self.closing_text_solo)
        alone_form.addRow(self.tr("Tekst e-mail"), self.mail_body_solo)
        self.texts.addTab(alone, self.tr("Voor één persoon"))

        mail = QGroupBox(self.tr("Verslag en e-mail"))
        mail_form = QFormLayout(mail)
        mail_form.addRow(self.tr("Taal van het verslag"), self.report_language)
        mail_form.addRow(self.tr("Onderwerp"), self.mail_subject)
        hint = QLabel(
            self.tr(
                "Deze woorden worden ingevuld: {namen} (wie er waren), {datum}, {coach} "
                "en {praktijk}."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b5b5b;")
        mail_form.addRow("", hint)
        mail_form.addRow("", self.password_default)

        self.error = named(QLabel(), "profileError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.buttons = box

        # The form scrolls, the buttons do not: Opslaan is in reach on any screen.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.texts)
        column.addWidget(mail)
        column.addWidget(self.error)
        self.form_scroll = named(QScrollArea(), "profileScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(box)
        wanted = body.sizeHint().height() + box.sizeHint().height() + 3 * layout.spacing() + 24
        self.resize(640, min(wanted, self._room()))
        self._show_logo()

    def _room(self) -> int:
        """The tallest this dialog may be: MAX_HEIGHT, or less on a smaller screen."""
        screen = self.screen()
        if screen is None:
            return MAX_HEIGHT
        return min(MAX_HEIGHT, screen.availableGeometry().height() - FRAME_MARGIN)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)  # on a screen smaller than the one it was sized for

    def _line(self, name: str, value: str, max_length: int = FIELD_MAX) -> QLineEdit:
        edit = named(QLineEdit(value), name)
        edit.setMaxLength(max_length)
        return edit

    def _text(self, name: str, value: str, height: int) -> QPlainTextEdit:
        edit = named(QPlainTextEdit(value), name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height * 2)
        return edit

    def profile(self) -> CoachProfile:
        """The profile as filled in now."""
        return CoachProfile(
            coach_name=self.coach_name.text(),
            practice_name=self.practice_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            website=self.website.text(),
            closing_text=self.closing_text.toPlainText(),
            mail_subject=self.mail_subject.text(),
            mail_body=self.mail_body.toPlainText(),
            password_by_default=self.password_default.isChecked(),
            closing_text_solo=self.closing_text_solo.toPlainText(),
            mail_body_solo=self.mail_body_solo.toPlainText(),
            address=self.address.text(),
            report_language=str(self.report_language.currentData() or ""),
        )

    # logo -------------------------------------------------------------------------
    def _show_logo(self) -> None:
        image = QImage.fromData(QByteArray(self.logo)) if self.logo else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("geen logo"))
        else:
            self.logo_preview.setPixmap(
                QPixmap.fromImage(image).scaled(
                    PREVIEW[0] - 8,
                    PREVIEW[1] - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_logo_button.setEnabled(self.logo is not None)

    def _refuse_logo(self, text: str) -> None:
        self._messages.error(self, self.tr("Logo"), text)

    def _on_choose_logo(self) -> None:
        chosen = self._choose_logo(self)
        if not chosen:
            return
        path = Path(chosen)
        try:
            if path.stat().st_size > LOGO_MAX_BYTES:
                self._refuse_logo(
                    self.tr("Dit bestand is groter dan 2 MB. Kies een kleinere afbeelding.")
                )
                return
            data = path.read_bytes()
        except OSError as exc:
            self._refuse_logo(
                self.tr("Dit bestand kan niet worden gelezen ({reason}).").format(
                    reason=exc.strerror or exc
                )
            )
            return
        image = QImage.fromData(QByteArray(data))
        if image.isNull():
            self._refuse_logo(
                self.tr(
                    "Dit bestand is geen afbeelding. Kies een logo als PNG-, JPEG-, GIF- "
                    "of BMP-bestand."
                )
            )
            return
        self.logo = _as_png(image)
        self._logo_changed = True
        self._show_logo()

    def _on_remove_logo(self) -> None:
        self.logo = None
        self._logo_changed = True
        self._show_logo()

    def _show_tab_of(self, widget: QWidget) -> None:
        """Bring the tab holding `widget` to the front, so its error can be seen."""
        for index in range(self.texts.count()):
            page = self.texts.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.texts.setCurrentIndex(index)

    # saving -------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            self.saved_profile = self._profiles.save(self.profile())
            if self._logo_changed:
                self._profiles.set_logo(self.logo)
        except ValidationError as error:
            self.error.setText(known_error_text(error))
            self.error.show()
            widget = self.findChild(QWidget, _FIELD_WIDGETS.get(error.field, ""))
            if widget is not None:
                self._show_tab_of(widget)
                self.form_scroll.ensureWidgetVisible(widget)
                widget.setFocus()
            return
        except KnownError as error:
            self._messages.known_error(self, error)
            return
        super().accept()


_FIELD_WIDGETS = {
    "coach_name": "coachName",
    "practice_name": "practiceName",
    "email": "email",
    "phone": "phone",
    "website": "website",
    "closing_text": "closingText",
    "mail_subject": "mailSubject",
    "mail_body": "mailBody",
    "closing_text_solo": "closingTextSolo",
    "mail_body_solo": "mailBodySolo",
    "address": "address",
    "report_language": "reportLanguage",
}


def _as_png(image: QImage) -> bytes:
    """The logo as PNG, no larger than the letterhead can use (keeps transparency)."""
    width, height = LOGO_MAX_SIDE
    if image.width() > width or image.height() > height:
        image = image.scaled(
            width,
            height,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes, Qt a str
    return bytes(buffer.data().data())
