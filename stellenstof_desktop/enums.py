"""The domain's named values: the enums the store keeps and the services hand out.

Only `enum`, so the window's first paint can use them without loading `domain`'s data
classes (35 frozen dataclasses cost ~25 ms to define on Python 3.11). `domain`
re-exports each of them: below the UI, import them from there.
"""

from __future__ import annotations

import enum


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


class SessionRoute(enum.StrEnum):
    """Which route of the method a session follows; the values are content.py's route keys."""

    COUPLE = "couple"  # the five steps, for the couple
    SOLO = "solo"  # "Alleen verder": the route for the one partner who came


class RevisionKind(enum.StrEnum):
    """Which free text a revision is an earlier version of."""

    SHARED_NOTE = "shared_note"
    PRIVATE_NOTE = "private_note"  # the coach's own: private
    ANSWER = "answer"
    OBSERVATION = "observation"  # the coach's observation at a step: private
    AGREEMENT = "agreement"
    REVIEW_NOTE = "review_note"
    TOPIC = "topic"
    TALK_NOTES = "talk_notes"
    DECISION = "decision"
    FOLLOW_UP = "follow_up"
    PREFERENCE = "preference"
    REASON = "reason"
    EXPECTED_OTHER = "expected_other"
    APPEAL = "appeal"
