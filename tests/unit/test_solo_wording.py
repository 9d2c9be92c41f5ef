"""One partner came alone: the PDF, the e-mail, the worksheet and the profile speak to one."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import asdict
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from stellenstof_desktop.content import Method, load_method
from stellenstof_desktop.domain import (
    DEFAULT_BODY_SOLO,
    DEFAULT_CLOSING_SOLO,
    AgreementInput,
    CoachProfile,
    CoupleInput,
    NoteKind,
    PartnerInput,
    SessionInput,
    SessionStatus,
    Voice,
)
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.report.mail import body_template, make_draft
from stellenstof_desktop.report.model import SessionSummary
from stellenstof_desktop.report.pdf import render_summary
from stellenstof_desktop.report.text import WORDING, wording
from stellenstof_desktop.report.worksheet import render_worksheet
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.services.profile import PROFILE_KEY
from stellenstof_desktop.store.models import Setting

TWO_PEOPLE = re.compile(r"jullie|allebei", re.IGNORECASE)
TODAY = date(2026, 6, 2)


@pytest.fixture(scope="module")
def method() -> Method:
    return load_method("nl", resource_path("content")).method


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text as poppler reads it, lines joined: what a reader of the page sees."""
    found = shutil.which("pdftotext")
    if found is None:
        pytest.skip("pdftotext is not installed (Debian package poppler-utils)")
    path = tmp_path / "verslag.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        [found, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def session_of(services: Services, *, solo: bool) -> int:
    """Noor (and Daan, unless `solo`) after a full session: check-in, exercise, agreements.

    Everything typed here speaks to one person, so whatever says "jullie" in the PDF was
    written by the report itself.
    """
    couple = services.couples.create(
        CoupleInput(
            "Noor & Daan Bakker",
            (PartnerInput("Noor", "noor@example.nl"), PartnerInput("Daan", "daan@example.nl")),
        )
    )
    noor, daan = (p.id for p in couple.partners)
    both = frozenset({noor, daan})

    def new_session(days_ago: int, present: frozenset[int]) -> int:
        data = SessionInput(TODAY - timedelta(days_ago), time(10), 60, present, SessionStatus.HELD)
        return services.sessions.create(couple.id, data).id

    earlier = new_session(14, frozenset({noor}) if solo else both)
    current = new_session(0, frozenset({noor}) if solo else both)
    people = (noor,) if solo else (noor, daan)
    checkin = "solo_checkin.wachten" if solo else "checkin.gelijkwaardig"  # the route's own
    for ident, value in ((earlier, 4), (current, 6)):
        for partner in people:
            services.answers.save_value(ident, checkin, partner, value)
    services.agreements.add(earlier, AgreementInput("Zelf een avond plannen"))
    services.agreements.add(current, AgreementInput("Eén keer zeggen wat ik wil"))
    services.agreements.add(
        current, AgreementInput("Het weekend voorstellen", noor, TODAY + timedelta(5))
    )
    services.agreements.set_next_appointment(current, TODAY + timedelta(14))
    services.notes.save(current, NoteKind.SHARED, "Noor merkte dat ze vaak wacht.")

    exercises = services.exercises
    x = exercises.create(current, "Wat doen we zondag?")
    exercises.advance(x.id)
    for partner in people:
        exercises.submit_hidden(
            x.id, partner, "Naar het strand", "Even uitwaaien", "Thuisblijven" if solo else ""
        )
    exercises.reveal(x.id)
    exercises.advance(x.id)
    for partner in people:
        exercises.set_appeal(x.id, partner, "Rust voor iedereen")
    exercises.set_talk_notes(x.id, "Wachten kost me energie.")
    exercises.advance(x.id)
    exercises.set_decision(x.id, "Voorstel: zondagochtend strand, middag thuis.")
    exercises.set_follow_up(x.id, "Ik zoek de tijden van de bus op.")
    for partner in people:
        exercises.set_voice(x.id, partner, Voice.FULLY)
    exercises.advance(x.id)
    services.profile.save(CoachProfile(coach_name="Marieke Jansen", practice_name="Praktijk"))
    return current


def summary_of(services: Services, method: Method, *, solo: bool) -> SessionSummary:
    return services.summary.build(session_of(services, solo=solo), method)


# the PDF ------------------------------------------------------------------------------
def test_a_solo_report_speaks_to_one_person(
    services: Services, method: Method, tmp_path: Path
) -> None:
    summary = summary_of(services, method, solo=True)
    assert summary.for_one and [p.name for p in summary.attendees] == ["Noor"]
    text = pdf_text(render_summary(summary), tmp_path)
    for heading in ("Hoe het nu met je gaat", "Jouw voorkeur", "Dank je wel"):
        assert heading in text, heading
    assert "Jouw voorstel voor thuis" in text and "Zo zit jouw stem erin — helemaal" in text
    assert "Het verloop over de sessies" in text  # the chart may hold a joint session too
    assert TWO_PEOPLE.findall(text) == []


def test_a_joint_report_still_speaks_to_the_couple(
    services: Services, method: Method, tmp_path: Path
) -> None:
    summary = summary_of(services, method, solo=False)
    assert not summary.for_one
    text = pdf_text(render_summary(summary), tmp_path)
    assert "Hoe het nu met jullie gaat" in text and "Ieders voorkeur" in text
    assert "Dank jullie wel" in text and "Jullie besluit" in text
    assert "— allebei" not in text  # an agreement without a name is for both: no tag
    assert "Dank je wel" not in text and "Jouw voorkeur" not in text


@pytest.mark.parametrize(
    ("language", "two_people"),
    [("nl", TWO_PEOPLE), ("en", re.compile(r"\bboth\b|each of you|yourselves", re.IGNORECASE))],
)
def test_every_solo_wording_is_for_one_person(language: str, two_people: re.Pattern[str]) -> None:
    """The table itself: no one-person text slips back into speaking to two."""
    assert set(wording(True, language)) == set(WORDING[language]) == set(wording(False, language))
    for key, text in wording(True, language).items():
        assert not two_people.search(text), key
    assert any(two_people.search(text) for text in wording(False, language).values())


# the e-mail -------------------------------------------------------------------------
def test_the_mail_to_one_partner_addresses_one_name(services: Services, method: Method) -> None:
    summary = summary_of(services, method, solo=True)
    profile = services.profile.get()
    draft = make_draft(summary, profile.mail_subject, body_template(summary, profile), True)
    assert [a.addr_spec for a in draft.to] == ["noor@example.nl"]
    assert draft.body.startswith("Beste Noor,\n")
    assert "Daan" not in draft.body and "wachtwoord krijg je telefonisch" in draft.body
    assert not TWO_PEOPLE.search(draft.body) and "samen" not in draft.body.lower()


def test_the_mail_to_the_couple_keeps_the_couple_text(services: Services, method: Method) -> None:
    summary = summary_of(services, method, solo=False)
    profile = services.profile.get()
    assert body_template(summary, profile) == profile.mail_body
    draft = make_draft(summary, profile.mail_subject, profile.mail_body, True)
    assert draft.body.startswith("Beste Noor en Daan,\n") and "jullie" in draft.body


def test_the_coach_s_own_solo_texts_are_used(
    services: Services, method: Method, tmp_path: Path
) -> None:
    session_id = session_of(services, solo=True)
    profile = services.profile.get()
    services.profile.save(
        CoachProfile(
            coach_name=profile.coach_name,
            closing_text_solo="  Fijn dat je er was, tot gauw.  ",
            mail_body_solo="Hoi {namen}, hierbij het verslag.",
        )
    )
    stored = services.profile.get()
    assert stored.closing_text_solo == "Fijn dat je er was, tot gauw."  # tidied on save
    summary = services.summary.build(session_id, method)
    assert summary.practice.closing(True) == "Fijn dat je er was, tot gauw."
    assert "Fijn dat je er was, tot gauw." in pdf_text(render_summary(summary), tmp_path)
    body = make_draft(summary, "", body_template(summary, stored), False).body
    assert body == "Hoi Noor, hierbij het verslag.\n"


# the profile --------------------------------------------------------------------------
def test_an_old_profile_without_the_solo_texts_loads_with_the_defaults(
    services: Services,
) -> None:
    old = asdict(CoachProfile(coach_name="Marieke", mail_body="Oude tekst {namen}"))
    del old["closing_text_solo"], old["mail_body_solo"]
    with services.db.transaction() as s:
        s.add(Setting(key=PROFILE_KEY, value=old))
    profile = services.profile.get()
    assert (profile.coach_name, profile.mail_body) == ("Marieke", "Oude tekst {namen}")
    assert profile.closing_text_solo == DEFAULT_CLOSING_SOLO
    assert profile.mail_body_solo == DEFAULT_BODY_SOLO
    for text in (DEFAULT_CLOSING_SOLO, DEFAULT_BODY_SOLO):
        assert not TWO_PEOPLE.search(text) and "samen" not in text.lower()
    assert DEFAULT_CLOSING_SOLO.startswith("Dank je wel")


def test_solo_texts_that_are_too_long_are_refused(services: Services) -> None:
    from stellenstof_desktop.errors import ValidationError

    with pytest.raises(ValidationError) as info:
        services.profile.save(CoachProfile(mail_body_solo="x" * 5001))
    assert info.value.field == "mail_body_solo"


# the worksheet ------------------------------------------------------------------------
def test_the_worksheet_for_one_partner_speaks_to_one(
    services: Services, method: Method, tmp_path: Path
) -> None:
    summary = summary_of(services, method, solo=True)
    sheet = services.summary.worksheet(services.couples.list()[0].id)
    noor, daan = sheet.partners
    joint_text = pdf_text(render_worksheet(sheet), tmp_path)
    assert "Noor en Daan" in joint_text and TWO_PEOPLE.search(joint_text)

    from dataclasses import replace

    alone = replace(sheet, partners=(noor, replace(daan, attended=False)))
    assert alone.for_one and [p.name for p in alone.attendees] == [summary.attendees[0].name]
    text = pdf_text(render_worksheet(alone), tmp_path)
    assert "Werkblad voor Noor" in text and "Daan" not in text
    assert "Wat denk ik dat mijn partner zou kiezen?" in text
    assert TWO_PEOPLE.findall(text) == []
