"""Presentation mode: the couple looks at the screen, so the coach's private things hide.

Hidden while it is on: the couple list (other clients' names), the private notes panel,
and in every step tab the coach's tip and observation card. The widgets are found by
object name, so the views need not know about this mode; widgets built while it is on
(a step tab rebuilt for another session) are hidden the moment Qt shows them. One key
(F11) or the toolbar button switches it; it is remembered for this run only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolBar, QWidget
from shiboken6 import isValid

from stellenstof_desktop.ui.hidden_input.widget import HiddenInput
from stellenstof_desktop.ui.kit.widgets import named

HIDDEN_NAMES = frozenset({"couplePanel", "privateNotesPanel", "observationCard", "coachTip"})
SHORTCUT = "F11"


class PresentationMode(QObject):
    """Switches the window between the coach's view and the view for the couple."""

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, private_actions: list[QAction] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._hidden: list[QWidget] = []
        self._private_actions = list(private_actions or [])
        self.active = False
        self.action = QAction(self.tr("Presentatiemodus"), window)
        self.action.setObjectName("actPresentation")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(
            self.tr(
                "Voor als het stel meekijkt: verbergt de lijst met stellen, uw privénotities, "
                "tips en observaties ({key})"
            ).format(key=SHORTCUT)
        )
        self.action.toggled.connect(self.set_active)
        window.addAction(self.action)
        self.toolbar = named(QToolBar(self.tr("Werkbalk")), "mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action)
        window.addToolBar(self.toolbar)
        self.badge = named(QLabel(), "presentationBadge")
        self.badge.setStyleSheet("color: #2f5f63; font-weight: 600; padding: 0 8px;")
        self.badge.setText(
            self.tr("Presentatiemodus — {key} toont alles weer").format(key=SHORTCUT)
        )
        self.badge.hide()
        window.statusBar().addWidget(self.badge)

    def add_private_actions(self, actions: list[QAction]) -> None:
        """Menu items that would show other clients (disabled while presenting)."""
        self._private_actions += actions

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        self.action.setChecked(on)
        app = QApplication.instance()
        if on:
            self.window.statusBar().clearMessage()  # may name another couple
            for widget in self.window.findChildren(QWidget):
                self._hide(widget)
            if app is not None:
                app.installEventFilter(self)
        else:
            if app is not None:
                app.removeEventFilter(self)
            for widget in self._hidden:
                if isValid(widget):
                    widget.show()
            self._hidden.clear()
        for action in self._private_actions:
            action.setEnabled(not on)
        self.badge.setVisible(on)
        self.toggled.emit(on)

    def _hide(self, widget: QWidget) -> None:
        if widget.objectName() in HIDDEN_NAMES and not widget.isHidden():
            widget.hide()
            self._hidden.append(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A widget built while presenting (a step tab for another session) is hidden the
        # moment it would show, before anything is painted.
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.objectName() in HIDDEN_NAMES
            and self.window.isAncestorOf(watched)
        ):
            self._hide(watched)
        return False


def coach_only_allowed(window: QMainWindow) -> bool:
    """Whether a coach-only view may open: not while presenting, nor while a partner types."""
    mode = window.findChild(PresentationMode)
    presenting = mode is not None and mode.active
    typing = any(
        w.isVisible() and w.stage in ("handover", "entry") for w in window.findChildren(HiddenInput)
    )
    return not presenting and not typing
