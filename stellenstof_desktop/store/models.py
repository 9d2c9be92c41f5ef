"""The database schema as SQLAlchemy 2 typed models.

Every change here needs an Alembic migration; `tests/unit/test_store.py` fails
when the two disagree.
"""

from __future__ import annotations

import datetime as dt
import enum
from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from stellenstof_desktop.domain import (
    AgreementReview,
    ExercisePhase,
    NoteKind,
    SessionRoute,
    SessionStatus,
    Voice,
)

# Stable constraint names, so batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum_column(enum_type: type[enum.StrEnum]) -> Enum:
    """Store an enum by its readable value, checked by SQLAlchemy, without a native type."""
    return Enum(
        enum_type,
        native_enum=False,
        length=20,
        validate_strings=True,
        values_callable=lambda members: [member.value for member in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Couple(Base):
    __tablename__ = "couples"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    partners: Mapped[list[Partner]] = relationship(
        back_populates="couple",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Partner.position",
    )
    sessions: Mapped[list[CoachingSession]] = relationship(
        back_populates="couple", cascade="all, delete-orphan", passive_deletes=True
    )


class Partner(Base):
    __tablename__ = "partners"
    __table_args__ = (UniqueConstraint("couple_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couples.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)  # 1 or 2: "partner A" / "partner B"
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))

    couple: Mapped[Couple] = relationship(back_populates="partners")


class CoachingSession(Base):
    __tablename__ = "sessions"
    __table_args__ = (Index("ix_sessions_couple_date", "couple_id", "date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couples.id", ondelete="CASCADE"))
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    planned_minutes: Mapped[int] = mapped_column(Integer, default=90)
    next_appointment: Mapped[dt.date | None] = mapped_column(Date)  # `date` is a column here
    next_appointment_time: Mapped[dt.time | None] = mapped_column(Time)  # None: hour not set
    # The step keys chosen for today, comma-separated in route order; NULL: not chosen.
    today_steps: Mapped[str | None] = mapped_column(Text)
    status: Mapped[SessionStatus] = mapped_column(
        _enum_column(SessionStatus), default=SessionStatus.PLANNED
    )
    # Sessions from before the solo route ran the five steps, whoever came.
    route: Mapped[SessionRoute] = mapped_column(
        _enum_column(SessionRoute), default=SessionRoute.COUPLE, server_default="couple"
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    couple: Mapped[Couple] = relationship(back_populates="sessions")
    attendance: Mapped[list[Attendance]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    notes: Mapped[list[Note]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class Attendance(Base):
    """One row per partner who attended a session."""

    __tablename__ = "attendance"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Note(Base):
    """A session's free text, one row per kind; kept apart so lists never load long texts."""

    __tablename__ = "notes"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[NoteKind] = mapped_column(_enum_column(NoteKind), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class Answer(Base):
    """An answer to a prompt of the method content, stored by the prompt's stable key.

    `partner_id` is None for the couple's shared answer. Answers whose prompt left the
    content file are kept and shown as earlier questions.
    """

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("session_id", "prompt_key", "partner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    prompt_key: Mapped[str] = mapped_column(String(100))
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[int | None] = mapped_column(Integer)  # scale prompts: 0..10
    data: Mapped[dict[str, str] | None] = mapped_column(JSON)  # decision map: area -> choice
    # private_first answers stay hidden (from the coach too) until she reveals them.
    revealed: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class StepState(Base):
    """Per session and step: discussed or not, and the coach's private observation."""

    __tablename__ = "step_states"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    step_key: Mapped[str] = mapped_column(String(50), primary_key=True)
    discussed: Mapped[bool] = mapped_column(Boolean, default=False)
    observation: Mapped[str] = mapped_column(Text, default="")  # never leaves the app


class Agreement(Base):
    """A small commitment made in a session, reviewed in the next one."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    partner_id: Mapped[int | None] = mapped_column(  # None: both partners
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    review: Mapped[AgreementReview | None] = mapped_column(_enum_column(AgreementReview))
    review_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class Exercise(Base):
    """One "samen besluiten" exercise; several per session are possible."""

    __tablename__ = "exercises"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[str] = mapped_column(Text, default="")
    phase: Mapped[ExercisePhase] = mapped_column(
        _enum_column(ExercisePhase), default=ExercisePhase.CHOOSE
    )
    solo: Mapped[bool] = mapped_column(Boolean, default=False)
    talk_notes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    phase_times: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # phase -> ISO time
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    entries: Mapped[list[ExerciseEntry]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ExerciseEntry(Base):
    """One partner's part of an exercise: the hidden preference and what came after."""

    __tablename__ = "exercise_entries"

    exercise_id: Mapped[int] = mapped_column(
        ForeignKey("exercises.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    preference: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    expected_other: Mapped[str] = mapped_column(Text, default="")  # solo: my guess of theirs
    entered_at: Mapped[datetime | None] = mapped_column(DateTime)  # hidden entry finished
    appeal: Mapped[str] = mapped_column(Text, default="")  # "wat spreekt je hierin aan?"
    voice: Mapped[Voice | None] = mapped_column(_enum_column(Voice))


class Setting(Base):
    """Small values that travel with the data: the coach profile, retention, lock time."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object | None] = mapped_column(JSON)
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)  # e.g. the practice logo


class ErasedCouple(Base):
    """A couple erased for good: only its id and when, so a restored backup is erased again.

    No names, nothing personal: the list itself must not keep what was erased.
    """

    __tablename__ = "erased_couples"

    couple_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    erased_at: Mapped[datetime] = mapped_column(DateTime)


class Revision(Base):
    """An earlier version of a free text, kept a week so a deleted paragraph can come back.

    Written only by store/revisions.py; erased with its session (and so with the couple).
    """

    __tablename__ = "revisions"
    __table_args__ = (Index("ix_revisions_field", "table_name", "row_key", "field", "saved_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(50))
    # The row's primary key as a JSON list: several tables have composite keys.
    row_key: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime)


class Checkout(Base):
    """One partner's check-out of a session: two scores and a few words of their own.

    Private to that partner (and the coach), see `services/audience.py`; no revisions are
    kept of it (store/revisions.py does not track it).
    """

    __tablename__ = "checkouts"
    __table_args__ = (UniqueConstraint("session_id", "partner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    heard: Mapped[int] = mapped_column(Integer)  # 0..10: felt heard and understood
    useful: Mapped[int] = mapped_column(Integer)  # 0..10: worked on what matters to me
    words: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
