"""A second screen in the room: the couple looks at the TV, the laptop is the coach's desk.

When session mode starts and another screen than the window's is connected, the coach is
asked once per machine whether the couple may look along there (QSettings
`room/second_screen`, "yes" or "no"). With yes, a `CoupleView` fills that screen and the
laptop shows the coach's own texts again (`RoomMode.set_coach_view`), while the couple
list stays hidden. The couple's view follows the part on the laptop, every save and every
hand-over. Unplugging the screen closes it and the laptop is the room's view again, as in
one-screen session mode; plugging one in offers it again. F8 blanks the couple's screen
("even pauze") and brings it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from shiboken6 import isValid

from stellenstof_desktop.ui.hidden_input.widget import HiddenInput

if TYPE_CHECKING:
    from stellenstof_desktop.ui.kit.messages import Messages
    from stellenstof_desktop.ui.main_window import MainWindow
    from stellenstof_desktop.ui.room.couple_parts import Part
    from stellenstof_desktop.ui.room.couple_view import CoupleView
    from stellenstof_desktop.ui.session.page import SessionPage

SETTING = "room/second_screen"
BLANK_KEY = "F8"
TOGGLE_KEY = "Ctrl+F8"
REFRESH_MS = 250  # after a save: the page has shown its new state by then
WATCH_MS = 2000  # what no signal reports (a reveal in a step): read again now and then

# The laptop's tabs by object name: ui/session imports ui/room, so not by class here.
_KINDS = {
    "overviewView": "checkin",
    "reviewView": "review",
    "exerciseView": "exercise",
    "agreementsView": "agreements",
    "closingView": "closing",
    "notesView": "notes",
}


def describe(page: SessionPage) -> Part:
    """What the couple's view needs to know of the laptop's part `page`."""
    from stellenstof_desktop.ui.room.couple_parts import Part

    name = page.objectName()
    number = getattr(page, "number", None)
    if name.startswith("step") and isinstance(number, int):
        return Part("step", page.full_title(), number=number)
    kind = _KINDS.get(name, "other")
    current = getattr(page, "current", None) if kind == "exercise" else None
    exercise_id = getattr(current, "id", None)
    return Part(
        kind, page.full_title(), exercise_id=exercise_id if isinstance(exercise_id, int) else None
    )


class SecondScreen(QObject):
    """Offers, shows, follows and closes the couple's view on another screen."""

    def __init__(self, window: MainWindow, settings: QSettings, messages: Messages) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.messages = messages
        self.view: CoupleView | None = None
        self.screen: QScreen | None = None
        self._offer_waiting = False  # asked while a partner held the laptop: asked after
        self._followed: HiddenInput | None = None
        self._saved_connected = False

        self.act_toggle = QAction(self.tr("Tweede scherm…"), window)
        self.act_toggle.setObjectName("actSecondScreen")
        self.act_toggle.setShortcut(QKeySequence(TOGGLE_KEY))
        self.act_toggle.setToolTip(
            self.tr("Het stel kijkt mee op het tweede scherm, of weer op de laptop ({key})").format(
                key=TOGGLE_KEY
            )
        )
        self.act_toggle.triggered.connect(self.toggle)
        self.act_blank = QAction(self.tr("Scherm van het stel even leeg"), window)
        self.act_blank.setObjectName("actBlankCoupleScreen")
        self.act_blank.setShortcut(QKeySequence(BLANK_KEY))
        self.act_blank.setCheckable(True)
        self.act_blank.toggled.connect(self._on_blank)
        for action in (self.act_toggle, self.act_blank):
            action.setEnabled(False)
            window.addAction(action)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.refresh)

        window.room.active_changed.connect(self._on_room)
        window.room.part_changed.connect(lambda _page: self.refresh())
        window.handover.engaged_changed.connect(self._on_engaged)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_screen_added)
            app.screenRemoved.connect(self._on_screen_removed)
        if window.room.active:  # session mode came back at start, before this existed
            self._on_room(True)

    # which screen ------------------------------------------------------------------
    def other_screen(self) -> QScreen | None:
        """The largest connected screen that is not the laptop window's."""
        own = self.window.screen()
        others = [s for s in QGuiApplication.screens() if s is not own]
        if not others:
            return None
        return max(others, key=lambda s: s.geometry().width() * s.geometry().height())

    # session mode ------------------------------------------------------------------
    def _on_room(self, on: bool) -> None:
        self.act_toggle.setEnabled(on)
        if on:
            if not self._saved_connected:
                self.window.session_view.saved.connect(self._on_saved)
                self._saved_connected = True
            QTimer.singleShot(0, self._offer)  # after session mode has settled on screen
        else:
            self.close_view()

    def _offer(self) -> None:
        """The automatic offer: asked once per machine, the answer remembered."""
        if not self.window.room.active or self.view is not None:
            return
        screen = self.other_screen()
        if screen is None:
            return
        if self.window.handover.engaged is not None:
            self._offer_waiting = True  # no question box while a partner holds the laptop
            return
        answer = self.settings.value(SETTING)
        if answer == "no":
            return
        if answer != "yes":
            yes = self.messages.ask(
                self.window,
                self.tr("Tweede scherm"),
                self.tr("Het stel laten meekijken op het tweede scherm?"),
                self.tr("Ja, op het tweede scherm"),
                self.tr("Nee, alleen de laptop"),
            )
            self.settings.setValue(SETTING, "yes" if yes else "no")
            if not yes:
                return
        self.open_view(screen)

    def toggle(self) -> None:
        """ "Tweede scherm…" by hand: on or off, whatever was remembered for the offer."""
        if self.view is not None:
            self.close_view()
            return
        if not self.window.room.active:
            return
        screen = self.other_screen()
        if screen is None:
            self.messages.info(
                self.window,
                self.tr("Tweede scherm"),
                self.tr("Er is geen tweede scherm aangesloten."),
            )
            return
        self.open_view(screen)

    def open_view(self, screen: QScreen) -> None:
        """The couple's view full screen on `screen`; the laptop becomes the coach's desk."""
        from stellenstof_desktop.ui.room.couple_view import CoupleView  # only with a TV

        window = self.window
        view = CoupleView(window.services, window.method, window)
        view.setScreen(screen)
        view.setGeometry(screen.geometry())
        view.showFullScreen()
        window.activateWindow()  # where a platform activated the TV anyway: keys stay here
        self.view, self.screen = view, screen
        self.act_blank.setEnabled(True)
        self._watch.start()
        window.room.set_coach_view(True)
        self._on_engaged(window.handover.engaged is not None)
        self.refresh()

    def close_view(self) -> None:
        """Back to one screen: the laptop shows the room's view again; nothing is lost."""
        self._watch.stop()
        self._refresh_timer.stop()
        self._follow(None)
        view, self.view, self.screen = self.view, None, None
        self.act_blank.blockSignals(True)
        self.act_blank.setChecked(False)
        self.act_blank.blockSignals(False)
        self.act_blank.setEnabled(False)
        # Before the view goes: the laptop's coach-only texts hide while it still shows.
        self.window.room.set_coach_view(False)
        if view is not None and isValid(view):
            view.hide()
            view.deleteLater()

    # following the laptop --------------------------------------------------------------
    def refresh(self) -> None:
        view = self.view
        if view is None or not self.window.room.active:
            return
        session_view = self.window.session_view
        widget = session_view.tabs.currentWidget()
        page = widget if widget in session_view.parts() else None
        view.show_part(session_view.session, describe(page) if page is not None else None)

    def _on_saved(self, _when: object) -> None:
        if self.view is not None:
            self._refresh_timer.start()  # a burst of saves reads once

    def _on_blank(self, on: bool) -> None:
        if self.view is not None:
            self.view.set_paused(on)

    def _on_engaged(self, engaged: bool) -> None:
        self._follow(self.window.handover.engaged if engaged else None)
        if not engaged and self._offer_waiting:
            self._offer_waiting = False
            QTimer.singleShot(0, self._offer)
        self.refresh()

    def _follow(self, widget: HiddenInput | None) -> None:
        """Whose turn it is, as the hidden input moves from one partner to the next."""
        if self._followed is not None and isValid(self._followed):
            self._followed.stage_changed.disconnect(self._show_turn)
        self._followed = widget
        if widget is not None:
            widget.stage_changed.connect(self._show_turn)
        self._show_turn()

    def _show_turn(self, _stage: str = "") -> None:
        view, widget = self.view, self._followed
        if view is None:
            return
        if widget is None or not isValid(widget) or not widget.holding:
            view.set_handover(None)
            return
        partner = widget.current_partner
        view.set_handover(partner.name if partner else "", typing=widget.stage == "entry")

    # screens coming and going ----------------------------------------------------
    def _on_screen_removed(self, screen: QScreen) -> None:
        if self.view is not None and screen is self.screen:
            self.close_view()  # unplugged mid-session: one-screen session mode, as before

    def _on_screen_added(self, _screen: QScreen) -> None:
        if self.window.room.active and self.view is None:
            QTimer.singleShot(0, self._offer)
