"""The main window: couples and sessions on the left, the open session on the right."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from stellenstof_desktop import APP_NAME, __version__
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.ui.couples.panel import CouplePanel
from stellenstof_desktop.ui.kit.format import long_date, session_count
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.kit.screen import fit_to_screen
from stellenstof_desktop.ui.kit.widgets import named
from stellenstof_desktop.ui.kit.writer import Writer
from stellenstof_desktop.ui.room.gate import CoachGate
from stellenstof_desktop.ui.room.handover import HandoverGuard
from stellenstof_desktop.ui.room.mode import RoomMode, coach_only_allowed
from stellenstof_desktop.ui.room.second_screen import SecondScreen
from stellenstof_desktop.ui.save_guard import SaveGuard
from stellenstof_desktop.ui.session.notes import NotesView
from stellenstof_desktop.ui.session.page import SessionPage
from stellenstof_desktop.ui.session.view import SessionView
from stellenstof_desktop.ui.tabs import build_pages

if TYPE_CHECKING:
    from stellenstof_desktop.content import Method
    from stellenstof_desktop.domain import SessionDetails
    from stellenstof_desktop.services.container import Services

T = TypeVar("T")
P = TypeVar("P", bound=SessionPage)


class MainWindow(QMainWindow):
    """Shown before the database is open (fast first paint); `bind()` brings the data."""

    ready = Signal()  # data loaded and the last session (if any) open

    def __init__(self, settings: QSettings, messages: Messages) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(resource_path("icons/stellenstof.svg"))))
        self._settings = settings
        self._messages = messages
        self._services: Services | None = None
        self._state_key = ""

        self._build_actions()
        # The couple looks at this screen: session mode shows only what they may see, and
        # while a partner holds the laptop the window is that partner's entry screen.
        self.gate = CoachGate(self, messages)
        self.room = RoomMode(self, self.gate, settings)
        self.room.active_changed.connect(lambda _on: self._update_actions())
        self.handover = HandoverGuard(self, self.gate)
        # A TV or monitor in the room: the couple's view there, the coach's desk here.
        self.second_screen = SecondScreen(self, settings, messages)
        self.room.allow(self.second_screen.act_blank)  # F8
        self.room.allow(self.second_screen.act_toggle)  # Ctrl+F8
        self.session_menu.insertAction(self.act_edit_session, self.room.act_start)
        self.view_menu.addActions(
            [self.room.act_start, self.room.act_leave, self.second_screen.act_toggle]
        )
        self.panel = CouplePanel(
            # Erasing a couple stays in the menu: too final for a button beside "Bewerken".
            [self.act_new_couple, self.act_edit_couple],
            [self.act_new_session, self.act_edit_session],
            self.room.act_start,
        )
        self.right = named(QStackedWidget(), "rightStack")
        self.empty = named(QLabel(), "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5b5b5b; font-size: 13pt; padding: 24px;")
        self.empty.setText(self.tr("Gegevens openen…"))
        self.right.addWidget(self.empty)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "mainSplitter")
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([250, 1030])
        self.setCentralWidget(self.splitter)
        self.saving = SaveGuard(self, messages, self.flush)
        self.save_label = self.saving.label
        self.panel.setEnabled(False)
        self._restore_geometry()

    # construction ------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | QKeySequence.StandardKey = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new_couple = self._action(self.tr("Nieuw stel…"), self._on_new_couple, "Ctrl+N")
        self.act_edit_couple = self._action(self.tr("Bewerken…"), self._on_edit_couple, "F2")
        self.act_delete_couple = self._action(self.tr("Verwijderen…"), self._on_delete_couple)
        self.act_new_session = self._action(
            self.tr("Nieuwe sessie…"), self._on_new_session, "Ctrl+Shift+N"
        )
        self.act_edit_session = self._action(self.tr("Sessie bewerken…"), self._on_edit_session)
        self.act_delete_session = self._action(
            self.tr("Sessie verwijderen…"), self._on_delete_session
        )
        self.act_revisions = self._action(self.tr("Eerdere versies…"), self._on_revisions)
        self.act_revisions.setObjectName("actRevisions")
        self.act_save = self._action(
            self.tr("Nu opslaan"), self.flush, QKeySequence.StandardKey.Save
        )
        self.act_find = self._action(
            self.tr("Zoek een stel"), self._on_find, QKeySequence.StandardKey.Find
        )
        self.act_quit = self._action(
            self.tr("Afsluiten"), self.close, QKeySequence.StandardKey.Quit
        )
        self.act_about = self._action(self.tr("Over Stellenstof"), self._on_about)
        self.act_profile = self._action(self.tr("Profiel en verslag…"), self._on_profile)

        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.addActions([self.act_save, self.act_find])
        file_menu.addSeparator()
        file_menu.addAction(self.act_profile)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        self.couple_menu = couple_menu = bar.addMenu(self.tr("S&tel"))
        couple_menu.addActions([self.act_new_couple, self.act_edit_couple])
        couple_menu.addSeparator()
        couple_menu.addAction(self.act_delete_couple)
        self.session_menu = session_menu = bar.addMenu(self.tr("&Sessie"))
        session_menu.addActions([self.act_new_session, self.act_edit_session])
        session_menu.addAction(self.act_revisions)
        session_menu.aboutToShow.connect(self._update_actions)  # a hidden entry may have begun
        session_menu.addSeparator()
        session_menu.addAction(self.act_delete_session)
        self.view_menu = bar.addMenu(self.tr("&Beeld"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)
        self._update_actions()

    def page(self, kind: type[P]) -> P:
        """The session tab of type `kind`, built (for wiring and tests)."""
        page = next(p for p in self.session_view.pages if isinstance(p, kind))
        page.ensure_loaded()
        return page

    @property
    def notes(self) -> NotesView:
        return self.page(NotesView)

    @property
    def state_key(self) -> str:
        """Settings that belong to this data folder (last session, session mode) use it."""
        return self._state_key

    def today_steps(self) -> tuple[str, ...] | None:
        """The step keys chosen for today in the open session (None: no session)."""
        session = self.session_view.session
        if session is None:
            return None
        return self._call(lambda: self.services.sessions.today_steps(session.id, self.method))

    def bind(self, services: Services, method: Method) -> None:
        """Attach the open database: build the views, fill the lists, reopen the last session."""
        self._services = services
        self._state_key = hashlib.sha256(str(services.db.path).encode()).hexdigest()[:16]
        self.method = method
        # One writer for every tab: saves reach the disk in the order they were made.
        self.writer = Writer(self)
        self.session_view = SessionView(
            build_pages(services, method, self._messages, self._settings, self.writer)
        )
        self.right.addWidget(self.session_view)
        self.session_view.saved.connect(self.saving.show_saved)
        self.session_view.save_failed.connect(self.saving.show_failed)
        from stellenstof_desktop.ui.session.closing import ClosingView
        from stellenstof_desktop.ui.session.overview import OverviewView

        checkin = self.page(OverviewView)
        checkin.today_changed.connect(self._on_today_changed)
        closing = self.page(ClosingView)
        closing.finish_requested.connect(self.finish_session)
        closing.status_changed.connect(self._on_status_changed)
        self.panel.couple_selected.connect(self._on_couple_selected)
        self.panel.session_selected.connect(self._on_session_selected)
        self.panel.setEnabled(True)
        self._reload_couples()
        self._restore_last_session()
        self._show_empty_state()
        self.room.restore()  # a restart in the middle of a session: back in session mode
        # Earlier versions are kept a week; the saves drop older ones too, this catches
        # texts nobody touched since.
        self._call(lambda: services.revisions.thin(datetime.now()))
        self.ready.emit()

    def reload_data(self) -> None:
        """The database behind the services was replaced (a restore): show what it holds now."""
        self.session_view.show_session(None)
        self.panel.search.clear()
        self._reload_couples()
        self._reload_sessions(self.panel_couple())
        self._restore_last_session()
        self._update_actions()
        self._show_empty_state()

    # state -------------------------------------------------------------------
    @property
    def services(self) -> Services:
        assert self._services is not None, "bind() first"
        return self._services

    def call(self, action: Callable[[], T]) -> T | None:
        return self._call(action)

    def _call(self, action: Callable[[], T]) -> T | None:
        """Run a service call; a known problem becomes a message, the app carries on."""
        try:
            return action()
        except KnownError as error:
            self._messages.known_error(self, error)
            return None

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        fit_to_screen(self)  # a smaller laptop than last time, or the first start on one
        splitter = self._settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _restore_last_session(self) -> None:
        last = self._settings.value(f"last_session/{self._state_key}")
        try:
            session_id = int(last) if last is not None else None
        except (TypeError, ValueError):
            session_id = None
        if session_id is None:
            return
        try:
            details = self.services.sessions.get(session_id)
        except KnownError:
            return  # erased meanwhile: start without it
        if self.panel.select_couple(details.couple_id):
            self.panel.select_session(details.id)

    def _update_actions(self) -> None:
        has_couple = self._services is not None and self.panel_couple() is not None
        has_session = self._services is not None and self.current_session_id() is not None
        self.act_new_couple.setEnabled(self._services is not None)
        for action in (self.act_edit_couple, self.act_delete_couple, self.act_new_session):
            action.setEnabled(has_couple)
        for action in (self.act_edit_session, self.act_delete_session):
            action.setEnabled(has_session)
        self.act_revisions.setEnabled(has_session and coach_only_allowed(self))
        if (room := getattr(self, "room", None)) is not None:
            room.act_start.setEnabled(has_session and not room.active)

    def panel_couple(self) -> int | None:
        return self.panel.current_couple_id() if hasattr(self, "panel") else None

    def current_session_id(self) -> int | None:
        view = getattr(self, "session_view", None)
        return view.session.id if view is not None and view.session is not None else None

    def _show_empty_state(self) -> None:
        if self.current_session_id() is not None:
            self.right.setCurrentWidget(self.session_view)
            return
        if self.panel_couple() is None:
            text = self.tr("Kies links een stel, of maak een nieuw stel met Ctrl+N.")
        else:
            text = self.tr("Kies een sessie, of plan een nieuwe met Ctrl+Shift+N.")
        self.empty.setText(text)
        self.right.setCurrentWidget(self.empty)

    def _reload_couples(self, select: int | None = None) -> None:
        couples = self._call(self.services.couples.list)
        if couples is not None:
            self.panel.set_couples(couples, select=select)
        self._update_actions()

    def _reload_sessions(self, couple_id: int | None, select: int | None = None) -> None:
        if couple_id is None:
            self.panel.set_sessions(None, [])
        else:
            rows = self._call(lambda: self.services.sessions.list_for_couple(couple_id)) or []
            self.panel.set_sessions(self.panel.couple_name(couple_id), rows)
            if select is not None:
                self.panel.select_session(select, notify=False)

    def bring_to_front(self) -> None:
        """The coach started the app again: show this window instead of a second one."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # saving ------------------------------------------------------------------
    def flush(self) -> bool:
        """Write everything typed so far; False when something could not be saved."""
        view = getattr(self, "session_view", None)
        return view.flush() if view is not None else True

    # selection ---------------------------------------------------------------
    def _on_couple_selected(self, couple_id: int | None) -> None:
        open_session = self.session_view.session
        if open_session is not None and open_session.couple_id != couple_id:
            if not self.saving.leave_session():
                self.panel.couples.blockSignals(True)
                self.panel.select_couple(open_session.couple_id)
                self.panel.couples.blockSignals(False)
                return
            self.session_view.show_session(None)
        self._reload_sessions(couple_id, select=self.current_session_id())
        self._update_actions()
        self._show_empty_state()

    def _on_session_selected(self, session_id: int | None) -> None:
        current = self.current_session_id()
        if session_id == current:
            return
        if not self.saving.leave_session():
            self.panel.select_session(current, notify=False)
            return
        details = None
        if session_id is not None:
            details = self._call(lambda: self.services.sessions.get(session_id))
        self._show_session(details)

    def _show_session(self, details: SessionDetails | None) -> None:
        self.session_view.show_session(details)
        if details is not None:
            self._settings.setValue(f"last_session/{self._state_key}", details.id)
        self._update_actions()
        self._show_empty_state()

    def open_session(self, session_id: int) -> None:
        """Select `session_id` in the lists and open it."""
        details = self._call(lambda: self.services.sessions.get(session_id))
        if details is None:
            return
        if details.id != self.current_session_id():
            if not self.saving.leave_session():
                return
            # The tabs go straight to this session (not emptied first for another couple);
            # selecting it in the lists below then finds it open already.
            self._show_session(details)
        self.panel.search.clear()
        self.panel.select_couple(details.couple_id)
        if not self.panel.select_session(session_id):  # made since the list was filled
            self._reload_sessions(details.couple_id)
            self.panel.select_session(session_id)

    # couple actions ----------------------------------------------------------
    def _on_find(self) -> None:
        self.panel.search.setFocus()
        self.panel.search.selectAll()

    def _on_new_couple(self) -> None:
        from stellenstof_desktop.ui.couples.dialogs import CoupleDialog  # after the first paint

        dialog = CoupleDialog(self.services.couples.create, parent=self)
        if dialog.exec() and dialog.result_couple is not None:
            self.panel.search.clear()
            self._reload_couples(select=dialog.result_couple.id)
            self.panel.select_couple(dialog.result_couple.id)

    def _on_edit_couple(self) -> None:
        couple_id = self.panel_couple()
        if couple_id is None or not self.saving.leave_session():
            return
        existing = self._call(lambda: self.services.couples.get(couple_id))
        if existing is None:
            return
        from stellenstof_desktop.ui.couples.dialogs import CoupleDialog

        dialog = CoupleDialog(
            lambda data: self.services.couples.update(couple_id, data), existing, parent=self
        )
        if dialog.exec():
            self._reload_couples(select=couple_id)
            self._reload_sessions(couple_id, select=self.current_session_id())
            session = self.current_session_id()
            if session is not None:
                self.session_view.show_session(
                    self._call(lambda: self.services.sessions.get(session))
                )

    def _on_delete_couple(self) -> None:
        couple_id = self.panel_couple()
        if couple_id is None:
            return
        couple = self._call(lambda: self.services.couples.get(couple_id))
        sessions = self._call(lambda: self.services.sessions.list_for_couple(couple_id))
        if couple is None or sessions is None:
            return
        text = self.tr(
            "“{name}” en alles wat bij dit stel hoort definitief verwijderen?\n\n"
            "Het gaat om {count}, met alle notities. Dit kan niet ongedaan worden gemaakt.\n\n"
            "Let op: oudere back-ups bevatten dit stel nog. De dagelijkse back-ups vervallen "
            "binnen acht weken; back-ups die u zelf maakte (bijvoorbeeld op een USB-stick) en "
            "de kopieën van vóór een update of terugzetten blijven, tot u ze weggooit. Zet u "
            "er een terug, dan verwijdert Stellenstof dit stel meteen opnieuw."
        ).format(name=couple.display_name, count=session_count(len(sessions)))
        if not self._messages.confirm(
            self, self.tr("Stel verwijderen"), text, self.tr("Definitief verwijderen")
        ):
            return
        open_session = self.session_view.session
        if open_session is not None and open_session.couple_id == couple_id:
            self.session_view.show_session(None)  # its text goes with the couple
        # Erased for good: VACUUM scrubs the text from the file, and the id is listed so a
        # restored backup erases the couple again.
        if self._call(lambda: self.services.privacy.erase_couple(couple_id)) is None and (
            self._exists(couple_id)
        ):
            return
        self._reload_couples()
        self._reload_sessions(self.panel_couple())
        self._show_empty_state()
        self.statusBar().showMessage(
            self.tr("“{name}” is verwijderd.").format(name=couple.display_name), 8000
        )

    def _exists(self, couple_id: int) -> bool:
        return any(c.id == couple_id for c in self.services.couples.list())

    # session actions ---------------------------------------------------------
    def _on_new_session(self) -> None:
        couple_id = self.panel_couple()
        if couple_id is None or not self.saving.leave_session():
            return
        couple = self._call(lambda: self.services.couples.get(couple_id))
        if couple is None:
            return
        rows = self.services.sessions.list_for_couple(couple_id)
        default_time = next((r.start_time for r in rows if r.start_time), None)
        from stellenstof_desktop.ui.couples.dialogs import SessionDialog

        dialog = SessionDialog(
            lambda data: self.services.sessions.create(couple_id, data),
            couple,
            default_time=default_time,
            parent=self,
        )
        if dialog.exec() and dialog.result_session is not None:
            new_id = dialog.result_session.id
            self._reload_couples(select=couple_id)
            self._reload_sessions(couple_id)
            self.panel.select_session(new_id)
            if dialog.start_after and self.current_session_id() == new_id:
                self.room.start()

    def _on_edit_session(self) -> None:
        session = self.session_view.session
        if session is None or not self.saving.leave_session():
            return
        couple = self._call(lambda: self.services.couples.get(session.couple_id))
        if couple is None:
            return
        from stellenstof_desktop.ui.couples.dialogs import SessionDialog

        dialog = SessionDialog(
            lambda data: self.services.sessions.update(session.id, data),
            couple,
            existing=session,
            parent=self,
        )
        if dialog.exec() and dialog.result_session is not None:
            self._reload_couples(select=session.couple_id)
            self._reload_sessions(session.couple_id, select=session.id)
            self.session_view.show_session(dialog.result_session)

    def _on_delete_session(self) -> None:
        session = self.session_view.session
        if session is None:
            return
        text = self.tr(
            "De sessie van {date} met alle notities definitief verwijderen? "
            "Dit kan niet ongedaan worden gemaakt."
        ).format(date=long_date(session.date))
        if not self._messages.confirm(
            self, self.tr("Sessie verwijderen"), text, self.tr("Definitief verwijderen")
        ):
            return
        self.session_view.show_session(None)
        self._call(lambda: self.services.sessions.delete(session.id))
        self._reload_couples(select=session.couple_id)
        self._reload_sessions(session.couple_id)
        self._update_actions()
        self._show_empty_state()

    def reload_session(self, session_id: int) -> None:
        """Load every tab of the open session again from what is stored now."""
        self.session_view.show_session(self._call(lambda: self.services.sessions.get(session_id)))

    # session mode ------------------------------------------------------------
    def _on_today_changed(self, keys: tuple[str, ...]) -> None:
        self.session_view.set_today(keys)
        self.room.refresh_parts()

    def _on_status_changed(self, details: SessionDetails) -> None:
        self.session_view.update_session(details)
        self._reload_sessions(details.couple_id, select=details.id)

    def finish_session(self) -> None:
        """ "Sessie afronden": leave session mode (the coach's gate) and open the report."""
        from stellenstof_desktop.ui.summary.view import SummaryView

        if self.room.leave():
            self._reload_sessions(self.panel_couple(), select=self.current_session_id())
            self.session_view.go_to(self.page(SummaryView))

    def _on_revisions(self) -> None:
        from stellenstof_desktop.ui.session.revisions_dialog import open_revisions

        open_revisions(self, self._messages)

    def _on_profile(self) -> None:
        from stellenstof_desktop.ui.summary.profile_dialog import ProfileDialog
        from stellenstof_desktop.ui.summary.view import SummaryView

        if self._services is None:
            return
        if ProfileDialog(self.services.profile, self._messages, parent=self).exec():
            shown = self.session_view.tabs.currentWidget()
            if isinstance(shown, SummaryView):
                shown.refresh()

    def _on_about(self) -> None:
        self._messages.info(
            self,
            self.tr("Over Stellenstof"),
            self.tr(
                "{app} {version}\n\nSessies, oefeningen en verslagen voor relatiecoaching. "
                "Alles blijft op deze computer."
            ).format(app=APP_NAME, version=__version__),
        )

    # closing -----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.handover.engaged is not None and not self.handover.step_in():
            event.ignore()  # a partner holds the laptop: only the coach closes the window
            return
        if not self.saving.may_close():
            event.ignore()
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.sync()
        if (writer := getattr(self, "writer", None)) is not None:
            writer.stop()  # may_close waited for it: nothing is left to write
        self.room.window_closed()
        event.accept()
