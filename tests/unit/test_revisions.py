"""Earlier versions of texts: when they are kept, restored, thinned, erased; never shared."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from stellenstof_desktop.content import Method, load_method
from stellenstof_desktop.domain import (
    AgreementInput,
    AgreementReview,
    CoupleDetails,
    CoupleInput,
    NoteKind,
    PartnerInput,
    RevisionKind,
    SessionDetails,
    SessionInput,
)
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.store.revisions import install

HIDDEN_PROMPT = "patroon.mijn_aandeel"  # a private_first prompt of the Dutch content


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, 10, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(services: Services) -> Clock:
    fake = Clock()
    install(services.db.sessions, fake)
    return fake


def _couple(services: Services) -> tuple[CoupleDetails, SessionDetails]:
    couple = services.couples.create(
        CoupleInput("Sanne & Joost", (PartnerInput("Sanne"), PartnerInput("Joost")))
    )
    session = services.sessions.create(
        couple.id,
        SessionInput(date(2026, 6, 1), time(10), 90, frozenset(p.id for p in couple.partners)),
    )
    return couple, session


def _method() -> Method:
    return load_method("nl", resource_path("content"), Path("/nonexistent")).method


def _stored_texts(services: Services) -> list[str]:
    """Every revision text in the file, read past the services."""
    with sqlite3.connect(services.db.path) as conn:
        return [row[0] for row in conn.execute("SELECT text FROM revisions")]


def test_first_save_keeps_nothing_then_one_revision_per_ten_minutes_of_typing(
    services: Services, clock: Clock
) -> None:
    _, session = _couple(services)
    save = services.notes.save
    save(session.id, NoteKind.SHARED, "Eerste")
    assert services.revisions.for_session(session.id) == []
    clock.advance(minutes=4)
    save(session.id, NoteKind.SHARED, "Eerste zin")
    clock.advance(minutes=5)
    save(session.id, NoteKind.SHARED, "Eerste zin, tweede")
    assert services.revisions.for_session(session.id) == []  # 9 minutes: none yet

    clock.advance(minutes=1)
    save(session.id, NoteKind.SHARED, "Eerste zin, tweede zin")
    kept = services.revisions.for_session(session.id)
    assert [r.text for r in kept] == ["Eerste zin, tweede"]  # the text being overwritten
    assert kept[0].kind is RevisionKind.SHARED_NOTE and not kept[0].private
    assert kept[0].saved_at == clock.now and kept[0].current == "Eerste zin, tweede zin"

    for minute in range(9):  # typing on: not more often than every ten minutes
        clock.advance(minutes=1)
        save(session.id, NoteKind.SHARED, f"Eerste zin, tweede zin {minute}")
    assert len(services.revisions.for_session(session.id)) == 1
    clock.advance(minutes=1)
    save(session.id, NoteKind.SHARED, "Later")
    texts = [r.text for r in services.revisions.for_session(session.id)]
    assert texts == ["Eerste zin, tweede zin 8", "Eerste zin, tweede"]  # newest first


def test_restore_brings_a_deleted_paragraph_back_and_can_itself_be_undone(
    services: Services, clock: Clock
) -> None:
    _, session = _couple(services)
    whole = "Ze kozen samen het uitje.\n\nZij wil vaker zelf voorstellen doen."
    services.notes.save(session.id, NoteKind.PRIVATE, whole)
    clock.advance(days=1)
    services.notes.save(session.id, NoteKind.PRIVATE, "Ze kozen samen het uitje.")
    (kept,) = services.revisions.for_session(session.id)
    assert kept.kind is RevisionKind.PRIVATE_NOTE and kept.private and kept.text == whole

    clock.advance(minutes=1)  # well within ten minutes: the restore keeps a revision anyway
    services.revisions.restore(kept.id)
    assert services.notes.get(session.id).private == whole
    undo = services.revisions.for_session(session.id)[0]
    assert undo.text == "Ze kozen samen het uitje." and undo.current == whole

    services.revisions.restore(undo.id)
    assert services.notes.get(session.id).private == "Ze kozen samen het uitje."


def test_every_free_text_is_kept_with_what_it_is(services: Services, clock: Clock) -> None:
    couple, session = _couple(services)
    sanne = couple.partners[0]
    agreement = services.agreements.add(session.id, AgreementInput("Zaterdag samen koken"))
    exercise = services.exercises.create(session.id, "Wat doen we zondag?")
    services.answers.save_text(session.id, "patroon.wie_beslist", sanne.id, "Meestal ik")
    services.answers.save_observation(session.id, "patroon", "Joost kijkt weg")
    services.agreements.set_review(agreement.id, AgreementReview.PARTLY, "Half gelukt")
    clock.advance(minutes=10)
    services.agreements.update(agreement.id, AgreementInput("Zondag samen koken"))
    services.agreements.set_review(agreement.id, AgreementReview.PARTLY, "Bijna gelukt")
    services.exercises.set_topic(exercise.id, "Wat doen we maandag?")
    services.answers.save_text(session.id, "patroon.wie_beslist", sanne.id, "Wij samen")
    services.answers.save_observation(session.id, "patroon", "")

    found = {r.kind: r for r in services.revisions.for_session(session.id)}
    assert found[RevisionKind.AGREEMENT].text == "Zaterdag samen koken"
    assert found[RevisionKind.REVIEW_NOTE].about == "Zondag samen koken"
    assert found[RevisionKind.TOPIC].text == "Wat doen we zondag?"
    answer = found[RevisionKind.ANSWER]
    assert (answer.text, answer.key, answer.partner) == ("Meestal ik", "patroon.wie_beslist", sanne)
    observation = found[RevisionKind.OBSERVATION]
    assert observation.private and observation.key == "patroon" and observation.current == ""


def test_thinning_drops_what_is_older_than_a_week(services: Services, clock: Clock) -> None:
    _, session = _couple(services)
    services.notes.save(session.id, NoteKind.SHARED, "Versie een")
    clock.advance(minutes=10)
    services.notes.save(session.id, NoteKind.SHARED, "Versie twee")
    clock.advance(days=6)
    services.notes.save(session.id, NoteKind.SHARED, "Versie drie")
    assert [r.text for r in services.revisions.for_session(session.id)] == [
        "Versie twee",
        "Versie een",
    ]

    assert services.revisions.thin(clock.now + timedelta(days=1, minutes=1)) >= 1
    assert [r.text for r in services.revisions.for_session(session.id)] == ["Versie twee"]
    assert services.revisions.thin(clock.now + timedelta(days=7, minutes=1)) == 1
    assert _stored_texts(services) == []


def test_erasing_the_couple_leaves_no_revision_in_the_file(
    services: Services, clock: Clock
) -> None:
    couple, session = _couple(services)
    services.notes.save(session.id, NoteKind.SHARED, "WEGGEVEEGD-REVISIE-MARKER")
    clock.advance(minutes=10)
    services.notes.save(session.id, NoteKind.SHARED, "nieuw")
    assert "WEGGEVEEGD-REVISIE-MARKER" in _stored_texts(services)

    services.privacy.erase_couple(couple.id)
    assert _stored_texts(services) == []
    assert b"WEGGEVEEGD-REVISIE-MARKER" not in services.db.path.read_bytes()


def test_hidden_entries_get_no_revision_until_they_are_revealed(
    services: Services, clock: Clock
) -> None:
    couple, session = _couple(services)
    sanne, joost = couple.partners
    services.answers.save_hidden(session.id, HIDDEN_PROMPT, sanne.id, "GEHEIM-EERSTE")
    exercise = services.exercises.create(session.id, "Wat doen we zaterdag?")
    services.exercises.submit_hidden(exercise.id, sanne.id, "GEHEIM-VOORKEUR", "GEHEIM-REDEN")
    clock.advance(hours=1)
    services.answers.save_hidden(session.id, HIDDEN_PROMPT, sanne.id, "GEHEIM-TWEEDE")
    services.exercises.submit_hidden(exercise.id, sanne.id, "GEHEIM-ANDERS", "GEHEIM-OOK")
    services.exercises.submit_hidden(exercise.id, joost.id, "Fietsen")
    assert not any("GEHEIM" in text for text in _stored_texts(services))
    assert services.revisions.for_session(session.id) == []

    services.answers.reveal(session.id, HIDDEN_PROMPT)
    services.exercises.reveal(exercise.id)
    services.exercises.set_appeal(exercise.id, joost.id, "Samen buiten zijn")
    clock.advance(minutes=10)
    services.answers.save_text(session.id, HIDDEN_PROMPT, sanne.id, "Aangevuld na het tonen")
    services.exercises.set_appeal(exercise.id, joost.id, "Buiten zijn")
    found = {r.kind: r for r in services.revisions.for_session(session.id)}
    assert found[RevisionKind.ANSWER].text == "GEHEIM-TWEEDE"  # revealed: now it may be kept
    appeal = found[RevisionKind.APPEAL]
    assert (appeal.text, appeal.partner, appeal.about) == (
        "Samen buiten zijn",
        joost,
        "Wat doen we zaterdag?",
    )


def test_revisions_never_reach_the_summary_or_an_export(services: Services, clock: Clock) -> None:
    couple, session = _couple(services)
    sanne = couple.partners[0]
    services.notes.save(session.id, NoteKind.SHARED, "OUDE-ALINEA die weg moest")
    services.answers.save_text(session.id, "patroon.wie_beslist", sanne.id, "OUDE-ANTWOORD")
    clock.advance(minutes=10)
    services.notes.save(session.id, NoteKind.SHARED, "Nieuwe notitie")
    services.answers.save_text(session.id, "patroon.wie_beslist", sanne.id, "Nieuw antwoord")
    assert len(services.revisions.for_session(session.id)) == 2

    method = _method()
    outputs = [
        repr(services.summary.build(session.id, method)),
        repr(services.privacy.export_partner(couple.id, sanne.id, method).data),
        repr(services.privacy.export_couple(couple.id, method).data),
    ]
    for output in outputs:
        assert "Nieuwe notitie" in output or "Nieuw antwoord" in output
        assert "OUDE-" not in output


def test_an_answer_of_a_partner_no_longer_present_is_not_listed(
    services: Services, clock: Clock
) -> None:
    couple, session = _couple(services)
    sanne, joost = couple.partners
    services.answers.save_text(session.id, "patroon.wie_beslist", joost.id, "Van Joost")
    clock.advance(minutes=10)
    services.answers.save_text(session.id, "patroon.wie_beslist", joost.id, "Nog van Joost")
    assert len(services.revisions.for_session(session.id)) == 1
    services.sessions.update(
        session.id, SessionInput(session.date, session.start_time, 90, frozenset({sanne.id}))
    )
    assert services.revisions.for_session(session.id) == []
