"""A couple and their sessions in one line each, for the session-mode tests."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from sqlalchemy import create_engine

from stellenstof_desktop.content import Method, load_method
from stellenstof_desktop.domain import (
    CoupleDetails,
    CoupleInput,
    PartnerInput,
    SessionDetails,
    SessionInput,
    SessionRoute,
    SessionStatus,
)
from stellenstof_desktop.paths import DB_FILENAME, resource_path
from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.services.demo import fill_demo
from stellenstof_desktop.store.migrate import alembic_config


def dutch_method() -> Method:
    return load_method("nl", resource_path("content"), Path("/nonexistent")).method


def pair(
    services: Services,
    anne: str = "Anne",
    bram: str = "Bram",
    mails: tuple[str, str] = ("", ""),
    display_name: str = "",
) -> CoupleDetails:
    return services.couples.create(
        CoupleInput(
            display_name or f"{anne} & {bram}",
            (PartnerInput(anne, mails[0]), PartnerInput(bram, mails[1])),
        )
    )


def session(
    services: Services,
    couple: CoupleDetails,
    day: date,
    *present: int,
    start: time | None = time(10),
    minutes: int = 90,
    status: SessionStatus = SessionStatus.HELD,
    route: SessionRoute | None = None,
) -> SessionDetails:
    """A session of `couple` on `day` with the partners `present` (none given: all)."""
    ids = frozenset(present or (p.id for p in couple.partners))
    return services.sessions.create(
        couple.id, SessionInput(day, start, minutes, ids, status=status, route=route)
    )


def demo_at(tmp_path: Path, revision: str) -> Path:
    """A data folder with the demo couples, its database taken back to `revision`."""
    from alembic import command

    folder = tmp_path / "data"
    services = open_services(folder)
    fill_demo(services, today=date(2026, 11, 21))
    services.db.close()
    engine = create_engine(f"sqlite:///{folder / DB_FILENAME}")  # foreign keys off
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
    engine.dispose()
    return folder
