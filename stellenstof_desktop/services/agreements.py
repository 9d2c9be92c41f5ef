"""Agreements made in a session, their review in the next one, and the next appointment.

An agreement for a partner who is not listed as present in its session is kept but not
handed out (`services/audience.py`); the review looks back on the last session with the
same people present. The next appointment is a day with an optional hour; the proposal
for it only looks at planned sessions everyone present may know of.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stellenstof_desktop.domain import (
    AgreementInfo,
    AgreementInput,
    AgreementReview,
    NextAppointment,
    SessionStatus,
)
from stellenstof_desktop.errors import NotFoundError, ValidationError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP
from stellenstof_desktop.services.audience import (
    audience_of,
    previous_for_review,
    where_attended_by,
    where_author_present,
)
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import Agreement, CoachingSession

AGREEMENT_MAX = 2_000
PROPOSED_GAP = timedelta(weeks=2)  # no planned session: the same weekday two weeks later


def _info(a: Agreement) -> AgreementInfo:
    return AgreementInfo(
        a.id, a.session_id, a.text, a.partner_id, a.due_date, a.done, a.review, a.review_note
    )


def listed(s: Session, session_id: int) -> list[AgreementInfo]:
    """The session's agreements in order, leaving out those of a partner not present."""
    rows = s.scalars(
        select(Agreement)
        .where(
            Agreement.session_id == session_id,
            where_author_present(Agreement.session_id, Agreement.partner_id),
        )
        .order_by(Agreement.position, Agreement.id)
    ).all()
    return [_info(a) for a in rows]


def next_planned(s: Session, session_id: int) -> CoachingSession | None:
    """The couple's first planned session after this one that everyone present may know of.

    A planned solo session of the other partner is not theirs to see (`audience.py`).
    """
    current = s.get(CoachingSession, session_id)
    if current is None:
        raise NotFoundError.session(session_id)
    return s.scalars(
        select(CoachingSession)
        .where(
            CoachingSession.couple_id == current.couple_id,
            CoachingSession.status == SessionStatus.PLANNED,
            (CoachingSession.date > current.date)
            | ((CoachingSession.date == current.date) & (CoachingSession.id > current.id)),
            where_attended_by(CoachingSession.id, audience_of(s, session_id)),
        )
        .order_by(CoachingSession.date, CoachingSession.start_time, CoachingSession.id)
        .limit(1)
    ).first()


def appointment_of(session: CoachingSession) -> NextAppointment | None:
    """The next appointment stored on `session`, if one is set."""
    if session.next_appointment is None:
        return None
    return NextAppointment(session.next_appointment, session.next_appointment_time)


def _clean(data: AgreementInput) -> str:
    text = data.text.strip()
    if not text:
        raise ValidationError(
            "text", QT_TRANSLATE_NOOP("errors", "Beschrijf kort wat jullie afspreken.")
        )
    if len(text) > AGREEMENT_MAX:
        raise ValidationError(
            "text",
            QT_TRANSLATE_NOOP("errors", "Houd een afspraak kort (hoogstens {max} tekens)."),
            max=AGREEMENT_MAX,
        )
    return text


class AgreementService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_session(self, session_id: int) -> list[AgreementInfo]:
        """The agreements made in this session, in the order they were made."""
        with self._db.transaction() as s:
            return listed(s, session_id)

    def previous_session(self, session_id: int) -> tuple[int, date] | None:
        """The session whose agreements to review: the last one with the same people present."""
        with self._db.transaction() as s:
            return previous_for_review(s, session_id)

    def to_review(self, session_id: int) -> list[AgreementInfo]:
        """The previous session's agreements, to look back on together ("hoe ging het?")."""
        with self._db.transaction() as s:
            previous = previous_for_review(s, session_id)
            return listed(s, previous.id) if previous else []

    def add(self, session_id: int, data: AgreementInput) -> AgreementInfo:
        text = _clean(data)
        with self._db.transaction() as s:
            self._session(s, session_id)
            last = s.scalar(
                select(func.max(Agreement.position)).where(Agreement.session_id == session_id)
            )
            row = Agreement(
                session_id=session_id,
                text=text,
                partner_id=data.partner_id,
                due_date=data.due_date,
                position=(last or 0) + 1,
            )
            s.add(row)
            s.flush()
            return _info(row)

    def update(self, agreement_id: int, data: AgreementInput) -> AgreementInfo:
        text = _clean(data)
        with self._db.transaction() as s:
            row = self._agreement(s, agreement_id)
            row.text, row.partner_id, row.due_date = text, data.partner_id, data.due_date
            return _info(row)

    def set_done(self, agreement_id: int, done: bool) -> None:
        with self._db.transaction() as s:
            self._agreement(s, agreement_id).done = done

    def set_review(
        self, agreement_id: int, review: AgreementReview | None, note: str | None = None
    ) -> None:
        """How it went, judged in a later session; DONE also ticks the agreement off."""
        with self._db.transaction() as s:
            row = self._agreement(s, agreement_id)
            row.review = review
            if note is not None:
                row.review_note = note[:AGREEMENT_MAX]
            if review is AgreementReview.DONE:
                row.done = True

    def delete(self, agreement_id: int) -> None:
        with self._db.transaction() as s:
            s.delete(self._agreement(s, agreement_id))

    def next_appointment(self, session_id: int) -> date | None:
        with self._db.transaction() as s:
            return self._session(s, session_id).next_appointment

    def set_next_appointment(self, session_id: int, when: date | None) -> None:
        """Set the day only (an hour already set stays); None clears day and hour."""
        with self._db.transaction() as s:
            session = self._session(s, session_id)
            session.next_appointment = when
            if when is None:
                session.next_appointment_time = None

    def next_appointment_at(self, session_id: int) -> NextAppointment | None:
        """The next appointment set in this session: a day, and an hour when known."""
        with self._db.transaction() as s:
            return appointment_of(self._session(s, session_id))

    def set_next_appointment_at(self, session_id: int, value: NextAppointment | None) -> None:
        """Set day and hour together (None clears both)."""
        with self._db.transaction() as s:
            session = self._session(s, session_id)
            session.next_appointment = value.date if value else None
            session.next_appointment_time = value.time if value else None

    def propose_next_appointment(self, session_id: int) -> NextAppointment:
        """What to fill in: the one set; else the next planned session; else two weeks on."""
        with self._db.transaction() as s:
            session = self._session(s, session_id)
            current = appointment_of(session)
            if current is not None:
                return current
            planned = next_planned(s, session_id)
            if planned is not None:
                return NextAppointment(planned.date, planned.start_time)
            return NextAppointment(session.date + PROPOSED_GAP, session.start_time)

    @staticmethod
    def _session(s: Session, session_id: int) -> CoachingSession:
        session = s.get(CoachingSession, session_id)
        if session is None:
            raise NotFoundError.session(session_id)
        return session

    @staticmethod
    def _agreement(s: Session, agreement_id: int) -> Agreement:
        row = s.get(Agreement, agreement_id)
        if row is None:
            raise ValidationError(
                "agreement", QT_TRANSLATE_NOOP("errors", "Deze afspraak bestaat niet meer.")
            )
        return row
