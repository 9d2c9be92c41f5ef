"""The one place that decides what of a session the couple may read.

`SummaryService.build()` reads a session in one transaction and returns a
`SessionSummary`. What is private is never even loaded: coach notes and step
observations are not selected, unrevealed answers are filtered out in the query, and
exercises still being chosen or written in hidden are skipped. The PDF and the e-mail
draft only ever see the result.

What was said belongs to those who were there (`services/audience.py`): the report goes to
the people present, so earlier sessions count only if all of them attended, and an entry of
a partner who is not listed as present is left out.

Prompts are turned into summary items by their kind through `ITEM_BUILDERS`; a new kind
of prompt needs one builder there (and one renderer in `report/pdf.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from stellenstof_desktop.content import Method, Prompt, Route
from stellenstof_desktop.domain import ExercisePhase, NoteKind, SessionStatus
from stellenstof_desktop.errors import NotFoundError
from stellenstof_desktop.report.model import (
    AgreementLine,
    DecisionChoice,
    DecisionMapItem,
    DecisionRow,
    ExercisePart,
    ExerciseSummary,
    Item,
    PartnerScore,
    PartnerText,
    PartnerWish,
    Person,
    ProgressChart,
    ProgressLine,
    ReviewLine,
    ScaleItem,
    SessionSummary,
    StepSummary,
    TextItem,
    Worksheet,
)
from stellenstof_desktop.report.text import language_of
from stellenstof_desktop.services.agreements import listed
from stellenstof_desktop.services.audience import (
    Audience,
    audience_of,
    author_present,
    previous_for_review,
    where_attended_by,
    where_author_present,
)
from stellenstof_desktop.services.profile import ProfileService, letterhead
from stellenstof_desktop.services.sessions import load_session
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import (
    Answer,
    CoachingSession,
    Couple,
    Exercise,
    Note,
    StepState,
)

# The exercise phases whose entries both partners have seen; CHOOSE and HIDDEN are still
# secret, CANCELLED was dropped.
SHARED_PHASES = frozenset(
    {ExercisePhase.REVEALED, ExercisePhase.TALK, ExercisePhase.DECIDE, ExercisePhase.DONE}
)


@dataclass(frozen=True)
class _Shared:
    """A shareable answer row, copied out of the ORM."""

    text: str
    value: int | None
    data: dict[str, str]


@dataclass(frozen=True)
class _Found:
    """The revealed answers of one session and its people, for the item builders."""

    answers: dict[tuple[str, int | None], _Shared]
    partners: tuple[tuple[int, Person], ...]  # (partner id, person)

    def shared(self, prompt: Prompt) -> _Shared | None:
        return self.answers.get((prompt.key, None))

    def each(self, prompt: Prompt) -> Iterable[tuple[Person, _Shared]]:
        for partner_id, person in self.partners:
            found = self.answers.get((prompt.key, partner_id))
            if found is not None:
                yield person, found

    def choice(self, raw: str | None) -> DecisionChoice | None:
        if raw == "samen":
            return DecisionChoice(None)
        for _id, person in self.partners:
            if raw == str(person.position):
                return DecisionChoice(person)
        return None


ItemBuilder = Callable[[Prompt, _Found], Item | None]


def _text_item(prompt: Prompt, found: _Found) -> Item | None:
    shared = found.shared(prompt)
    answers = tuple(
        PartnerText(person, row.text) for person, row in found.each(prompt) if row.text.strip()
    )
    shared_text = shared.text if shared and shared.text.strip() else ""
    if not shared_text and not answers:
        return None
    return TextItem(prompt.text, shared_text, answers)


def _scale_item(prompt: Prompt, found: _Found) -> ScaleItem | None:
    scores = tuple(
        PartnerScore(person, row.value)
        for person, row in found.each(prompt)
        if row.value is not None and 0 <= row.value <= 10
    )
    return ScaleItem(prompt.text, prompt.low, prompt.high, scores) if scores else None


def _decision_item(prompt: Prompt, found: _Found) -> DecisionMapItem | None:
    shared = found.shared(prompt)
    mine = list(found.each(prompt))
    rows: list[DecisionRow] = []
    for area in prompt.areas:
        now = found.choice(shared.data.get(area.key)) if shared else None
        wishes = tuple(
            PartnerWish(person, choice)
            for person, row in mine
            if (choice := found.choice(row.data.get(area.key))) is not None
        )
        if now is not None or wishes:
            rows.append(DecisionRow(area.label, now, wishes))
    if not rows:
        return None
    return DecisionMapItem(prompt.text, tuple(rows))


# One builder per prompt kind. `private_first` needs no care of its own: unrevealed rows
# never reach `_Found`.
ITEM_BUILDERS: dict[str, ItemBuilder] = {
    "shared": _text_item,
    "per_partner": _text_item,
    "private_first": _text_item,
    "scale": _scale_item,
    "decision_map": _decision_item,
}


def build_items(prompts: Iterable[Prompt], found: _Found) -> tuple[Item, ...]:
    items = []
    for prompt in prompts:
        builder = ITEM_BUILDERS.get(prompt.kind)
        item = builder(prompt, found) if builder else None
        if item is not None:
            items.append(item)
    return tuple(items)


class SummaryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def build(self, session_id: int, method: Method) -> SessionSummary:
        """What the couple may read about this session, read in one transaction.

        The report speaks the method's language, so its headings match its questions.
        """
        with self._db.transaction() as s:
            session = load_session(s, session_id)
            attended = frozenset(a.partner_id for a in session.attendance)
            people = tuple(
                (p.id, Person(p.position, p.name, p.email, p.id in attended))
                for p in session.couple.partners
            )
            by_id = dict(people)
            found = _Found(self._answers(s, session_id), people)
            profile, logo = ProfileService.read(s)
            previous = previous_for_review(s, session_id)
            route = method.route(session.route)
            return SessionSummary(
                session_id=session.id,
                couple_name=session.couple.display_name,
                partners=tuple(person for _id, person in people),
                date=session.date,
                start_time=session.start_time,
                checkin=tuple(
                    item
                    for item in build_items(route.checkin.prompts, found)
                    if isinstance(item, ScaleItem)
                ),
                steps=self._steps(s, session_id, route, found),
                exercises=self._exercises(s, session_id, by_id, attended),
                agreements=tuple(
                    AgreementLine(a.text, by_id.get(a.partner_id or -1), a.due_date)
                    for a in listed(s, session_id)
                    if a.text.strip()
                ),
                reviewed=tuple(
                    ReviewLine(a.text, by_id.get(a.partner_id or -1), a.review, a.review_note)
                    for a in (listed(s, previous.id) if previous else [])
                    if a.review is not None or a.review_note.strip()
                ),
                reviewed_date=previous.date if previous else None,
                shared_notes=self._shared_note(s, session_id),
                next_appointment=session.next_appointment,
                next_appointment_time=session.next_appointment_time,
                progress=self._progress(s, session, audience_of(s, session_id), method, people),
                practice=letterhead(profile, logo),
                language=language_of(method.language),
            )

    def worksheet(self, couple_id: int, language: str = "nl") -> Worksheet:
        """The blank "samen besluiten" worksheet with the couple's names filled in."""
        with self._db.transaction() as s:
            couple = s.get(Couple, couple_id, options=[selectinload(Couple.partners)])
            if couple is None:
                raise NotFoundError.couple(couple_id)
            profile, logo = ProfileService.read(s)
            return Worksheet(
                couple.display_name,
                tuple(Person(p.position, p.name, p.email, True) for p in couple.partners),
                letterhead(profile, logo),
                language_of(language),
            )

    # reading -------------------------------------------------------------------
    @staticmethod
    def _answers(s: Session, session_id: int) -> dict[tuple[str, int | None], _Shared]:
        rows = s.execute(
            select(
                Answer.prompt_key, Answer.partner_id, Answer.text, Answer.value, Answer.data
            ).where(
                Answer.session_id == session_id,
                Answer.revealed.is_(True),
                where_author_present(Answer.session_id, Answer.partner_id),
            )
        )
        return {
            (r.prompt_key, r.partner_id): _Shared(r.text or "", r.value, dict(r.data or {}))
            for r in rows
        }

    @staticmethod
    def _steps(s: Session, session_id: int, route: Route, found: _Found) -> tuple[StepSummary, ...]:
        # Only the `discussed` flag: the step's observation is the coach's and stays here.
        discussed = set(
            s.scalars(
                select(StepState.step_key).where(
                    StepState.session_id == session_id, StepState.discussed.is_(True)
                )
            )
        )
        steps = []
        for step in route.steps:
            items = build_items(step.prompts, found)
            if items or step.key in discussed:
                steps.append(StepSummary(step.number, step.title, items))
        return tuple(steps)

    @staticmethod
    def _exercises(
        s: Session, session_id: int, by_id: dict[int, Person], attended: Audience
    ) -> tuple[ExerciseSummary, ...]:
        rows = s.scalars(
            select(Exercise)
            .where(Exercise.session_id == session_id, Exercise.phase.in_(SHARED_PHASES))
            .options(selectinload(Exercise.entries))
            .order_by(Exercise.position, Exercise.id)
        ).all()
        out = []
        for ex in rows:
            parts = sorted(
                (
                    ExercisePart(
                        by_id[e.partner_id], e.preference, e.reason, e.expected_other,
                        e.appeal, e.voice,
                    )
                    for e in ex.entries
                    if e.partner_id in by_id and author_present(e.partner_id, attended)
                ),
                key=lambda part: part.partner.position,
            )  # fmt: skip
            out.append(
                ExerciseSummary(
                    ex.topic, tuple(parts), ex.talk_notes, ex.decision, ex.follow_up, ex.solo
                )
            )
        return tuple(out)

    @staticmethod
    def _shared_note(s: Session, session_id: int) -> str:
        # Selected by kind: the private note is never read for a summary.
        text = s.scalar(
            select(Note.text).where(Note.session_id == session_id, Note.kind == NoteKind.SHARED)
        )
        return text or ""

    @staticmethod
    def _progress(
        s: Session,
        session: CoachingSession,
        recipients: Audience,
        method: Method,
        people: tuple[tuple[int, Person], ...],
    ) -> tuple[ProgressChart, ...]:
        """Check-in scores of the sessions up to this one that every recipient attended.

        Both routes' check-ins: a solo report may chart joint sessions and its own solo ones.
        """
        prompts = [p for route in method.routes for p in route.checkin.prompts]
        keys = [p.key for p in prompts]
        rows = s.execute(
            select(
                CoachingSession.id,
                CoachingSession.date,
                Answer.prompt_key,
                Answer.partner_id,
                Answer.value,
            )
            .join(Answer, Answer.session_id == CoachingSession.id)
            .where(
                CoachingSession.couple_id == session.couple_id,
                CoachingSession.status != SessionStatus.CANCELLED,
                (CoachingSession.date < session.date)
                | ((CoachingSession.date == session.date) & (CoachingSession.id <= session.id)),
                where_attended_by(CoachingSession.id, recipients),
                Answer.prompt_key.in_(keys),
                Answer.partner_id.is_not(None),
                where_author_present(Answer.session_id, Answer.partner_id),
                Answer.value.is_not(None),
                Answer.revealed.is_(True),
            )
            .order_by(CoachingSession.date, CoachingSession.id)
        ).all()
        order = list(dict.fromkeys((r.id, r.date) for r in rows))
        values = {(r.prompt_key, r.partner_id, r.id): r.value for r in rows}
        charts = []
        for prompt in prompts:
            lines = tuple(
                ProgressLine(
                    person,
                    tuple(values.get((prompt.key, pid, ident)) for ident, _day in order),
                )
                for pid, person in people
            )
            lines = tuple(line for line in lines if any(v is not None for v in line.values))
            if lines:
                charts.append(ProgressChart(prompt.text, tuple(d for _i, d in order), lines))
        return tuple(charts)
