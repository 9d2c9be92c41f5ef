"""The first part of the hour: the route, its check-in, and the steps chosen for today."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.content import Method, Route
from stellenstof_desktop.domain import SessionAnswers, SessionDetails
from stellenstof_desktop.services.answers import AnswerService
from stellenstof_desktop.services.sessions import SessionService
from stellenstof_desktop.ui.kit.format import long_date, names
from stellenstof_desktop.ui.kit.labels import SECTION, plain_label
from stellenstof_desktop.ui.kit.widgets import centered_column, scrolling_page
from stellenstof_desktop.ui.session.page import SessionPage
from stellenstof_desktop.ui.session.step import PromptWidgets, build_shape


class OverviewView(SessionPage):
    """Check-in: rebuilt per couple and route, refreshed when shown."""

    today_changed = Signal(tuple)  # the step keys chosen for today, in route order

    def __init__(
        self,
        method: Method,
        answers: AnswerService,
        sessions: SessionService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self._method = method
        self._route: Route = method.couple  # the open session's route
        self._answers = answers
        self._sessions = sessions
        self.prompts = PromptWidgets(self, answers)
        self.scroll_area = scrolling_page(self)
        self.step_marks: list[QLabel] = []
        self.today: dict[str, QCheckBox] = {}
        self._built_for: object = None
        self.setEnabled(False)

    lazy = True

    def cheap(self, session: SessionDetails) -> bool:
        return build_shape(session) == self._built_for

    def title(self) -> str:
        return self.tr("Check-in")

    def load(self, session: SessionDetails | None) -> None:
        if session is None:
            self.prompts.clear()
            self.step_marks = []
            self.today = {}
            self._built_for = None
            self.scroll_area.setWidget(QWidget())
            return
        shape = build_shape(session)
        if shape != self._built_for:  # another couple or route: build; the same: refill
            self._route = self._method.route(session.route)
            self._build(session)
            self._built_for = shape
        self.date_label.setText(long_date(session.date))
        present = names([p.name for p in session.attendees])
        # A solo session speaks of the one partner present only: it is a session for them.
        self.attendance_label.setText(self.tr("Aanwezig: {names}").format(names=present))
        data = self._answers.for_session(session.id)
        self.prompts.fill(data)
        self._show_steps(data)
        chosen = set(self.today_steps())
        for key, box in self.today.items():
            box.blockSignals(True)
            box.setChecked(key in chosen)
            box.blockSignals(False)

    def today_steps(self) -> tuple[str, ...]:
        """The steps of the open session's route the coach chose for today."""
        if self.session is None:
            return ()
        session_id = self.session.id
        return self._sessions.today_steps(session_id, self._method)

    def _build(self, session: SessionDetails) -> None:
        self.prompts.clear()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(10)
        self.date_label = plain_label("", "font-size: 17pt; font-weight: 600;")
        self.attendance_label = plain_label("")
        column.addWidget(self.date_label)
        column.addWidget(self.attendance_label)
        route = self._route
        title = plain_label(route.title, "font-weight: 600; color: #2f6f6a;")
        title.setObjectName("routeTitle")
        column.addWidget(title)
        column.addWidget(plain_label(route.intro, "color: #4a4a4a;"))

        column.addWidget(plain_label(route.checkin.title, SECTION))
        column.addWidget(plain_label(route.checkin.intro, "color: #4a4a4a;"))
        for prompt in route.checkin.prompts:
            column.addWidget(self.prompts.build(prompt, session))

        column.addWidget(plain_label(self.tr("Vandaag aan bod"), SECTION))
        column.addWidget(
            plain_label(
                self.tr("Kies de stappen voor vandaag; ✓ staat bij een stap die al besproken is."),
                "color: #4a4a4a;",
            )
        )
        steps_grid = QGridLayout()
        steps_grid.setColumnStretch(1, 1)
        self.step_marks = []
        self.today = {}
        for row, step in enumerate(route.steps):
            mark = plain_label("–", "color: #2f6f6a; font-weight: 700;")
            box = QCheckBox(f"{step.number} · {step.title}")
            box.setObjectName(f"today:{step.key}")
            box.toggled.connect(self._on_today_toggled)
            steps_grid.addWidget(mark, row, 0)
            steps_grid.addWidget(box, row, 1)
            self.step_marks.append(mark)
            self.today[step.key] = box
        column.addLayout(steps_grid)
        column.addStretch(1)
        self.scroll_area.setWidget(centered_column(content))

    def _on_today_toggled(self) -> None:
        if self.session is None:
            return
        keys = tuple(key for key, box in self.today.items() if box.isChecked())
        session_id = self.session.id
        # Saved at once (not debounced): the tabs of the hour follow the choice right away.
        self._sessions.set_today_steps(session_id, keys)
        self.saved.emit(datetime.now())
        self.today_changed.emit(keys)

    def _show_steps(self, data: SessionAnswers | None = None) -> None:
        """A ✓ per step discussed in this session (steps are ticked off in their own tabs)."""
        if not self.step_marks or self.session is None:
            return
        states = data or self._answers.for_session(self.session.id)
        for step, mark in zip(self._route.steps, self.step_marks, strict=True):
            done = states.step(step.key).discussed
            mark.setText("✓" if done else "–")
            mark.setAccessibleName(self.tr("besproken") if done else self.tr("nog niet besproken"))

    def showEvent(self, event: QShowEvent) -> None:
        was_stale = self._stale
        super().showEvent(event)  # builds the page if it was postponed
        if not was_stale:
            self._show_steps()  # ticked off in a step tab since this tab was last seen
