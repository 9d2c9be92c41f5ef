"""A couple's progress over their sessions: check-in scores and which steps were covered.

What was said belongs to those who were there (`services/audience.py`): only sessions
every recipient attended are listed, and only scores of partners listed as present.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, time
from types import MappingProxyType
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Connection,
    Integer,
    String,
    and_,
    bindparam,
    cast,
    literal,
    null,
    select,
    union_all,
)

from stellenstof_desktop.content import CHECKIN_KEYS, SOLO_CHECKIN_KEYS
from stellenstof_desktop.domain import CoupleProgress, PartnerInfo, SessionProgress, SessionStatus
from stellenstof_desktop.errors import NotFoundError
from stellenstof_desktop.services.audience import (
    Audience,
    audience_of,
    author_present,
    may_see,
)
from stellenstof_desktop.services.sessions import load_session
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import (
    Answer,
    Attendance,
    CoachingSession,
    Couple,
    Partner,
    StepState,
)

# The kinds of row in the one combined query below.
_SESSION, _SCORE, _STEP, _PRESENT = "session", "score", "step", "present"
_COUPLE = bindparam("couple_id", type_=Integer)


def _present_scores(
    scores: dict[str, dict[int, int]], attended: Audience
) -> dict[str, dict[int, int]]:
    """The scores of partners listed as present; a question nobody present scored goes."""
    kept = {
        key: {pid: value for pid, value in values.items() if author_present(pid, attended)}
        for key, values in scores.items()
    }
    return {key: values for key, values in kept.items() if values}


def _frozen(scores: dict[str, dict[int, int]]) -> Mapping[str, Mapping[int, int]]:
    return MappingProxyType({key: MappingProxyType(values) for key, values in scores.items()})


class ProgressService:
    def __init__(self, db: Database) -> None:
        self._db = db
        # Built once: constructing and cache-keying the union cost more than running it.
        self._partners = (
            select(Partner.id, Partner.position, Partner.name, Partner.email)
            .where(Partner.couple_id == _COUPLE)
            .order_by(Partner.position)
        )
        self._facts = _facts_query()

    def progress(self, couple_id: int, recipients: Audience | None = None) -> CoupleProgress:
        """The sessions `recipients` (default: the couple together) may see, scores and steps."""
        with self._db.transaction() as s:
            # Core rows through the session's connection: nothing here needs the ORM.
            partners, rows = self._read(s.connection(), couple_id)
            if not partners and s.get(Couple, couple_id) is None:
                raise NotFoundError.couple(couple_id)
        everyone = frozenset(p.id for p in partners)
        return _collect(couple_id, partners, rows, everyone if recipients is None else recipients)

    def for_session(self, session_id: int) -> CoupleProgress:
        """The progress as shown in this session: to the people present."""
        with self._db.transaction() as s:
            couple_id = load_session(s, session_id).couple_id
            recipients = audience_of(s, session_id)
            partners, rows = self._read(s.connection(), couple_id)
        return _collect(couple_id, partners, rows, recipients)

    def _read(self, connection: Connection, couple_id: int) -> tuple[Sequence[Any], Sequence[Any]]:
        params = {_COUPLE.key: couple_id}
        partners = connection.execute(self._partners, params).all()
        return partners, connection.execute(self._facts, params).all()


def _collect(
    couple_id: int, partners: Sequence[Any], rows: Sequence[Any], recipients: Audience
) -> CoupleProgress:
    """Fold the union's rows into sessions, keeping what `recipients` may see."""
    sessions: dict[int, tuple[date, time | None]] = {}
    scores: dict[int, dict[str, dict[int, int]]] = {}
    discussed: dict[int, set[str]] = {}
    present: dict[int, set[int]] = {}
    for session_id, day, start, kind, key, partner_id, value in rows:
        if kind == _SESSION:
            sessions[session_id] = (day, start)
        elif kind == _SCORE:
            scores.setdefault(session_id, {}).setdefault(key, {})[partner_id] = value
        elif kind == _STEP:
            discussed.setdefault(session_id, set()).add(key)
        else:
            present.setdefault(session_id, set()).add(partner_id)
    attended = {sid: frozenset(present.get(sid, ())) for sid in sessions}
    ordered = sorted(
        (item for item in sessions.items() if may_see(recipients, attended[item[0]])),
        key=lambda item: (item[1][0], _minutes(item[1][1]), item[0]),
    )
    return CoupleProgress(
        couple_id=couple_id,
        partners=tuple(PartnerInfo(p.id, p.position, p.name, p.email) for p in partners),
        sessions=tuple(
            SessionProgress(
                id=session_id,
                date=day,
                start_time=start,
                scores=_frozen(_present_scores(scores.get(session_id, {}), attended[session_id])),
                discussed=frozenset(discussed.get(session_id, ())),
                attended_ids=attended[session_id],
            )
            for session_id, (day, start) in ordered
        ),
    )


def _minutes(start: time | None) -> int:
    """Sort key: a session without a start time comes first on its day."""
    return -1 if start is None else start.hour * 60 + start.minute


def _facts_query() -> CompoundSelect[tuple[Any, ...]]:
    """One round trip for the sessions and everything charted about them.

    Each branch yields (session_id, date, start_time, kind, key, partner_id, value); the
    indexes on (couple_id, date) and on each table's session_id keep every branch cheap,
    and no per-session query is needed (a couple can have dozens of sessions). Which
    columns are NULL depends on `kind`, so a row has no one static type: `tuple[Any, ...]`.
    """
    counted = and_(
        CoachingSession.couple_id == _COUPLE,
        CoachingSession.status != SessionStatus.CANCELLED,
    )
    no_text = cast(null(), String)
    no_int = cast(null(), Integer)
    sessions = select(
        CoachingSession.id,
        CoachingSession.date,
        CoachingSession.start_time,
        literal(_SESSION),
        no_text,
        no_int,
        no_int,
    ).where(counted)
    scores = (
        select(
            Answer.session_id,
            null(),
            null(),
            literal(_SCORE),
            Answer.prompt_key,
            Answer.partner_id,
            Answer.value,
        )
        .join(CoachingSession, CoachingSession.id == Answer.session_id)
        .where(
            counted,
            # Both routes' check-ins: one partner's screen shows joint and own solo sessions.
            Answer.prompt_key.in_(CHECKIN_KEYS + SOLO_CHECKIN_KEYS),
            Answer.partner_id.is_not(None),
            Answer.value.is_not(None),
            # Check-in prompts are never hidden; should one ever be, it stays out of sight.
            Answer.revealed.is_(True),
        )
    )
    steps = (
        select(
            StepState.session_id, null(), null(), literal(_STEP), StepState.step_key, no_int, no_int
        )
        .join(CoachingSession, CoachingSession.id == StepState.session_id)
        .where(counted, StepState.discussed.is_(True))
    )
    attendance = (
        select(
            Attendance.session_id,
            null(),
            null(),
            literal(_PRESENT),
            no_text,
            Attendance.partner_id,
            no_int,
        )
        .join(CoachingSession, CoachingSession.id == Attendance.session_id)
        .where(counted)
    )
    return union_all(sessions, scores, steps, attendance)
