"""Earlier versions of every free text, recorded by one listener on the session factory.

Autosave writes over a text every few seconds, so without a history a paragraph deleted
by accident is gone at the next save. After every flush this listener looks at the free
texts that changed and keeps the text being overwritten, when that field's last revision
is older than INTERVAL (or there is none): at most one revision per field per INTERVAL,
each holding the text as it was before that stretch of typing began. A text that starts
empty gets an empty revision: it marks when the typing began and is never listed.

A hidden entry must never get a readable copy: a private_first answer is recorded only
while revealed, an exercise entry only once its exercise was revealed. Revisions older
than KEEP are dropped (see `prune`); they hang off their session with ON DELETE CASCADE,
so erasing a couple erases them too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Enum, delete, event, func, insert, inspect, select
from sqlalchemy.orm import InstanceState, Session, UOWTransaction, sessionmaker

from stellenstof_desktop.domain import AFTER_REVEAL, ExercisePhase
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

INTERVAL = timedelta(minutes=10)
# A week covers "I deleted that last session"; older versions live in the daily backups,
# and every kept version is one more copy of a client's words, so they are not kept longer.
KEEP = timedelta(days=7)
FORCE = "stellenstof.revisions.force"  # session.info: keep a revision whatever its age
_RECORDER = "stellenstof.revisions.recorder"

Clock = Callable[[], datetime]

TRACKED: Mapping[type[Base], tuple[str, ...]] = {
    Note: ("text",),
    Answer: ("text",),
    StepState: ("observation",),
    Agreement: ("text", "review_note"),
    Exercise: ("topic", "talk_notes", "decision", "follow_up"),
    ExerciseEntry: ("preference", "reason", "expected_other", "appeal"),
}
MODELS: Mapping[str, type[Base]] = {str(model.__tablename__): model for model in TRACKED}


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def row_key(obj: Base) -> str:
    """The row's primary key as stored in Revision.row_key."""
    return json.dumps(list(inspect(obj).mapper.primary_key_from_instance(obj)))


def identity(model: type[Base], key: str) -> tuple[Any, ...]:
    """The primary key `row_key` stored, typed for `Session.get` (enum columns as enums)."""
    values = json.loads(key)
    columns = inspect(model).primary_key
    return tuple(
        col.type.enum_class(value)
        if isinstance(col.type, Enum) and col.type.enum_class is not None
        else value
        for col, value in zip(columns, values, strict=True)
    )


def exercise_revealed(phase: ExercisePhase, times: Mapping[str, str] | None) -> bool:
    """Whether the exercise's hidden entries were shown (a reveal is never undone)."""
    return phase in AFTER_REVEAL or ExercisePhase.REVEALED.value in (times or {})


def _history_old(state: InstanceState[Any], name: str) -> Any:
    """The value `name` had before this flush (its current one when it did not change)."""
    history = state.attrs[name].history
    return history.deleted[0] if history.deleted else state.attrs[name].value


def _overwritten(state: InstanceState[Any], name: str, is_new: bool) -> str | None:
    """The text this flush wrote over in field `name`; None when it did not change."""
    history = state.attrs[name].history
    if not history.has_changes():
        return None
    new = history.added[0] if history.added else None
    old = "" if is_new or not history.deleted else history.deleted[0]
    if (old or "") == (new or ""):
        return None
    return old or ""


class Recorder:
    """The after-flush listener; `clock` says when a revision is saved (tests pass a fake)."""

    def __init__(self, clock: Clock = _now) -> None:
        self.clock = clock

    def after_flush(self, session: Session, _context: UOWTransaction) -> None:
        # Core statements on the flush's own connection: the ORM is mid-flush here, and the
        # rows are part of the same transaction, so a rolled-back save keeps no revision.
        connection = session.connection()
        forced = bool(session.info.get(FORCE))
        now = self.clock()
        rows: list[dict[str, Any]] = []
        for obj, is_new in [(o, True) for o in session.new] + [(o, False) for o in session.dirty]:
            fields = TRACKED.get(type(obj))
            if not fields:
                continue
            state = inspect(obj)
            changed = {
                name: old
                for name in fields
                if (old := _overwritten(state, name, is_new)) is not None
            }
            if not changed:
                continue
            session_id = _readable_session(connection, obj, state)
            if session_id is None:
                continue
            key, table = row_key(obj), str(obj.__tablename__)
            for name, old in changed.items():
                if forced or self._due(connection, table, key, name, now):
                    rows.append(
                        {
                            "session_id": session_id,
                            "table_name": table,
                            "row_key": key,
                            "field": name,
                            "text": old,
                            "saved_at": now,
                        }
                    )
        for obj in session.deleted:
            if type(obj) in TRACKED:
                connection.execute(
                    delete(Revision).where(
                        Revision.table_name == obj.__tablename__, Revision.row_key == row_key(obj)
                    )
                )
        if rows:
            connection.execute(insert(Revision), rows)
            prune(connection, now)

    @staticmethod
    def _due(connection: Connection, table: str, key: str, name: str, now: datetime) -> bool:
        last = connection.scalar(
            select(func.max(Revision.saved_at)).where(
                Revision.table_name == table, Revision.row_key == key, Revision.field == name
            )
        )
        return last is None or now - last >= INTERVAL


def _readable_session(connection: Connection, obj: Base, state: InstanceState[Any]) -> int | None:
    """The session a changed row belongs to; None while its text is hidden from everyone."""
    if isinstance(obj, Answer):
        # Both before and after: a revealed answer re-entered hidden keeps no copy either.
        if not (obj.revealed is not False and _history_old(state, "revealed") is not False):
            return None
        return obj.session_id
    if isinstance(obj, ExerciseEntry):
        found = connection.execute(
            select(Exercise.session_id, Exercise.phase, Exercise.phase_times).where(
                Exercise.id == obj.exercise_id
            )
        ).first()
        if found is None or not exercise_revealed(found.phase, found.phase_times):
            return None
        return int(found.session_id)
    session_id = getattr(obj, "session_id", None)
    return int(session_id) if session_id is not None else None


def prune(connection: Connection, now: datetime) -> int:
    """Drop the revisions older than KEEP; how many went."""
    result = connection.execute(delete(Revision).where(Revision.saved_at < now - KEEP))
    return int(result.rowcount or 0)


def _load_old_values() -> None:
    """Make SQLAlchemy load a text's old value before it is replaced, even if expired.

    Without active history an unloaded attribute is set blind, and the overwritten text
    (what a revision must keep) would not be known at flush time.
    """
    for model, fields in TRACKED.items():
        for name in fields:
            attribute = getattr(model, name)
            if not event.contains(attribute, "set", _noop):
                event.listen(attribute, "set", _noop, active_history=True)
    if not event.contains(Answer.revealed, "set", _noop):
        event.listen(Answer.revealed, "set", _noop, active_history=True)


def _noop(_target: Any, value: Any, _old: Any, _initiator: Any) -> Any:
    return value


def install(factory: sessionmaker[Session], clock: Clock | None = None) -> Recorder:
    """Record revisions in every session `factory` makes; again: only change the clock."""
    _load_old_values()
    recorder = factory.kw.get("info", {}).get(_RECORDER)
    if not isinstance(recorder, Recorder):
        recorder = Recorder()
        event.listen(factory, "after_flush", recorder.after_flush)
        factory.configure(info={**factory.kw.get("info", {}), _RECORDER: recorder})
    if clock is not None:
        recorder.clock = clock
    return recorder
