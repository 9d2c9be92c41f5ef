"""The "samen besluiten" exercise without Qt: phases, hidden entries, history and balance."""

from __future__ import annotations

import sqlite3
from dataclasses import fields, is_dataclass
from datetime import date, time

import pytest

from stellenstof_desktop.domain import (
    CoupleDetails,
    CoupleInput,
    ExerciseInfo,
    ExercisePhase,
    PartnerInput,
    SessionDetails,
    SessionInput,
    Voice,
)
from stellenstof_desktop.errors import KnownError, ValidationError
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.services.exercise import (
    TEXT_MAX,
    TOPIC_MAX,
    ExerciseNotFoundError,
    NotAllEnteredError,
    PhaseError,
    TextTooLongError,
)

SECRET_A = "GEHEIM-ANNE-7f3a"
SECRET_B = "GEHEIM-BRAM-91c2"


def make_couple(services: Services, *names: str) -> CoupleDetails:
    return services.couples.create(
        CoupleInput(" & ".join(names), tuple(PartnerInput(n) for n in names))
    )


def make_session(
    services: Services, couple: CoupleDetails, day: date, present: int | None = None
) -> SessionDetails:
    attending = couple.partners if present is None else couple.partners[:present]
    return services.sessions.create(
        couple.id,
        SessionInput(day, time(19, 30), 90, frozenset(p.id for p in attending)),
    )


@pytest.fixture
def pair(services: Services) -> tuple[CoupleDetails, SessionDetails]:
    couple = make_couple(services, "Anne", "Bram")
    return couple, make_session(services, couple, date(2026, 3, 2))


def all_text(value: object) -> str:
    """Every string reachable from a (nested) dataclass, mapping or sequence."""
    if isinstance(value, str):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return " ".join(all_text(getattr(value, f.name)) for f in fields(value))
    if isinstance(value, dict):
        return " ".join(all_text(k) + " " + all_text(v) for k, v in value.items())
    if isinstance(value, list | tuple | frozenset | set):
        return " ".join(all_text(v) for v in value)
    return repr(value)


def run_to_reveal(
    services: Services, session: SessionDetails, couple: CoupleDetails, topic: str = "Zaterdag"
) -> ExerciseInfo:
    x = services.exercises.create(session.id, topic)
    a, b = couple.partners
    services.exercises.submit_hidden(x.id, a.id, SECRET_A, "omdat het kan")
    services.exercises.submit_hidden(x.id, b.id, SECRET_B)
    return services.exercises.reveal(x.id)


def test_create_lists_in_order_and_records_the_choose_time(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    _, session = pair
    first = services.exercises.create(session.id)
    second = services.exercises.create(session.id, "Wat eten we vrijdag?")
    assert first.phase is ExercisePhase.CHOOSE and first.topic == ""
    assert (first.position, second.position) == (1, 2)
    assert [x.id for x in services.exercises.list_for_session(session.id)] == [
        first.id,
        second.id,
    ]
    assert ExercisePhase.CHOOSE in first.phase_times
    assert not first.solo and [p.name for p in first.participants] == ["Anne", "Bram"]


def test_hidden_text_never_leaves_the_service_before_reveal(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    couple, session = pair
    a, b = couple.partners
    x = services.exercises.create(session.id, "Wat doen we zaterdagmiddag met de kinderen?")
    after_a = services.exercises.submit_hidden(x.id, a.id, SECRET_A, "reden " + SECRET_A)
    assert after_a.phase is ExercisePhase.HIDDEN  # the first entry starts the hidden phase
    assert set(after_a.entered) == {a.id} and not after_a.ready_to_reveal
    after_b = services.exercises.submit_hidden(x.id, b.id, SECRET_B)
    assert after_b.ready_to_reveal and after_b.entries == ()

    seen = [
        after_a,
        after_b,
        services.exercises.get(x.id),
        services.exercises.list_for_session(session.id),
        services.exercises.history(couple.id),
        services.exercises.balance(couple.id),
    ]
    for value in seen:
        text = all_text(value) + repr(value)
        assert SECRET_A not in text and SECRET_B not in text

    revealed = services.exercises.reveal(x.id)
    assert revealed.phase is ExercisePhase.REVEALED
    assert [(e.partner.name, e.preference) for e in revealed.entries] == [
        ("Anne", SECRET_A),
        ("Bram", SECRET_B),
    ]
    assert revealed.entry(a.id).reason == "reden " + SECRET_A  # type: ignore[union-attr]


def test_reveal_waits_for_every_attending_partner(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    couple, session = pair
    x = services.exercises.create(session.id, "Zaterdag")
    with pytest.raises(PhaseError):
        services.exercises.reveal(x.id)  # still choosing
    services.exercises.advance(x.id)
    services.exercises.submit_hidden(x.id, couple.partners[0].id, "zwemmen")
    with pytest.raises(NotAllEnteredError) as info:
        services.exercises.reveal(x.id)
    assert "Bram" in info.value.render()
    with pytest.raises(NotAllEnteredError):
        services.exercises.advance(x.id)  # advancing from hidden is revealing
    assert services.exercises.get(x.id).phase is ExercisePhase.HIDDEN


def test_replacing_an_entry_before_reveal_keeps_only_the_new_one(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    couple, session = pair
    a, b = couple.partners
    x = services.exercises.create(session.id, "Zaterdag")
    services.exercises.submit_hidden(x.id, a.id, "oud " + SECRET_A, "oude reden")
    services.exercises.submit_hidden(x.id, a.id, "  nieuw  ")
    services.exercises.submit_hidden(x.id, b.id, SECRET_B)
    entry = services.exercises.reveal(x.id).entry(a.id)
    assert entry is not None and (entry.preference, entry.reason) == ("nieuw", "")
    with pytest.raises(PhaseError):
        services.exercises.submit_hidden(x.id, a.id, "te laat")  # revealed: no more changes


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"preference": "  \n "}, "preference"),
        ({"preference": "x" * (TEXT_MAX + 1)}, "preference"),
        ({"preference": "ok", "reason": "x" * (TEXT_MAX + 1)}, "reason"),
        ({"preference": "ok", "expected_other": "x" * (TEXT_MAX + 1)}, "expected_other"),
    ],
)
def test_bad_hidden_entries_are_refused_with_their_field(
    services: Services,
    pair: tuple[CoupleDetails, SessionDetails],
    kwargs: dict[str, str],
    field: str,
) -> None:
    couple, session = pair
    x = services.exercises.create(session.id, "Zaterdag")
    with pytest.raises(ValidationError) as info:
        services.exercises.submit_hidden(x.id, couple.partners[0].id, **kwargs)
    assert info.value.field == field
    assert services.exercises.get(x.id).entered == {}


def test_texts_at_the_limit_are_kept_and_over_it_refused(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    couple, session = pair
    x = run_to_reveal(services, session, couple)
    services.exercises.set_talk_notes(x.id, "é" * TEXT_MAX)
    for setter in (
        services.exercises.set_talk_notes,
        services.exercises.set_decision,
        services.exercises.set_follow_up,
    ):
        with pytest.raises(TextTooLongError) as info:
            setter(x.id, "x" * (TEXT_MAX + 1))
        assert "20000" in info.value.render()
    with pytest.raises(TextTooLongError):
        services.exercises.set_appeal(x.id, couple.partners[0].id, "x" * (TEXT_MAX + 1))
    with pytest.raises(TextTooLongError):
        services.exercises.set_topic(x.id, "x" * (TOPIC_MAX + 1))
    assert services.exercises.get(x.id).talk_notes == "é" * TEXT_MAX


def test_an_empty_topic_can_be_typed_but_not_started(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    couple, session = pair
    x = services.exercises.create(session.id)
    services.exercises.set_topic(x.id, "")  # clearing the field while typing is fine
    with pytest.raises(ValidationError) as info:
        services.exercises.advance(x.id)
    assert info.value.field == "topic"
    with pytest.raises(ValidationError):
        services.exercises.submit_hidden(x.id, couple.partners[0].id, "zwemmen")
    services.exercises.set_topic(x.id, "Wat doen we zaterdag?")
    started = services.exercises.advance(x.id)
    assert started.phase is ExercisePhase.HIDDEN
    with pytest.raises(ValidationError):
        services.exercises.set_topic(x.id, "  ")  # once started a topic stays


def test_phases_forward_and_back_with_their_times(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    couple, session = pair
    a, b = couple.partners
    x = services.exercises.create(session.id, "Zaterdag")
    assert services.exercises.advance(x.id).can_go_back  # hidden, nobody entered yet
    assert services.exercises.go_back(x.id).phase is ExercisePhase.CHOOSE
    with pytest.raises(PhaseError):
        services.exercises.go_back(x.id)
    services.exercises.submit_hidden(x.id, a.id, "zwemmen")
    with pytest.raises(PhaseError):
        services.exercises.go_back(x.id)  # an entry exists: it may be replaced, never viewed
    services.exercises.submit_hidden(x.id, b.id, "bos")
    assert services.exercises.reveal(x.id).phase is ExercisePhase.REVEALED
    with pytest.raises(PhaseError):
        services.exercises.go_back(x.id)  # what was shown is not hidden again

    assert services.exercises.advance(x.id).phase is ExercisePhase.TALK
    services.exercises.set_appeal(x.id, a.id, "dat we buiten zijn")
    assert services.exercises.advance(x.id).phase is ExercisePhase.DECIDE
    assert services.exercises.go_back(x.id).phase is ExercisePhase.TALK
    assert services.exercises.advance(x.id).phase is ExercisePhase.DECIDE

    with pytest.raises(ValidationError) as info:
        services.exercises.advance(x.id)
    assert info.value.field == "decision"
    services.exercises.set_decision(x.id, "Eerst zwemmen, dan picknicken in het bos")
    services.exercises.set_voice(x.id, a.id, Voice.FULLY)
    with pytest.raises(ValidationError) as info:
        services.exercises.advance(x.id)
    assert info.value.field == f"voice:{b.id}"
    assert "Bram" in info.value.render()
    services.exercises.set_voice(x.id, b.id, Voice.PARTLY)
    services.exercises.set_follow_up(x.id, "Anne pakt de tas in")
    done = services.exercises.advance(x.id)
    assert done.phase is ExercisePhase.DONE
    with pytest.raises(PhaseError):
        services.exercises.advance(x.id)
    assert list(done.phase_times) == list(ExercisePhase)[:6]
    times = [done.phase_times[p] for p in list(ExercisePhase)[:6]]
    assert times == sorted(times)
    assert set(done.entered) == {a.id, b.id}
    assert (done.decision, done.follow_up) == (
        "Eerst zwemmen, dan picknicken in het bos",
        "Anne pakt de tas in",
    )
    assert done.entry(a.id).appeal == "dat we buiten zijn"  # type: ignore[union-attr]
    assert services.exercises.go_back(x.id).phase is ExercisePhase.DECIDE


def test_nothing_after_reveal_can_be_written_before_it(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    couple, session = pair
    x = services.exercises.create(session.id, "Zaterdag")
    services.exercises.submit_hidden(x.id, couple.partners[0].id, "zwemmen")
    for call in (
        lambda: services.exercises.set_decision(x.id, "x"),
        lambda: services.exercises.set_talk_notes(x.id, "x"),
        lambda: services.exercises.set_appeal(x.id, couple.partners[0].id, "x"),
        lambda: services.exercises.set_voice(x.id, couple.partners[0].id, Voice.NOT),
    ):
        with pytest.raises(PhaseError):
            call()


def test_cancel_before_reveal_erases_the_hidden_texts(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    couple, session = pair
    x = services.exercises.create(session.id, "Zaterdag")
    services.exercises.submit_hidden(x.id, couple.partners[0].id, SECRET_A)
    services.exercises.cancel(x.id)
    cancelled = services.exercises.get(x.id)
    assert cancelled.phase is ExercisePhase.CANCELLED and cancelled.entered == {}
    with sqlite3.connect(services.db.path) as raw:
        assert raw.execute("select count(*) from exercise_entries").fetchone() == (0,)
    with pytest.raises(PhaseError):
        services.exercises.advance(x.id)
    with pytest.raises(PhaseError):
        services.exercises.submit_hidden(x.id, couple.partners[0].id, "nog eens")

    fresh = services.exercises.create(session.id)
    services.exercises.cancel(fresh.id)  # nothing happened yet: it simply goes
    with pytest.raises(ExerciseNotFoundError):
        services.exercises.get(fresh.id)


def test_cancel_after_reveal_keeps_what_was_shown_but_not_in_the_balance(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    couple, session = pair
    x = run_to_reveal(services, session, couple)
    services.exercises.set_voice(x.id, couple.partners[0].id, Voice.FULLY)
    services.exercises.cancel(x.id)
    item = services.exercises.history(couple.id).items[0]
    assert item.phase is ExercisePhase.CANCELLED and item.entry(couple.partners[0].id)
    assert services.exercises.balance(couple.id).points == ()


def test_solo_session_one_entry_with_a_guess_of_the_other(services: Services) -> None:
    couple = make_couple(services, "Fatima", "Youssef")
    fatima, youssef = couple.partners
    session = make_session(services, couple, date(2026, 3, 2), present=1)
    x = services.exercises.create(session.id, "Waar gaan we op vakantie?")
    assert x.solo and x.participants == (fatima,) and x.absent == (youssef,)
    with pytest.raises(PhaseError):
        services.exercises.submit_hidden(x.id, youssef.id, "camping")  # he is not here
    hidden = services.exercises.submit_hidden(
        x.id, fatima.id, "Marokko", "familie zien", expected_other="camping in Frankrijk"
    )
    assert hidden.ready_to_reveal
    revealed = services.exercises.reveal(x.id)
    assert [(e.partner.name, e.expected_other) for e in revealed.entries] == [
        ("Fatima", "camping in Frankrijk")
    ]
    services.exercises.advance(x.id)
    services.exercises.advance(x.id)
    services.exercises.set_decision(x.id, "Thuis voorstellen: eerst familie, dan camping")
    services.exercises.set_voice(x.id, fatima.id, Voice.PARTLY)
    assert services.exercises.advance(x.id).phase is ExercisePhase.DONE  # no voice for Youssef
    balance = services.exercises.balance_for_session(session.id)  # Fatima's own session
    assert [(b.partner.name, b.count(Voice.PARTLY), b.total) for b in balance.partners] == [
        ("Fatima", 1, 1),
        ("Youssef", 0, 0),
    ]
    assert balance.points[0].voices == {fatima.id: Voice.PARTLY}


def test_history_and_balance_across_sessions(services: Services) -> None:
    couple = make_couple(services, "Anne", "Bram")
    a, b = couple.partners
    later = make_session(services, couple, date(2026, 3, 16))
    earlier = make_session(services, couple, date(2026, 3, 2))
    voices = [
        (earlier, "Zaterdag", Voice.FULLY, Voice.NOT),
        (earlier, "Vakantie", Voice.PARTLY, Voice.PARTLY),
        (later, "Verjaardag", Voice.FULLY, Voice.FULLY),
    ]
    for session, topic, va, vb in voices:
        x = run_to_reveal(services, session, couple, topic)
        services.exercises.set_voice(x.id, a.id, va)
        services.exercises.set_voice(x.id, b.id, vb)
        services.exercises.set_decision(x.id, f"besluit {topic}")
    pending = services.exercises.create(later.id, "Kerst")
    services.exercises.submit_hidden(pending.id, a.id, SECRET_A)
    other = make_couple(services, "Cas", "Dirk")
    run_to_reveal(services, make_session(services, other, date(2026, 3, 3)), other)

    history = services.exercises.history(couple.id)
    assert [(i.session_date.day, i.topic) for i in history.items] == [
        (2, "Zaterdag"),
        (2, "Vakantie"),
        (16, "Verjaardag"),
        (16, "Kerst"),
    ]
    assert history.items[0].entry(a.id).preference == SECRET_A  # type: ignore[union-attr]
    assert history.items[0].decision == "besluit Zaterdag"
    assert history.items[3].entries == () and history.items[3].phase is ExercisePhase.HIDDEN
    assert SECRET_A not in all_text(history.items[3])

    balance = services.exercises.balance(couple.id)
    counts = {
        p.partner.name: (p.count(Voice.FULLY), p.count(Voice.PARTLY), p.count(Voice.NOT))
        for p in balance.partners
    }
    assert counts == {"Anne": (2, 1, 0), "Bram": (1, 1, 1)}
    assert [p.topic for p in balance.points] == ["Zaterdag", "Vakantie", "Verjaardag"]
    assert balance.points[0].voices == {a.id: Voice.FULLY, b.id: Voice.NOT}


def test_unknown_exercise_and_deleted_session(
    services: Services, pair: tuple[CoupleDetails, SessionDetails]
) -> None:
    _, session = pair
    with pytest.raises(ExerciseNotFoundError) as info:
        services.exercises.get(999)
    assert isinstance(info.value, KnownError) and "bestaat niet meer" in info.value.render()
    x = services.exercises.create(session.id, "Zaterdag")
    services.sessions.delete(session.id)
    with pytest.raises(ExerciseNotFoundError):
        services.exercises.get(x.id)
