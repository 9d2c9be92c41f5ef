"""Couples and their partners: list, search, create and edit.

Erasing a couple is PrivacyService.erase_couple's alone: it also scrubs the file and lists
the couple, so that a restored backup erases them again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from stellenstof_desktop.domain import (
    CoupleDetails,
    CoupleInput,
    CoupleSummary,
    PartnerInfo,
    fold,
)
from stellenstof_desktop.errors import NotFoundError, ValidationError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP
from stellenstof_desktop.services.text import clean_email, clean_name
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import CoachingSession, Couple, ErasedCouple, Partner


@dataclass(frozen=True)
class _CleanCouple:
    display_name: str
    partners: tuple[tuple[str, str | None], ...]


def validate_couple(data: CoupleInput) -> _CleanCouple:
    """Clean the input; a ValidationError names its field (`display_name`, `partner1.name`)."""
    display_name = clean_name(data.display_name, "display_name")
    partners: list[tuple[str, str | None]] = []
    for position, partner in enumerate(data.partners[:2], start=1):
        prefix = f"partner{position}"
        if position > 1 and not partner.name.strip() and not partner.email.strip():
            continue  # a couple with one partner: the second is simply left blank
        partners.append(
            (
                clean_name(partner.name, f"{prefix}.name"),
                clean_email(partner.email, f"{prefix}.email"),
            )
        )
    if not partners:
        raise ValidationError("partner1.name", QT_TRANSLATE_NOOP("errors", "Vul een naam in."))
    return _CleanCouple(display_name, tuple(partners))


def _details(couple: Couple) -> CoupleDetails:
    return CoupleDetails(
        couple.id,
        couple.display_name,
        tuple(PartnerInfo(p.id, p.position, p.name, p.email) for p in couple.partners),
    )


def _next_couple_id(s: Session) -> int:
    """The next couple id: never one of an erased couple (a restore erases those again)."""
    # SQLite would reuse the highest rowid after a delete.
    highest = s.scalar(select(func.max(Couple.id))) or 0
    erased = s.scalar(select(func.max(ErasedCouple.couple_id))) or 0
    return max(highest, erased) + 1


class CoupleService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, search: str = "") -> list[CoupleSummary]:
        """All couples by name, optionally filtered (accent- and case-insensitive)."""
        with self._db.transaction() as s:
            couples = s.scalars(
                select(Couple).options(selectinload(Couple.partners)).order_by(Couple.display_name)
            ).all()
            stats = {
                row.couple_id: (row.count, row.last)
                for row in s.execute(
                    select(
                        CoachingSession.couple_id,
                        func.count().label("count"),
                        func.max(CoachingSession.date).label("last"),
                    ).group_by(CoachingSession.couple_id)
                )
            }
            rows = [
                CoupleSummary(
                    c.id,
                    c.display_name,
                    tuple(p.name for p in c.partners),
                    *stats.get(c.id, (0, None)),
                )
                for c in couples
            ]
        rows.sort(key=lambda row: fold(row.display_name))
        return [row for row in rows if row.matches(search)] if search.strip() else rows

    def count(self) -> int:
        with self._db.transaction() as s:
            return s.scalar(select(func.count()).select_from(Couple)) or 0

    def get(self, couple_id: int) -> CoupleDetails:
        with self._db.transaction() as s:
            return _details(self._load(s, couple_id))

    def create(self, data: CoupleInput) -> CoupleDetails:
        clean = validate_couple(data)
        with self._db.transaction() as s:
            couple = Couple(
                id=_next_couple_id(s),
                display_name=clean.display_name,
                partners=[
                    Partner(position=i, name=name, email=email)
                    for i, (name, email) in enumerate(clean.partners, start=1)
                ],
            )
            s.add(couple)
            s.flush()
            return _details(couple)

    def update(self, couple_id: int, data: CoupleInput) -> CoupleDetails:
        """Rename and edit partners in place, so their sessions stay theirs."""
        clean = validate_couple(data)
        with self._db.transaction() as s:
            couple = self._load(s, couple_id)
            couple.display_name = clean.display_name
            by_position = {p.position: p for p in couple.partners}
            for position, (name, email) in enumerate(clean.partners, start=1):
                partner = by_position.pop(position, None)
                if partner is None:
                    couple.partners.append(Partner(position=position, name=name, email=email))
                else:
                    partner.name, partner.email = name, email
            for removed in by_position.values():
                couple.partners.remove(removed)
            s.flush()
            s.refresh(couple, ["partners"])
            return _details(couple)

    @staticmethod
    def _load(s: Session, couple_id: int) -> Couple:
        couple = s.get(Couple, couple_id, options=[selectinload(Couple.partners)])
        if couple is None:
            raise NotFoundError.couple(couple_id)
        return couple
