"""A couple's progress: check-in scores per session and partner, and the steps covered."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import event

from stellenstof_desktop.domain import (
    CoupleDetails,
    CoupleInput,
    PartnerInput,
    SessionInput,
    SessionStatus,
)
from stellenstof_desktop.errors import NotFoundError
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.store.models import Answer, StepState

EQUAL, ROOM = "checkin.gelijkwaardig", "checkin.ruimte"
START = date(2025, 1, 6)


def couple(services: Services, *names: str) -> CoupleDetails:
    return services.couples.create(
        CoupleInput(" & ".join(names), tuple(PartnerInput(n) for n in names))
    )


def session(
    services: Services,
    who: CoupleDetails,
    day: date,
    *,
    start: time | None = time(19, 30),
    status: SessionStatus = SessionStatus.HELD,
    solo: bool = False,
) -> int:
    present = who.partners[:1] if solo else who.partners
    data = SessionInput(day, start, 90, frozenset(p.id for p in present), status)
    return services.sessions.create(who.id, data).id


def score(
    services: Services, session_id: int, key: str, partner_id: int | None, value: int | None
) -> None:
    with services.db.transaction() as s:
        s.add(Answer(session_id=session_id, prompt_key=key, partner_id=partner_id, value=value))


def step(services: Services, session_id: int, key: str, discussed: bool = True) -> None:
    with services.db.transaction() as s:
        s.add(StepState(session_id=session_id, step_key=key, discussed=discussed))


def test_scores_per_session_and_partner_oldest_first(services: Services) -> None:
    pair = couple(services, "Sanne", "Joost")
    sanne, joost = (p.id for p in pair.partners)
    later = session(services, pair, START + timedelta(days=14))
    first = session(services, pair, START)
    score(services, first, EQUAL, sanne, 3)
    score(services, first, EQUAL, joost, 0)  # a real 0, not a missing score
    score(services, first, ROOM, sanne, 10)
    score(services, later, EQUAL, sanne, 6)

    progress = services.progress.progress(pair.id)

    assert [p.name for p in progress.partners] == ["Sanne", "Joost"]
    assert [s.id for s in progress.sessions] == [first, later]
    assert [s.date for s in progress.sessions] == [START, START + timedelta(days=14)]
    one, two = progress.sessions
    assert one.scores == {EQUAL: {sanne: 3, joost: 0}, ROOM: {sanne: 10}}
    assert two.scores == {EQUAL: {sanne: 6}}
    assert one.score(EQUAL, joost) == 0
    assert progress.has_scores


def test_a_missing_score_is_a_gap_not_a_zero(services: Services) -> None:
    pair = couple(services, "Fatima", "Youssef")
    fatima, youssef = (p.id for p in pair.partners)
    solo = session(services, pair, START, solo=True)
    score(services, solo, EQUAL, fatima, 4)
    score(services, solo, EQUAL, youssef, None)  # opened the scale, never chose
    score(services, solo, ROOM, None, 7)  # a shared answer is no partner's score
    score(services, solo, "patroon.wie_beslist", fatima, 9)  # not a check-in question

    (only,) = services.progress.for_session(solo).sessions  # shown to Fatima, who came

    assert only.scores == {EQUAL: {fatima: 4}}
    assert only.score(EQUAL, youssef) is None
    assert only.score(ROOM, fatima) is None
    assert only.attended_ids == {fatima}


def test_cancelled_sessions_are_left_out(services: Services) -> None:
    pair = couple(services, "Lotte", "Eva")
    lotte = pair.partners[0].id
    held = session(services, pair, START)
    cancelled = session(services, pair, START + timedelta(days=7), status=SessionStatus.CANCELLED)
    planned = session(services, pair, START + timedelta(days=14), status=SessionStatus.PLANNED)
    score(services, cancelled, EQUAL, lotte, 8)
    step(services, cancelled, "patroon")

    progress = services.progress.progress(pair.id)

    assert [s.id for s in progress.sessions] == [held, planned]
    assert not progress.has_scores


def test_discussed_steps_per_session(services: Services) -> None:
    pair = couple(services, "Anne", "Bram")
    first = session(services, pair, START)
    second = session(services, pair, START + timedelta(days=7))
    step(services, first, "patroon")
    step(services, first, "verschillen")
    step(services, second, "inspraak", discussed=False)  # only an observation was written

    one, two = services.progress.progress(pair.id).sessions

    assert one.discussed == {"patroon", "verschillen"}
    assert two.discussed == frozenset()


def test_same_day_sessions_follow_their_start_time(services: Services) -> None:
    pair = couple(services, "Anne", "Bram")
    evening = session(services, pair, START, start=time(20, 0))
    morning = session(services, pair, START, start=time(9, 0))
    unset = session(services, pair, START, start=None)

    sessions = services.progress.progress(pair.id).sessions

    assert [s.id for s in sessions] == [unset, morning, evening]


def test_only_this_couples_sessions(services: Services) -> None:
    ours = couple(services, "Anne", "Bram")
    theirs = couple(services, "Cas", "Dirk")
    mine = session(services, ours, START)
    other = session(services, theirs, START)
    score(services, other, EQUAL, theirs.partners[0].id, 2)
    step(services, other, "patroon")

    progress = services.progress.progress(ours.id)

    assert [s.id for s in progress.sessions] == [mine]
    assert not progress.has_scores and not progress.sessions[0].discussed


def test_unrevealed_answers_stay_out(services: Services) -> None:
    pair = couple(services, "Anne", "Bram")
    held = session(services, pair, START)
    with services.db.transaction() as s:
        s.add(
            Answer(
                session_id=held,
                prompt_key=EQUAL,
                partner_id=pair.partners[0].id,
                value=5,
                revealed=False,
            )
        )

    assert not services.progress.progress(pair.id).has_scores


def test_a_couple_without_sessions_and_an_unknown_couple(services: Services) -> None:
    pair = couple(services, "Noor")

    progress = services.progress.progress(pair.id)

    assert [p.name for p in progress.partners] == ["Noor"]
    assert progress.sessions == ()
    with pytest.raises(NotFoundError):
        services.progress.progress(pair.id + 1000)


def test_forty_sessions_in_two_queries(services: Services) -> None:
    pair = couple(services, "Sanne", "Joost")
    sanne, joost = (p.id for p in pair.partners)
    ids = [session(services, pair, START + timedelta(weeks=i)) for i in range(40)]
    with services.db.transaction() as s:
        for index, session_id in enumerate(ids):
            s.add(
                Answer(session_id=session_id, prompt_key=EQUAL, partner_id=sanne, value=index % 11)
            )
            if index % 4:  # every fourth session Joost leaves it open
                s.add(Answer(session_id=session_id, prompt_key=EQUAL, partner_id=joost, value=5))
            s.add(StepState(session_id=session_id, step_key=f"stap{index % 5}", discussed=True))
    statements: list[str] = []
    event.listen(
        services.db.engine,
        "before_cursor_execute",
        lambda _conn, _cursor, sql, *_rest: statements.append(sql),
    )

    progress = services.progress.progress(pair.id)

    assert len(statements) == 2  # partners, and one union for everything else
    assert [s.id for s in progress.sessions] == ids
    assert [s.score(EQUAL, sanne) for s in progress.sessions] == [i % 11 for i in range(40)]
    joost_scores = [s.score(EQUAL, joost) for s in progress.sessions]
    assert joost_scores.count(None) == 10 and set(joost_scores) == {None, 5}
    assert all(s.discussed == {f"stap{i % 5}"} for i, s in enumerate(progress.sessions))
