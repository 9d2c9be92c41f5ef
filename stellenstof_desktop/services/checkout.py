"""The check-out at the end of a session: each partner, hidden, says how it was for them.

Two scores (0..10) and a few words of their own, entered on the hidden-input screen.
What a partner gave is theirs and the coach's (`audience.private_to`): the room's screen
learns only who has given one; the coach's progress view reads them all; a partner's
own export holds only theirs; the couple's export, the summary and the e-mail hold none.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from stellenstof_desktop.domain import CHECKOUT_MAX, CHECKOUT_MIN, Checkout
from stellenstof_desktop.errors import NotFoundError, ValidationError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP
from stellenstof_desktop.services.audience import Audience, attendees, where_private_to
from stellenstof_desktop.services.sessions import load_session
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import Checkout as CheckoutRow
from stellenstof_desktop.store.models import CoachingSession, Couple

WORDS_MAX = 2_000


def _score(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Kies een cijfer van 0 tot 10."))
    if not CHECKOUT_MIN <= value <= CHECKOUT_MAX:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Kies een cijfer van {low} tot {high}."),
            low=CHECKOUT_MIN,
            high=CHECKOUT_MAX,
        )
    return value


def _words(words: str) -> str:
    text = words.strip()
    if len(text) > WORDS_MAX:
        raise ValidationError(
            "words",
            QT_TRANSLATE_NOOP("errors", "Houd het kort (hoogstens {max} tekens)."),
            max=WORDS_MAX,
        )
    return text


def checkouts_for(
    s: Session, couple_id: int, recipients: Audience, session_id: int | None = None
) -> list[Checkout]:
    """The couple's check-outs `recipients` may see (none: the coach), oldest first."""
    query = (
        select(CheckoutRow, CoachingSession.date)
        .join(CoachingSession, CoachingSession.id == CheckoutRow.session_id)
        .where(
            CoachingSession.couple_id == couple_id,
            where_private_to(CheckoutRow.session_id, CheckoutRow.partner_id, recipients),
        )
        .order_by(CoachingSession.date, CoachingSession.id, CheckoutRow.partner_id)
    )
    if session_id is not None:
        query = query.where(CheckoutRow.session_id == session_id)
    return [
        Checkout(row.session_id, day, row.partner_id, row.heard, row.useful, row.words)
        for row, day in s.execute(query).tuples()
    ]


class CheckoutService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, session_id: int, partner_id: int, heard: int, useful: int, words: str) -> None:
        """Store (or replace) one partner's check-out; they must be listed as present."""
        scores = _score("heard", heard), _score("useful", useful)
        text = _words(words)
        with self._db.transaction() as s:
            load_session(s, session_id)
            if partner_id not in attendees(s, session_id):
                raise ValidationError(
                    "partner",
                    QT_TRANSLATE_NOOP(
                        "errors", "Alleen wie bij deze sessie is, kan een check-out geven."
                    ),
                )
            row = s.scalars(
                select(CheckoutRow).where(
                    CheckoutRow.session_id == session_id, CheckoutRow.partner_id == partner_id
                )
            ).first()
            if row is None:
                row = CheckoutRow(session_id=session_id, partner_id=partner_id)
                s.add(row)
            row.heard, row.useful = scores
            row.words = text

    def entered(self, session_id: int) -> frozenset[int]:
        """Who of those present gave a check-out: ids only, safe for the room's screen."""
        with self._db.transaction() as s:
            couple_id = load_session(s, session_id).couple_id
            return frozenset(
                c.partner_id for c in checkouts_for(s, couple_id, frozenset(), session_id)
            )

    def for_couple(self, couple_id: int) -> tuple[Checkout, ...]:
        """Every check-out of the couple, oldest first: for the coach's eyes only."""
        with self._db.transaction() as s:
            if s.get(Couple, couple_id) is None:
                raise NotFoundError.couple(couple_id)
            return tuple(checkouts_for(s, couple_id, frozenset()))
