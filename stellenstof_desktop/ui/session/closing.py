"""The last part of the hour: the next appointment, the session's status, a hidden check-out.

Each partner answers "Hoe was deze sessie voor jou?" on two 0–10 scales and in a few
words, through the same hand-over as the exercise. Nobody in the room sees an answer:
the screen only says who has given one. The coach reads them later, outside session
mode, in the progress tab; they reach no report, e-mail or export for the other partner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QTime, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import NextAppointment, SessionDetails, SessionStatus
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.services.agreements import AgreementService
from stellenstof_desktop.services.checkout import WORDS_MAX, CheckoutService
from stellenstof_desktop.services.sessions import SessionService
from stellenstof_desktop.ui.hidden_input.widget import HiddenInput, dispose
from stellenstof_desktop.ui.kit.format import status_label
from stellenstof_desktop.ui.kit.labels import SECTION, card, plain_label
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.kit.widgets import centered_column, named
from stellenstof_desktop.ui.session.page import SessionPage


class ClosingView(SessionPage):
    """Next appointment (date and time), status, check-out; "Sessie afronden" ends the hour."""

    finish_requested = Signal()
    status_changed = Signal(object)  # the stored SessionDetails

    lazy = True

    def __init__(
        self,
        agreements: AgreementService,
        sessions: SessionService,
        checkouts: CheckoutService,
        messages: Messages,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closingView")
        self._agreements = agreements
        self._sessions = sessions
        self._checkouts = checkouts
        self._messages = messages
        self.flow: HiddenInput | None = None
        self._proposal_unsaved = False

        self.has_next = named(QCheckBox(self.tr("Gepland op")), "hasNext")
        self.next_date = named(QDateEdit(), "nextDate")
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("dddd d MMMM yyyy")
        self.next_date.setAccessibleName(self.tr("Datum van de volgende afspraak"))
        self.next_time = named(QTimeEdit(), "nextTime")
        self.next_time.setDisplayFormat("HH:mm")
        self.next_time.setAccessibleName(self.tr("Tijd van de volgende afspraak"))
        self.has_time = named(QCheckBox(self.tr("om")), "hasTime")
        for signal in (
            self.has_next.toggled,
            self.has_time.toggled,
            self.next_date.dateChanged,
            self.next_time.timeChanged,
        ):
            signal.connect(self._on_next_edited)
        self.status = named(QComboBox(), "sessionStatus")
        self.status.setAccessibleName(self.tr("Status van de sessie"))
        for status in SessionStatus:
            self.status.addItem(status_label(status), status)
        self.status.activated.connect(self._on_status)

        self.checkout_state = named(plain_label(""), "checkoutState")
        self.checkout_button = named(QPushButton(self.tr("Check-out beginnen")), "startCheckout")
        self.checkout_button.clicked.connect(self.start_checkout)
        self.finish_button = named(QPushButton(self.tr("Sessie afronden…")), "finishSession")
        self.finish_button.setToolTip(
            self.tr("Sessiemodus verlaten en het verslag klaarmaken (Ctrl+Shift+F5)")
        )
        self.finish_button.clicked.connect(self.finish_requested)

        self.stack = named(QStackedWidget(), "closingStack")
        self.stack.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setEnabled(False)

    def title(self) -> str:
        return self.tr("Afsluiting")

    def full_title(self) -> str:
        return self.tr("Afsluiting: volgende afspraak en check-out")

    def _build_form(self) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(10)

        column.addWidget(plain_label(self.tr("Volgende afspraak"), SECTION))
        row = QHBoxLayout()
        row.addWidget(self.has_next)
        row.addWidget(self.next_date)
        row.addWidget(self.has_time)
        row.addWidget(self.next_time)
        row.addStretch(1)
        column.addLayout(row)

        column.addWidget(plain_label(self.tr("Status van deze sessie"), SECTION))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        column.addLayout(status_row)

        box = card("promptCard")
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(
            plain_label(self.tr("Check-out: hoe was deze sessie voor jou?"), SECTION)
        )
        self.checkout_intro = plain_label("", "color: #4a4a4a;")
        box_layout.addWidget(self.checkout_intro)
        box_layout.addWidget(self.checkout_state)
        button_row = QHBoxLayout()
        button_row.addWidget(self.checkout_button)
        button_row.addStretch(1)
        box_layout.addLayout(button_row)
        column.addWidget(box)

        finish_row = QHBoxLayout()
        finish_row.addStretch(1)
        finish_row.addWidget(self.finish_button)
        column.addSpacing(8)
        column.addLayout(finish_row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(centered_column(content, 900))
        return scroll

    # loading -----------------------------------------------------------------
    def load(self, session: SessionDetails | None) -> None:
        self.close_flow()
        if session is None:
            self.checkout_state.clear()
            return
        stored = self._agreements.next_appointment_at(session.id)
        shown = stored or self._agreements.propose_next_appointment(session.id)
        self._show_next(shown, enabled=True)
        self._proposal_unsaved = stored is None
        self.status.setCurrentIndex(max(self.status.findData(session.status), 0))
        self._show_checkout_state(session)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The proposed next appointment is kept once the coach has seen it here: the report,
        # the agreements' due dates and the calendar invitation use it.
        if self.session is not None and self._proposal_unsaved:
            self._proposal_unsaved = False
            self._on_next_edited()

    def _show_next(self, value: NextAppointment | None, *, enabled: bool) -> None:
        widgets = (self.has_next, self.has_time, self.next_date, self.next_time)
        for widget in widgets:
            widget.blockSignals(True)
        self.has_next.setChecked(enabled and value is not None)
        when = value.date if value is not None else date.today()
        self.next_date.setDate(QDate(when.year, when.month, when.day))
        at = value.time if value is not None else None
        self.has_time.setChecked(at is not None)
        at = at or time(10, 0)
        self.next_time.setTime(QTime(at.hour, at.minute))
        for widget in widgets:
            widget.blockSignals(False)
        self._enable_next()

    def _enable_next(self) -> None:
        on = self.has_next.isChecked()
        self.next_date.setEnabled(on)
        self.has_time.setEnabled(on)
        self.next_time.setEnabled(on and self.has_time.isChecked())

    def _next_value(self) -> NextAppointment | None:
        if not self.has_next.isChecked():
            return None
        d = self.next_date.date()
        t = self.next_time.time()
        at = time(t.hour(), t.minute()) if self.has_time.isChecked() else None
        return NextAppointment(date(d.year(), d.month(), d.day()), at)

    def _show_checkout_state(self, session: SessionDetails) -> None:
        entered = self._checkouts.entered(session.id)
        attendees = session.attendees
        if len(attendees) == 1:
            intro = self.tr(
                "Twee vragen en een paar woorden, alleen voor de coach. Zo weet de coach wat "
                "deze sessie voor je betekende en wat een volgende keer beter kan."
            )
        else:
            intro = self.tr(
                "Ieder beantwoordt apart twee vragen en schrijft een paar woorden. De ander "
                "ziet het niet; alleen de coach leest het, om de volgende sessie beter te maken."
            )
        self.checkout_intro.setText(intro)
        parts = [
            (
                self.tr("{name}: ingevuld ✓") if p.id in entered else self.tr("{name}: nog niet")
            ).format(name=p.name)
            for p in attendees
        ]
        self.checkout_state.setText("   ·   ".join(parts))
        waiting = [p for p in attendees if p.id not in entered]
        self.checkout_button.setEnabled(bool(waiting))
        self.checkout_button.setText(
            self.tr("Check-out beginnen") if waiting else self.tr("Iedereen heeft ingevuld")
        )

    # editing -----------------------------------------------------------------
    def _on_next_edited(self) -> None:
        self._enable_next()
        if self.session is None:
            return
        session_id, value = self.session.id, self._next_value()
        self.changed(
            "next",
            lambda: value,
            lambda v: self._agreements.set_next_appointment_at(session_id, v),
        )

    def _on_status(self) -> None:
        if self.session is None:
            return
        status: SessionStatus = self.status.currentData()
        details = self._call_service(lambda: self._sessions.set_status(self.session_id, status))
        if details is not None:
            self.session = details
            self.saved.emit(datetime.now())
            self.status_changed.emit(details)

    @property
    def session_id(self) -> int:
        assert self.session is not None
        return self.session.id

    def _call_service(self, action: Callable[[], SessionDetails]) -> SessionDetails | None:
        try:
            return action()
        except KnownError as error:
            self._messages.known_error(self, error)
            return None

    # the check-out -----------------------------------------------------------
    def start_checkout(self) -> None:
        """The hand-over for each partner who has not given a check-out yet."""
        session = self.session
        if session is None:
            return
        self.close_flow()
        flow = HiddenInput(
            [("words", self.tr("In je eigen woorden (mag je leeg laten)"))],
            max_chars=WORDS_MAX,
            scales=[
                ("heard", self.tr("Voelde je je gehoord en begrepen? (0 = niet, 10 = helemaal)")),
                (
                    "useful",
                    self.tr(
                        "Hebben we gewerkt aan wat voor jou belangrijk is? (0 = niet, 10 = precies)"
                    ),
                ),
            ],
            reveal=False,
        )
        flow.submitted.connect(self._on_submitted)
        flow.stage_changed.connect(self._on_flow_stage)
        flow.cancel_requested.connect(self.close_flow)
        self.flow = flow
        self.stack.addWidget(flow)
        self.stack.setCurrentWidget(flow)
        flow.start(
            self.tr("Hoe was deze sessie voor jou?"),
            session.attendees,
            set(self._checkouts.entered(session.id)),
        )

    def _on_submitted(self, partner_id: int, values: dict[str, str]) -> None:
        session = self.session
        if session is None:
            return
        try:
            self._checkouts.save(
                session.id,
                partner_id,
                int(values.get("heard", "0")),
                int(values.get("useful", "0")),
                values.get("words", ""),
            )
        except KnownError as error:
            values.clear()
            self._messages.known_error(self, error)
            if self.flow is not None:  # that partner starts again at the hand-over
                self.flow.start(
                    self.tr("Hoe was deze sessie voor jou?"),
                    session.attendees,
                    set(self._checkouts.entered(session.id)),
                )
            return
        values.clear()
        self.saved.emit(datetime.now())

    def _on_flow_stage(self, stage: str) -> None:
        if stage == "ready":  # everyone answered: back to the closing, which shows who did
            QTimer.singleShot(0, self.close_flow)  # after the input has finished its move

    def close_flow(self) -> None:
        flow, self.flow = self.flow, None
        if flow is not None:
            flow.clear()
            dispose(flow)
        self.stack.setCurrentIndex(0)
        if self.session is not None:
            self._show_checkout_state(self.session)
