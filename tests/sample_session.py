"""A rich session for summary, PDF and e-mail tests (and the PDF benchmark).

Every secret gets a unique marker that must never appear in a summary, a PDF or a mail;
every shareable part gets one that must.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from stellenstof_desktop.domain import (
    AgreementInput,
    AgreementReview,
    CoachProfile,
    CoupleInput,
    ExercisePhase,
    NoteKind,
    PartnerInput,
    SessionInput,
    SessionRoute,
    SessionStatus,
    Voice,
)
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.store.models import Exercise, ExerciseEntry

SECRETS = (
    "GEHEIM-PRIVENOTITIE",
    "GEHEIM-OBSERVATIE",
    "GEHEIM-ONTHULD-NIET",
    "GEHEIM-VERBORGEN-VOORKEUR",
    "GEHEIM-KIESFASE",
    "GEHEIM-GESTOPT",
    "GEHEIM-VORIGE-PRIVE",
)
SHARED = (
    "GEDEELD-NOTITIE",
    "GEDEELD-PATROON",
    "GEDEELD-SANNE-AANDEEL",
    "GEDEELD-JOOST-OPLEVERT",
    "GEDEELD-OEFENING",
    "GEDEELD-BESLUIT",
    "GEDEELD-AFSPRAAK",
    "GEDEELD-TERUGBLIK",
)


def png(width: int = 120, height: int = 40, rgb: tuple[int, int, int] = (47, 95, 99)) -> bytes:
    """A plain one-colour PNG, made without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


LOGO_PNG = png()


@dataclass
class Sample:
    couple_id: int
    session_id: int
    previous_id: int
    partner_ids: tuple[int, int]
    emails: tuple[str, str] = ("sanne@example.nl", "joost@example.nl")
    extra: dict[str, int] = field(default_factory=dict)


def make_sample(
    services: Services,
    *,
    solo: bool = False,
    notes: str | None = None,
    today: date | None = None,
    profile: bool = True,
) -> Sample:
    """Two earlier sessions and a full current one for "Sanne & Joost de Vries"."""
    today = today or date(2026, 6, 2)
    couple = services.couples.create(
        CoupleInput(
            "Sanne & Joost de Vries",
            (PartnerInput("Sanne", "sanne@example.nl"), PartnerInput("Joost", "joost@example.nl")),
        )
    )
    sanne, joost = (p.id for p in couple.partners)
    both = frozenset({sanne, joost})
    answers = services.answers

    def new_session(days_ago: int, present: frozenset[int], status: SessionStatus) -> int:
        # The couple's five steps, also with one partner: these answers are to the steps' prompts.
        data = SessionInput(
            today - timedelta(days=days_ago), time(19, 30), 90, present, status, SessionRoute.COUPLE
        )
        return services.sessions.create(couple.id, data).id

    # Two earlier sessions (and a cancelled one in between that must not count).
    first = new_session(28, both, SessionStatus.HELD)
    cancelled = new_session(21, both, SessionStatus.CANCELLED)
    previous = new_session(14, both, SessionStatus.HELD)
    for ident, (s_eq, j_eq, s_room, j_room) in (
        (first, (3, 5, 4, 6)),
        (cancelled, (0, 0, 0, 0)),
        (previous, (5, 6, 5, 6)),
    ):
        answers.save_value(ident, "checkin.gelijkwaardig", sanne, s_eq)
        answers.save_value(ident, "checkin.gelijkwaardig", joost, j_eq)
        answers.save_value(ident, "checkin.ruimte", sanne, s_room)
        answers.save_value(ident, "checkin.ruimte", joost, j_room)
    services.notes.save(previous, NoteKind.PRIVATE, "GEHEIM-VORIGE-PRIVE")
    done = services.agreements.add(
        previous, AgreementInput("Joost kookt op woensdag GEDEELD-TERUGBLIK", joost)
    )
    services.agreements.set_review(done.id, AgreementReview.DONE, "Twee keer gelukt!")
    partly = services.agreements.add(previous, AgreementInput("Samen een uitje plannen"))
    services.agreements.set_review(partly.id, AgreementReview.PARTLY)
    services.agreements.add(previous, AgreementInput("Niet nabesproken afspraak"))

    present = frozenset({sanne}) if solo else both
    current = new_session(0, present, SessionStatus.HELD)
    answers.save_value(current, "checkin.gelijkwaardig", sanne, 7)
    answers.save_value(current, "checkin.ruimte", sanne, 6)
    if not solo:
        answers.save_value(current, "checkin.gelijkwaardig", joost, 6)
        answers.save_value(current, "checkin.ruimte", joost, 8)

    # Step 1: every kind of text answer, revealed and not.
    answers.set_discussed(current, "patroon", True)
    answers.save_observation(current, "patroon", "GEHEIM-OBSERVATIE: Joost kijkt weg.")
    answers.save_text(
        current,
        "patroon.wie_beslist",
        None,
        "GEDEELD-PATROON Sanne beslist over eten en uitjes;\nJoost past zich aan.",
    )
    answers.save_hidden(current, "patroon.mijn_aandeel", sanne, "GEDEELD-SANNE-AANDEEL alvast")
    if not solo:
        answers.save_hidden(current, "patroon.mijn_aandeel", joost, "Ik zeg 'maakt niet uit'.")
    answers.reveal(current, "patroon.mijn_aandeel")
    answers.save_text(current, "patroon.wat_het_oplevert", joost, "GEDEELD-JOOST-OPLEVERT rust")
    answers.save_value(current, "patroon.herkenning", sanne, 8)
    answers.save_value(current, "patroon.herkenning", joost, 6)
    # Step 4: written hidden, never revealed.
    answers.save_hidden(current, "onderliggend.liefde_angst", sanne, "GEHEIM-ONTHULD-NIET angst")
    answers.save_observation(current, "onderliggend", "GEHEIM-OBSERVATIE twee")
    # Step 3: the decision map, now and as each would like it.
    answers.save_choices(
        current, "gelijk.kaart", None, {"eten": "1", "uitjes": "1", "geld": "samen"}
    )
    answers.save_choices(
        current, "gelijk.kaart", sanne, {"eten": "samen", "uitjes": "2", "geld": "samen"}
    )
    answers.save_choices(
        current, "gelijk.kaart", joost, {"eten": "samen", "uitjes": "samen", "geld": "samen"}
    )
    answers.save_text(current, "gelijk.afspraak", None, "Om de week kiest Joost het uitje.")

    # Exercises: one revealed and decided, one still hidden, one being chosen, one stopped.
    with services.db.transaction() as s:
        shown = Exercise(
            session_id=current,
            position=1,
            topic="Wat doen we zaterdag? GEDEELD-OEFENING",
            phase=ExercisePhase.DONE,
            talk_notes="Allebei willen we naar buiten.",
            decision="GEDEELD-BESLUIT Zaterdag naar het bos, daarna pannenkoeken.",
            follow_up="Volgende keer kiest Sanne.",
            solo=solo,
            entries=[
                ExerciseEntry(
                    partner_id=sanne,
                    preference="Naar het bos",
                    reason="Buiten zijn geeft rust",
                    appeal="Dat we samen iets doen",
                    voice=Voice.FULLY,
                    expected_other="Hij wil vast thuisblijven" if solo else "",
                ),
                *(
                    []
                    if solo
                    else [
                        ExerciseEntry(
                            partner_id=joost,
                            preference="Pannenkoeken eten",
                            reason="De kinderen vinden dat leuk",
                            appeal="Het bos is goed voor Mila",
                            voice=Voice.PARTLY,
                        )
                    ]
                ),
            ],
        )
        hidden = Exercise(
            session_id=current,
            position=2,
            topic="Vakantie",
            phase=ExercisePhase.HIDDEN,
            entries=[ExerciseEntry(partner_id=sanne, preference="GEHEIM-VERBORGEN-VOORKEUR")],
        )
        choosing = Exercise(session_id=current, position=3, topic="GEHEIM-KIESFASE")
        stopped = Exercise(
            session_id=current,
            position=4,
            topic="GEHEIM-GESTOPT",
            phase=ExercisePhase.CANCELLED,
            entries=[ExerciseEntry(partner_id=joost, preference="GEHEIM-GESTOPT voorkeur")],
        )
        s.add_all([shown, hidden, choosing, stopped])

    services.agreements.add(
        current,
        AgreementInput(
            "GEDEELD-AFSPRAAK Sanne kiest vrijdag het eten", sanne, today + timedelta(7)
        ),
    )
    services.agreements.add(current, AgreementInput("Samen de week doorspreken"))
    services.agreements.set_next_appointment(current, today + timedelta(days=14))
    services.notes.save(
        current,
        NoteKind.SHARED,
        notes
        if notes is not None
        else "GEDEELD-NOTITIE Jullie merkten dat loslaten even wennen is.\n\n"
        "Tweede alinea: Zoë’s verjaardag — “fijn” ĳs.",
    )
    services.notes.save(current, NoteKind.PRIVATE, "GEHEIM-PRIVENOTITIE let op moeder Joost")
    if profile:
        services.profile.save(
            CoachProfile(
                coach_name="Marieke Jansen",
                practice_name="Praktijk Samen Verder",
                email="marieke@samenverder.nl",
                phone="06-12345678",
                website="www.samenverder.nl",
            )
        )
        services.profile.set_logo(LOGO_PNG)
    return Sample(couple.id, current, previous, (sanne, joost))
