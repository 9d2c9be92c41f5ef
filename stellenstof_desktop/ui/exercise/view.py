"""The "Samen besluiten" tab: moves between the exercise's screens, phase by phase."""

# Each phase has its own screen (start, hidden, conversation, decision); this page owns
# the bar above, the steps, the buttons below and every service call that changes a phase.

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from stellenstof_desktop.domain import ExerciseInfo, ExercisePhase, SessionDetails, Voice
from stellenstof_desktop.errors import KnownError, ValidationError
from stellenstof_desktop.ui.exercise.controls import ExerciseBar, PhaseNav
from stellenstof_desktop.ui.exercise.conversation import RevealedScreen, TalkScreen
from stellenstof_desktop.ui.exercise.decision import CancelledScreen, DecideScreen, DoneScreen
from stellenstof_desktop.ui.exercise.hidden import HiddenScreen
from stellenstof_desktop.ui.exercise.history import ExerciseHistoryView
from stellenstof_desktop.ui.exercise.parts import AtLeastMinimum, scrolling
from stellenstof_desktop.ui.exercise.start import ChooseScreen, IntroScreen
from stellenstof_desktop.ui.exercise.stepper import PhaseStepper
from stellenstof_desktop.ui.hidden_input.widget import HiddenInput, dispose
from stellenstof_desktop.ui.kit.format import names
from stellenstof_desktop.ui.kit.messages import Messages, known_error_text
from stellenstof_desktop.ui.kit.widgets import named
from stellenstof_desktop.ui.session.page import SessionPage

if TYPE_CHECKING:
    from stellenstof_desktop.services.exercise import ExerciseService

T = TypeVar("T")
S = TypeVar("S", bound=QWidget)


class ExerciseView(SessionPage):
    """One session's exercises: choose, write hidden, reveal, talk, decide; and the history."""

    lazy = True  # built when its tab is shown, not on every session switch

    def __init__(
        self,
        exercises: ExerciseService,
        messages: Messages | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseView")
        self._exercises = exercises
        self.messages = messages or Messages()
        self.current: ExerciseInfo | None = None
        self._phase_widget: QWidget | None = None

        # top bar ---------------------------------------------------------------
        self.bar = ExerciseBar()
        self.selector = self.bar.selector
        self.selector.activated.connect(self._on_selected)
        self.new_button = self.bar.new_button
        self.new_button.clicked.connect(self._on_new)
        self.cancel_button = self.bar.cancel_button
        self.cancel_button.clicked.connect(self._on_cancel)
        self.history_button = self.bar.history_button
        self.history_button.toggled.connect(self._on_history_toggled)
        self.stepper = PhaseStepper()

        # pages -------------------------------------------------------------------
        self.stack = named(QStackedWidget(), "exerciseStack")
        self.stack.currentChanged.connect(self._on_page_changed)
        self.empty_page = IntroScreen()
        self.empty_page.new_requested.connect(self._on_new)
        self.choose_page = ChooseScreen(exercises)
        self.choose_page.next_requested.connect(self._on_next)
        self.choose_page.edited.connect(self.changed)
        self.topic = self.choose_page.topic
        self.topic_error = self.choose_page.topic_error
        self.hidden_page = HiddenScreen()
        self.hidden_page.submitted.connect(self._on_submitted)
        self.hidden_page.reveal_requested.connect(self._on_reveal)
        self.hidden_page.cancel_requested.connect(self._on_cancel)
        self.hidden_page.stage_changed.connect(self._on_stage_changed)
        # the phases after the reveal: one screen at a time, built from the stored state
        self.phase_page = QWidget()
        self.phase_layout = QVBoxLayout(self.phase_page)
        self.phase_layout.setContentsMargins(0, 0, 0, 0)
        self.history = ExerciseHistoryView()
        for page in (
            self.empty_page,
            self.choose_page,
            self.hidden_page,
            self.phase_page,
            scrolling(self.history),
        ):
            self.stack.addWidget(page)
        self._on_page_changed(self.stack.currentIndex())

        # navigation --------------------------------------------------------------
        self.nav = PhaseNav()
        self.back_button = self.nav.back_button
        self.back_button.clicked.connect(self._on_back)
        self.next_button = self.nav.next_button
        self.next_button.clicked.connect(self._on_next)
        self.nav_error = self.nav.error

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.bar)
        layout.addWidget(self.stepper)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.nav)
        # In a small window the tab scrolls instead of making the whole window bigger.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(AtLeastMinimum(body)))
        self.setEnabled(False)

    def title(self) -> str:
        return self.tr("Samen besluiten")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current is not None and self.stack.currentWidget() is self.choose_page:
            self.topic.setFocus()  # the tab was opened: typing goes into the decision

    # the editors of the phase on screen, for whoever drives the tab --------------
    @property
    def talk_notes(self) -> QPlainTextEdit:
        return self._screen(TalkScreen).talk_notes

    @property
    def decision(self) -> QPlainTextEdit:
        return self._screen(DecideScreen).decision

    @property
    def follow_up(self) -> QPlainTextEdit:
        return self._screen(DecideScreen).follow_up

    def _screen(self, kind: type[S]) -> S:
        if not isinstance(self._phase_widget, kind):
            raise LookupError(f"no {kind.__name__} on screen")
        return self._phase_widget

    @property
    def hidden(self) -> HiddenInput:
        """The hidden entry of the exercise (the same widget for every partner)."""
        return self.hidden_page.input

    # loading -----------------------------------------------------------------
    def load(self, session: SessionDetails | None) -> None:
        self.history_button.blockSignals(True)
        self.history_button.setChecked(False)
        self.history_button.blockSignals(False)
        if session is None:
            self.selector.clear()
            self._show(None)
            return
        solo = self.tr(
            "Fijn dat je er bent, {present}. Je schrijft je eigen voorkeur op, en wat {absent} "
            "volgens jou zou kiezen; dat kun je thuis rustig nagaan."
        ).format(
            present=names([p.name for p in session.attendees]),
            absent=names([p.name for p in session.partners if p.id not in session.attended_ids])
            or self.tr("de ander"),
        )
        alone = len(session.attendees) < 2
        for page in (self.empty_page, self.choose_page):
            page.set_solo_note(solo if alone else "")
        items = self._call(lambda: self._exercises.list_for_session(session.id)) or []
        active = [x for x in items if x.phase not in (ExercisePhase.DONE, ExercisePhase.CANCELLED)]
        pick = active[0] if active else (items[-1] if items else None)
        self.bar.fill(items, pick.id if pick else None)
        self._show(pick)

    def _refresh_selector(self) -> None:
        if self.session is None:
            return
        session_id = self.session.id
        items = self._call(lambda: self._exercises.list_for_session(session_id)) or []
        self.bar.fill(items, self.current.id if self.current else None)

    def _show(self, info: ExerciseInfo | None) -> None:
        """Put `info`'s phase on screen; everything shown comes from the stored state."""
        self.current = info
        self.nav_error.clear()
        self.topic_error.hide()
        if self.history_button.isChecked():
            self.history_button.setChecked(False)  # shows the exercise again via the slot
            return
        self.stepper.setVisible(info is not None and info.phase is not ExercisePhase.CANCELLED)
        self.cancel_button.setEnabled(
            info is not None and info.phase not in (ExercisePhase.DONE, ExercisePhase.CANCELLED)
        )
        if info is None:
            self.hidden.clear()
            self._set_phase_widget(None)
            self.stack.setCurrentWidget(self.empty_page)
            self.nav.hide()
            return
        self.stepper.set_phase(info.phase, solo=info.solo)
        if info.phase is ExercisePhase.CHOOSE:
            self.hidden.clear()
            self._set_phase_widget(None)
            self.choose_page.show_exercise(info)
            self.stack.setCurrentWidget(self.choose_page)
            self.topic.setFocus()
        elif info.phase is ExercisePhase.HIDDEN:
            self._set_phase_widget(None)
            self.hidden_page.prepare(info)
            self.stack.setCurrentWidget(self.hidden_page)
            self.hidden.start(info.topic, info.participants, set(info.entered))
        else:
            self.hidden.clear()
            self._set_phase_widget(self._build_phase(info))
            self.stack.setCurrentWidget(self.phase_page)
        self._update_nav(info)

    def _set_phase_widget(self, widget: QWidget | None) -> None:
        if self._phase_widget is not None:
            dispose(self._phase_widget)
        self._phase_widget = widget
        if widget is not None:
            self.phase_layout.addWidget(widget)
            widget.show()  # now, not on the next turn of the event loop

    def _update_nav(self, info: ExerciseInfo) -> None:
        self.nav.show_phase(info, self.hidden.stage)

    # the phases after the reveal ---------------------------------------------
    def _build_phase(self, info: ExerciseInfo) -> QWidget:
        if info.phase is ExercisePhase.TALK:
            talk = TalkScreen(info, self._exercises)
            talk.edited.connect(self.changed)
            return talk
        if info.phase is ExercisePhase.DECIDE:
            decide = DecideScreen(info, self._exercises)
            decide.edited.connect(self.changed)
            decide.voice_chosen.connect(self._on_voice)
            return decide
        if info.phase is ExercisePhase.REVEALED:
            return RevealedScreen(info)
        if info.phase is ExercisePhase.CANCELLED:
            return CancelledScreen(info)
        return DoneScreen(info)

    # actions -----------------------------------------------------------------
    def _call(self, action: Callable[[], T]) -> T | None:
        """Run a service call; a known problem becomes a message (next to its field if shown)."""
        try:
            return action()
        except ValidationError as error:
            page = self.stack.currentWidget()
            if error.field == "topic" and page is self.choose_page:
                self.topic_error.setText(known_error_text(error))
                self.topic_error.show()
            elif page is self.phase_page and self.nav.isVisibleTo(self):
                self.nav_error.setText(known_error_text(error))
            else:
                self.messages.known_error(self, error)
            return None
        except KnownError as error:
            self.messages.known_error(self, error)
            return None

    def _run(self, action: Callable[[], object]) -> bool:
        """Like `_call` for calls without a result: True when it worked."""
        return self._call(lambda: action() or True) is not None

    def _transition(self, action: Callable[[int], ExerciseInfo]) -> None:
        """A phase change: write pending text first, then save the change at once."""
        if self.current is None or not self.flush():
            return
        exercise_id = self.current.id
        self.topic_error.hide()
        info = self._call(lambda: action(exercise_id))
        if info is None:
            return
        self.saved.emit(datetime.now())
        self._show(info)
        self._refresh_selector()

    def _on_new(self) -> None:
        if self.session is None or not self.flush():
            return
        session_id = self.session.id
        info = self._call(lambda: self._exercises.create(session_id))
        if info is None:
            return
        self.saved.emit(datetime.now())
        self.current = info
        self._refresh_selector()
        self._show(info)

    def _on_selected(self, index: int) -> None:
        exercise_id = self.selector.itemData(index)
        if exercise_id is None or (self.current and self.current.id == exercise_id):
            return
        if not self.flush():
            return
        info = self._call(lambda: self._exercises.get(int(exercise_id)))
        self._show(info)

    def _on_next(self) -> None:
        self._transition(self._exercises.advance)

    def _on_back(self) -> None:
        self._transition(self._exercises.go_back)

    def _on_reveal(self) -> None:
        self._transition(self._exercises.reveal)

    def _on_cancel(self) -> None:
        info = self.current
        if info is None or info.phase in (ExercisePhase.DONE, ExercisePhase.CANCELLED):
            return
        if not self.messages.confirm(
            self,
            self.tr("Oefening annuleren"),
            self.bar.cancel_question(info),
            self.tr("Oefening annuleren"),
        ):
            return
        self.flush()
        exercise_id = info.id
        if not self._run(lambda: self._exercises.cancel(exercise_id)):
            return
        self.saved.emit(datetime.now())
        self.current = None
        if self.session is not None:
            self.load(self.session)

    def _on_submitted(self, partner_id: int, texts: dict[str, str]) -> None:
        """Store a hidden entry at once; on failure the partner starts again from the hand-over."""
        info = self.current
        if info is None:
            return
        exercise_id = info.id
        stored = self._call(
            lambda: self._exercises.submit_hidden(
                exercise_id,
                partner_id,
                texts.get("preference", ""),
                texts.get("reason", ""),
                texts.get("expected_other", ""),
            )
        )
        texts.clear()  # the caller's dict: nothing of it outlives this call
        if stored is None:
            fresh = self._call(lambda: self._exercises.get(exercise_id))
            if fresh is not None:
                self.current = fresh
                self.hidden.start(fresh.topic, fresh.participants, set(fresh.entered))
            return
        self.saved.emit(datetime.now())
        self.current = stored
        self.stepper.set_phase(stored.phase, solo=stored.solo)
        self._update_nav(stored)
        self._refresh_selector()

    def _on_page_changed(self, index: int) -> None:
        """Only the page on screen counts for the tab's minimum size, not the tallest one."""
        for i in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = self.stack.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)

    def _on_stage_changed(self, stage: str) -> None:
        del stage
        if self.current is not None and self.current.phase is ExercisePhase.HIDDEN:
            self._update_nav(self.current)

    def _on_history_toggled(self, on: bool) -> None:
        if not on:
            self._show(self.current)
            return
        if self.session is None or not self.flush():
            return
        session_id, couple_name = self.session.id, self.session.couple_name
        history = self._call(lambda: self._exercises.history_for_session(session_id))
        balance = self._call(lambda: self._exercises.balance_for_session(session_id))
        if history is None or balance is None:
            self.history_button.setChecked(False)
            return
        self.history.show_history(couple_name, history, balance)
        self.stepper.hide()
        self.nav.hide()
        self.stack.setCurrentIndex(self.stack.count() - 1)

    def _on_voice(self, partner_id: int, voice: Voice) -> None:
        """A voice is saved at once, not after a pause like typed text."""
        if self.current is None:
            return
        exercise_id = self.current.id
        self.nav_error.clear()
        if not self._run(lambda: self._exercises.set_voice(exercise_id, partner_id, voice)):
            return
        self.saved.emit(datetime.now())
