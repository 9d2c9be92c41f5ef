"""What a session summary for the couple contains: plain data, and nothing else.

`services/summary.py` decides what is shareable and fills these; the PDF and the e-mail
draft read only these, so they cannot leak what they are not given. Stdlib only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date, time

from stellenstof_desktop.domain import AgreementReview, Voice


@dataclass(frozen=True)
class Practice:
    """The coach's letterhead: who sends the summary."""

    coach_name: str = ""
    practice_name: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    logo: bytes | None = None  # PNG or JPEG
    closing_text: str = ""
    closing_text_solo: str = ""  # the closing when the summary is for one partner

    def closing(self, for_one: bool) -> str:
        """The closing text for the couple, or for one partner who came alone."""
        return self.closing_text_solo if for_one else self.closing_text

    @property
    def contact(self) -> tuple[str, ...]:
        return tuple(x for x in (self.email, self.phone, self.website) if x)


@dataclass(frozen=True)
class Person:
    position: int  # 1 or 2; colours and the decision map's "1"/"2" follow it
    name: str
    email: str | None
    attended: bool


class _Audience:
    """Who a summary or worksheet is for: the partners who attended."""

    couple_name: str
    partners: tuple[Person, ...]

    @property
    def attendees(self) -> tuple[Person, ...]:
        return tuple(p for p in self.partners if p.attended)

    @property
    def for_one(self) -> bool:
        """Written for one person: every text then says "je", never "jullie" (issue 13)."""
        return len(self.attendees) == 1

    @property
    def reader(self) -> str:
        """Whom the title names: the partner who came alone, else the couple."""
        return self.attendees[0].name if self.for_one else self.couple_name


@dataclass(frozen=True)
class PartnerText:
    partner: Person
    text: str


@dataclass(frozen=True)
class PartnerScore:
    partner: Person
    value: int  # 0..10


@dataclass(frozen=True)
class TextItem:
    """A `shared`, `per_partner` or revealed `private_first` prompt with its answers."""

    question: str
    shared: str = ""
    answers: tuple[PartnerText, ...] = ()


@dataclass(frozen=True)
class ScaleItem:
    """A 0–10 prompt: each partner's score and what the ends of the scale mean."""

    question: str
    low: str
    high: str
    scores: tuple[PartnerScore, ...]


@dataclass(frozen=True)
class DecisionChoice:
    """Who decides (or should decide) an area: a partner, or the two together."""

    partner: Person | None  # None: together

    @property
    def together(self) -> bool:
        return self.partner is None


@dataclass(frozen=True)
class PartnerWish:
    partner: Person
    choice: DecisionChoice


@dataclass(frozen=True)
class DecisionRow:
    """One area of the decision map: who decides now, and who each would like to decide."""

    area: str
    now: DecisionChoice | None
    wishes: tuple[PartnerWish, ...]


@dataclass(frozen=True)
class DecisionMapItem:
    question: str
    rows: tuple[DecisionRow, ...]  # report/text.py writes the sentences about them


Item = TextItem | ScaleItem | DecisionMapItem


@dataclass(frozen=True)
class StepSummary:
    number: int
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class ExercisePart:
    """One partner's revealed part of a "samen besluiten" exercise."""

    partner: Person
    preference: str
    reason: str
    expected_other: str  # a solo session: what I expect my partner would prefer
    appeal: str  # "wat spreekt je hierin aan?"
    voice: Voice | None  # how much of this partner's voice is in the decision


@dataclass(frozen=True)
class ExerciseSummary:
    topic: str
    parts: tuple[ExercisePart, ...]
    talk_notes: str
    decision: str
    follow_up: str
    solo: bool


@dataclass(frozen=True)
class AgreementLine:
    text: str
    partner: Person | None  # None: both
    due_date: date | None


@dataclass(frozen=True)
class ReviewLine:
    """An agreement of the previous session and how it went."""

    text: str
    partner: Person | None
    review: AgreementReview | None
    note: str


@dataclass(frozen=True)
class ProgressLine:
    partner: Person
    values: tuple[int | None, ...]  # one per date of the chart; None: not filled in


@dataclass(frozen=True)
class ProgressChart:
    """One check-in question over the couple's sessions up to this one."""

    question: str
    dates: tuple[date, ...]
    lines: tuple[ProgressLine, ...]


@dataclass(frozen=True)
class SessionSummary(_Audience):
    """Everything the couple may read about one session, and only that."""

    session_id: int
    couple_name: str
    partners: tuple[Person, ...]
    date: dt.date  # `date` names this field inside the class
    start_time: time | None
    checkin: tuple[ScaleItem, ...]
    steps: tuple[StepSummary, ...]
    exercises: tuple[ExerciseSummary, ...]
    agreements: tuple[AgreementLine, ...]
    reviewed: tuple[ReviewLine, ...]
    reviewed_date: dt.date | None  # the session whose agreements were looked back on
    shared_notes: str
    next_appointment: dt.date | None
    progress: tuple[ProgressChart, ...]
    practice: Practice
    language: str = "nl"  # the report's: its own words and the method's questions
    next_appointment_time: dt.time | None = None

    @property
    def absent(self) -> tuple[Person, ...]:
        return tuple(p for p in self.partners if not p.attended)

    @property
    def solo(self) -> bool:
        return bool(self.absent)


@dataclass(frozen=True)
class Worksheet(_Audience):
    """The blank "samen besluiten" worksheet for a couple, or for the partner who came."""

    couple_name: str
    partners: tuple[Person, ...]
    practice: Practice
    language: str = "nl"
