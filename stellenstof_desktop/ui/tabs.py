"""Which tabs a session has, in order: the one place that lists them.

The page modules are imported here, inside `build_pages()`, which runs only once the
database is open: they may use the services (and SQLAlchemy) freely, while the modules
imported for the first paint stay light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from stellenstof_desktop.content import Method
    from stellenstof_desktop.services.container import Services
    from stellenstof_desktop.ui.kit.messages import Messages
    from stellenstof_desktop.ui.kit.writer import Writer
    from stellenstof_desktop.ui.session.page import SessionPage


def build_pages(
    services: Services, method: Method, messages: Messages, settings: QSettings, writer: Writer
) -> list[SessionPage]:
    """The session's tabs, each given only what it needs; all save through `writer`."""
    from stellenstof_desktop.ui.exercise.view import ExerciseView
    from stellenstof_desktop.ui.session.agreements import AgreementsView
    from stellenstof_desktop.ui.session.closing import ClosingView
    from stellenstof_desktop.ui.session.notes import NotesView
    from stellenstof_desktop.ui.session.overview import OverviewView
    from stellenstof_desktop.ui.session.progress import ProgressView
    from stellenstof_desktop.ui.session.review import ReviewView
    from stellenstof_desktop.ui.session.step import StepView
    from stellenstof_desktop.ui.summary.view import SummaryView

    # The order of the hour: check-in, last time's agreements, the steps, deciding
    # together, agreements, closing. Then what the coach reads at her desk.
    pages: list[SessionPage] = [
        OverviewView(method, services.answers, services.sessions),
        ReviewView(services.agreements),
    ]
    # One tab per step number; each shows that step of the open session's route.
    pages += [StepView(method, step.number, services.answers) for step in method.steps]
    pages.append(ExerciseView(services.exercises, messages))
    pages.append(AgreementsView(services.agreements, messages))
    pages.append(ClosingView(services.agreements, services.sessions, services.checkouts, messages))
    pages.append(NotesView(services.notes))
    pages.append(ProgressView(services.progress, method, services.checkouts))
    pages.append(
        SummaryView(
            services.summary,
            services.profile,
            method,
            settings,
            messages,
            calendar=services.calendar,
        )
    )
    for page in pages:
        page.writer = writer
    return pages
