"""The "Afspraken" tab: small commitments made in this session, each with its due date.

A new agreement is due by the next appointment (set in the closing part of the session),
read again whenever the tab is shown; its date and that of every agreement in the list
can be changed or cleared in place, and everything is autosaved.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import AgreementInfo, AgreementInput, PartnerInfo, SessionDetails
from stellenstof_desktop.errors import KnownError, ValidationError
from stellenstof_desktop.services.agreements import AgreementService
from stellenstof_desktop.ui.kit.format import short_date
from stellenstof_desktop.ui.kit.labels import plain_label
from stellenstof_desktop.ui.kit.messages import Messages, known_error_text
from stellenstof_desktop.ui.kit.widgets import centered_column, clear_layout, named
from stellenstof_desktop.ui.session.page import SessionPage

SHORT_DATE = "ddd d MMM yyyy"  # the display format of ui/kit/format.short_date


def fill_who(combo: QComboBox, partners: tuple[PartnerInfo, ...], selected: int | None) -> None:
    """Who an agreement is for: both partners (None) or one of them."""
    combo.blockSignals(True)
    combo.clear()
    if len(partners) > 1:
        combo.addItem(QCoreApplication.translate("AgreementsView", "Allebei"), None)
    for partner in partners:
        combo.addItem(partner.name, partner.id)
    combo.setCurrentIndex(max(combo.findData(selected), 0))
    combo.blockSignals(False)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OptionalDate(QWidget):
    """A date that may also be "none": a checkbox in front of a calendar field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(SHORT_DATE)  # as every date in the window (kit/format)
        self.edit.setAccessibleName(label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.set_value(None)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.enabled.isChecked() else None

    def set_value(self, value: date | None, default: date | None = None) -> None:
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(to_qdate(value or default or date.today()))

    def text(self) -> str:
        """What the coach reads: "uiterlijk di 1 dec 2026", or nothing without a date."""
        value = self.value()
        return f"{self.enabled.text()} {short_date(value)}" if value else ""


class AgreementRow(NamedTuple):
    """The widgets of one agreement in the list."""

    done: QCheckBox
    text: QLineEdit
    who: QComboBox
    due: OptionalDate


class AgreementsView(SessionPage):
    """Add agreements with Enter; edit, tick off or remove them in place; all autosaved."""

    lazy = True  # built when its tab is shown, not on every session switch

    def __init__(
        self, agreements: AgreementService, messages: Messages, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementsView")
        self._agreements = agreements
        self._messages = messages

        self.new_text = named(QLineEdit(), "newAgreement")
        self.new_text.setPlaceholderText(
            self.tr("Nieuwe afspraak, bijvoorbeeld: Joost kiest zaterdag het uitje")
        )
        self.new_text.setAccessibleName(self.tr("Nieuwe afspraak"))
        self.new_text.setMaxLength(2000)
        self.new_who = QComboBox()
        self.new_who.setAccessibleName(self.tr("Voor wie"))
        self.new_due = OptionalDate(self.tr("Uiterlijk"))
        self.add_button = named(QPushButton(self.tr("Toevoegen")), "addAgreement")
        self.new_error = named(plain_label("", "color: #b00020;"), "agreementError")
        self.new_error.hide()
        self.list_box = QGridLayout()
        self.list_box.setColumnStretch(1, 1)
        self.empty = plain_label(self.tr("Nog geen afspraken in deze sessie."), "color: #5b5b5b;")

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.new_who)
        add_row.addWidget(self.new_due)
        add_row.addWidget(self.add_button)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(10)
        column.addWidget(plain_label(self.tr("Afspraken"), "font-size: 17pt; font-weight: 600;"))
        column.addWidget(
            plain_label(
                self.tr(
                    "Kleine, haalbare stappen tot de volgende keer. Volgende sessie kijken jullie "
                    "samen terug: hoe ging het?"
                )
            )
        )
        column.addLayout(add_row)
        column.addWidget(self.new_error)
        column.addLayout(self.list_box)
        column.addWidget(self.empty)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = centered_column(content)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.new_text.returnPressed.connect(self._on_add)
        self.add_button.clicked.connect(self._on_add)
        self.rows: dict[int, AgreementRow] = {}
        self._suggested_due: date | None = None
        self.setEnabled(False)

    def title(self) -> str:
        return self.tr("Afspraken")

    def load(self, session: SessionDetails | None) -> None:
        self.new_text.clear()
        self.new_error.hide()
        fill_who(self.new_who, session.attendees if session else (), None)
        self._fill(self._agreements.for_session(session.id) if session else [])
        self._suggested_due = None
        self._suggest_due()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The next appointment may have been set in the closing part since.
        if self.session is not None and self.new_due.value() == self._suggested_due:
            self._suggest_due()

    def _fill(self, items: list[AgreementInfo]) -> None:
        clear_layout(self.list_box)
        self.rows.clear()
        assert self.session is not None or not items
        for row, agreement in enumerate(items):
            done = QCheckBox()
            done.setChecked(agreement.done)
            done.setAccessibleName(self.tr("Gedaan"))
            text = QLineEdit(agreement.text)
            text.setMaxLength(2000)
            text.setAccessibleName(self.tr("Afspraak"))
            who = QComboBox()
            fill_who(who, self.session.attendees if self.session else (), agreement.partner_id)
            who.setAccessibleName(self.tr("Voor wie"))
            due = OptionalDate(self.tr("uiterlijk"))
            due.setObjectName("agreementDue")
            due.set_value(agreement.due_date, default=self._suggested_due or self.session_day())
            remove = QPushButton(self.tr("Verwijderen"))
            remove.setAccessibleName(self.tr("Afspraak verwijderen"))
            for column, widget in enumerate((done, text, who, due, remove)):
                self.list_box.addWidget(widget, row, column)
            aid = agreement.id
            done.toggled.connect(
                lambda on, a=aid: self.changed(
                    ("done", a), lambda: on, lambda value: self._agreements.set_done(a, value)
                )
            )
            widgets = AgreementRow(done, text, who, due)
            for signal in (
                text.textEdited,
                who.currentIndexChanged,
                due.enabled.toggled,
                due.edit.dateChanged,
            ):
                signal.connect(lambda *_a, a=aid, r=widgets: self._on_edited(a, r))
            remove.clicked.connect(lambda _=False, a=aid, t=text: self._on_remove(a, t.text()))
            self.rows[aid] = widgets
        self.empty.setVisible(not items)

    def session_day(self) -> date | None:
        return self.session.date if self.session is not None else None

    def _on_edited(self, aid: int, row: AgreementRow) -> None:
        """Text, who and due date are stored together at the next autosave."""
        if row.text.text().strip():  # an emptied line keeps its words until new ones come
            data = AgreementInput(row.text.text(), row.who.currentData(), row.due.value())
            self.changed(("edit", aid), lambda: data, lambda d: self._agreements.update(aid, d))

    def _on_add(self) -> None:
        if self.session is None:
            return
        data = AgreementInput(
            self.new_text.text(), self.new_who.currentData(), self.new_due.value()
        )
        # Pending edits first (the refill below rebuilds their rows), and the writer idle:
        # this write on the UI thread then never waits for the writer's lock.
        self.flush()
        try:
            self._agreements.add(self.session.id, data)
        except ValidationError as error:
            self.new_error.setText(known_error_text(error))
            self.new_error.show()
            return
        except KnownError as error:
            self.save_failed.emit(error)
            return
        self.new_error.hide()
        self.new_text.clear()
        self._suggest_due()
        self._fill(self._agreements.for_session(self.session.id))
        self.new_text.setFocus()

    def _on_remove(self, agreement_id: int, text: str) -> None:
        if not self._messages.confirm(
            self,
            self.tr("Afspraak verwijderen"),
            self.tr("De afspraak “{text}” verwijderen?").format(text=text),
            self.tr("Verwijderen"),
        ):
            return
        self.flush()
        try:
            self._agreements.delete(agreement_id)
        except KnownError as error:
            self._messages.known_error(self, error)
        if self.session is not None:
            self._fill(self._agreements.for_session(self.session.id))

    def _suggest_due(self) -> None:
        """A new agreement is due by the next appointment; without one it has no date."""
        self._suggested_due = (
            self._agreements.next_appointment(self.session.id) if self.session else None
        )
        self.new_due.set_value(self._suggested_due, default=self.session_day())
