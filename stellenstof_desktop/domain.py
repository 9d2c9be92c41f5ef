"""The plain data the services hand out and take in, and the enums the store keeps.

Stdlib only, and no SQLAlchemy: the UI imports this before the database is opened. The
window's shell, painted first, needs only the enums, which live in `enums` (re-exported
here) so that the data classes load after that paint.
"""

from __future__ import annotations

import io
import json
import unicodedata
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from types import MappingProxyType
from typing import Any

from stellenstof_desktop.enums import AgreementReview as AgreementReview
from stellenstof_desktop.enums import ExercisePhase as ExercisePhase
from stellenstof_desktop.enums import NoteKind as NoteKind
from stellenstof_desktop.enums import RevisionKind as RevisionKind
from stellenstof_desktop.enums import SessionRoute as SessionRoute
from stellenstof_desktop.enums import SessionStatus as SessionStatus
from stellenstof_desktop.enums import Voice as Voice


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
    route: SessionRoute

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
    route: SessionRoute

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
    # None: propose one (solo when one of two partners attends); an update keeps its route.
    route: SessionRoute | None = None


@dataclass(frozen=True)
class SessionNotes:
    shared: str
    private: str

    def get(self, kind: NoteKind) -> str:
        return self.shared if kind is NoteKind.SHARED else self.private


# Agreements ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementInfo:
    id: int
    session_id: int
    text: str
    partner_id: int | None  # None: both partners
    due_date: date | None
    done: bool
    review: AgreementReview | None
    review_note: str


@dataclass(frozen=True)
class AgreementInput:
    text: str
    partner_id: int | None = None
    due_date: date | None = None


@dataclass(frozen=True)
class NextAppointment:
    """When the couple comes again; no `time`: the day is known, the hour not yet."""

    date: date
    time: time | None = None


@dataclass(frozen=True)
class Invite:
    """A calendar invitation (.ics) ready to attach or save; the file name holds no names."""

    filename: str
    data: bytes = field(repr=False)


# Check-out -----------------------------------------------------------------------------


CHECKOUT_MIN, CHECKOUT_MAX = 0, 10


@dataclass(frozen=True)
class Checkout:
    """One partner's check-out at the end of a session: for that partner and the coach only."""

    session_id: int
    session_date: date
    partner_id: int
    heard: int  # 0..10: "Voelde je je gehoord en begrepen?"
    useful: int  # 0..10: "Hebben we gewerkt aan wat voor jou belangrijk is?"
    words: str = ""


# Answers and steps ---------------------------------------------------------------------

AnswerKey = tuple[str, int | None]  # (prompt key, partner id or None for shared)


@dataclass(frozen=True)
class AnswerValue:
    """One stored answer; `text` is empty while `hidden` (entered but not yet revealed)."""

    text: str = ""
    value: int | None = None
    data: dict[str, str] = field(default_factory=dict)
    hidden: bool = False


@dataclass(frozen=True)
class StepInfo:
    discussed: bool = False
    observation: str = ""  # the coach's private observation


@dataclass(frozen=True)
class SessionAnswers:
    """Everything answered in one session, keyed by (prompt key, partner id)."""

    answers: dict[AnswerKey, AnswerValue]
    steps: dict[str, StepInfo]

    def get(self, prompt_key: str, partner_id: int | None = None) -> AnswerValue:
        return self.answers.get((prompt_key, partner_id), AnswerValue())

    def step(self, step_key: str) -> StepInfo:
        return self.steps.get(step_key, StepInfo())

    def orphans(self, known_keys: set[str]) -> dict[AnswerKey, AnswerValue]:
        """Answers whose prompt is no longer in the content: shown as earlier questions."""
        return {
            key: value
            for key, value in self.answers.items()
            if key[0] not in known_keys and (value.text or value.value is not None or value.data)
        }


# Samen besluiten -----------------------------------------------------------------------


FLOW = (
    ExercisePhase.CHOOSE,
    ExercisePhase.HIDDEN,
    ExercisePhase.REVEALED,
    ExercisePhase.TALK,
    ExercisePhase.DECIDE,
    ExercisePhase.DONE,
)


AFTER_REVEAL = frozenset(FLOW[2:])


@dataclass(frozen=True)
class RevealedEntry:
    """One partner's part of an exercise, only ever built once the exercise is revealed."""

    partner: PartnerInfo
    preference: str
    reason: str
    expected_other: str  # solo: what this partner expects the absent one would choose
    appeal: str
    voice: Voice | None
    entered_at: datetime | None


@dataclass(frozen=True)
class ExerciseInfo:
    """An exercise as the views see it; `entries` stays empty until the reveal."""

    id: int
    session_id: int
    position: int
    topic: str
    phase: ExercisePhase
    solo: bool
    participants: tuple[PartnerInfo, ...]  # who writes a preference: the attending partners
    absent: tuple[PartnerInfo, ...]
    entered: Mapping[int, datetime]  # partner id -> when the hidden entry was finished
    phase_times: Mapping[ExercisePhase, datetime]
    entries: tuple[RevealedEntry, ...] = ()
    talk_notes: str = ""
    decision: str = ""
    follow_up: str = ""

    @property
    def revealed(self) -> bool:
        return self.phase in AFTER_REVEAL or ExercisePhase.REVEALED in self.phase_times

    @property
    def ready_to_reveal(self) -> bool:
        return self.phase is ExercisePhase.HIDDEN and all(
            p.id in self.entered for p in self.participants
        )

    @property
    def can_go_back(self) -> bool:
        if self.phase is ExercisePhase.HIDDEN:
            return not self.entered
        return self.phase in AFTER_REVEAL and self.phase is not ExercisePhase.REVEALED

    def entry(self, partner_id: int) -> RevealedEntry | None:
        return next((e for e in self.entries if e.partner.id == partner_id), None)


@dataclass(frozen=True)
class HistoryItem:
    """One exercise of a couple, for the history list; `entries` only when revealed."""

    exercise_id: int
    session_id: int
    session_date: date
    topic: str
    phase: ExercisePhase
    solo: bool
    entries: tuple[RevealedEntry, ...]
    decision: str
    follow_up: str

    def entry(self, partner_id: int) -> RevealedEntry | None:
        return next((e for e in self.entries if e.partner.id == partner_id), None)

    def voice(self, partner_id: int) -> Voice | None:
        entry = self.entry(partner_id)
        return entry.voice if entry else None


@dataclass(frozen=True)
class ExerciseHistory:
    partners: tuple[PartnerInfo, ...]
    items: tuple[HistoryItem, ...]  # oldest first


@dataclass(frozen=True)
class PartnerBalance:
    """How often one partner's voice was fully, partly or not in the joint decision."""

    partner: PartnerInfo
    counts: Mapping[Voice, int] = field(default_factory=dict)

    def count(self, voice: Voice) -> int:
        return self.counts.get(voice, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class BalancePoint:
    """One exercise on the balance timeline: each partner's voice, where recorded."""

    exercise_id: int
    session_date: date
    topic: str
    voices: Mapping[int, Voice]


@dataclass(frozen=True)
class Balance:
    partners: tuple[PartnerBalance, ...]
    points: tuple[BalancePoint, ...]  # oldest first


# Privacy -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Erased:
    couple_id: int
    erased_at: datetime


@dataclass(frozen=True)
class RetentionRow:
    """A couple with no session for longer than the retention period."""

    couple_id: int
    display_name: str
    last_session: date | None
    last_activity: date  # the last session (or when added, without one), or the day kept


@dataclass(frozen=True)
class Export:
    """A readable export: `data` becomes gegevens.json, `pdfs` go in verslagen/.

    The two names follow the export's language (data.json and reports/ in English).
    """

    data: dict[str, Any]
    pdfs: dict[str, bytes]
    data_name: str = "gegevens.json"
    reports_dir: str = "verslagen"

    def zip_bytes(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(
                self.data_name, json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"
            )
            for name, pdf in sorted(self.pdfs.items()):
                archive.writestr(f"{self.reports_dir}/{name}", pdf)
        return buffer.getvalue()


# The coach's profile -------------------------------------------------------------------


DEFAULT_CLOSING = (
    "Dank jullie wel voor het open gesprek. Lees dit verslag gerust samen nog eens "
    "rustig door en kies één kleine stap die deze week lukt. In de volgende sessie "
    "kijken we samen terug op jullie afspraken. Is er tussendoor iets, neem dan gerust "
    "contact met mij op."
)

# When one partner comes alone, the report and the e-mail speak to that one person.
DEFAULT_CLOSING_SOLO = (
    "Dank je wel voor het open gesprek. Lees dit verslag gerust nog eens rustig door en "
    "kies één kleine stap die deze week lukt, wat je partner ook doet. In de volgende "
    "sessie kijken we terug op wat je deed en wat er daardoor veranderde. Is er tussendoor "
    "iets, neem dan gerust contact met mij op."
)


DEFAULT_SUBJECT = "Verslag van onze sessie van {datum}"


DEFAULT_BODY = (
    "Beste {namen},\n\n"
    "In de bijlage vinden jullie het verslag van onze sessie van {datum}. Lees het gerust "
    "samen nog eens rustig door.\n\n"
    "Tot de volgende keer!\n\n"
    "Hartelijke groet,\n"
    "{coach}\n"
    "{praktijk}"
)


DEFAULT_BODY_SOLO = (
    "Beste {namen},\n\n"
    "In de bijlage vind je het verslag van onze sessie van {datum}. Lees het gerust nog "
    "eens rustig door, op een moment dat het jou goed uitkomt.\n\n"
    "Tot de volgende keer!\n\n"
    "Hartelijke groet,\n"
    "{coach}\n"
    "{praktijk}"
)


@dataclass(frozen=True)
class CoachProfile:
    coach_name: str = ""
    practice_name: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    closing_text: str = DEFAULT_CLOSING
    mail_subject: str = DEFAULT_SUBJECT
    mail_body: str = DEFAULT_BODY
    password_by_default: bool = True  # "PDF met wachtwoord"
    closing_text_solo: str = DEFAULT_CLOSING_SOLO
    mail_body_solo: str = DEFAULT_BODY_SOLO
    address: str = ""  # the practice's address: the LOCATION of a calendar invitation
    report_language: str = ""  # "": follow the interface; else "nl" or "en"


# Progress over sessions ----------------------------------------------------------------


@dataclass(frozen=True)
class SessionProgress:
    """One session as the progress tab shows it."""

    id: int
    date: date
    start_time: time | None
    # prompt key -> partner id -> 0..10; a partner without a score is simply absent.
    scores: Mapping[str, Mapping[int, int]] = field(default_factory=lambda: MappingProxyType({}))
    discussed: frozenset[str] = frozenset()  # step keys
    attended_ids: frozenset[int] = frozenset()

    def score(self, prompt_key: str, partner_id: int) -> int | None:
        """The partner's score for the prompt in this session, or None if not filled in."""
        return self.scores.get(prompt_key, {}).get(partner_id)


@dataclass(frozen=True)
class CoupleProgress:
    """All sessions of a couple that took or will take place, oldest first."""

    couple_id: int
    partners: tuple[PartnerInfo, ...]
    sessions: tuple[SessionProgress, ...]

    @property
    def has_scores(self) -> bool:
        """Whether any session has any check-in score."""
        return any(s.scores for s in self.sessions)


# The database file ---------------------------------------------------------------------


@dataclass(frozen=True)
class Backup:
    """A backup file to restore, and the passphrase that opens it (None: plain)."""

    path: Path
    made: datetime
    key: str | None = field(default=None, repr=False)
    needs_key: bool = False  # encrypted with a passphrase the vault does not know yet


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the data of before went, which erased couples came back."""

    made: datetime
    kept: Path | None  # the database as it was before, in the backup folder
    erased_again: tuple[int, ...]


@dataclass(frozen=True)
class KeyChanged:
    was_encrypted: bool
    encrypted: bool


# Revisions -----------------------------------------------------------------------------


PRIVATE_KINDS = frozenset({RevisionKind.PRIVATE_NOTE, RevisionKind.OBSERVATION})
PREVIEW_CHARS = 90


@dataclass(frozen=True)
class RevisionInfo:
    """An earlier version of one text of a session, as the coach may bring it back."""

    id: int
    kind: RevisionKind
    key: str  # the prompt key (answers) or step key (observations); else ""
    about: str  # the agreement's or exercise's current text/topic, to tell them apart
    partner: PartnerInfo | None  # whose text, for per-partner texts
    saved_at: datetime
    text: str  # the text as it was then
    current: str  # the text as it is now

    @property
    def private(self) -> bool:
        return self.kind in PRIVATE_KINDS

    @property
    def preview(self) -> str:
        """The start of the text on one line."""
        line = " ".join(self.text.split())
        return line if len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - 1] + "…"
