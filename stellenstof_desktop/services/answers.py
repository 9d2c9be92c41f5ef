"""Answers to the method's prompts, and per step whether it was discussed.

Answers are stored by the prompt's stable key, so editing the content file never loses
them. A `private_first` answer is stored unrevealed; until the coach reveals the prompt,
this service hands out only *that* it was entered, never its text.

An answer of a partner who is not listed as present in the session is kept but handed
out nowhere (`services/audience.py`), and a reveal does not reveal it.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from stellenstof_desktop.domain import AnswerValue, SessionAnswers, StepInfo
from stellenstof_desktop.errors import NotFoundError, ValidationError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP
from stellenstof_desktop.services import audience
from stellenstof_desktop.services.audience import where_author_present
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import Answer, CoachingSession, StepState

TEXT_MAX = 100_000
SCALE_RANGE = range(0, 11)
DECISION_CHOICES = frozenset({"1", "2", "samen"})  # partner position, or together


class TooLongError(ValidationError):
    def __init__(self) -> None:
        super().__init__(
            "text",
            QT_TRANSLATE_NOOP("errors", "Deze tekst is te lang (hoogstens {max} tekens)."),
            max=TEXT_MAX,
        )


class AnswerService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_session(self, session_id: int) -> SessionAnswers:
        with self._db.transaction() as s:
            rows = s.scalars(
                select(Answer).where(
                    Answer.session_id == session_id,
                    where_author_present(Answer.session_id, Answer.partner_id),
                )
            ).all()
            states = s.scalars(select(StepState).where(StepState.session_id == session_id)).all()
            answers = {
                (a.prompt_key, a.partner_id): AnswerValue(
                    "" if not a.revealed else a.text,
                    a.value,
                    dict(a.data or {}),
                    hidden=not a.revealed,
                )
                for a in rows
            }
            steps = {st.step_key: StepInfo(st.discussed, st.observation) for st in states}
        return SessionAnswers(answers, steps)

    def hidden_by_attendance(self, session_id: int) -> int:
        """How many entries are hidden because their partner is no longer listed as present."""
        with self._db.transaction() as s:
            return audience.hidden_by_attendance(s, session_id)

    def save_text(
        self, session_id: int, prompt_key: str, partner_id: int | None, text: str
    ) -> None:
        if len(text) > TEXT_MAX:
            raise TooLongError()
        with self._db.transaction() as s:
            self._row(s, session_id, prompt_key, partner_id).text = text

    def save_value(
        self, session_id: int, prompt_key: str, partner_id: int | None, value: int | None
    ) -> None:
        if value is not None and value not in SCALE_RANGE:
            raise ValidationError(
                "value", QT_TRANSLATE_NOOP("errors", "Kies een getal van 0 tot 10.")
            )
        with self._db.transaction() as s:
            self._row(s, session_id, prompt_key, partner_id).value = value

    def save_choices(
        self, session_id: int, prompt_key: str, partner_id: int | None, data: dict[str, str]
    ) -> None:
        """Store a decision map row: decision area -> "1", "2" (partner position) or "samen"."""
        clean = {area: choice for area, choice in data.items() if choice in DECISION_CHOICES}
        with self._db.transaction() as s:
            self._row(s, session_id, prompt_key, partner_id).data = clean

    def save_hidden(self, session_id: int, prompt_key: str, partner_id: int, text: str) -> None:
        """A private_first entry: replaces any earlier one and stays hidden until revealed."""
        if len(text) > TEXT_MAX:
            raise TooLongError()
        if not text.strip():
            raise ValidationError("text", QT_TRANSLATE_NOOP("errors", "Schrijf eerst iets op."))
        with self._db.transaction() as s:
            row = self._row(s, session_id, prompt_key, partner_id)
            row.text, row.revealed = text, False

    def reveal(self, session_id: int, prompt_key: str) -> None:
        with self._db.transaction() as s:
            s.execute(
                update(Answer)
                .where(
                    Answer.session_id == session_id,
                    Answer.prompt_key == prompt_key,
                    # Who is not listed as present is not in the room to reveal to.
                    where_author_present(Answer.session_id, Answer.partner_id),
                )
                .values(revealed=True)
            )

    def set_discussed(self, session_id: int, step_key: str, discussed: bool) -> None:
        with self._db.transaction() as s:
            self._state(s, session_id, step_key).discussed = discussed

    def save_observation(self, session_id: int, step_key: str, text: str) -> None:
        if len(text) > TEXT_MAX:
            raise TooLongError()
        with self._db.transaction() as s:
            self._state(s, session_id, step_key).observation = text

    @staticmethod
    def _check_session(s: Session, session_id: int) -> None:
        if s.get(CoachingSession, session_id) is None:
            raise NotFoundError.session(session_id)

    def _row(self, s: Session, session_id: int, prompt_key: str, partner_id: int | None) -> Answer:
        row = s.scalars(
            select(Answer).where(
                Answer.session_id == session_id,
                Answer.prompt_key == prompt_key,
                Answer.partner_id.is_(None)
                if partner_id is None
                else Answer.partner_id == partner_id,
            )
        ).first()
        if row is None:
            self._check_session(s, session_id)
            row = Answer(session_id=session_id, prompt_key=prompt_key, partner_id=partner_id)
            s.add(row)
        return row

    def _state(self, s: Session, session_id: int, step_key: str) -> StepState:
        state = s.get(StepState, (session_id, step_key))
        if state is None:
            self._check_session(s, session_id)
            state = StepState(session_id=session_id, step_key=step_key)
            s.add(state)
        return state
