"""Which tabs a session has, in order: the one place that lists them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stellenstof_desktop.ui.notes_view import NotesView
from stellenstof_desktop.ui.page import SessionPage

if TYPE_CHECKING:
    from stellenstof_desktop.content import Method
    from stellenstof_desktop.services.container import Services


def build_pages(services: Services, method: Method) -> list[SessionPage]:
    """The session's tabs, each given only what it needs."""
    del method  # the step tabs render from it
    return [NotesView(services.notes)]
