"""The "samen besluiten" exercise: choose, write hidden, reveal, talk, decide.

A partner's hidden entry lives only in the database until the coach reveals the
exercise: nothing this service returns before that carries its text, so no view can
show it by mistake. Cancelling before the reveal erases the hidden entries.

What was said belongs to those who were there (`services/audience.py`): the entry of a
partner not listed as present in the session is kept but handed out nowhere, and the
history holds only the sessions every recipient attended.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from stellenstof_desktop.domain import (
    AFTER_REVEAL,
    FLOW,
    Balance,
    BalancePoint,
    ExerciseHistory,
    ExerciseInfo,
    ExercisePhase,
    HistoryItem,
    PartnerBalance,
    PartnerInfo,
    RevealedEntry,
    Voice,
)
from stellenstof_desktop.errors import KnownError, NotFoundError, ValidationError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP
from stellenstof_desktop.services.audience import (
    Audience,
    attendance_by_session,
    audience_of,
    author_present,
    where_attended_by,
)
from stellenstof_desktop.services.sessions import load_session
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import (
    CoachingSession,
    Couple,
    Exercise,
    ExerciseEntry,
    Partner,
)

TEXT_MAX = 20_000
TOPIC_MAX = 300  # a small upcoming decision; it is shown in large type on the hand-over screen

# The phases a finished exercise walks through, in order; CANCELLED stands apart.
_TEXT_FIELDS = ("talk_notes", "decision", "follow_up")


class ExerciseNotFoundError(NotFoundError):
    def __init__(self, ident: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Deze oefening bestaat niet meer."), ident=ident
        )


class PhaseError(KnownError):
    """An action that does not fit the exercise's current phase."""


class NotAllEnteredError(PhaseError):
    def __init__(self, missing: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nog niet iedereen heeft een voorkeur opgeschreven (nog niet: {names}). "
                "De voorkeuren worden pas getoond als iedereen klaar is.",
            ),
            names=", ".join(missing),
        )


class TextTooLongError(ValidationError):
    def __init__(self, field_name: str, limit: int) -> None:
        super().__init__(
            field_name,
            QT_TRANSLATE_NOOP(
                "errors",
                "Deze tekst is te lang: hoogstens {max} tekens. Kort hem in of verdeel hem.",
            ),
            max=limit,
        )


def balance_of(history: ExerciseHistory) -> Balance:
    """Count the recorded voices of every exercise that was not cancelled."""
    counts: dict[int, Counter[Voice]] = {p.id: Counter() for p in history.partners}
    points = []
    for item in history.items:
        if item.phase is ExercisePhase.CANCELLED:
            continue
        voices = {e.partner.id: e.voice for e in item.entries if e.voice is not None}
        if not voices:
            continue
        for partner_id, voice in voices.items():
            counts.setdefault(partner_id, Counter())[voice] += 1
        points.append(BalancePoint(item.exercise_id, item.session_date, item.topic, voices))
    return Balance(
        tuple(PartnerBalance(p, dict(counts[p.id])) for p in history.partners),
        tuple(points),
    )


def _check_length(value: str, field_name: str, limit: int = TEXT_MAX) -> None:
    if len(value) > limit:
        raise TextTooLongError(field_name, limit)


def _clean_topic(value: str, *, required: bool) -> str:
    _check_length(value, "topic", TOPIC_MAX)
    if required and not value.strip():
        raise ValidationError(
            "topic",
            QT_TRANSLATE_NOOP(
                "errors",
                "Vul eerst in over welke kleine beslissing het gaat, bijvoorbeeld "
                "“Wat doen we zaterdagmiddag met de kinderen?”.",
            ),
        )
    return value


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _enter(exercise: Exercise, phase: ExercisePhase) -> None:
    """Move to `phase` and note when; a new dict, so SQLAlchemy sees the JSON change."""
    exercise.phase = phase
    exercise.phase_times = {**(exercise.phase_times or {}), phase.value: _now().isoformat()}


def _was_revealed(exercise: Exercise) -> bool:
    times = exercise.phase_times or {}
    return exercise.phase in AFTER_REVEAL or ExercisePhase.REVEALED.value in times


def _times(exercise: Exercise) -> dict[ExercisePhase, datetime]:
    known = {phase.value for phase in ExercisePhase}
    return {
        ExercisePhase(key): datetime.fromisoformat(value)
        for key, value in (exercise.phase_times or {}).items()
        if key in known
    }


def _partner(p: Partner) -> PartnerInfo:
    return PartnerInfo(p.id, p.position, p.name, p.email)


def _revealed_entries(
    exercise: Exercise, partners: Mapping[int, PartnerInfo]
) -> tuple[RevealedEntry, ...]:
    """The entries with their texts; empty (the texts never leave) until the reveal."""
    if not _was_revealed(exercise):
        return ()
    entries = [
        RevealedEntry(
            partners[e.partner_id],
            e.preference,
            e.reason,
            e.expected_other,
            e.appeal,
            e.voice,
            e.entered_at,
        )
        for e in exercise.entries
        if e.partner_id in partners and e.entered_at is not None
    ]
    return tuple(sorted(entries, key=lambda e: e.partner.position))


@dataclass
class _Loaded:
    """An exercise with its session's partners, inside one transaction."""

    exercise: Exercise
    partners: tuple[PartnerInfo, ...]
    attended: frozenset[int]

    @property
    def participants(self) -> tuple[PartnerInfo, ...]:
        return tuple(p for p in self.partners if p.id in self.attended)

    def info(self) -> ExerciseInfo:
        x = self.exercise
        revealed = _was_revealed(x)
        return ExerciseInfo(
            id=x.id,
            session_id=x.session_id,
            position=x.position,
            topic=x.topic,
            phase=x.phase,
            solo=x.solo,
            participants=self.participants,
            absent=tuple(p for p in self.partners if p.id not in self.attended),
            entered={
                e.partner_id: e.entered_at
                for e in x.entries
                if e.entered_at is not None and author_present(e.partner_id, self.attended)
            },
            phase_times=_times(x),
            entries=_revealed_entries(x, {p.id: p for p in self.participants}),
            talk_notes=x.talk_notes if revealed else "",
            decision=x.decision if revealed else "",
            follow_up=x.follow_up if revealed else "",
        )


def _refuse_absent(loaded: _Loaded, partner_id: int) -> None:
    """Only a partner listed as present takes part (and has their entry shown)."""
    if partner_id not in loaded.attended:
        raise PhaseError(
            QT_TRANSLATE_NOOP("errors", "Deze partner is niet bij de sessie en doet niet mee.")
        )


def _wrap(exercise: Exercise, session: CoachingSession) -> _Loaded:
    return _Loaded(
        exercise,
        tuple(_partner(p) for p in session.couple.partners),
        frozenset(a.partner_id for a in session.attendance),
    )


class ExerciseService:
    """Each method is one transaction; texts are capped at TEXT_MAX characters."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # reading -----------------------------------------------------------------
    def list_for_session(self, session_id: int) -> list[ExerciseInfo]:
        with self._db.transaction() as s:
            session = load_session(s, session_id)
            exercises = s.scalars(
                select(Exercise)
                .where(Exercise.session_id == session_id)
                .options(selectinload(Exercise.entries))
                .order_by(Exercise.position, Exercise.id)
            ).all()
            return [_wrap(x, session).info() for x in exercises]

    def get(self, exercise_id: int) -> ExerciseInfo:
        with self._db.transaction() as s:
            return self._load(s, exercise_id).info()

    def history(self, couple_id: int, recipients: Audience | None = None) -> ExerciseHistory:
        """The exercises `recipients` (default: the couple together) may see, oldest first."""
        with self._db.transaction() as s:
            return self._history(s, couple_id, recipients)

    def history_for_session(self, session_id: int) -> ExerciseHistory:
        """The history as shown in this session: to the people present."""
        with self._db.transaction() as s:
            couple_id = load_session(s, session_id).couple_id
            return self._history(s, couple_id, audience_of(s, session_id))

    def balance(self, couple_id: int, recipients: Audience | None = None) -> Balance:
        return balance_of(self.history(couple_id, recipients))

    def balance_for_session(self, session_id: int) -> Balance:
        return balance_of(self.history_for_session(session_id))

    @staticmethod
    def _history(s: Session, couple_id: int, recipients: Audience | None) -> ExerciseHistory:
        couple = s.get(Couple, couple_id, options=[selectinload(Couple.partners)])
        if couple is None:
            raise NotFoundError.couple(couple_id)
        partners = tuple(_partner(p) for p in couple.partners)
        audience = frozenset(p.id for p in partners) if recipients is None else recipients
        rows = s.execute(
            select(Exercise, CoachingSession.date)
            .join(CoachingSession, Exercise.session_id == CoachingSession.id)
            .where(
                CoachingSession.couple_id == couple_id,
                where_attended_by(CoachingSession.id, audience),
            )
            .options(selectinload(Exercise.entries))
            .order_by(
                CoachingSession.date,
                CoachingSession.start_time,
                CoachingSession.id,
                Exercise.position,
                Exercise.id,
            )
        ).all()
        present = attendance_by_session(s, couple_id)
        items = []
        for x, session_date in rows:
            revealed = _was_revealed(x)
            attended = present.get(x.session_id, frozenset())
            items.append(
                HistoryItem(
                    exercise_id=x.id,
                    session_id=x.session_id,
                    session_date=session_date,
                    topic=x.topic,
                    phase=x.phase,
                    solo=x.solo,
                    entries=_revealed_entries(x, {p.id: p for p in partners if p.id in attended}),
                    decision=x.decision if revealed else "",
                    follow_up=x.follow_up if revealed else "",
                )
            )
        return ExerciseHistory(partners, tuple(items))

    # the flow ----------------------------------------------------------------
    def create(self, session_id: int, topic: str = "") -> ExerciseInfo:
        """A new exercise in the CHOOSE phase; the topic may still be empty (typed next)."""
        _clean_topic(topic, required=False)
        with self._db.transaction() as s:
            session = load_session(s, session_id)
            last = s.scalar(
                select(func.max(Exercise.position)).where(Exercise.session_id == session_id)
            )
            exercise = Exercise(
                session_id=session_id,
                position=(last or 0) + 1,
                topic=topic,
                solo=len(session.attendance) < 2,
                phase_times={},
            )
            _enter(exercise, ExercisePhase.CHOOSE)
            s.add(exercise)
            s.flush()
            return _wrap(exercise, session).info()

    def set_topic(self, exercise_id: int, topic: str) -> None:
        with self._db.transaction() as s:
            x = self._load(s, exercise_id).exercise
            self._refuse_cancelled(x)
            x.topic = _clean_topic(topic, required=x.phase is not ExercisePhase.CHOOSE)

    def submit_hidden(
        self,
        exercise_id: int,
        partner_id: int,
        preference: str,
        reason: str = "",
        expected_other: str = "",
    ) -> ExerciseInfo:
        """Store (or replace) a partner's hidden entry; the result carries no text."""
        for value, name in (
            (preference, "preference"),
            (reason, "reason"),
            (expected_other, "expected_other"),
        ):
            _check_length(value, name)
        if not preference.strip():
            raise ValidationError(
                "preference",
                QT_TRANSLATE_NOOP("errors", "Schrijf eerst je voorkeur op; dat is nodig."),
            )
        with self._db.transaction() as s:
            loaded = self._load(s, exercise_id)
            x = loaded.exercise
            if x.phase not in (ExercisePhase.CHOOSE, ExercisePhase.HIDDEN):
                raise PhaseError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "De voorkeuren zijn al getoond; ze kunnen niet meer opnieuw "
                        "worden ingevuld.",
                    )
                )
            _refuse_absent(loaded, partner_id)
            if x.phase is ExercisePhase.CHOOSE:
                self._start(loaded)
            entry = next((e for e in x.entries if e.partner_id == partner_id), None)
            if entry is None:
                entry = ExerciseEntry(partner_id=partner_id)
                x.entries.append(entry)
            entry.preference = preference.strip()
            entry.reason = reason.strip()
            entry.expected_other = expected_other.strip()
            entry.entered_at = _now()
            s.flush()
            return loaded.info()

    def reveal(self, exercise_id: int) -> ExerciseInfo:
        """Show the preferences: only once every attending partner has entered one."""
        with self._db.transaction() as s:
            loaded = self._load(s, exercise_id)
            self._reveal(loaded)
            return loaded.info()

    def advance(self, exercise_id: int) -> ExerciseInfo:
        """Go to the next phase, checking what that phase needs."""
        with self._db.transaction() as s:
            loaded = self._load(s, exercise_id)
            x = loaded.exercise
            self._refuse_cancelled(x)
            if x.phase is ExercisePhase.CHOOSE:
                self._start(loaded)
            elif x.phase is ExercisePhase.HIDDEN:
                self._reveal(loaded)
            elif x.phase is ExercisePhase.DECIDE:
                self._check_decided(loaded)
                _enter(x, ExercisePhase.DONE)
            elif x.phase is ExercisePhase.DONE:
                raise PhaseError(QT_TRANSLATE_NOOP("errors", "Deze oefening is al afgerond."))
            else:
                _enter(x, FLOW[FLOW.index(x.phase) + 1])
            return loaded.info()

    def go_back(self, exercise_id: int) -> ExerciseInfo:
        """One phase back: after the reveal freely; before it only while nobody has entered."""
        with self._db.transaction() as s:
            loaded = self._load(s, exercise_id)
            x = loaded.exercise
            self._refuse_cancelled(x)
            if x.phase is ExercisePhase.HIDDEN and any(e.entered_at for e in x.entries):
                raise PhaseError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Er is al een voorkeur opgeschreven. Voor het tonen kan een "
                        "voorkeur alleen opnieuw worden ingevuld, niet worden bekeken.",
                    )
                )
            if x.phase is ExercisePhase.REVEALED:
                raise PhaseError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Verder terug kan niet: getoonde voorkeuren worden niet weer verborgen.",
                    )
                )
            if x.phase is ExercisePhase.CHOOSE:
                raise PhaseError(
                    QT_TRANSLATE_NOOP("errors", "Dit is de eerste stap van de oefening.")
                )
            _enter(x, FLOW[FLOW.index(x.phase) - 1])
            return loaded.info()

    def cancel(self, exercise_id: int) -> None:
        """Stop an exercise: a fresh one disappears, hidden entries are erased unread."""
        with self._db.transaction() as s:
            x = self._load(s, exercise_id).exercise
            if x.phase is ExercisePhase.CANCELLED:
                return
            if x.phase is ExercisePhase.CHOOSE and not x.entries:
                s.delete(x)
                return
            if not _was_revealed(x):
                # Nobody saw them and nobody will: keep no copy of the hidden texts.
                s.execute(delete(ExerciseEntry).where(ExerciseEntry.exercise_id == x.id))
                s.expire(x, ["entries"])
            _enter(x, ExercisePhase.CANCELLED)

    # after the reveal --------------------------------------------------------
    def set_appeal(self, exercise_id: int, partner_id: int, text: str) -> None:
        """A partner's answer to "wat spreekt je hierin aan?"."""
        _check_length(text, "appeal")
        with self._db.transaction() as s:
            self._revealed_entry(s, exercise_id, partner_id).appeal = text

    def set_voice(self, exercise_id: int, partner_id: int, voice: Voice | None) -> None:
        """How much of this partner's voice is in the joint decision."""
        with self._db.transaction() as s:
            self._revealed_entry(s, exercise_id, partner_id).voice = voice

    def set_talk_notes(self, exercise_id: int, text: str) -> None:
        self._set_text(exercise_id, "talk_notes", text)

    def set_decision(self, exercise_id: int, text: str) -> None:
        self._set_text(exercise_id, "decision", text)

    def set_follow_up(self, exercise_id: int, text: str) -> None:
        self._set_text(exercise_id, "follow_up", text)

    # helpers -----------------------------------------------------------------
    @staticmethod
    def _load(s: Session, exercise_id: int) -> _Loaded:
        x = s.get(Exercise, exercise_id, options=[selectinload(Exercise.entries)])
        if x is None:
            raise ExerciseNotFoundError(exercise_id)
        return _wrap(x, load_session(s, x.session_id))

    @staticmethod
    def _refuse_cancelled(x: Exercise) -> None:
        if x.phase is ExercisePhase.CANCELLED:
            raise PhaseError(QT_TRANSLATE_NOOP("errors", "Deze oefening is geannuleerd."))

    @staticmethod
    def _start(loaded: _Loaded) -> None:
        """CHOOSE -> HIDDEN: the topic is needed; who attends decides the solo variant."""
        x = loaded.exercise
        _clean_topic(x.topic, required=True)
        if not loaded.participants:
            raise PhaseError(QT_TRANSLATE_NOOP("errors", "Geef eerst bij de sessie aan wie er is."))
        x.solo = len(loaded.participants) < 2
        _enter(x, ExercisePhase.HIDDEN)

    @staticmethod
    def _reveal(loaded: _Loaded) -> None:
        x = loaded.exercise
        if x.phase is not ExercisePhase.HIDDEN:
            raise PhaseError(
                QT_TRANSLATE_NOOP("errors", "Deze oefening is niet in de stap van het invullen.")
            )
        entered = {e.partner_id for e in x.entries if e.entered_at is not None}
        missing = [p.name for p in loaded.participants if p.id not in entered]
        if missing:
            raise NotAllEnteredError(missing)
        _enter(x, ExercisePhase.REVEALED)

    @staticmethod
    def _check_decided(loaded: _Loaded) -> None:
        x = loaded.exercise
        if not x.decision.strip():
            raise ValidationError(
                "decision",
                QT_TRANSLATE_NOOP("errors", "Schrijf eerst op wat jullie samen hebben besloten."),
            )
        for entry in sorted(x.entries, key=lambda e: e.partner_id):
            if not author_present(entry.partner_id, loaded.attended):
                continue  # kept, but not part of this session any more
            if entry.entered_at is not None and entry.voice is None:
                name = next(p.name for p in loaded.partners if p.id == entry.partner_id)
                raise ValidationError(
                    f"voice:{entry.partner_id}",
                    QT_TRANSLATE_NOOP(
                        "errors", "Kies nog hoeveel van de stem van {name} in het besluit zit."
                    ),
                    name=name,
                )

    def _revealed_entry(self, s: Session, exercise_id: int, partner_id: int) -> ExerciseEntry:
        loaded = self._load(s, exercise_id)
        x = loaded.exercise
        self._refuse_unrevealed(x)
        _refuse_absent(loaded, partner_id)
        entry = next((e for e in x.entries if e.partner_id == partner_id and e.entered_at), None)
        if entry is None:
            raise PhaseError(
                QT_TRANSLATE_NOOP("errors", "Deze partner heeft bij deze oefening niets ingevuld.")
            )
        return entry

    def _set_text(self, exercise_id: int, name: str, text: str) -> None:
        assert name in _TEXT_FIELDS
        _check_length(text, name)
        with self._db.transaction() as s:
            x = self._load(s, exercise_id).exercise
            self._refuse_unrevealed(x)
            setattr(x, name, text)

    def _refuse_unrevealed(self, x: Exercise) -> None:
        self._refuse_cancelled(x)
        if not _was_revealed(x):
            raise PhaseError(
                QT_TRANSLATE_NOOP("errors", "Dit kan pas als de voorkeuren zijn getoond.")
            )
