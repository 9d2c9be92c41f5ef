"""Dialogs to create and edit couples and sessions; errors appear next to their field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import (
    CoupleDetails,
    CoupleInput,
    PartnerInput,
    SessionDetails,
    SessionInput,
    SessionRoute,
    SessionStatus,
)
from stellenstof_desktop.errors import KnownError, ValidationError
from stellenstof_desktop.ui.kit.format import names, status_label
from stellenstof_desktop.ui.kit.messages import known_error_text
from stellenstof_desktop.ui.kit.widgets import named

ERROR_STYLE = "color: #b00020;"


class _ErrorLabel(QLabel):
    """A red line under a field; hidden while there is nothing to say."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def _line_edit(name: str, max_length: int) -> QLineEdit:
    edit = named(QLineEdit(), name)
    edit.setMaxLength(max_length)
    return edit


class _FormDialog(QDialog):
    """A dialog that hands its input to `submit` and shows a ValidationError at its field."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors: dict[str, _ErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        self.general_error = _ErrorLabel("generalError")

    def _row(self, form: QFormLayout, key: str, label: str, field: QWidget) -> None:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        error = _ErrorLabel(f"error_{key}")
        layout.addWidget(error)
        text = QLabel(label)
        text.setBuddy(field)
        field.setAccessibleName(label.replace("&", ""))
        form.addRow(text, column)
        self.errors[key] = error
        self.fields[key] = field

    def _submit(self) -> None:
        raise NotImplementedError

    def _on_accept(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.show_text("")
        try:
            self._submit()
        except ValidationError as error:
            label = self.errors.get(error.field, self.general_error)
            label.show_text(known_error_text(error))
            field = self.fields.get(error.field)
            if field is not None:
                field.setFocus()
            return
        except KnownError as error:
            self.general_error.show_text(known_error_text(error))
            return
        self.accept()


class CoupleDialog(_FormDialog):
    """New or edit couple: a name for the couple and one or two partners."""

    def __init__(
        self,
        save: Callable[[CoupleInput], CoupleDetails],
        existing: CoupleDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Stel bewerken") if existing else self.tr("Nieuw stel"), parent)
        self.setObjectName("coupleDialog")
        self._save = save
        self.result_couple: CoupleDetails | None = None
        self.display_name = _line_edit("displayName", 300)
        self.display_name.setPlaceholderText(self.tr("bijvoorbeeld: Anne & Bram de Jong"))
        self.partner_names = [_line_edit(f"partner{i}Name", 300) for i in (1, 2)]
        self.partner_emails = [_line_edit(f"partner{i}Email", 400) for i in (1, 2)]
        self.partner_names[1].setPlaceholderText(self.tr("leeg laten als er één partner is"))
        for email in self.partner_emails:
            email.setPlaceholderText(self.tr("optioneel"))

        form = QFormLayout()
        self._row(form, "display_name", self.tr("&Naam van het stel"), self.display_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for index in (0, 1):
            box = QGroupBox(self.tr("Partner {n}").format(n=index + 1))
            inner = QFormLayout(box)
            self._row(inner, f"partner{index + 1}.name", self.tr("Naam"), self.partner_names[index])
            self._row(
                inner, f"partner{index + 1}.email", self.tr("E-mail"), self.partner_emails[index]
            )
            layout.addWidget(box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        # Until the coach types her own couple name, suggest one from the partners' names.
        self._name_edited = existing is not None
        self.display_name.textEdited.connect(self._on_name_edited)
        for field in self.partner_names:
            field.textChanged.connect(self._on_partner_changed)
        if existing:
            self.display_name.setText(existing.display_name)
            for partner in existing.partners[:2]:
                self.partner_names[partner.position - 1].setText(partner.name)
                self.partner_emails[partner.position - 1].setText(partner.email or "")
        (self.display_name if existing else self.partner_names[0]).setFocus()

    def _on_name_edited(self, _text: str) -> None:
        self._name_edited = True

    def _on_partner_changed(self, _text: str) -> None:
        if self._name_edited:
            return
        given = [f.text().strip() for f in self.partner_names if f.text().strip()]
        self.display_name.setText(names(given))

    def couple_input(self) -> CoupleInput:
        return CoupleInput(
            self.display_name.text(),
            tuple(
                PartnerInput(n.text(), e.text())
                for n, e in zip(self.partner_names, self.partner_emails, strict=True)
            ),
        )

    def _submit(self) -> None:
        self.result_couple = self._save(self.couple_input())


class SessionDialog(_FormDialog):
    """New or edit session: date defaults to today, every partner ticked as present.

    The route follows who is ticked (one of two: "Alleen verder") until the coach picks one.
    """

    def __init__(
        self,
        save: Callable[[SessionInput], SessionDetails],
        couple: CoupleDetails,
        existing: SessionDetails | None = None,
        default_time: time | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Sessie bewerken") if existing else self.tr("Nieuwe sessie")
        super().__init__(f"{title} · {couple.display_name}", parent)
        self.setObjectName("sessionDialog")
        self._save = save
        self.result_session: SessionDetails | None = None
        when = existing.date if existing else (today or date.today())
        self.date = named(QDateEdit(QDate(when.year, when.month, when.day)), "sessionDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        start = (existing.start_time if existing else default_time) or time(10, 0)
        self.start = named(QTimeEdit(QTime(start.hour, start.minute)), "sessionStart")
        self.start.setDisplayFormat("HH:mm")
        self.minutes = named(QSpinBox(), "sessionMinutes")
        self.minutes.setRange(5, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" minuten"))
        self.minutes.setValue(existing.planned_minutes if existing else 90)
        self.status = named(QComboBox(), "sessionStatus")
        for status in SessionStatus:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(
            list(SessionStatus).index(existing.status if existing else SessionStatus.PLANNED)
        )

        attendance = QWidget()
        column = QVBoxLayout(attendance)
        column.setContentsMargins(0, 0, 0, 0)
        self.present: dict[int, QCheckBox] = {}
        for partner in couple.partners:
            box = named(QCheckBox(partner.name), f"present{partner.position}")
            box.setChecked(existing is None or partner.id in existing.attended_ids)
            column.addWidget(box)
            self.present[partner.id] = box

        routes = QWidget()
        route_column = QVBoxLayout(routes)
        route_column.setContentsMargins(0, 0, 0, 0)
        self.route_couple = named(QRadioButton(self.tr("Samen (vijf stappen)")), "routeCouple")
        self.route_solo = named(
            QRadioButton(self.tr("Alleen verder (route voor één persoon)")), "routeSolo"
        )
        route_column.addWidget(self.route_couple)
        route_column.addWidget(self.route_solo)
        self._couple_size = len(couple.partners)
        # An existing session's route was her choice; a new one is proposed until she clicks.
        self._route_chosen = existing is not None
        solo = existing.route is SessionRoute.SOLO if existing else self._proposal()
        (self.route_solo if solo else self.route_couple).setChecked(True)
        self._fit_route()
        for button in (self.route_couple, self.route_solo):
            button.clicked.connect(self._on_route_clicked)
        for box in self.present.values():
            box.toggled.connect(self._on_presence_changed)

        form = QFormLayout()
        self._row(form, "date", self.tr("&Datum"), self.date)
        self._row(form, "start_time", self.tr("&Begintijd"), self.start)
        self._row(form, "planned_minutes", self.tr("D&uur"), self.minutes)
        self._row(form, "attendance", self.tr("Aanwezig"), attendance)
        self._row(form, "route", self.tr("&Route"), routes)
        self._row(form, "status", self.tr("&Status"), self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        # A new session for today is usually started right away: Enter saves and starts it.
        self.start_after = False
        self.start_button: QPushButton | None = None
        if existing is None:
            self.start_button = named(
                self.buttons.addButton(
                    self.tr("Opslaan en starten"), QDialogButtonBox.ButtonRole.AcceptRole
                ),
                "saveAndStart",
            )
            # The box says which button before it accepts: OK after a refused start saves only.
            self.buttons.clicked.connect(self._on_button)
            self.date.dateChanged.connect(self._pick_default)
            self._pick_default()

    def _pick_default(self) -> None:
        """Enter starts the session when it is today's, and only saves it otherwise."""
        assert self.start_button is not None
        today = self.date.date() == QDate.currentDate()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setDefault(today)
        ok.setDefault(not today)

    def _on_button(self, button: QAbstractButton) -> None:
        self.start_after = button is self.start_button

    def _alone(self) -> bool:
        return sum(box.isChecked() for box in self.present.values()) == 1

    def _proposal(self) -> bool:
        """Whether to propose the solo route: one partner of two is ticked."""
        return self._alone() and self._couple_size == 2

    def _fit_route(self) -> None:
        """The solo route only for one person: with two ticked it cannot be chosen."""
        self.route_solo.setEnabled(self._alone())
        if not self._alone() and self.route_solo.isChecked():
            self.route_couple.setChecked(True)

    def _on_route_clicked(self) -> None:
        self._route_chosen = True

    def _on_presence_changed(self, _checked: bool) -> None:
        if not self._route_chosen:
            (self.route_solo if self._proposal() else self.route_couple).setChecked(True)
        self._fit_route()

    def session_input(self) -> SessionInput:
        d = self.date.date()
        t = self.start.time()
        return SessionInput(
            date=date(d.year(), d.month(), d.day()),
            start_time=time(t.hour(), t.minute()),
            planned_minutes=self.minutes.value(),
            attended_ids=frozenset(pid for pid, box in self.present.items() if box.isChecked()),
            status=self.status.currentData(),
            route=SessionRoute.SOLO if self.route_solo.isChecked() else SessionRoute.COUPLE,
        )

    def _submit(self) -> None:
        self.result_session = self._save(self.session_input())
