"""A realistic database: one couple through the services, the rest bulk-inserted in its shape."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from stellenstof_desktop.domain import (
    CoupleInput,
    NoteKind,
    PartnerInput,
    SessionInput,
    SessionStatus,
)
from stellenstof_desktop.services.container import open_services
from stellenstof_desktop.store.models import Attendance, CoachingSession, Couple, Note, Partner

_WORDS = """
we bespraken hoe jullie de ochtenden met de kinderen regelen en wie wat beslist
Sanne Joost Fatima Youssef Zoë Joël Daan Mila Sem vader moeder opvoeding school
opvang afspraak oefening thuis samen alleen rust ruzie gesprek luisteren gevoel
boosheid verdriet angst vertrouwen grens ruimte keuze vakantie weekend schoonmoeder
verhuizing werk geld tijd slapen moe druk ontspannen lachen merkte zei vroeg vond
wilde kon moest durfde probeerde ontdekte herkende benoemde oefenden spraken af
niet wel vaak soms nooit altijd opnieuw eerst daarna omdat terwijl hoewel zodat
een het de van in op met voor naar bij uit over onder tegen zonder tussen
coöperatie patroon rol taak verantwoordelijkheid waardering compliment verwijt
kritiek behoefte wens teleurstelling hoop stap doel volgende keer belangrijk
"""
VOCAB = _WORDS.split()


@dataclass(frozen=True)
class GeneratedDb:
    """A data folder and, per couple, its session ids."""

    folder: Path
    sessions: tuple[tuple[int, ...], ...]


def _sentences(rng: random.Random, count: int = 3000) -> list[str]:
    """A pool of Dutch-ish sentences of 6 to 16 words; notes are drawn from it (fast)."""
    return [
        " ".join(rng.choices(VOCAB, k=rng.randint(6, 16))).capitalize() + "." for _ in range(count)
    ]


def _text(rng: random.Random, pool: list[str], words: int) -> str:
    """About `words` words in paragraphs of four sentences (a sentence averages 11 words)."""
    picked = rng.choices(pool, k=max(1, words // 11))
    return "\n\n".join(" ".join(picked[i : i + 4]) for i in range(0, len(picked), 4))


def _schedule(index: int, per_couple: int) -> tuple[date, SessionStatus]:
    """Weekly sessions ending next week: the last one planned, every 9th cancelled."""
    day = date.today() - timedelta(weeks=per_couple - 2 - index)
    if index == per_couple - 1:
        return day, SessionStatus.PLANNED
    return day, SessionStatus.CANCELLED if index % 9 == 8 else SessionStatus.HELD


def generate(folder: Path, couples: int, per_couple: int = 25, seed: int = 7) -> GeneratedDb:
    """Create (and migrate) the database in `folder` and fill it; returns the session ids."""
    rng = random.Random(seed)
    pool = _sentences(rng)
    services = open_services(folder)
    try:
        first = services.couples.create(
            CoupleInput("Anne & Bram Jansen", (PartnerInput("Anne"), PartnerInput("Bram")))
        )
        present = frozenset(p.id for p in first.partners)
        ids: list[tuple[int, ...]] = []
        shape: list[int] = []
        for index in range(per_couple):
            day, status = _schedule(index, per_couple)
            data = SessionInput(day, time(19, 30), 90, present, status)
            session = services.sessions.create(first.id, data)
            services.notes.save(
                session.id, NoteKind.SHARED, _text(rng, pool, rng.randint(150, 400))
            )
            services.notes.save(
                session.id, NoteKind.PRIVATE, _text(rng, pool, rng.randint(80, 250))
            )
            shape.append(session.id)
        ids.append(tuple(shape))
        with services.db.engine.begin() as conn:
            couple_id = conn.scalar(select(func.max(Couple.id))) or 0
            partner_id = conn.scalar(select(func.max(Partner.id))) or 0
            session_id = conn.scalar(select(func.max(CoachingSession.id))) or 0
            tables = ("couples", "partners", "sessions", "attendance", "notes")
            rows: dict[str, list[dict[str, object]]] = {name: [] for name in tables}
            for number in range(2, couples + 1):
                couple_id += 1
                a, b = rng.sample(VOCAB[:40], 2)
                rows["couples"].append({"id": couple_id, "display_name": f"{a} & {b} #{number}"})
                partners = []
                for position, name in ((1, a), (2, b)):
                    partner_id += 1
                    partners.append(partner_id)
                    rows["partners"].append(
                        {"id": partner_id, "couple_id": couple_id, "position": position,
                         "name": name.title(), "email": f"{name}{number}@example.nl"}
                    )  # fmt: skip
                shape = []
                for index in range(per_couple):
                    session_id += 1
                    shape.append(session_id)
                    day, status = _schedule(index, per_couple)
                    rows["sessions"].append(
                        {"id": session_id, "couple_id": couple_id, "date": day,
                         "start_time": time(9 + index % 10, 0), "planned_minutes": 90,
                         "status": status}
                    )  # fmt: skip
                    came = partners if index % 7 else partners[:1]
                    rows["attendance"] += [
                        {"session_id": session_id, "partner_id": p} for p in came
                    ]
                    for kind, low, high in (
                        (NoteKind.SHARED, 150, 400),
                        (NoteKind.PRIVATE, 80, 250),
                    ):
                        text = _text(rng, pool, rng.randint(low, high))
                        rows["notes"].append({"session_id": session_id, "kind": kind, "text": text})
                ids.append(tuple(shape))
            for model in (Couple, Partner, CoachingSession, Attendance, Note):
                if rows[model.__tablename__]:
                    conn.execute(insert(model), rows[model.__tablename__])
    finally:
        services.db.close()
    return GeneratedDb(folder, tuple(ids))
