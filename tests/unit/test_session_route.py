"""The route a session follows: proposed from who came, kept once chosen, migrated as it was."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from stellenstof_desktop.domain import (
    CoupleDetails,
    CoupleInput,
    PartnerInput,
    SessionInput,
    SessionRoute,
)
from stellenstof_desktop.errors import ValidationError
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.services.demo import fill_demo
from stellenstof_desktop.store.crypto import row_counts
from stellenstof_desktop.store.migrate import HEAD_REVISION, alembic_config

DAY = date(2026, 4, 6)


def _couple(services: Services, *names: str) -> CoupleDetails:
    return services.couples.create(
        CoupleInput(" & ".join(names), tuple(PartnerInput(n) for n in names))
    )


def _input(present: set[int], route: SessionRoute | None = None) -> SessionInput:
    return SessionInput(DAY, time(19, 30), 90, frozenset(present), route=route)


@pytest.fixture
def two(services: Services) -> CoupleDetails:
    return _couple(services, "Sanne", "Joost")


def test_one_of_two_partners_is_proposed_the_solo_route(
    services: Services, two: CoupleDetails
) -> None:
    sanne, joost = (p.id for p in two.partners)
    alone = services.sessions.create(two.id, _input({sanne}))
    both = services.sessions.create(two.id, _input({sanne, joost}))
    single = _couple(services, "Fatima")
    only = services.sessions.create(single.id, _input({single.partners[0].id}))

    assert (alone.route, both.route, only.route) == (
        SessionRoute.SOLO,
        SessionRoute.COUPLE,
        SessionRoute.COUPLE,  # a couple of one partner: she chose nothing, so nothing changes
    )
    assert services.sessions.get(alone.id).route is SessionRoute.SOLO
    rows = {row.id: row.route for row in services.sessions.list_for_couple(two.id)}
    assert rows == {alone.id: SessionRoute.SOLO, both.id: SessionRoute.COUPLE}


def test_the_coachs_choice_wins_over_the_proposal(services: Services, two: CoupleDetails) -> None:
    sanne = two.partners[0].id
    made = services.sessions.create(two.id, _input({sanne}, SessionRoute.COUPLE))
    assert made.route is SessionRoute.COUPLE

    # Editing the date later (route not given) keeps what she ran.
    assert services.sessions.update(made.id, _input({sanne})).route is SessionRoute.COUPLE
    assert services.sessions.update(made.id, _input({sanne}, SessionRoute.SOLO)).route is (
        SessionRoute.SOLO
    )
    assert services.sessions.update(made.id, _input({sanne})).route is SessionRoute.SOLO


def test_solo_route_is_for_one_person_only(services: Services, two: CoupleDetails) -> None:
    both = {p.id for p in two.partners}
    with pytest.raises(ValidationError) as caught:
        services.sessions.create(two.id, _input(both, SessionRoute.SOLO))
    assert caught.value.field == "route"
    assert services.sessions.list_for_couple(two.id) == []

    alone = services.sessions.create(two.id, _input({two.partners[0].id}))
    with pytest.raises(ValidationError):
        services.sessions.update(alone.id, _input(both, SessionRoute.SOLO))
    # Both came after all and the route was not given: the solo route no longer fits.
    assert services.sessions.update(alone.id, _input(both)).route is SessionRoute.COUPLE


def _routes(path: Path) -> list[tuple[int, str, int]]:
    """(session id, route, attendees) per session, read with plain sqlite3."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT s.id, s.route, count(a.partner_id) FROM sessions s "
            "JOIN attendance a ON a.session_id = s.id GROUP BY s.id ORDER BY s.id"
        ).fetchall()
    conn.close()
    return [(int(r[0]), str(r[1]), int(r[2])) for r in rows]


def test_sessions_of_revision_0003_keep_the_couple_route(tmp_path: Path) -> None:
    from alembic import command

    folder = tmp_path / "data"
    services = open_services(folder)
    fill_demo(services, today=date(2026, 11, 21))
    services.db.close()
    path = folder / DB_FILENAME
    engine = create_engine(f"sqlite:///{path}")  # foreign keys off: the batch drop is safe
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0003")  # the release before the routes
    engine.dispose()
    with sqlite3.connect(path) as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(sessions)")}
        before = row_counts(raw)
    raw.close()
    assert "route" not in columns
    assert before["sessions"] and before["notes"] and before["attendance"]

    reopened = open_services(folder)  # the app migrates at start
    try:
        routes = _routes(path)
        assert {attended for _, _, attended in routes} == {1, 2}  # demo has solo visits
        assert {route for _, route, _ in routes} == {"couple"}  # none changed silently
        rows = [r for c in reopened.couples.list() for r in reopened.sessions.list_for_couple(c.id)]
        assert rows and {row.route for row in rows} == {SessionRoute.COUPLE}
    finally:
        reopened.db.close()
    with sqlite3.connect(path) as raw:
        after = row_counts(raw)
        assert {name: after[name] for name in before} == before  # later revisions add tables
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    raw.close()
