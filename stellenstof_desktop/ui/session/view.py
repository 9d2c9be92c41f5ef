"""The open session: a header and a tab per part of the session.

In session mode (`set_room`) only the parts of the hour are tabs: check-in, last time's
agreements, the steps chosen for today, deciding together, agreements, closing and the
shared notes; the coach's desk (progress, report) waits until she leaves it. Next/Back
and Ctrl+1…9 move among the tabs that show, never to a hidden one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from stellenstof_desktop.enums import SessionRoute
from stellenstof_desktop.ui.kit.format import clock, long_date, names, status_label
from stellenstof_desktop.ui.session.page import SessionPage

if TYPE_CHECKING:
    from stellenstof_desktop.domain import SessionDetails


class SessionView(QWidget):
    """Header plus tabs; flushes every page on tab switch and before another session loads."""

    tab_changed = Signal(int)
    saved = Signal(object)  # datetime, from any page
    save_failed = Signal(object)  # KnownError, from any page

    def __init__(self, pages: list[SessionPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionView")
        self.pages = pages
        self.session: SessionDetails | None = None
        self.room = False
        self._today: frozenset[str] | None = None  # step keys shown in session mode

        self.header = QLabel()
        self.header.setObjectName("sessionHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 4px 2px;")
        self.subheader = QLabel()
        self.subheader.setObjectName("sessionSubheader")
        self.subheader.setTextFormat(Qt.TextFormat.PlainText)
        self.subheader.setStyleSheet("color: #4a4a4a; padding: 0 2px 6px 2px;")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tabs.setDocumentMode(True)
        # Eleven tabs must fit beside the couple list at 1280 px: keep them compact.
        self.tabs.setStyleSheet("QTabBar::tab { padding: 5px 8px; }")
        for page in pages:
            index = self.tabs.addTab(page, page.title())
            self.tabs.setTabToolTip(index, page.full_title())
            page.saved.connect(self.saved)
            page.save_failed.connect(self.save_failed)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.subheader)
        layout.addWidget(self.tabs, 1)
        self._add_tab_shortcuts()

    def _add_tab_shortcuts(self) -> None:
        for index in range(9):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.go_to_part(i))
        step = {"Ctrl+PgDown": 1, "Ctrl+PgUp": -1}
        for keys, delta in step.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda d=delta: self.step_part(d, wrap=True))

    # the parts ---------------------------------------------------------------
    def shown(self, page: SessionPage) -> bool:
        """Whether `page` is a tab now: everything at the desk, the hour's parts in the room."""
        if not self.room:
            return True
        if not page.in_room:
            return False
        key = getattr(page, "step_key", None)
        return key is None or self._today is None or key in self._today

    def parts(self) -> list[SessionPage]:
        """The tabs that show, in order."""
        return [page for page in self.pages if self.shown(page)]

    def current_page(self) -> SessionPage:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, SessionPage)
        return widget

    def go_to(self, page: SessionPage) -> None:
        if self.shown(page):
            self.tabs.setCurrentWidget(page)

    def go_to_part(self, index: int) -> None:
        parts = self.parts()
        if 0 <= index < len(parts):
            self.go_to(parts[index])

    def step_part(self, delta: int, *, wrap: bool = False) -> None:
        """Next (+1) or back (-1) among the tabs that show."""
        parts = self.parts()
        current = self.tabs.currentWidget()
        index = parts.index(current) if current in parts else 0
        target = index + delta
        if wrap:
            target %= len(parts)
        self.go_to_part(max(0, min(target, len(parts) - 1)))

    def set_room(self, on: bool, today: tuple[str, ...] | None = None) -> None:
        """Session mode on or off; `today`: the step keys chosen for today."""
        self.room = on
        self._today = frozenset(today) if today is not None else None
        self._update_tabs()

    def set_today(self, today: tuple[str, ...]) -> None:
        self._today = frozenset(today)
        self._update_tabs()

    def _update_tabs(self) -> None:
        current = self.tabs.currentWidget()
        for index, page in enumerate(self.pages):
            self.tabs.setTabVisible(index, self.shown(page))
        if not isinstance(current, SessionPage) or not self.shown(current):
            self.go_to_part(0)
        self._show_header()

    def flush(self) -> bool:
        """Save every page; False when something could not be written."""
        return all([page.flush() for page in self.pages])

    def _show_header(self) -> None:
        session = self.session
        if session is None:
            self.header.clear()
            self.subheader.clear()
            return
        when = long_date(session.date)
        if session.start_time:
            when += f", {clock(session.start_time)}"
        present = names([p.name for p in session.attendees])
        # A session with one partner is a session for that partner: the header names them.
        who = present if session.solo else session.couple_name
        self.header.setText(f"{who} · {when}")
        detail = self.tr("Aanwezig: {names}").format(names=present)
        if session.route is SessionRoute.SOLO:
            detail = self.tr("Alleen verder") + " · " + detail
        if session.solo and not self.room:  # at her desk the coach sees who was missing
            absent = names([p.name for p in session.partners if p.id not in session.attended_ids])
            detail += " · " + self.tr("{names} was er niet bij").format(names=absent)
        detail += " · " + self.tr("{minutes} minuten").format(minutes=session.planned_minutes)
        detail += " · " + status_label(session.status)
        self.subheader.setText(detail)

    def show_session(self, session: SessionDetails | None) -> None:
        another = session is None or self.session is None or session.id != self.session.id
        self.session = session
        self._show_header()
        for page in self.pages:
            page.show_session(session)
            # A step tab is titled by the session's route ("1 · Patroon" or "1 · Wachten").
            index = self.tabs.indexOf(page)
            self.tabs.setTabText(index, page.title())
            self.tabs.setTabToolTip(index, page.full_title())
        if another:  # a session opens at its beginning, not on the last tab of another
            self.go_to_part(0)

    def update_session(self, session: SessionDetails) -> None:
        """The same session with a new status (or details): header and pages keep their state."""
        self.session = session
        self._show_header()
        for page in self.pages:
            page.session = session

    def _on_tab_changed(self, index: int) -> None:
        # Hand every page's edits to the writer without waiting: a tab switch must never
        # wait for the disk. A session switch or closing waits (flush()).
        for page in self.pages:
            page.autosaver.flush()
        self.tab_changed.emit(index)
