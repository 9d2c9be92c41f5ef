"""Which steps the hour is for (the coach's choice, else the first one not yet discussed)."""

from __future__ import annotations

from datetime import date

import pytest

from stellenstof_desktop.content import Method
from stellenstof_desktop.domain import (
    SessionDetails,
    SessionRoute,
    SessionStatus,
)
from stellenstof_desktop.errors import NotFoundError, ValidationError
from stellenstof_desktop.services.container import Services
from tests.unit import pairs

COUPLE = ("patroon", "verschil", "gelijk", "onderliggend", "autonomie")


@pytest.fixture(scope="module")
def method() -> Method:
    return pairs.dutch_method()


def _discuss(services: Services, session: SessionDetails, *keys: str) -> None:
    for key in keys:
        services.answers.set_discussed(session.id, key, True)


def test_the_route_keys_are_what_the_tests_assume(method: Method) -> None:
    assert tuple(step.key for step in method.couple.steps) == COUPLE


def test_by_default_the_first_step_not_discussed_with_the_same_people(
    services: Services, method: Method
) -> None:
    pair = pairs.pair(services)
    anne, _bram = pair.partners
    first = pairs.session(services, pair, date(2026, 1, 5))
    assert services.sessions.today_steps(first.id, method) == ("patroon",)

    _discuss(services, first, "patroon", "gelijk")
    services.answers.set_discussed(first.id, "verschil", False)  # looked at, then unticked
    cancelled = pairs.session(services, pair, date(2026, 1, 8), status=SessionStatus.CANCELLED)
    _discuss(services, cancelled, "verschil")  # a cancelled session counts for nothing
    anne_alone = pairs.session(
        services, pair, date(2026, 1, 10), anne.id, route=SessionRoute.COUPLE
    )
    _discuss(services, anne_alone, "verschil")  # other people: not this couple's hour
    second = pairs.session(services, pair, date(2026, 1, 12))
    assert services.sessions.today_steps(second.id, method) == ("verschil",)

    later = pairs.session(services, pair, date(2026, 1, 19))
    _discuss(services, second, *COUPLE)
    assert services.sessions.today_steps(later.id, method) == COUPLE  # all done: all again
    assert services.sessions.today_steps(first.id, method) == ("patroon",)  # only earlier count


def test_a_solo_session_looks_at_its_own_route(services: Services, method: Method) -> None:
    pair = pairs.pair(services)
    anne = pair.partners[0]
    solo = pairs.session(services, pair, date(2026, 1, 5), anne.id)
    assert services.sessions.get(solo.id).route is SessionRoute.SOLO
    assert services.sessions.today_steps(solo.id, method) == ("solo_wachten",)


def test_the_coachs_choice_in_the_routes_order(services: Services, method: Method) -> None:
    pair = pairs.pair(services)
    session = pairs.session(services, pair, date(2026, 1, 5))
    sessions = services.sessions
    sessions.set_today_steps(session.id, ["autonomie", "verschil", "verschil", "solo_stap"])
    assert sessions.today_steps(session.id, method) == ("verschil", "autonomie")

    sessions.set_today_steps(session.id, [])  # only the exercise today
    assert sessions.today_steps(session.id, method) == ()

    sessions.set_today_steps(session.id, ["solo_stap"])  # none of this route: as if not chosen
    assert sessions.today_steps(session.id, method) == ("patroon",)

    sessions.set_today_steps(session.id, ["gelijk"])
    sessions.set_today_steps(session.id, None)  # back to the proposal
    assert sessions.today_steps(session.id, method) == ("patroon",)


@pytest.mark.parametrize("bad", ["a,b", "", "Patroon", "x" * 51, "stap 1"])
def test_a_key_that_cannot_be_a_step_is_refused(services: Services, bad: str) -> None:
    session = pairs.session(services, pairs.pair(services), date(2026, 1, 5))
    with pytest.raises(ValidationError) as info:
        services.sessions.set_today_steps(session.id, ["patroon", bad])
    assert info.value.field == "today_steps"


def test_set_status_changes_the_status_only(services: Services) -> None:
    pair = pairs.pair(services)
    session = pairs.session(services, pair, date(2026, 1, 5), status=SessionStatus.PLANNED)
    held = services.sessions.set_status(session.id, SessionStatus.HELD)
    assert held.status is SessionStatus.HELD
    assert held == services.sessions.get(session.id)
    assert (held.date, held.attended_ids, held.route) == (
        session.date,
        session.attended_ids,
        session.route,
    )
    assert services.sessions.set_status(session.id, SessionStatus.CANCELLED).status is (
        SessionStatus.CANCELLED
    )
    with pytest.raises(NotFoundError):
        services.sessions.set_status(9999, SessionStatus.HELD)
