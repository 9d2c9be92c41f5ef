"""The next appointment: a day with an hour, what is proposed, and databases from before."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

from stellenstof_desktop.domain import (
    NextAppointment,
    SessionStatus,
)
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.store.crypto import row_counts
from stellenstof_desktop.store.migrate import HEAD_REVISION
from tests.unit import pairs


def test_day_and_hour_are_stored_together(services: Services) -> None:
    session = pairs.session(services, pairs.pair(services), date(2026, 12, 1))
    agreements = services.agreements
    assert agreements.next_appointment_at(session.id) is None

    agreements.set_next_appointment_at(session.id, NextAppointment(date(2026, 12, 15), time(20)))
    assert agreements.next_appointment_at(session.id) == NextAppointment(
        date(2026, 12, 15), time(20)
    )
    assert agreements.next_appointment(session.id) == date(2026, 12, 15)  # the day-only API

    agreements.set_next_appointment(session.id, date(2026, 12, 16))  # keeps the hour
    assert agreements.next_appointment_at(session.id) == NextAppointment(
        date(2026, 12, 16), time(20)
    )
    agreements.set_next_appointment(session.id, None)  # clears the hour too
    assert agreements.next_appointment_at(session.id) is None
    agreements.set_next_appointment(session.id, date(2026, 12, 17))
    assert agreements.next_appointment_at(session.id) == NextAppointment(date(2026, 12, 17), None)

    agreements.set_next_appointment_at(session.id, NextAppointment(date(2026, 12, 18), time(9)))
    agreements.set_next_appointment_at(session.id, None)
    assert agreements.next_appointment(session.id) is None


def test_the_proposal_is_the_one_already_set(services: Services) -> None:
    pair = pairs.pair(services)
    session = pairs.session(services, pair, date(2026, 12, 1))
    pairs.session(services, pair, date(2026, 12, 8), start=time(10), status=SessionStatus.PLANNED)
    chosen = NextAppointment(date(2026, 12, 20), None)
    services.agreements.set_next_appointment_at(session.id, chosen)
    assert services.agreements.propose_next_appointment(session.id) == chosen


def test_the_proposal_is_the_next_planned_session(services: Services) -> None:
    pair = pairs.pair(services)
    anne, bram = pair.partners
    session = pairs.session(services, pair, date(2026, 12, 1))
    planned, cancelled = SessionStatus.PLANNED, SessionStatus.CANCELLED
    pairs.session(services, pair, date(2026, 11, 20), start=time(9), status=planned)  # before
    pairs.session(services, pair, date(2026, 12, 5), start=time(9), status=cancelled)
    # Bram's own planned visit is not Anne's to know of, so not proposed in a joint session.
    pairs.session(services, pair, date(2026, 12, 6), bram.id, start=time(9), status=planned)
    pairs.session(services, pair, date(2026, 12, 22), start=time(11), status=planned)
    pairs.session(services, pair, date(2026, 12, 12), start=time(18, 15), status=planned)
    assert services.agreements.propose_next_appointment(session.id) == NextAppointment(
        date(2026, 12, 12), time(18, 15)
    )
    # Anne alone: the joint planned session is hers to know of too.
    solo = pairs.session(services, pair, date(2026, 12, 2), anne.id, start=time(8))
    assert services.agreements.propose_next_appointment(solo.id) == NextAppointment(
        date(2026, 12, 12), time(18, 15)
    )
    assert services.agreements.next_appointment_at(session.id) is None  # proposing sets nothing


def test_the_proposal_is_two_weeks_later_at_the_same_hour(services: Services) -> None:
    pair = pairs.pair(services)
    tuesday = pairs.session(services, pair, date(2026, 12, 1), start=time(19, 30))
    proposal = services.agreements.propose_next_appointment(tuesday.id)
    assert proposal == NextAppointment(date(2026, 12, 15), time(19, 30))
    assert proposal.date.weekday() == tuesday.date.weekday()
    no_hour = pairs.session(services, pairs.pair(services), date(2026, 12, 3), start=None)
    assert services.agreements.propose_next_appointment(no_hour.id) == NextAppointment(
        date(2026, 12, 17), None
    )


def test_a_database_of_revision_0005_gets_the_new_columns_empty(tmp_path: Path) -> None:
    folder = pairs.demo_at(tmp_path, "0005")
    path = folder / DB_FILENAME
    with sqlite3.connect(path) as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(sessions)")}
        before = row_counts(raw)
        raw.execute("UPDATE sessions SET next_appointment = '2026-12-24' WHERE id = 1")
    raw.close()
    assert not columns & {"next_appointment_time", "today_steps"}
    assert "checkouts" not in before

    reopened = open_services(folder)  # the app migrates at start
    try:
        assert reopened.agreements.next_appointment_at(1) == NextAppointment(
            date(2026, 12, 24), None
        )
        assert reopened.checkouts.entered(1) == frozenset()
        reopened.checkouts.save(1, reopened.sessions.get(1).partners[0].id, 5, 6, "")
    finally:
        reopened.db.close()
    with sqlite3.connect(path) as raw:
        after = row_counts(raw)
        assert {name: after[name] for name in before} == before
        assert (
            raw.execute("SELECT count(*) FROM sessions WHERE today_steps IS NOT NULL").fetchone()[0]
            == 0
        )
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    raw.close()
