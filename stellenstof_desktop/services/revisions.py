"""Earlier versions of a session's texts: list them, bring one back, drop the old ones.

store/revisions.py records them on every save. Handed out here only what the open
session may show: a hidden entry has no revision at all, and the revision of a text whose
partner is no longer listed as present is kept out, as the text itself is
(services/audience.py). Reports and exports read the texts, never this table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from stellenstof_desktop.domain import NoteKind, PartnerInfo, RevisionInfo, RevisionKind
from stellenstof_desktop.errors import NotFoundError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP
from stellenstof_desktop.services.audience import author_present, previous_for_review
from stellenstof_desktop.services.sessions import load_session
from stellenstof_desktop.store import revisions as recorder
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import (
    Agreement,
    Answer,
    Base,
    Exercise,
    ExerciseEntry,
    Note,
    Revision,
    StepState,
)


class RevisionGoneError(NotFoundError):
    def __init__(self, ident: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Deze eerdere versie kan niet meer worden teruggezet: de tekst waar hij bij "
                "hoort bestaat niet meer.",
            ),
            ident=ident,
        )


def _row(s: Session, revision: Revision) -> Base | None:
    model = recorder.MODELS.get(revision.table_name)
    if model is None or revision.field not in recorder.TRACKED[model]:
        return None
    return s.get(model, recorder.identity(model, revision.row_key))


def _readable(s: Session, row: Base, attended: frozenset[int] | None) -> bool:
    """Whether the row's text may be shown now; `attended` None: do not check presence."""
    if isinstance(row, Answer):
        return row.revealed and (attended is None or author_present(row.partner_id, attended))
    if isinstance(row, ExerciseEntry):
        exercise = s.get(Exercise, row.exercise_id)
        return (
            exercise is not None
            and recorder.exercise_revealed(exercise.phase, exercise.phase_times)
            and (attended is None or author_present(row.partner_id, attended))
        )
    return True


def _kind(row: Base, field: str) -> RevisionKind:
    if isinstance(row, Note):
        return (
            RevisionKind.SHARED_NOTE if row.kind is NoteKind.SHARED else RevisionKind.PRIVATE_NOTE
        )
    if isinstance(row, Answer):
        return RevisionKind.ANSWER
    if isinstance(row, StepState):
        return RevisionKind.OBSERVATION
    if isinstance(row, Agreement):
        return RevisionKind.AGREEMENT if field == "text" else RevisionKind.REVIEW_NOTE
    return RevisionKind(field)  # exercises and their entries: the field names the kind


def _key(row: Base) -> str:
    if isinstance(row, Answer):
        return row.prompt_key
    if isinstance(row, StepState):
        return row.step_key
    return ""


def _about(s: Session, row: Base) -> str:
    if isinstance(row, Agreement):
        return row.text
    if isinstance(row, Exercise):
        return row.topic
    if isinstance(row, ExerciseEntry):
        exercise = s.get(Exercise, row.exercise_id)
        return exercise.topic if exercise is not None else ""
    return ""


class RevisionService:
    """Each method is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def for_session(self, session_id: int) -> list[RevisionInfo]:
        """The earlier versions of this session's texts, newest first.

        The review notes written here about the previous session's agreements count too.
        """
        with self._db.transaction() as s:
            session = load_session(s, session_id)
            attended = frozenset(a.partner_id for a in session.attendance)
            partners = {
                p.id: PartnerInfo(p.id, p.position, p.name, p.email)
                for p in session.couple.partners
            }
            where = Revision.session_id == session_id
            previous = previous_for_review(s, session_id)
            if previous is not None:
                where = or_(
                    where,
                    and_(
                        Revision.session_id == previous.id,
                        Revision.table_name == Agreement.__tablename__,
                        Revision.field == "review_note",
                    ),
                )
            found = s.scalars(
                # An empty revision only marks when typing began: nothing to bring back.
                select(Revision)
                .where(where, Revision.text != "")
                .order_by(Revision.saved_at.desc(), Revision.id.desc())
            ).all()
            result = []
            for revision in found:
                row = _row(s, revision)
                if row is None or not _readable(s, row, attended):
                    continue
                partner_id = getattr(row, "partner_id", None)
                result.append(
                    RevisionInfo(
                        id=revision.id,
                        kind=_kind(row, revision.field),
                        key=_key(row),
                        about=_about(s, row),
                        partner=partners.get(partner_id) if partner_id is not None else None,
                        saved_at=revision.saved_at,
                        text=revision.text,
                        current=str(getattr(row, revision.field) or ""),
                    )
                )
            return result

    def restore(self, revision_id: int) -> None:
        """Put the revision's text back; the text it replaces is kept as a revision itself."""
        with self._db.transaction() as s:
            revision = s.get(Revision, revision_id)
            row = _row(s, revision) if revision is not None else None
            if revision is None or row is None or not _readable(s, row, None):
                raise RevisionGoneError(revision_id)
            # Kept whatever the last revision's age: restoring must be undoable at once.
            s.info[recorder.FORCE] = True
            setattr(row, revision.field, revision.text)

    def thin(self, now: datetime) -> int:
        """Drop revisions older than a week and those whose text is gone; how many went."""
        with self._db.transaction() as s:
            dropped = recorder.prune(s.connection(), now)
            for revision in s.scalars(select(Revision)).all():
                if _row(s, revision) is None:
                    s.delete(revision)
                    dropped += 1
            return dropped
