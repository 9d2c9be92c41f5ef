"""Use cases without Qt: validation, search, sessions, notes, erasure."""

from __future__ import annotations

from datetime import date, time

import pytest

from stellenstof_desktop.domain import (
    CoupleInput,
    NoteKind,
    PartnerInput,
    SessionInput,
    SessionStatus,
)
from stellenstof_desktop.errors import NotFoundError, ValidationError
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.services.demo import DemoRefusedError, fill_demo


def couple(services: Services, *names: str):  # type: ignore[no-untyped-def]
    return services.couples.create(
        CoupleInput(" & ".join(names), tuple(PartnerInput(n) for n in names))
    )


def session(services: Services, couple_id: int, day: date, present: frozenset[int]):  # type: ignore[no-untyped-def]
    return services.sessions.create(couple_id, SessionInput(day, time(19, 30), 90, present))


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CoupleInput("", (PartnerInput("Anne"),)), "display_name"),
        (CoupleInput("  ", (PartnerInput("Anne"),)), "display_name"),
        (CoupleInput("Anne", (PartnerInput(" \t"),)), "partner1.name"),
        (CoupleInput("Anne", ()), "partner1.name"),
        (
            CoupleInput("Anne", (PartnerInput("Anne"), PartnerInput("", "bram@x.nl"))),
            "partner2.name",
        ),
        (CoupleInput("Anne", (PartnerInput("Anne", "geen adres"),)), "partner1.email"),
        (CoupleInput("x" * 201, (PartnerInput("Anne"),)), "display_name"),
    ],
)
def test_bad_couple_input_names_its_field(
    services: Services, data: CoupleInput, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        services.couples.create(data)
    assert info.value.field == field
    assert services.couples.count() == 0


def test_names_are_tidied_and_odd_characters_kept(services: Services) -> None:
    made = services.couples.create(
        CoupleInput("  R&D   <b>Zoë</b> 👪 ", (PartnerInput(" Zoë  ", " zoe@example.nl "),))
    )
    assert made.display_name == "R&D <b>Zoë</b> 👪"
    assert made.partners[0].name == "Zoë"
    assert made.partners[0].email == "zoe@example.nl"


def test_one_partner_couple_and_adding_the_second_later_keeps_sessions(services: Services) -> None:
    solo = couple(services, "Fatima")
    first = session(services, solo.id, date(2026, 3, 1), frozenset({solo.partners[0].id}))
    updated = services.couples.update(
        solo.id, CoupleInput("Fatima & Youssef", (PartnerInput("Fatima"), PartnerInput("Youssef")))
    )
    assert [p.name for p in updated.partners] == ["Fatima", "Youssef"]
    assert updated.partners[0].id == solo.partners[0].id  # same partner, so her sessions stay
    details = services.sessions.get(first.id)
    assert details.solo and [p.name for p in details.attendees] == ["Fatima"]


def test_search_ignores_case_and_accents(services: Services) -> None:
    couple(services, "Zoë", "Bas")
    couple(services, "Fatima", "Youssef")
    assert [c.display_name for c in services.couples.list("ZOE")] == ["Zoë & Bas"]
    assert [c.display_name for c in services.couples.list("yous fat")] == ["Fatima & Youssef"]
    assert services.couples.list("nobody") == []


def test_sessions_newest_first_with_attendance(services: Services) -> None:
    pair = couple(services, "Anne", "Bram")
    both = frozenset(p.id for p in pair.partners)
    old = session(services, pair.id, date(2025, 1, 1), both)
    new = session(services, pair.id, date(2026, 1, 1), frozenset({pair.partners[1].id}))
    rows = services.sessions.list_for_couple(pair.id)
    assert [r.id for r in rows] == [new.id, old.id]
    assert rows[0].solo and not rows[1].solo
    summary = services.couples.list()[0]
    assert (summary.session_count, summary.last_session) == (2, date(2026, 1, 1))


def test_session_needs_someone_present(services: Services) -> None:
    pair = couple(services, "Anne", "Bram")
    with pytest.raises(ValidationError) as info:
        session(services, pair.id, date.today(), frozenset())
    assert info.value.field == "attendance"


def test_session_edit_changes_attendance_and_status(services: Services) -> None:
    pair = couple(services, "Anne", "Bram")
    made = session(services, pair.id, date(2026, 5, 1), frozenset(p.id for p in pair.partners))
    edited = services.sessions.update(
        made.id,
        SessionInput(
            date(2026, 5, 2), None, 60, frozenset({pair.partners[0].id}), SessionStatus.HELD
        ),
    )
    assert (edited.date, edited.start_time, edited.planned_minutes) == (date(2026, 5, 2), None, 60)
    assert edited.status is SessionStatus.HELD and edited.solo


def test_notes_round_trip_long_and_strange_text(services: Services) -> None:
    pair = couple(services, "Anne")
    made = session(services, pair.id, date.today(), frozenset({pair.partners[0].id}))
    long_text = ("Zoë & <b>Joël</b> ]]> 👪 שלום\n" * 8000)[:200_000]
    services.notes.save(made.id, NoteKind.SHARED, long_text)
    services.notes.save(made.id, NoteKind.PRIVATE, "privé")
    notes = services.notes.get(made.id)
    assert (notes.shared, notes.private) == (long_text, "privé")
    with pytest.raises(NotFoundError):
        services.notes.save(9999, NoteKind.SHARED, "x")


def test_erasing_a_couple_removes_everything_from_the_file(services: Services) -> None:
    pair = couple(services, "Marker", "Pieter")
    made = session(services, pair.id, date.today(), frozenset(p.id for p in pair.partners))
    marker = "UNIEKE-MARKERTEKST-7f3a"
    services.notes.save(made.id, NoteKind.PRIVATE, marker * 50)
    services.privacy.erase_couple(pair.id)
    assert services.couples.list() == [] and services.sessions.list_all() == []
    with services.db.engine.connect() as conn:
        from sqlalchemy import text

        for table in ("partners", "sessions", "attendance", "notes"):
            assert conn.scalar(text(f"SELECT count(*) FROM {table}")) == 0
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = services.db.path.read_bytes()
    assert marker.encode() not in raw  # secure_delete and VACUUM leave no copy behind


def test_demo_fills_an_empty_database_only(services: Services) -> None:
    added = fill_demo(services, today=date(2026, 11, 21))
    assert added == 4 and services.couples.count() == 3
    solo = [
        s
        for c in services.couples.list()
        for s in services.sessions.list_for_couple(c.id)
        if s.solo
    ]
    assert len(solo) == 1
    with pytest.raises(DemoRefusedError):
        fill_demo(services)
    assert services.couples.count() == 3
