"""A session's shared note (may go into the summary) and private coach note (never leaves)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from stellenstof_desktop.domain import NoteKind, SessionNotes
from stellenstof_desktop.errors import NotFoundError
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import CoachingSession, Note


class NoteService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, session_id: int) -> SessionNotes:
        with self._db.transaction() as s:
            texts = dict(
                s.execute(select(Note.kind, Note.text).where(Note.session_id == session_id))
                .tuples()
                .all()
            )
        return SessionNotes(texts.get(NoteKind.SHARED, ""), texts.get(NoteKind.PRIVATE, ""))

    def save(self, session_id: int, kind: NoteKind, text: str) -> datetime:
        """Store the whole text of one note; returns when it was saved."""
        with self._db.transaction() as s:
            if s.get(CoachingSession, session_id) is None:
                raise NotFoundError.session(session_id)
            note = s.get(Note, (session_id, kind))
            if note is None:
                s.add(Note(session_id=session_id, kind=kind, text=text))
            elif note.text != text:
                note.text = text
        return datetime.now()
