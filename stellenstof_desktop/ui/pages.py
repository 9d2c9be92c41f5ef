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
    from stellenstof_desktop.ui.messages import Messages
    from stellenstof_desktop.ui.page import SessionPage


def build_pages(
    services: Services, method: Method, messages: Messages, settings: QSettings
) -> list[SessionPage]:
    """The session's tabs, each given only what it needs."""
    from stellenstof_desktop.ui.notes_view import NotesView

    del method, messages, settings  # used by the tabs still to come
    return [NotesView(services.notes)]
