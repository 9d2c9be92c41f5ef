"""The plain data the services hand out and take in, and the enums the store keeps.

Stdlib only: the UI imports this while the window is first shown, long before
SQLAlchemy is loaded.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import date, time


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class NoteKind(enum.StrEnum):
    SHARED = "shared"  # may go into the couple's summary
    PRIVATE = "private"  # the coach's own; never leaves the app


class AgreementReview(enum.StrEnum):
    """How an agreement went, looked back on in the next session."""

    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not"


class ExercisePhase(enum.StrEnum):
    """The steps of "samen besluiten", in order."""

    CHOOSE = "choose"  # pick a small upcoming decision
    HIDDEN = "hidden"  # each partner writes a preference, hidden
    REVEALED = "revealed"  # both preferences side by side
    TALK = "talk"  # what appeals to you in this?
    DECIDE = "decide"  # the joint decision and how each voice is in it
    DONE = "done"
    CANCELLED = "cancelled"


class Voice(enum.StrEnum):
    """How much of a partner's voice is in the joint decision."""

    FULLY = "fully"
    PARTLY = "partly"
    NOT = "not"


def fold(text: str) -> str:
    """Lower-case without accents, so that searching "zoe" finds "Zoë"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True)
class PartnerInfo:
    id: int
    position: int
    name: str
    email: str | None


@dataclass(frozen=True)
class CoupleSummary:
    """A row of the couple list."""

    id: int
    display_name: str
    partner_names: tuple[str, ...]
    session_count: int
    last_session: date | None

    def matches(self, query: str) -> bool:
        """True when every word of `query` occurs in the couple or partner names."""
        haystack = fold(" ".join((self.display_name, *self.partner_names)))
        return all(word in haystack for word in fold(query).split())


@dataclass(frozen=True)
class CoupleDetails:
    id: int
    display_name: str
    partners: tuple[PartnerInfo, ...]


@dataclass(frozen=True)
class PartnerInput:
    name: str
    email: str = ""


@dataclass(frozen=True)
class CoupleInput:
    """What the couple dialog hands in: one or two partners (a blank second one is none)."""

    display_name: str
    partners: tuple[PartnerInput, ...]


@dataclass(frozen=True)
class SessionRow:
    """A line of a couple's session list."""

    id: int
    date: date
    start_time: time | None
    status: SessionStatus
    attended: int  # how many partners came
    partners: int  # how many partners the couple has

    @property
    def solo(self) -> bool:
        return self.attended < self.partners


@dataclass(frozen=True)
class SessionListing:
    """A line of `stellenstof list`."""

    id: int
    date: date
    couple_name: str


@dataclass(frozen=True)
class SessionDetails:
    id: int
    couple_id: int
    couple_name: str
    date: date
    start_time: time | None
    planned_minutes: int
    status: SessionStatus
    partners: tuple[PartnerInfo, ...]
    attended_ids: frozenset[int]

    @property
    def attendees(self) -> tuple[PartnerInfo, ...]:
        return tuple(p for p in self.partners if p.id in self.attended_ids)

    @property
    def solo(self) -> bool:
        return len(self.attendees) < len(self.partners)


@dataclass(frozen=True)
class SessionInput:
    date: date
    start_time: time | None
    planned_minutes: int
    attended_ids: frozenset[int]
    status: SessionStatus = SessionStatus.PLANNED


@dataclass(frozen=True)
class SessionNotes:
    shared: str
    private: str

    def get(self, kind: NoteKind) -> str:
        return self.shared if kind is NoteKind.SHARED else self.private
