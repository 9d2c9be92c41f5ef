"""Session mode: the window as the couple sees it, from "Sessie starten" to "Sessie afronden".

While it is on, the window shows only what the couple may see: no couple list (other
clients' names), no menus, no private note, no coach tip or observation, no progress or
report tab. A calm bar on top moves through the parts of the hour (Alt+← / Alt+→) and
shows the time against the planned duration, with a quiet cue ten minutes before the
end. Window shortcuts that would open something else do nothing; only saving, locking
and the bar's own keys work. It is remembered across a restart in the middle of the
session, and leaving it goes through the coach's gate (her passphrase with encryption
on), which says what will become visible.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolBar, QWidget
from shiboken6 import isValid

from stellenstof_desktop.enums import SessionStatus
from stellenstof_desktop.ui.hidden_input.widget import HiddenInput
from stellenstof_desktop.ui.kit.widgets import named

if TYPE_CHECKING:
    from stellenstof_desktop.ui.main_window import MainWindow
    from stellenstof_desktop.ui.room.gate import CoachGate

# Widgets only the coach may see, found by object name so the tabs need not know.
HIDDEN_NAMES = frozenset({"couplePanel", "privateNotesPanel", "observationCard", "coachTip"})
START_KEY = "F5"
LEAVE_KEY = "Ctrl+Shift+F5"
CUE_MINUTES = 10
_TICK_MS = 15_000


class RoomClock(QLabel):
    """Minutes since the start against the planned duration; a quiet cue near the end."""

    def __init__(self, now: Callable[[], datetime]) -> None:
        super().__init__()
        self.setObjectName("roomClock")
        self._now = now
        self.started: datetime | None = None
        self.planned = 60
        self.cue = False
        self.timer = QTimer(self)
        self.timer.setInterval(_TICK_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self, started: datetime, planned_minutes: int) -> None:
        self.started, self.planned = started, max(1, planned_minutes)
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.started = None
        self.clear()

    def refresh(self) -> None:
        if self.started is None:
            return
        elapsed = max(0, int((self._now() - self.started).total_seconds() // 60))
        left = self.planned - elapsed
        self.cue = left <= CUE_MINUTES
        text = self.tr("{elapsed} van {planned} min").format(elapsed=elapsed, planned=self.planned)
        if 0 < left <= CUE_MINUTES:
            text += " · " + self.tr("nog {left} min").format(left=left)
        elif left <= 0:
            text += " · " + self.tr("de tijd is om")
        self.setText(text)
        color = "#9a5b13" if self.cue else "#4a4a4a"  # amber near the end, never red
        self.setStyleSheet(f"color: {color}; padding: 0 10px; font-size: 11pt;")
        self.setAccessibleName(text)


class RoomMode(QObject):
    """Switches the window between the coach's desk and the room's view of one session."""

    active_changed = Signal(bool)
    part_changed = Signal(object)  # the SessionPage now shown (session mode only)

    def __init__(
        self,
        window: MainWindow,
        gate: CoachGate,
        settings: QSettings,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.gate = gate
        self.settings = settings
        self.now = now
        self.active = False
        self._hidden: list[QWidget] = []
        self._allowed: set[QObject] = set()
        self._menu_actions: list[QAction] = []
        self._lock: QAction | None = None
        self._extra: set[QObject] = set()  # other window actions that work in session mode
        # The couple looks at a second screen: the laptop is the coach's again (her note,
        # tips and observations), while the other couples stay out of sight.
        self.coach_view = False

        self.act_start = self._action(self.tr("Sessie starten"), self.start, START_KEY)
        self.act_start.setObjectName("actStartSession")
        self.act_start.setToolTip(
            self.tr("Voor het uur met het stel: alleen wat het stel mag zien ({key})").format(
                key=START_KEY
            )
        )
        self.act_leave = self._action(self.tr("Sessiemodus verlaten…"), self.leave, LEAVE_KEY)
        self.act_leave.setObjectName("actLeaveRoom")
        self.act_back = self._action(self.tr("← Vorige"), lambda: self._step(-1), "Alt+Left")
        self.act_back.setObjectName("actRoomBack")
        self.act_next = self._action(self.tr("Volgende →"), lambda: self._step(1), "Alt+Right")
        self.act_next.setObjectName("actRoomNext")
        for action in (self.act_leave, self.act_back, self.act_next):
            action.setEnabled(False)

        self.part_label = named(QLabel(), "roomPart")
        self.part_label.setStyleSheet("font-size: 12pt; font-weight: 600; padding: 0 10px;")
        self.clock = RoomClock(now)
        self.bar = named(QToolBar(self.tr("Sessie")), "roomBar")
        self.bar.setMovable(False)
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bar.addAction(self.act_back)
        self.bar.addWidget(self.part_label)
        self.bar.addAction(self.act_next)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar.addWidget(spacer)
        self.bar.addWidget(self.clock)
        self.lock_slot = self.bar.addSeparator()
        self.bar.addAction(self.act_leave)
        self.bar.hide()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)

    def allow(self, action: QAction) -> None:
        """A window action that keeps working in session mode (the second screen's keys)."""
        self._extra.add(action)
        if self.active:
            self._allowed.add(action)

    def set_lock_action(self, action: QAction) -> None:
        """Ctrl+L: in the bar, and the one menu key that works in session mode."""
        self._lock = action
        self.bar.insertAction(self.lock_slot, action)
        if self.active:
            self._allowed.add(action)

    def _action(self, text: str, slot: Callable[[], object], keys: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # settings ----------------------------------------------------------------
    def _key(self, name: str) -> str:
        return f"room/{name}/{self.window.state_key}"

    def restore(self) -> None:
        """After a restart in the middle of a session: back in session mode, as it was."""
        stored = self.settings.value(self._key("session"))
        try:
            session_id = int(str(stored)) if stored is not None else None
        except ValueError:
            session_id = None
        if session_id is None:
            return
        if self.window.current_session_id() != session_id:
            self.window.open_session(session_id)
        if self.window.current_session_id() == session_id:
            self._enter(restoring=True)
        else:
            self._forget()  # erased meanwhile

    def _forget(self) -> None:
        self.settings.remove(self._key("session"))
        self.settings.remove(self._key("started"))

    # entering and leaving ----------------------------------------------------
    def start(self) -> None:
        """ "Sessie starten": the open session, for the room, from its first part."""
        if self.active or self.window.current_session_id() is None:
            return
        if not self.window.saving.leave_session():
            return  # unsaved text that cannot be written: the coach sees why first
        self._enter(restoring=False)

    def _enter(self, *, restoring: bool) -> None:
        window = self.window
        view = window.session_view
        session = view.session
        if session is None:
            return
        started = self._started(session.id, restoring)
        if not restoring and session.status is SessionStatus.PLANNED:
            # Run in session mode: held. The closing part shows it; she can change it there.
            held = window.call(
                lambda: window.services.sessions.set_status(session.id, SessionStatus.HELD)
            )
            if held is not None:
                view.update_session(held)
        self.active = True
        window.statusBar().clearMessage()  # may name another couple
        self._hidden = [
            w
            for w in (window.menuBar(), *window.findChildren(QToolBar))
            if w is not self.bar and not w.isHidden()
        ]
        for widget in window.findChildren(QWidget):
            if self._coach_only(widget) and not widget.isHidden():
                self._hidden.append(widget)
        for widget in self._hidden:
            widget.hide()
        # A native (macOS) menu bar stays on screen: its menus go dark.
        self._menu_actions = [a for a in window.menuBar().actions() if a.isEnabled()]
        for action in self._menu_actions:
            action.setEnabled(False)
        self._allowed = {window.act_save, *self._bar_actions(), *self._extra}
        if self._lock is not None:
            self._allowed.add(self._lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        for action in (self.act_leave, self.act_back, self.act_next):
            action.setEnabled(True)
        self.act_start.setEnabled(False)
        self.bar.show()
        view.set_room(True, window.today_steps())
        if not restoring:
            view.go_to_part(0)
        self.clock.start(started, session.planned_minutes)
        self.settings.setValue(self._key("session"), session.id)
        self.settings.setValue(self._key("started"), started.isoformat(timespec="seconds"))
        view.tabs.currentChanged.connect(self._show_part)
        self._show_part()
        view.setFocus()
        self.active_changed.emit(True)

    def _coach_only(self, widget: QWidget) -> bool:
        """Whether `widget` hides now: the couple list always, the rest unless in coach view."""
        name = widget.objectName()
        return name in HIDDEN_NAMES and (name == "couplePanel" or not self.coach_view)

    def set_coach_view(self, on: bool) -> None:
        """The couple's view is on another screen (on) or back on this one (off)."""
        if on == self.coach_view:
            return
        self.coach_view = on
        if not self.active:
            return
        if on:
            for widget in [w for w in self._hidden if isValid(w)]:
                if widget.objectName() in HIDDEN_NAMES and widget.objectName() != "couplePanel":
                    widget.show()
                    self._hidden.remove(widget)
        else:
            for widget in self.window.findChildren(QWidget):
                if self._coach_only(widget) and not widget.isHidden():
                    widget.hide()
                    self._hidden.append(widget)

    def _bar_actions(self) -> tuple[QAction, ...]:
        return (self.act_leave, self.act_back, self.act_next)

    def _started(self, session_id: int, restoring: bool) -> datetime:
        if restoring:
            stored = self.settings.value(self._key("started"))
            try:
                return datetime.fromisoformat(str(stored))
            except ValueError:
                pass
        return self.now()

    def leave(self, *, ask: bool = True) -> bool:
        """Back to the coach's desk; with `ask`, only through the coach's gate."""
        if not self.active:
            return True
        if any(w.holding and w.isVisible() for w in self.window.findChildren(HiddenInput)):
            return False  # a partner holds the laptop: the hand-over guard answers Esc
        if ask and not self.gate.ask(
            self.window,
            self.tr("Sessiemodus verlaten"),
            self.tr(
                "Daarna is weer alles te zien: de lijst met stellen, uw privénotities, de "
                "tips en observaties, de voortgang en het verslag. Doe dit als het stel niet "
                "meer meekijkt."
            ),
            self.tr("Sessiemodus verlaten"),
        ):
            return False
        window = self.window
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        window.session_view.tabs.currentChanged.disconnect(self._show_part)
        for widget in self._hidden:
            if isValid(widget):
                widget.show()
        for action in self._menu_actions:
            if isValid(action):
                action.setEnabled(True)
        self._hidden, self._menu_actions, self._allowed = [], [], set()
        for action in self._bar_actions():
            action.setEnabled(False)
        self.act_start.setEnabled(True)
        self.bar.hide()
        self.clock.stop()
        self._forget()
        window.session_view.set_room(False)
        self.active_changed.emit(False)
        return True

    # while it is on ----------------------------------------------------------
    def _step(self, delta: int) -> None:
        if self.active:
            self.window.session_view.step_part(delta)

    def _show_part(self) -> None:
        view = self.window.session_view
        parts = view.parts()
        current = view.tabs.currentWidget()
        if current not in parts:
            return
        index = parts.index(current)
        page = parts[index]
        self.part_label.setText(
            self.tr("{n} van {total} · {title}").format(
                n=index + 1, total=len(parts), title=page.full_title()
            )
        )
        self.act_back.setEnabled(index > 0)
        self.act_next.setEnabled(index < len(parts) - 1)
        self.part_changed.emit(page)

    def refresh_parts(self) -> None:
        """The steps for today changed: the bar counts the parts again."""
        if self.active:
            self._show_part()

    def window_closed(self) -> None:
        """The window closed (still in session mode for the next start): no filter left on."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _allowed_shortcut(self, watched: QObject) -> bool:
        if watched in self._allowed:
            return True
        view = self.window.session_view
        parent = watched.parent()
        if parent is view:
            return True  # the tab keys: they only reach tabs that show
        page = view.tabs.currentWidget()
        return isinstance(parent, QWidget) and page is not None and page.isAncestorOf(parent)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Shortcut and isinstance(watched, QAction | QShortcut):
            return not self._allowed_shortcut(watched)
        if (
            kind == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and self._coach_only(watched)
            and self.window.isAncestorOf(watched)
        ):
            # A tab built while the couple looks (a step for the first time): hidden before
            # anything is painted.
            watched.hide()
            self._hidden.append(watched)
        return False


def coach_only_allowed(window: QWidget) -> bool:
    """Whether a coach-only view may open: not in session mode, nor while a partner types."""
    mode = window.findChild(RoomMode)
    presenting = mode is not None and mode.active
    typing = any(w.isVisible() and w.holding for w in window.findChildren(HiddenInput))
    return not presenting and not typing
