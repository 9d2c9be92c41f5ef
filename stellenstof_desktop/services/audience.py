"""Who may see what: what was said belongs to those who were there.

An item of a session may be shown or sent to a set of people (the recipients) only if
every one of them attended that session. An entry of a partner who is not (or no longer)
listed as present is kept in the database but is shown and sent nowhere; correcting the
attendance back shows it again. On screen, the people present in the open session are the
recipients: the room sees the screen.

A check-out is stricter still: it is one partner's word to the coach about the session,
so its audience is that partner alone (and the coach, who is no recipient: an empty set
of recipients is the coach on her own). It reaches neither the other partner, nor the
couple together, nor the room's screen.

Every service that returns something about earlier sessions or about a partner's entries
asks here, either with the small pure functions (rows already loaded) or with the SQL
clauses (rows filtered before they are loaded).
"""

from __future__ import annotations

from collections.abc import Set
from datetime import date
from typing import NamedTuple

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    exists,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from stellenstof_desktop.domain import SessionStatus
from stellenstof_desktop.errors import NotFoundError
from stellenstof_desktop.store.models import (
    Agreement,
    Answer,
    Attendance,
    CoachingSession,
    Exercise,
    ExerciseEntry,
    Partner,
)

Audience = frozenset[int]  # partner ids


class Earlier(NamedTuple):
    """An earlier session: its id and date."""

    id: int
    date: date


# the rule -------------------------------------------------------------------------------
def may_see(recipients: Set[int], attended: Set[int]) -> bool:
    """Whether a session's items may reach `recipients`: all of them attended it."""
    return recipients <= attended


def author_present(partner_id: int | None, attended: Set[int]) -> bool:
    """Whether an entry counts: shared (no partner), or its partner attended its session."""
    return partner_id is None or partner_id in attended


def private_to(author: int, attended: Set[int], recipients: Set[int]) -> bool:
    """Whether a partner's private item (a check-out) may reach `recipients`.

    Only its author, who must be listed as present; no recipients: the coach alone.
    """
    return author in attended and recipients <= {author}


# SQL pieces -----------------------------------------------------------------------------
def where_attended_by(
    session_id: SQLColumnExpression[int], recipients: Audience
) -> ColumnElement[bool]:
    """SQL for `may_see`: every recipient attended the session in `session_id`."""
    if not recipients:
        return true()
    present = (
        select(func.count())
        .select_from(Attendance)
        .where(Attendance.session_id == session_id, Attendance.partner_id.in_(sorted(recipients)))
        .scalar_subquery()
    )
    return present == len(recipients)


def where_author_present(
    session_id: SQLColumnExpression[int], partner_id: SQLColumnExpression[int | None]
) -> ColumnElement[bool]:
    """SQL for `author_present`: the entry is shared, or its partner attended its session."""
    return or_(
        partner_id.is_(None),
        exists().where(Attendance.session_id == session_id, Attendance.partner_id == partner_id),
    )


def where_private_to(
    session_id: SQLColumnExpression[int], partner_id: SQLColumnExpression[int], recipients: Audience
) -> ColumnElement[bool]:
    """SQL for `private_to`: the author attended, and is the only recipient (or there is none)."""
    if len(recipients) > 1:
        return false()
    mine = true() if not recipients else partner_id == next(iter(recipients))
    return and_(mine, where_author_present(session_id, partner_id))


def _attendance_count(session_id: SQLColumnExpression[int]) -> ColumnElement[int]:
    return (
        select(func.count())
        .select_from(Attendance)
        .where(Attendance.session_id == session_id)
        .scalar_subquery()
    )


# reading --------------------------------------------------------------------------------
def _session(s: Session, session_id: int) -> CoachingSession:
    session = s.get(CoachingSession, session_id)
    if session is None:
        raise NotFoundError.session(session_id)
    return session


def attendees(s: Session, session_id: int) -> Audience:
    """The partners listed as present in the session."""
    return frozenset(
        s.scalars(select(Attendance.partner_id).where(Attendance.session_id == session_id))
    )


def attendance_by_session(s: Session, couple_id: int) -> dict[int, Audience]:
    """Who was present in each of the couple's sessions (sessions nobody attended are absent)."""
    present: dict[int, set[int]] = {}
    for session_id, partner_id in s.execute(
        select(Attendance.session_id, Attendance.partner_id)
        .join(CoachingSession, Attendance.session_id == CoachingSession.id)
        .where(CoachingSession.couple_id == couple_id)
    ):
        present.setdefault(session_id, set()).add(partner_id)
    return {session_id: frozenset(ids) for session_id, ids in present.items()}


def couple_partners(s: Session, couple_id: int) -> Audience:
    """Every partner of the couple: the strictest audience there is."""
    return frozenset(s.scalars(select(Partner.id).where(Partner.couple_id == couple_id)))


def audience_of(s: Session, session_id: int) -> Audience:
    """Who sees what is shown or sent for this session: the people present."""
    present = attendees(s, session_id)
    # No attendance recorded (its only partner was removed): count everyone as watching,
    # since an empty audience would be allowed to see everything.
    return present or couple_partners(s, _session(s, session_id).couple_id)


def _same_people_before(s: Session, session_id: int) -> tuple[ColumnElement[bool], ...]:
    """SQL: an earlier, not cancelled session of the couple with exactly the same people."""
    current = _session(s, session_id)
    present = attendees(s, session_id)
    return (
        CoachingSession.couple_id == current.couple_id,
        CoachingSession.status != SessionStatus.CANCELLED,
        (CoachingSession.date < current.date)
        | ((CoachingSession.date == current.date) & (CoachingSession.id < current.id)),
        where_attended_by(CoachingSession.id, present),
        _attendance_count(CoachingSession.id) == len(present),
    )


def earlier_with_same_people(s: Session, session_id: int) -> Select[tuple[int]]:
    """The ids of the earlier, not cancelled sessions with exactly the same people present."""
    return select(CoachingSession.id).where(*_same_people_before(s, session_id))


def previous_for_review(s: Session, session_id: int) -> Earlier | None:
    """The last earlier, not cancelled session with exactly the same people present."""
    # "Hoe ging het?": a joint session looks back on the last joint one, a partner's solo
    # session on that partner's last solo one, never on the other partner's.
    row = s.execute(
        select(CoachingSession.id, CoachingSession.date)
        .where(*_same_people_before(s, session_id))
        .order_by(CoachingSession.date.desc(), CoachingSession.id.desc())
        .limit(1)
    ).first()
    return Earlier(row.id, row.date) if row else None


def hidden_by_attendance(s: Session, session_id: int) -> int:
    """How many answers, exercise entries and agreements are hidden by the attendance."""
    _session(s, session_id)
    absent_answer = ~where_author_present(Answer.session_id, Answer.partner_id)
    answers = s.execute(
        select(Answer.text, Answer.value, Answer.data).where(
            Answer.session_id == session_id, absent_answer
        )
    ).all()
    written = sum(1 for a in answers if a.text.strip() or a.value is not None or a.data)
    entries = s.scalar(
        select(func.count())
        .select_from(ExerciseEntry)
        .join(Exercise, Exercise.id == ExerciseEntry.exercise_id)
        .where(
            Exercise.session_id == session_id,
            ~where_author_present(Exercise.session_id, ExerciseEntry.partner_id),
        )
    )
    agreements = s.scalar(
        select(func.count())
        .select_from(Agreement)
        .where(
            Agreement.session_id == session_id,
            ~where_author_present(Agreement.session_id, Agreement.partner_id),
        )
    )
    return written + (entries or 0) + (agreements or 0)
