"""What the couple's summary contains: everything shareable, and never anything private."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import get_args

import pytest

from stellenstof_desktop.content import PROMPT_KINDS, Method, load_method
from stellenstof_desktop.domain import DEFAULT_BODY, AgreementReview, CoachProfile, Voice
from stellenstof_desktop.errors import NotFoundError, ValidationError
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.report.model import (
    DecisionMapItem,
    Item,
    ScaleItem,
    SessionSummary,
    TextItem,
)
from stellenstof_desktop.report.text import (
    decision_sentences,
    file_name,
    fill_template,
    long_date,
)
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.services.profile import PROFILE_KEY
from stellenstof_desktop.services.summary import ITEM_BUILDERS
from stellenstof_desktop.store.models import Setting
from tests.sample_session import LOGO_PNG, SECRETS, SHARED, make_sample


@pytest.fixture(scope="module")
def method() -> Method:
    return load_method("nl", resource_path("content")).method


def build(services: Services, method: Method, **options: object) -> SessionSummary:
    sample = make_sample(services, **options)  # type: ignore[arg-type]
    return services.summary.build(sample.session_id, method)


def test_shared_content_is_in_and_every_secret_is_out(services: Services, method: Method) -> None:
    text = repr(build(services, method))
    for marker in SHARED:
        assert marker in text
    for marker in SECRETS:
        assert marker not in text, marker


def test_people_date_and_next_appointment(services: Services, method: Method) -> None:
    summary = build(services, method)
    assert summary.couple_name == "Sanne & Joost de Vries"
    assert [p.name for p in summary.attendees] == ["Sanne", "Joost"]
    assert not summary.solo
    assert summary.date == date(2026, 6, 2)
    assert summary.next_appointment == date(2026, 6, 16)
    assert summary.practice.practice_name == "Praktijk Samen Verder"
    assert summary.practice.logo == LOGO_PNG


def test_solo_session_names_who_was_absent(services: Services, method: Method) -> None:
    summary = build(services, method, solo=True)
    assert [p.name for p in summary.attendees] == ["Sanne"]
    assert [p.name for p in summary.absent] == ["Joost"]
    assert summary.solo
    assert [s.partner.name for s in summary.checkin[0].scores] == ["Sanne"]
    (exercise,) = summary.exercises
    assert exercise.solo and exercise.parts[0].expected_other == "Hij wil vast thuisblijven"


def test_checkin_scores_and_progress_over_sessions(services: Services, method: Method) -> None:
    summary = build(services, method)
    assert [item.question for item in summary.checkin] == [p.text for p in method.checkin.prompts]
    assert [(s.partner.name, s.value) for s in summary.checkin[0].scores] == [
        ("Sanne", 7),
        ("Joost", 6),
    ]
    equal, room = summary.progress
    # The cancelled session in between does not count.
    assert equal.dates == (date(2026, 5, 5), date(2026, 5, 19), date(2026, 6, 2))
    assert [(line.partner.name, line.values) for line in equal.lines] == [
        ("Sanne", (3, 5, 7)),
        ("Joost", (5, 6, 6)),
    ]
    assert room.lines[1].values == (6, 6, 8)


def test_steps_discussed_or_answered_with_their_items(services: Services, method: Method) -> None:
    steps = build(services, method).steps
    assert [s.number for s in steps] == [1, 3]  # step 4 has only a hidden answer
    pattern = steps[0]
    kinds = [type(item) for item in pattern.items]
    assert kinds == [TextItem, TextItem, TextItem, ScaleItem]
    shared, revealed, own, scale = pattern.items
    assert isinstance(shared, TextItem) and shared.shared.startswith("GEDEELD-PATROON")
    assert "\n" in shared.shared  # line breaks are kept for the PDF
    assert isinstance(revealed, TextItem)
    assert [(a.partner.name, a.text) for a in revealed.answers] == [
        ("Sanne", "GEDEELD-SANNE-AANDEEL alvast"),
        ("Joost", "Ik zeg 'maakt niet uit'."),
    ]
    assert isinstance(own, TextItem) and [a.partner.name for a in own.answers] == ["Joost"]
    assert isinstance(scale, ScaleItem) and [s.value for s in scale.scores] == [8, 6]


def test_a_step_only_ticked_as_discussed_is_listed(services: Services, method: Method) -> None:
    sample = make_sample(services)
    services.answers.set_discussed(sample.session_id, "verschil", True)
    steps = services.summary.build(sample.session_id, method).steps
    assert [(s.number, s.items) for s in steps if s.number == 2] == [(2, ())]


def test_decision_map_reads_now_and_wishes(services: Services, method: Method) -> None:
    step = next(s for s in build(services, method).steps if s.number == 3)
    item = step.items[0]
    assert isinstance(item, DecisionMapItem)
    rows = {row.area: row for row in item.rows}
    assert list(rows) == ["Eten en boodschappen", "Uitjes en weekenden", "Geld en grote uitgaven"]
    food = rows["Eten en boodschappen"]
    assert food.now is not None and food.now.partner is not None
    assert food.now.partner.name == "Sanne"
    assert all(w.choice.together for w in food.wishes)
    assert decision_sentences(item.rows) == (
        "Zo willen jullie het houden: geld en grote uitgaven.",
        "Eten en boodschappen: nu beslist vooral Sanne, jullie willen allebei samen beslissen.",
        "Uitjes en weekenden: nu beslist vooral Sanne, Sanne wil dat Joost beslist; "
        "Joost wil samen beslissen.",
    )


def test_only_revealed_exercises_with_voices(services: Services, method: Method) -> None:
    (exercise,) = build(services, method).exercises
    assert exercise.topic == "Wat doen we zaterdag? GEDEELD-OEFENING"
    assert [(p.partner.name, p.preference, p.voice) for p in exercise.parts] == [
        ("Sanne", "Naar het bos", Voice.FULLY),
        ("Joost", "Pannenkoeken eten", Voice.PARTLY),
    ]
    assert exercise.decision.startswith("GEDEELD-BESLUIT")


def test_agreements_and_review_of_the_previous_session(services: Services, method: Method) -> None:
    summary = build(services, method)
    assert [(a.text[:16], a.partner.name if a.partner else None) for a in summary.agreements] == [
        ("GEDEELD-AFSPRAAK", "Sanne"),
        ("Samen de week do", None),
    ]
    assert summary.agreements[0].due_date == date(2026, 6, 9)
    assert summary.reviewed_date == date(2026, 5, 19)
    # Only what was looked back on; the agreement nobody discussed is left out.
    assert [(r.review, r.note) for r in summary.reviewed] == [
        (AgreementReview.DONE, "Twee keer gelukt!"),
        (AgreementReview.PARTLY, ""),
    ]


def test_first_session_has_no_review_and_no_profile(services: Services, method: Method) -> None:
    sample = make_sample(services, profile=False)
    first = services.sessions.list_for_couple(sample.couple_id)[-1]
    summary = services.summary.build(first.id, method)
    assert summary.reviewed == () and summary.reviewed_date is None
    assert summary.practice.coach_name == "" and summary.practice.logo is None
    assert len(summary.progress[0].dates) == 1


def test_every_prompt_kind_has_a_builder() -> None:
    assert set(ITEM_BUILDERS) == set(PROMPT_KINDS)
    assert len(get_args(Item)) == 3


def test_unknown_session(services: Services, method: Method) -> None:
    with pytest.raises(NotFoundError):
        services.summary.build(999, method)


# profile ---------------------------------------------------------------------------
def test_profile_defaults_are_dutch_and_password_on(services: Services) -> None:
    profile = services.profile.get()
    assert profile.password_by_default
    assert "{namen}" in profile.mail_body and "{datum}" in profile.mail_subject
    assert profile.closing_text.startswith("Dank jullie wel")
    assert services.profile.logo() is None


def test_profile_round_trip_keeps_unknown_keys(services: Services) -> None:
    with services.db.transaction() as s:
        s.add(Setting(key=PROFILE_KEY, value={"from_a_newer_release": 1, "phone": 5}))
    assert services.profile.get().phone == ""  # a wrong type falls back, never crashes
    saved = services.profile.save(
        CoachProfile(coach_name="  Marieke   Jansen ", email=" m@praktijk.nl ", phone="06")
    )
    assert saved.coach_name == "Marieke Jansen" and saved.email == "m@praktijk.nl"
    assert services.profile.get() == saved
    with services.db.transaction() as s:
        stored = s.get(Setting, PROFILE_KEY)
        assert stored is not None and isinstance(stored.value, dict)
        assert stored.value["from_a_newer_release"] == 1


def test_profile_refuses_bad_input(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.profile.save(CoachProfile(email="geen adres"))
    assert info.value.field == "email"
    with pytest.raises(ValidationError) as info:
        services.profile.save(replace(CoachProfile(), mail_body="x" * 5001))
    assert info.value.field == "mail_body"
    assert services.profile.get().mail_body == DEFAULT_BODY


def test_logo_is_checked_stored_and_removed(services: Services) -> None:
    with pytest.raises(ValidationError, match="geen afbeelding"):
        services.profile.set_logo(b"<svg></svg>")
    with pytest.raises(ValidationError, match="2 MB"):
        services.profile.set_logo(LOGO_PNG + b"\0" * (2 * 1024 * 1024))
    services.profile.set_logo(LOGO_PNG)
    assert services.profile.logo() == LOGO_PNG
    services.profile.set_logo(None)
    assert services.profile.logo() is None


# words ---------------------------------------------------------------------------------
def test_templates_leave_unknown_placeholders_as_typed() -> None:
    values = {"namen": "Sanne en Joost", "datum": "2 juni"}
    assert fill_template("Beste {namen}, {onbekend} {datum} {} {{x}} {", values) == (
        "Beste Sanne en Joost, {onbekend} 2 juni {} {{x}} {"
    )


def test_dutch_dates_and_file_names() -> None:
    assert long_date(date(2026, 6, 2)) == "dinsdag 2 juni 2026"
    assert file_name('Sessieverslag Zoë/Joël: "R&D"? 2026-06-02') == (
        "Sessieverslag Zoë Joël R&D 2026-06-02.pdf"
    )
    assert file_name("...") == "Sessieverslag.pdf"
