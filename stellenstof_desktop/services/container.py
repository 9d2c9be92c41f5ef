"""All services on one open database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from stellenstof_desktop.paths import prepare_data_dir
from stellenstof_desktop.services.agreements import AgreementService
from stellenstof_desktop.services.answers import AnswerService
from stellenstof_desktop.services.calendar import CalendarService
from stellenstof_desktop.services.checkout import CheckoutService
from stellenstof_desktop.services.couples import CoupleService
from stellenstof_desktop.services.exercise import ExerciseService
from stellenstof_desktop.services.notes import NoteService
from stellenstof_desktop.services.privacy import PrivacyService
from stellenstof_desktop.services.profile import ProfileService
from stellenstof_desktop.services.progress import ProgressService
from stellenstof_desktop.services.revisions import RevisionService
from stellenstof_desktop.services.sessions import SessionService
from stellenstof_desktop.services.summary import SummaryService
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.migrate import open_database


@dataclass(frozen=True)
class Services:
    """Everything the UI and the CLI may ask of the data."""

    db: Database
    couples: CoupleService
    sessions: SessionService
    notes: NoteService
    answers: AnswerService
    agreements: AgreementService
    profile: ProfileService
    summary: SummaryService
    exercises: ExerciseService
    progress: ProgressService
    privacy: PrivacyService
    revisions: RevisionService
    checkouts: CheckoutService
    calendar: CalendarService

    @classmethod
    def on(cls, db: Database) -> Services:
        return cls(
            db=db,
            couples=CoupleService(db),
            sessions=SessionService(db),
            notes=NoteService(db),
            answers=AnswerService(db),
            agreements=AgreementService(db),
            profile=ProfileService(db),
            summary=SummaryService(db),
            exercises=ExerciseService(db),
            progress=ProgressService(db),
            privacy=PrivacyService(db),
            revisions=RevisionService(db),
            checkouts=CheckoutService(db),
            calendar=CalendarService(db),
        )


def open_services(data_dir: Path, key: str | None = None, *, check: bool = False) -> Services:
    """Open (creating and migrating when needed) the database in `data_dir`.

    `key`: the SQLCipher passphrase of an encrypted database; `check`: run the integrity
    check first (the app does at start; DamagedDatabaseError when it fails).
    """
    paths = prepare_data_dir(data_dir)
    return Services.on(open_database(paths.database, paths.backups, key, check=check))
