"""The open session: a header and a tab per part of the session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from stellenstof_desktop.domain import SessionDetails, SessionRoute
from stellenstof_desktop.ui.kit.format import clock, long_date, names, status_label
from stellenstof_desktop.ui.session.page import SessionPage


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
        for index in range(min(9, self.tabs.count())):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
        step = {"Ctrl+PgDown": 1, "Ctrl+PgUp": -1}
        for keys, delta in step.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda d=delta: self._step_tab(d))

    def _step_tab(self, delta: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + delta) % self.tabs.count())

    def flush(self) -> bool:
        """Save every page; False when something could not be written."""
        return all([page.flush() for page in self.pages])

    def show_session(self, session: SessionDetails | None) -> None:
        self.session = session
        if session is None:
            self.header.clear()
            self.subheader.clear()
        else:
            when = long_date(session.date)
            if session.start_time:
                when += f", {clock(session.start_time)}"
            self.header.setText(f"{session.couple_name} · {when}")
            present = names([p.name for p in session.attendees])
            detail = self.tr("Aanwezig: {names}").format(names=present)
            if session.route is SessionRoute.SOLO:
                detail = self.tr("Alleen verder") + " · " + detail
            if session.solo:
                absent = names(
                    [p.name for p in session.partners if p.id not in session.attended_ids]
                )
                detail += " · " + self.tr("{names} was er niet bij").format(names=absent)
            detail += " · " + self.tr("{minutes} minuten").format(minutes=session.planned_minutes)
            detail += " · " + status_label(session.status)
            self.subheader.setText(detail)
        for page in self.pages:
            page.show_session(session)
            # A step tab is titled by the session's route ("1 · Patroon" or "1 · Wachten").
            index = self.tabs.indexOf(page)
            self.tabs.setTabText(index, page.title())
            self.tabs.setTabToolTip(index, page.full_title())

    def _on_tab_changed(self, index: int) -> None:
        # Hand every page's edits to the writer without waiting: a tab switch must never
        # wait for the disk. A session switch or closing waits (flush()).
        for page in self.pages:
            page.autosaver.flush()
        self.tab_changed.emit(index)
