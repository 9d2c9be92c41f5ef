"""The automatic lock: after idle minutes, save everything and cover the window.

Only an encrypted database is locked (a lock without encryption would protect nothing
a glance at the file could not read). Idle means no key or mouse input anywhere in the
app: an application event filter restarts a timer. Locking takes the whole session area
out of the window (not just behind a cover), so no name or note is left in any widget of
it; menus, toolbars and shortcuts are off until the passphrase is typed again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from stellenstof_desktop import APP_NAME
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.ui.hidden_input.widget import HiddenInput
from stellenstof_desktop.ui.kit.passphrase import ERROR_STYLE, password_field
from stellenstof_desktop.ui.kit.widgets import named

if TYPE_CHECKING:
    from stellenstof_desktop.ui.main_window import MainWindow

MINUTES_KEY = "security/lock_minutes"
DEFAULT_MINUTES = 10
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class LockScreen(QWidget):
    """What the window shows while locked: the app's name and a passphrase field."""

    unlock_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons/stellenstof.svg"))).pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = named(QLabel(self.tr("Stellenstof is vergrendeld")), "lockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        text = QLabel(self.tr("Uw werk is opgeslagen. Typ uw wachtwoord om verder te werken."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        self.field = password_field("lockPassphrase")
        self.field.setPlaceholderText(self.tr("Wachtwoord"))
        self.field.returnPressed.connect(self._on_unlock)
        self.button = named(QPushButton(self.tr("Ontgrendelen")), "lockUnlock")
        self.button.clicked.connect(self._on_unlock)
        self.error = named(QLabel(), "lockError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        column = QWidget()
        column.setFixedWidth(440)
        inner = QVBoxLayout(column)
        inner.addWidget(icon)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addSpacing(12)
        inner.addWidget(self.field)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def reset(self) -> None:
        self.field.clear()
        self.error.hide()

    def wrong(self) -> None:
        self.error.setText(self.tr("Dit wachtwoord klopt niet. Probeer het opnieuw."))
        self.error.show()
        self.field.clear()
        self.field.setFocus()

    def _on_unlock(self) -> None:
        if self.field.text():
            self.unlock_requested.emit(self.field.text())


class LockController(QObject):
    """Locks the main window after `minutes` without input, and unlocks it again."""

    locked_changed = Signal(bool)
    ms_per_minute = 60_000  # tests make a minute short

    def __init__(
        self,
        window: MainWindow,
        settings: QSettings,
        is_current: Callable[[str], bool],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._is_current = is_current
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self.unlock)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._on_idle)
        self.locked = False
        self._enabled = False  # the database is encrypted
        self._busy = False  # file work is running: locking waits
        self._paused = False  # session mode: the room is watching, no automatic lock
        self._filtering = False
        self._stash: QWidget | None = None
        self._focus: QWidget | None = None
        self._title = ""
        self._disabled: list[QAction] = []
        self._hidden: list[QWidget] = []

    # settings ----------------------------------------------------------------
    @property
    def minutes(self) -> int:
        try:
            value = int(str(self.settings.value(MINUTES_KEY, DEFAULT_MINUTES)))
        except (TypeError, ValueError):
            value = DEFAULT_MINUTES
        return max(0, value)

    def set_minutes(self, minutes: int) -> None:
        self.settings.setValue(MINUTES_KEY, max(0, minutes))
        self._update()

    def set_enabled(self, encrypted: bool) -> None:
        """Whether there is anything to lock: only an encrypted database is."""
        self._enabled = encrypted
        self._update()

    def set_busy(self, busy: bool) -> None:
        """While the database file is replaced, the idle timer waits."""
        self._busy = busy
        self._update()

    def set_paused(self, paused: bool) -> None:
        """Session mode: the idle timer waits (locking by hand still works)."""
        self._paused = paused
        self._update()

    @property
    def active(self) -> bool:
        return self._enabled and self.minutes > 0

    def _update(self) -> None:
        if self.active and not self.locked and not self._busy and not self._paused:
            self.timer.start(self.minutes * self.ms_per_minute)
        else:
            self.timer.stop()
        self._filter(self.active or self.locked)

    def _filter(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def stop(self) -> None:
        """The window closes: no timer, no filter left behind."""
        self._enabled = False
        self.timer.stop()
        self._filter(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.locked:
            # No menu item or key combination works behind the lock screen.
            return kind == QEvent.Type.Shortcut
        if kind in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        elif kind == QEvent.Type.Close and watched is self.window:
            self.stop()
        return False

    # locking -----------------------------------------------------------------
    def _on_idle(self) -> None:
        if self._busy or QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._update()  # a drag or file work in progress: try again later
            return
        self.lock()

    def lock(self) -> bool:
        """Save everything, close dialogs, and cover the window; False when nothing to lock."""
        if self.locked or not self._enabled or self._busy:
            return False
        window = self.window
        window.flush()  # a failure keeps the text in its (hidden) field and retries
        # A half-typed hidden entry goes now: after the coach unlocks in front of the room,
        # that partner starts again at the hand-over, and nobody reads what was typed.
        for hidden in window.findChildren(HiddenInput):
            hidden.interrupt()
        self._close_dialogs()
        self.timer.stop()
        self.locked = True
        self._filter(True)
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and window.isAncestorOf(focus) else None
        self._title = window.windowTitle()
        window.setWindowTitle(self.tr("{app} — vergrendeld").format(app=APP_NAME))
        bar = window.statusBar()
        bar.clearMessage()  # may name a couple
        self._hidden = [
            w for w in (window.menuBar(), bar, *window.findChildren(QToolBar)) if w.isVisible()
        ]
        self._disabled = [a for a in window.menuBar().actions() if a.isEnabled()]
        for action in self._disabled:  # a native (macOS) menu bar stays on screen
            action.setEnabled(False)
        for widget in self._hidden:
            widget.hide()
        self._stash = window.takeCentralWidget()
        window.setCentralWidget(self.screen)
        self.screen.reset()
        self.screen.show()
        self.screen.field.setFocus()
        self.locked_changed.emit(True)
        return True

    def _close_dialogs(self) -> None:
        """Menus and dialogs may show names; they close with their safe answer (cancel)."""
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QDialog) and top.isVisible():
                top.reject()

    def unlock(self, passphrase: str) -> bool:
        """Uncover the window when `passphrase` is right; otherwise say it is wrong."""
        if not self.locked:
            return True
        if not self._is_current(passphrase):
            self.screen.wrong()
            return False
        window = self.window
        window.takeCentralWidget()  # the lock screen, kept for the next time
        self.screen.reset()
        if self._stash is not None:
            window.setCentralWidget(self._stash)
            self._stash.show()
        self._stash = None
        for widget in self._hidden:
            if isValid(widget):
                widget.show()
        for action in self._disabled:
            if isValid(action):
                action.setEnabled(True)
        self._hidden, self._disabled = [], []
        window.setWindowTitle(self._title)
        self.locked = False
        if self._focus is not None and isValid(self._focus) and self._focus.isVisible():
            self._focus.setFocus()
        self._focus = None
        self._update()
        self.locked_changed.emit(False)
        return True
