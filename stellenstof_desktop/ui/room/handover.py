"""While a partner holds the laptop, the window is that partner's entry screen and nothing else.

The moment any hidden input in the window shows a hand-over or an entry, every widget
that is not on the way from the window down to that input is hidden (the couple list,
the tab bar, the session header, the exercise's own buttons, the session bar), the menu
bar and every window action and shortcut are off, and closing the window or pressing Esc
asks for the coach. The Tab key can only reach what is left: the entry screen. When the
input moves on to its "ready" screen (or the coach steps in), everything comes back as it
was. The inputs post their screens on the hand-over bus, so no tab knows about this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget
from shiboken6 import isValid

from stellenstof_desktop.ui.hidden_input.bus import handover_bus
from stellenstof_desktop.ui.hidden_input.widget import HiddenInput

if TYPE_CHECKING:
    from stellenstof_desktop.ui.room.gate import CoachGate

# A scroll area's own scroll bars sit beside its viewport: they stay, so a long entry
# screen still scrolls on a small laptop.
_KEEP_PREFIX = "qt_scrollarea_"


class HandoverGuard(QObject):
    """Locks `window` to the hidden input a partner is using; `engaged` tells which one."""

    engaged_changed = Signal(bool)

    def __init__(self, window: QMainWindow, gate: CoachGate) -> None:
        super().__init__(window)
        self.window = window
        self.gate = gate
        self.engaged: HiddenInput | None = None
        self._released: HiddenInput | None = None  # the coach stepped in: not until it moves
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction | QShortcut] = []
        self._title = ""
        bus = handover_bus()
        bus.changed.connect(self._on_changed)
        bus.add_check(self._coach_check)
        window.destroyed.connect(lambda: self._detach(bus))

    def _detach(self, bus: object) -> None:
        del bus
        handover_bus().remove_check(self._coach_check)

    # what the inputs report ----------------------------------------------------
    def _mine(self, widget: object) -> bool:
        return (
            isinstance(widget, HiddenInput)
            and isValid(widget)
            and isValid(self.window)
            and self.window.isAncestorOf(widget)
        )

    def _on_changed(self, widget: object) -> None:
        if self.engaged is not None:
            if widget is self.engaged and not self.engaged.holding:
                self._release()
            return
        if not isinstance(widget, HiddenInput) or not self._mine(widget):
            return
        if widget is self._released:
            if widget.holding and widget.isVisibleTo(self.window):
                return  # the coach stepped in here; it waits until its screen moves on
            self._released = None
            if not widget.holding or not widget.isVisibleTo(self.window):
                return
        if widget.holding and widget.isVisibleTo(self.window):
            self._engage(widget)

    def _coach_check(self, widget: QWidget, what: str) -> bool | None:
        if not isValid(self.window) or not self.window.isAncestorOf(widget):
            return None
        return self.gate.ask(
            self.window,
            self.tr("Alleen voor de coach"),
            what,
            self.tr("Ja, opnieuw invullen"),
        )

    # locking the window ------------------------------------------------------
    def _engage(self, widget: HiddenInput) -> None:
        self.engaged = widget
        window = self.window
        self._title = window.windowTitle()
        window.statusBar().clearMessage()
        self._hidden = []
        child: QWidget = widget
        while child is not window:
            parent = child.parentWidget()
            if parent is None:
                break
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            for sibling in parent.findChildren(QWidget, options=direct):
                if (
                    sibling is not child
                    and not sibling.isWindow()
                    and not sibling.isHidden()
                    and not sibling.objectName().startswith(_KEEP_PREFIX)
                ):
                    self._hidden.append(sibling)
            child = parent
        for hidden in self._hidden:
            hidden.hide()
        items: list[QAction | QShortcut] = [
            *window.findChildren(QAction),
            *window.findChildren(QShortcut),
        ]
        self._disabled = [
            item
            for item in items
            # Ctrl+L stays: a lock shows nothing of the entry, and only the coach unlocks.
            if item.isEnabled() and not _inside(item, widget) and item.objectName() != "actLock"
        ]
        for item in self._disabled:
            item.setEnabled(False)
        # Esc on the entry screen (a key the fields do not use travels up to the input):
        # a filter on the input alone, not on every event of the application.
        widget.installEventFilter(self)
        widget.setFocus()
        self.engaged_changed.emit(True)

    def _release(self) -> None:
        if self.engaged is not None and isValid(self.engaged):
            self.engaged.removeEventFilter(self)
        for hidden in self._hidden:
            if isValid(hidden):
                hidden.show()
        for item in self._disabled:
            if isValid(item):
                item.setEnabled(True)
        self._hidden, self._disabled = [], []
        self.engaged = None
        self.engaged_changed.emit(False)

    def step_in(self) -> bool:
        """Esc or closing during a hand-over: the coach takes the window back (after the gate).

        The window's closeEvent asks here first: closing is the coach's too.
        """
        widget = self.engaged
        if widget is None:
            return True
        if not self.gate.ask(
            self.window,
            self.tr("Even terug naar de coach"),
            self.tr(
                "Het invullen wordt onderbroken. Wat er al is ingevuld en bewaard, blijft "
                "bewaard en verborgen; de coach ziet daarna weer het hele venster."
            ),
            self.tr("Terug naar de coach"),
        ):
            widget.refocus()  # the partner goes on where they were
            return False
        widget.interrupt()  # a half-typed entry goes: nobody reads it over a shoulder
        self._released = widget
        self._release()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.engaged
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.engaged.isVisible()  # behind the lock screen, the lock answers
        ):
            self.step_in()
            return True
        return False


def _inside(item: QAction | QShortcut, widget: QWidget) -> bool:
    """Whether `item` belongs to the entry screen itself (its own keys keep working)."""
    parent = item.parent()
    return isinstance(parent, QWidget) and (parent is widget or widget.isAncestorOf(parent))
