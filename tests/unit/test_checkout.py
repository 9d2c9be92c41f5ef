"""The check-out: each partner's own word to the coach, seen by that partner and her only."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date, datetime, time
from io import BytesIO
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from stellenstof_desktop.domain import (
    Checkout,
    CoupleInput,
    NextAppointment,
    PartnerInput,
)
from stellenstof_desktop.errors import NotFoundError, ValidationError
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.audience import private_to
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.store.models import Attendance, Revision
from stellenstof_desktop.store.revisions import MODELS
from tests.unit import pairs

ANNE_WORDS = "CHECKOUT-ANNE wat ik alleen aan jou kwijt wil"
BRAM_WORDS = "CHECKOUT-BRAM niet voor Anne bedoeld"


MAILS = ("anne@example.nl", "bram@example.nl")


def test_a_check_out_is_stored_replaced_and_listed_oldest_first(services: Services) -> None:
    pair = pairs.pair(services, mails=MAILS)
    anne, bram = pair.partners
    later = pairs.session(services, pair, date(2026, 3, 8))
    first = pairs.session(services, pair, date(2026, 3, 1))

    services.checkouts.save(later.id, anne.id, 9, 8, "  Later  ")
    services.checkouts.save(first.id, bram.id, 4, 5, "")
    services.checkouts.save(first.id, anne.id, 6, 7, "Eerst")
    services.checkouts.save(first.id, anne.id, 7, 7, "Eerst, toch beter")  # replaced

    assert services.checkouts.for_couple(pair.id) == (
        Checkout(first.id, date(2026, 3, 1), anne.id, 7, 7, "Eerst, toch beter"),
        Checkout(first.id, date(2026, 3, 1), bram.id, 4, 5, ""),
        Checkout(later.id, date(2026, 3, 8), anne.id, 9, 8, "Later"),
    )
    assert services.checkouts.entered(first.id) == {anne.id, bram.id}
    assert services.checkouts.entered(later.id) == {anne.id}


@pytest.mark.parametrize(
    ("heard", "useful", "words", "field"),
    [
        (None, 5, "", "heard"),
        (5, None, "", "useful"),
        (-1, 5, "", "heard"),
        (11, 5, "", "heard"),
        (5, 11, "", "useful"),
        (True, 5, "", "heard"),
        ("7", 5, "", "heard"),
        (5, 5, "x" * 2001, "words"),
    ],
)
def test_bad_check_outs_are_refused_in_dutch(
    services: Services, heard: object, useful: object, words: str, field: str
) -> None:
    pair = pairs.pair(services, mails=MAILS)
    session = pairs.session(services, pair, date(2026, 3, 1))
    with pytest.raises(ValidationError) as info:
        services.checkouts.save(session.id, pair.partners[0].id, heard, useful, words)  # type: ignore[arg-type]
    assert info.value.field == field
    assert "tot" in str(info.value) or "kort" in str(info.value)
    assert services.checkouts.entered(session.id) == frozenset()


def test_the_limits_themselves_are_allowed(services: Services) -> None:
    pair = pairs.pair(services, mails=MAILS)
    session = pairs.session(services, pair, date(2026, 3, 1))
    services.checkouts.save(session.id, pair.partners[0].id, 0, 10, " " + "é" * 2000 + "\n")
    (stored,) = services.checkouts.for_couple(pair.id)
    assert (stored.heard, stored.useful, stored.words) == (0, 10, "é" * 2000)


def test_only_a_partner_who_was_there_gives_a_check_out(services: Services) -> None:
    pair = pairs.pair(services, mails=MAILS)
    anne, bram = pair.partners
    solo = pairs.session(services, pair, date(2026, 3, 1), anne.id)
    stranger = services.couples.create(CoupleInput("Ria", (PartnerInput("Ria"),))).partners[0]
    for partner_id in (bram.id, stranger.id):
        with pytest.raises(ValidationError) as info:
            services.checkouts.save(solo.id, partner_id, 5, 5, "")
        assert info.value.field == "partner"
        assert "bij deze sessie" in str(info.value)
    with pytest.raises(NotFoundError):
        services.checkouts.save(9999, anne.id, 5, 5, "")
    with pytest.raises(NotFoundError):
        services.checkouts.for_couple(9999)


def test_a_partner_taken_off_the_attendance_has_no_check_out_shown(services: Services) -> None:
    pair = pairs.pair(services, mails=MAILS)
    anne, bram = pair.partners
    session = pairs.session(services, pair, date(2026, 3, 1))
    services.checkouts.save(session.id, bram.id, 3, 3, BRAM_WORDS)
    services.checkouts.save(session.id, anne.id, 8, 8, ANNE_WORDS)
    with services.db.transaction() as s:  # the coach corrects: Bram was not there after all
        s.execute(
            delete(Attendance).where(
                Attendance.session_id == session.id, Attendance.partner_id == bram.id
            )
        )
    assert services.checkouts.entered(session.id) == {anne.id}
    assert [c.partner_id for c in services.checkouts.for_couple(pair.id)] == [anne.id]


def test_the_rule_a_check_out_reaches_its_own_partner_only() -> None:
    both = {1, 2}
    assert private_to(1, both, set())  # the coach alone
    assert private_to(1, both, {1})
    assert not private_to(1, both, {2})
    assert not private_to(1, both, both)  # the couple together, the room's screen
    assert not private_to(1, {2}, {1})  # not listed as present


def test_exports_hold_check_outs_only_for_their_own_partner(services: Services) -> None:
    pair = pairs.pair(services, mails=MAILS)
    anne, bram = pair.partners
    joint = pairs.session(services, pair, date(2026, 3, 1))
    solo = pairs.session(services, pair, date(2026, 3, 8), anne.id)
    services.checkouts.save(joint.id, anne.id, 8, 9, ANNE_WORDS)
    services.checkouts.save(joint.id, bram.id, 2, 3, BRAM_WORDS)
    services.checkouts.save(solo.id, anne.id, 7, 7, "CHECKOUT-ANNE-SOLO")
    method = pairs.dutch_method()

    couple = services.privacy.export_couple(pair.id, method)
    archive = couple.zip_bytes()
    with zipfile.ZipFile(BytesIO(archive)) as opened:
        text = opened.read("gegevens.json").decode("utf-8")
    for marker in ("CHECKOUT-", "gehoord_en_begrepen", "check_outs"):
        assert marker not in text
    assert "check-outs staan er niet in" in couple.data["export"]["toelichting"]

    services.agreements.set_next_appointment_at(
        joint.id, NextAppointment(date(2026, 3, 15), time(9))
    )
    mine = services.privacy.export_partner(pair.id, anne.id, method).data
    assert [(s["volgende_afspraak"], s["volgende_afspraak_tijd"]) for s in mine["sessies"]] == [
        ("2026-03-15", "09:00"),
        (None, None),
    ]
    found = {s["id"]: s.get("check_outs") for s in mine["sessies"]}
    assert found == {
        joint.id: [
            {
                "van": "Anne",
                "gehoord_en_begrepen": 8,
                "gewerkt_aan_wat_belangrijk_is": 9,
                "woorden": ANNE_WORDS,
            }
        ],
        solo.id: [
            {
                "van": "Anne",
                "gehoord_en_begrepen": 7,
                "gewerkt_aan_wat_belangrijk_is": 7,
                "woorden": "CHECKOUT-ANNE-SOLO",
            }
        ],
    }
    theirs = json.dumps(services.privacy.export_partner(pair.id, bram.id, method).data)
    assert BRAM_WORDS in theirs
    assert "CHECKOUT-ANNE" not in theirs


def test_erasing_the_couple_erases_the_check_outs_from_the_file(
    services: Services, data_dir: Path
) -> None:
    pair = pairs.pair(services, mails=MAILS)
    session = pairs.session(services, pair, date(2026, 3, 1))
    services.checkouts.save(session.id, pair.partners[0].id, 8, 9, ANNE_WORDS)
    files = [p for p in data_dir.iterdir() if p.name.startswith(DB_FILENAME)]
    assert any(ANNE_WORDS.encode() in p.read_bytes() for p in files)  # the test can see it

    services.privacy.erase_couple(pair.id, datetime(2026, 6, 3, 12, 0))

    files = [p for p in data_dir.iterdir() if p.name.startswith(DB_FILENAME)]
    assert not any(b"CHECKOUT-ANNE" in p.read_bytes() for p in files)
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        assert conn.execute("SELECT count(*) FROM checkouts").fetchone() == (0,)
    conn.close()


def test_no_revision_is_kept_of_a_check_out(services: Services) -> None:
    pair = pairs.pair(services, mails=MAILS)
    session = pairs.session(services, pair, date(2026, 3, 1))
    anne = pair.partners[0].id
    services.checkouts.save(session.id, anne, 5, 5, "eerste versie CHECKOUT-ANNE")
    services.checkouts.save(session.id, anne, 6, 6, "tweede versie")
    services.checkouts.save(session.id, anne, 7, 7, "derde versie")
    assert "checkouts" not in MODELS  # the listener does not look at them
    with services.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Revision)) == 0
    assert services.revisions.for_session(session.id) == []
