"""Demo couples for trying the app; only ever written into an empty database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from stellenstof_desktop.domain import (
    CoupleInput,
    NextAppointment,
    NoteKind,
    PartnerInput,
    SessionInput,
    SessionStatus,
)
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP
from stellenstof_desktop.services.container import Services


class DemoRefusedError(KnownError):
    """Demo data would mix with real clients."""

    def __init__(self, couples: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "De database bevat al stellen ({couples}). Demogegevens worden alleen in een "
                "lege database gezet, zodat ze nooit tussen echte cliënten terechtkomen. "
                "Gebruik een lege map met --data-dir.",
            ),
            couples=couples,
        )


@dataclass(frozen=True)
class _DemoSession:
    days_ago: int
    start: time
    solo: bool
    status: SessionStatus
    shared: str
    private: str
    # Per partner present, in order: (heard, useful, words) of their check-out.
    checkouts: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True)
class _DemoCouple:
    name: str
    partners: tuple[PartnerInput, ...]
    sessions: tuple[_DemoSession, ...]
    # Set in the last session: days from today, and the hour.
    next_appointment: tuple[int, time] | None = None


_DEMO = (
    _DemoCouple(
        "Sanne & Joost de Vries",
        (
            PartnerInput("Sanne", "sanne.devries@example.nl"),
            PartnerInput("Joost", "joost@example.nl"),
        ),
        (
            _DemoSession(
                28,
                time(19, 30),
                False,
                SessionStatus.HELD,
                "Kennismaking. Jullie vertelden hoe de dagen met Mila (4) en Daan (7) lopen en "
                "wie wat beslist. Eerste ontdekking: Sanne regelt bijna alles, en Joost laat "
                'het haar vaak doen, "omdat zij het toch beter weet".\n\n'
                "Oefening voor thuis: allebei drie kleine keuzes opschrijven die je deze week "
                "zelf wilde maken.",
                "Joost wordt stil zodra het over zijn moeder gaat. Volgende keer voorzichtig "
                "naar vragen. Sanne lijkt moe, slaapt slecht sinds de verbouwing.",
                ((7, 8, "Fijn dat we allebei aan het woord kwamen."), (5, 6, "Nog wat onwennig.")),
            ),
            _DemoSession(
                14,
                time(19, 30),
                False,
                SessionStatus.HELD,
                "Joost koos zaterdag zelf het uitje (kinderboerderij) en Sanne liet het los, "
                "ook al twijfelde ze. Allebei merkten jullie dat dat even wennen was, en "
                "ook fijn.\n\nAfspraak: Joost kookt op woensdag wat hij zelf lekker vindt.",
                "Sanne merkt haar eigen controle op: goed teken. Let op oude boosheid over "
                "de verhuizing; nog niet benoemen.",
                ((8, 8, ""), (8, 9, "Ik voelde me deze keer echt gehoord.")),
            ),
        ),
        next_appointment=(14, time(19, 30)),
    ),
    _DemoCouple(
        "Fatima & Youssef El Amrani",
        (PartnerInput("Fatima", "fatima.elamrani@example.nl"), PartnerInput("Youssef")),
        (
            _DemoSession(
                10,
                time(10, 0),
                True,
                SessionStatus.HELD,
                "Fatima kwam alleen; Youssef kon niet vrij krijgen. We keken naar wat Fatima "
                "zelf kan veranderen: meer ruimte nemen bij keuzes over de vakantie, en "
                "zeggen wat ze wél wil in plaats van wat ze niet wil.",
                "Fatima vraagt zich af of Youssef wel wil komen. Ze voelt zich schuldig als "
                "ze iets voor zichzelf plant. Niet duwen; ruimte laten.",
                ((7, 9, "Goed om eens iets voor mezelf te doen."),),
            ),
        ),
        next_appointment=(11, time(10, 0)),
    ),
    _DemoCouple(
        "Lotte & Eva Bakker",
        (PartnerInput("Lotte", "lotte@example.nl"), PartnerInput("Eva", "eva.bakker@example.nl")),
        (
            _DemoSession(
                -3,
                time(20, 0),
                False,
                SessionStatus.PLANNED,
                "",
                "Eerste gesprek. Verwijzing via de huisarts; thema: wie beslist over de "
                "opvang van hun zoon Sem (2).",
            ),
        ),
    ),
)


def fill_demo(services: Services, today: date | None = None) -> int:
    """Add the demo couples to an empty database; returns how many sessions were added."""
    existing = services.couples.count()
    if existing:
        raise DemoRefusedError(existing)
    today = today or date.today()
    added = 0
    for demo in _DEMO:
        couple = services.couples.create(CoupleInput(demo.name, demo.partners))
        for item in demo.sessions:
            present = couple.partners[:1] if item.solo else couple.partners
            session = services.sessions.create(
                couple.id,
                SessionInput(
                    date=today - timedelta(days=item.days_ago),
                    start_time=item.start,
                    planned_minutes=90,
                    attended_ids=frozenset(p.id for p in present),
                    status=item.status,
                ),
            )
            if item.shared:
                services.notes.save(session.id, NoteKind.SHARED, item.shared)
            if item.private:
                services.notes.save(session.id, NoteKind.PRIVATE, item.private)
            for partner, (heard, useful, words) in zip(present, item.checkouts, strict=False):
                services.checkouts.save(session.id, partner.id, heard, useful, words)
            added += 1
        if demo.next_appointment is not None:
            days, hour = demo.next_appointment
            services.agreements.set_next_appointment_at(
                session.id, NextAppointment(today + timedelta(days=days), hour)
            )
    return added
