"""The database schema as SQLAlchemy 2 typed models.

Every change here needs an Alembic migration; `tests/unit/test_migrations.py` fails
when the two disagree.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import (
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from stellenstof_desktop.domain import NoteKind, SessionStatus

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
    status: Mapped[SessionStatus] = mapped_column(
        _enum_column(SessionStatus), default=SessionStatus.PLANNED
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
