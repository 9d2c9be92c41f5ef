"""Coaching sessions of a couple: when, how long, who attended, which route, their status.

Also which steps of its route the coach chose for today: stored as the step keys,
comma-separated (NULL: not chosen, so the first step this couple, with these people, has
not discussed yet is proposed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from stellenstof_desktop.domain import (
    PartnerInfo,
    SessionDetails,
    SessionInput,
    SessionListing,
    SessionRoute,
    SessionRow,
    SessionStatus,
)
from stellenstof_desktop.errors import NotFoundError, ValidationError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP
from stellenstof_desktop.services.audience import earlier_with_same_people
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import (
    Attendance,
    CoachingSession,
    Couple,
    Partner,
    StepState,
)

if TYPE_CHECKING:
    from stellenstof_desktop.content import Method

# A step key as content.py allows it, and as long as StepState.step_key may be.
_STEP_KEY = re.compile(r"[a-z0-9_]{1,50}")


def _validate(data: SessionInput, partner_ids: set[int]) -> None:
    if not data.attended_ids:
        raise ValidationError(
            "attendance", QT_TRANSLATE_NOOP("errors", "Kies wie er bij de sessie is.")
        )
    if not data.attended_ids <= partner_ids:
        raise ValidationError(
            "attendance", QT_TRANSLATE_NOOP("errors", "Deze partner hoort niet bij dit stel.")
        )
    if not 5 <= data.planned_minutes <= 600:
        raise ValidationError(
            "planned_minutes",
            QT_TRANSLATE_NOOP("errors", "Kies een duur tussen 5 en 600 minuten."),
        )
    if data.route is SessionRoute.SOLO and len(data.attended_ids) != 1:
        # Every text of the solo route speaks to one person; with two in the room it would not.
        raise ValidationError(
            "route",
            QT_TRANSLATE_NOOP(
                "errors", "Alleen verder is een route voor één persoon. Kies wie er is."
            ),
        )


def _route(data: SessionInput, partners: int, current: SessionRoute | None) -> SessionRoute:
    """The route asked for; else the current one while it fits; else the proposal."""
    alone = len(data.attended_ids) == 1
    if data.route is not None:
        return data.route
    if current is SessionRoute.COUPLE or (current is SessionRoute.SOLO and alone):
        return current
    return SessionRoute.SOLO if alone and partners == 2 else SessionRoute.COUPLE


def load_session(s: Session, session_id: int) -> CoachingSession:
    """The session with its attendance and the couple's partners; NotFoundError if gone."""
    session = s.get(
        CoachingSession,
        session_id,
        options=[
            selectinload(CoachingSession.attendance),
            selectinload(CoachingSession.couple).selectinload(Couple.partners),
        ],
    )
    if session is None:
        raise NotFoundError.session(session_id)
    return session


class SessionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_for_couple(self, couple_id: int) -> list[SessionRow]:
        """The couple's sessions, newest first; reads no notes."""
        with self._db.transaction() as s:
            partners = len(
                s.scalars(select(Partner.id).where(Partner.couple_id == couple_id)).all()
            )
            sessions = s.scalars(
                select(CoachingSession)
                .where(CoachingSession.couple_id == couple_id)
                .options(selectinload(CoachingSession.attendance))
                .order_by(
                    CoachingSession.date.desc(),
                    CoachingSession.start_time.desc(),
                    CoachingSession.id.desc(),
                )
            ).all()
            return [
                SessionRow(
                    x.id, x.date, x.start_time, x.status, len(x.attendance), partners, x.route
                )
                for x in sessions
            ]

    def list_all(self) -> list[SessionListing]:
        with self._db.transaction() as s:
            rows = s.execute(
                select(CoachingSession.id, CoachingSession.date, Couple.display_name)
                .join(Couple)
                .order_by(CoachingSession.date, CoachingSession.id)
            )
            return [SessionListing(r.id, r.date, r.display_name) for r in rows]

    def get(self, session_id: int) -> SessionDetails:
        with self._db.transaction() as s:
            return self._details(load_session(s, session_id))

    def create(self, couple_id: int, data: SessionInput) -> SessionDetails:
        with self._db.transaction() as s:
            couple = s.get(Couple, couple_id, options=[selectinload(Couple.partners)])
            if couple is None:
                raise NotFoundError.couple(couple_id)
            _validate(data, {p.id for p in couple.partners})
            session = CoachingSession(
                couple=couple,
                date=data.date,
                start_time=data.start_time,
                planned_minutes=data.planned_minutes,
                status=data.status,
                route=_route(data, len(couple.partners), None),
                attendance=[Attendance(partner_id=pid) for pid in sorted(data.attended_ids)],
            )
            s.add(session)
            s.flush()
            return self._details(session)

    def update(self, session_id: int, data: SessionInput) -> SessionDetails:
        with self._db.transaction() as s:
            session = load_session(s, session_id)
            _validate(data, {p.id for p in session.couple.partners})
            session.date = data.date
            session.start_time = data.start_time
            session.planned_minutes = data.planned_minutes
            session.status = data.status
            session.route = _route(data, len(session.couple.partners), session.route)
            s.execute(delete(Attendance).where(Attendance.session_id == session_id))
            s.expire(session, ["attendance"])
            session.attendance = [Attendance(partner_id=pid) for pid in sorted(data.attended_ids)]
            s.flush()
            return self._details(session)

    def delete(self, session_id: int) -> None:
        with self._db.transaction() as s:
            s.delete(load_session(s, session_id))

    def set_status(self, session_id: int, status: SessionStatus) -> SessionDetails:
        """Mark the session planned, held or cancelled; the rest stays as it is."""
        with self._db.transaction() as s:
            session = load_session(s, session_id)
            session.status = status
            s.flush()
            return self._details(session)

    def today_steps(self, session_id: int, method: Method) -> tuple[str, ...]:
        """The step keys of the session's route to work on today, in the route's order.

        The coach's choice, when she made one (an empty choice: no step today); else the
        first step not discussed in an earlier session with the same people; all steps
        once every one was. A choice none of whose steps is in the route (its route
        changed since) counts as no choice.
        """
        with self._db.transaction() as s:
            session = load_session(s, session_id)
            keys = tuple(step.key for step in method.route(session.route.value).steps)
            stored = session.today_steps
            if stored is not None:
                chosen = set(filter(None, stored.split(",")))
                if not chosen or chosen & set(keys):
                    return tuple(key for key in keys if key in chosen)
            discussed = set(
                s.scalars(
                    select(StepState.step_key).where(
                        StepState.session_id.in_(earlier_with_same_people(s, session_id)),
                        StepState.discussed.is_(True),
                    )
                )
            )
        return next(((key,) for key in keys if key not in discussed), keys)

    def set_today_steps(self, session_id: int, keys: Sequence[str] | None) -> None:
        """Store the coach's choice of steps for today; None: back to the proposal."""
        if keys is not None and not all(_STEP_KEY.fullmatch(key) for key in keys):
            raise ValidationError(
                "today_steps", QT_TRANSLATE_NOOP("errors", "Deze stap bestaat niet.")
            )
        with self._db.transaction() as s:
            load_session(s, session_id).today_steps = (
                None if keys is None else ",".join(dict.fromkeys(keys))
            )

    @staticmethod
    def _details(x: CoachingSession) -> SessionDetails:
        return SessionDetails(
            id=x.id,
            couple_id=x.couple_id,
            couple_name=x.couple.display_name,
            date=x.date,
            start_time=x.start_time,
            planned_minutes=x.planned_minutes,
            status=x.status,
            partners=tuple(
                PartnerInfo(p.id, p.position, p.name, p.email) for p in x.couple.partners
            ),
            attended_ids=frozenset(a.partner_id for a in x.attendance),
            route=x.route,
        )
