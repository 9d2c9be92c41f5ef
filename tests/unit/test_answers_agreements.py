"""Answers of every kind, step states, agreements and their review, without Qt."""

from __future__ import annotations

from datetime import date, time

import pytest

from stellenstof_desktop.domain import (
    AgreementInput,
    AgreementReview,
    CoupleInput,
    PartnerInput,
    SessionInput,
    SessionStatus,
)
from stellenstof_desktop.errors import NotFoundError, ValidationError
from stellenstof_desktop.services.container import Services


def make_couple(services: Services, *names: str):  # type: ignore[no-untyped-def]
    return services.couples.create(
        CoupleInput(" & ".join(names), tuple(PartnerInput(n) for n in names))
    )


def make_session(services: Services, couple, day: date, solo: bool = False, **kw):  # type: ignore[no-untyped-def]
    present = couple.partners[:1] if solo else couple.partners
    return services.sessions.create(
        couple.id, SessionInput(day, time(10), 90, frozenset(p.id for p in present), **kw)
    )


def test_every_kind_of_answer_round_trips(services: Services) -> None:
    pair = make_couple(services, "Sanne", "Joost")
    sanne, joost = pair.partners
    session = make_session(services, pair, date(2026, 3, 1))
    answers = services.answers
    answers.save_text(session.id, "patroon.wie_beslist", None, "Eten & <uitjes> 👪")
    answers.save_text(session.id, "patroon.wat_het_oplevert", joost.id, "Rust")
    answers.save_value(session.id, "checkin.ruimte", sanne.id, 7)
    answers.save_value(session.id, "checkin.ruimte", joost.id, 0)
    answers.save_choices(session.id, "gelijk.kaart", None, {"eten": "1", "geld": "samen", "x": "?"})
    answers.set_discussed(session.id, "patroon", True)
    answers.save_observation(session.id, "patroon", "privé observatie")

    data = answers.for_session(session.id)
    assert data.get("patroon.wie_beslist").text == "Eten & <uitjes> 👪"
    assert data.get("patroon.wat_het_oplevert", joost.id).text == "Rust"
    assert data.get("patroon.wat_het_oplevert", sanne.id).text == ""
    assert (
        data.get("checkin.ruimte", sanne.id).value,
        data.get("checkin.ruimte", joost.id).value,
    ) == (7, 0)
    assert data.get("gelijk.kaart").data == {"eten": "1", "geld": "samen"}  # unknown choice dropped
    assert data.step("patroon").discussed and data.step("patroon").observation == "privé observatie"
    assert not data.step("verschil").discussed

    answers.save_value(session.id, "checkin.ruimte", sanne.id, None)  # cleared again
    assert answers.for_session(session.id).get("checkin.ruimte", sanne.id).value is None


def test_bad_values_are_refused(services: Services) -> None:
    pair = make_couple(services, "Anne")
    session = make_session(services, pair, date(2026, 3, 1))
    with pytest.raises(ValidationError):
        services.answers.save_value(session.id, "checkin.ruimte", pair.partners[0].id, 11)
    with pytest.raises(ValidationError):
        services.answers.save_text(session.id, "a.b", None, "x" * 100_001)
    with pytest.raises(NotFoundError):
        services.answers.save_text(9999, "a.b", None, "x")


def test_hidden_answers_stay_hidden_until_revealed(services: Services) -> None:
    pair = make_couple(services, "Sanne", "Joost")
    sanne, joost = pair.partners
    session = make_session(services, pair, date(2026, 3, 1))
    key = "onderliggend.liefde_angst"
    services.answers.save_hidden(session.id, key, sanne.id, "GEHEIM-SANNE")
    services.answers.save_hidden(session.id, key, sanne.id, "GEHEIM-SANNE-2")  # replaced
    hidden = services.answers.for_session(session.id).get(key, sanne.id)
    assert hidden.hidden and hidden.text == ""  # the UI never receives the text
    assert "GEHEIM" not in repr(services.answers.for_session(session.id))
    with pytest.raises(ValidationError):
        services.answers.save_hidden(session.id, key, joost.id, "   ")
    services.answers.save_hidden(session.id, key, joost.id, "GEHEIM-JOOST")
    services.answers.reveal(session.id, key)
    data = services.answers.for_session(session.id)
    assert data.get(key, sanne.id).text == "GEHEIM-SANNE-2"
    assert data.get(key, joost.id).text == "GEHEIM-JOOST" and not data.get(key, joost.id).hidden


def test_answers_to_removed_questions_are_kept_as_earlier_ones(services: Services) -> None:
    pair = make_couple(services, "Anne")
    session = make_session(services, pair, date(2026, 3, 1))
    services.answers.save_text(session.id, "patroon.oude_vraag", None, "nog steeds hier")
    services.answers.save_text(session.id, "patroon.wie_beslist", None, "bekend")
    orphans = services.answers.for_session(session.id).orphans({"patroon.wie_beslist"})
    assert [(k, v.text) for k, v in orphans.items()] == [
        (("patroon.oude_vraag", None), "nog steeds hier")
    ]


def test_agreements_are_reviewed_in_the_next_session(services: Services) -> None:
    pair = make_couple(services, "Sanne", "Joost")
    sanne, joost = pair.partners
    first = make_session(services, pair, date(2026, 3, 1))
    make_session(services, pair, date(2026, 3, 8), status=SessionStatus.CANCELLED)
    second = make_session(services, pair, date(2026, 3, 15))
    agreements = services.agreements
    cook = agreements.add(first.id, AgreementInput("Joost kookt woensdag", joost.id))
    outing = agreements.add(
        first.id, AgreementInput("  Samen een uitje plannen ", None, date(2026, 3, 10))
    )
    with pytest.raises(ValidationError):
        agreements.add(first.id, AgreementInput("   "))

    assert agreements.previous_session(first.id) is None
    assert agreements.previous_session(second.id) == (first.id, date(2026, 3, 1))  # skips cancelled
    review = agreements.to_review(second.id)
    assert [(a.text, a.partner_id) for a in review] == [
        ("Joost kookt woensdag", joost.id),
        ("Samen een uitje plannen", None),
    ]
    agreements.set_review(cook.id, AgreementReview.DONE, "elke week!")
    agreements.set_review(outing.id, AgreementReview.PARTLY)
    after = {a.id: a for a in agreements.to_review(second.id)}
    assert after[cook.id].done and after[cook.id].review is AgreementReview.DONE
    assert after[cook.id].review_note == "elke week!"
    assert after[outing.id].review is AgreementReview.PARTLY and not after[outing.id].done
    assert after[outing.id].due_date == date(2026, 3, 10)

    agreements.update(outing.id, AgreementInput("Uitje: Sanne kiest", sanne.id))
    agreements.delete(cook.id)
    assert [a.text for a in agreements.for_session(first.id)] == ["Uitje: Sanne kiest"]

    agreements.set_next_appointment(second.id, date(2026, 4, 1))
    assert agreements.next_appointment(second.id) == date(2026, 4, 1)
