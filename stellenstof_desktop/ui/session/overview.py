"""The first tab: the route, its check-in, the steps discussed, how the last agreements went."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.content import Method, Route
from stellenstof_desktop.domain import AgreementReview, SessionAnswers, SessionDetails
from stellenstof_desktop.services.agreements import AgreementService
from stellenstof_desktop.services.answers import AnswerService
from stellenstof_desktop.ui.kit.format import long_date, names
from stellenstof_desktop.ui.kit.labels import card, plain_label
from stellenstof_desktop.ui.kit.widgets import centered_column, clear_layout
from stellenstof_desktop.ui.session.page import SessionPage
from stellenstof_desktop.ui.session.step import PromptWidgets, build_shape

SECTION = "font-size: 13pt; font-weight: 600;"


class OverviewView(SessionPage):
    """What a session starts with; rebuilt per session, refreshed when shown."""

    def __init__(
        self,
        method: Method,
        answers: AnswerService,
        agreements: AgreementService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self._method = method
        self._route: Route = method.couple  # the open session's route
        self._answers = answers
        self._agreements = agreements
        self.prompts = PromptWidgets(self, answers)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.step_marks: list[QLabel] = []
        self.reviews: dict[int, tuple[QComboBox, QLineEdit]] = {}
        self._built_for: object = None
        self.review_box = QVBoxLayout()
        self.setEnabled(False)

    lazy = True

    def cheap(self, session: SessionDetails) -> bool:
        return build_shape(session) == self._built_for

    def title(self) -> str:
        return self.tr("Overzicht")

    def load(self, session: SessionDetails | None) -> None:
        self.reviews.clear()
        if session is None:
            self.prompts.clear()
            self.step_marks = []
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
        line = self.tr("Aanwezig: {names}").format(names=present)
        if session.solo:
            absent = names([p.name for p in session.partners if p.id not in session.attended_ids])
            line += " · " + self.tr("{names} was er deze keer niet bij").format(names=absent)
        self.attendance_label.setText(line)
        clear_layout(self.review_box)
        self.review_box.addWidget(self._review_section(session))
        data = self._answers.for_session(session.id)
        self.prompts.fill(data)
        self._show_steps(data)

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

        column.addWidget(plain_label(self.tr("Besproken stappen"), SECTION))
        steps_grid = QGridLayout()
        steps_grid.setColumnStretch(1, 1)
        self.step_marks = []
        for row, step in enumerate(route.steps):
            mark = plain_label("–", "color: #2f6f6a; font-weight: 700;")
            steps_grid.addWidget(mark, row, 0)
            steps_grid.addWidget(plain_label(f"{step.number} · {step.title}"), row, 1)
            self.step_marks.append(mark)
        column.addLayout(steps_grid)

        self.review_box = QVBoxLayout()
        column.addLayout(self.review_box)
        column.addStretch(1)
        self.scroll_area.setWidget(centered_column(content))

    def _review_section(self, session: SessionDetails) -> QWidget:
        box = card("promptCard")
        layout = QVBoxLayout(box)
        previous = self._agreements.previous_session(session.id)
        items = self._agreements.for_session(previous[0]) if previous else []
        if previous is None:
            layout.addWidget(plain_label(self.tr("Hoe ging het?"), SECTION))
            layout.addWidget(plain_label(self.tr("Dit is de eerste sessie van dit stel.")))
            return box
        layout.addWidget(
            plain_label(
                self.tr("Hoe ging het? Afspraken van {date}").format(date=long_date(previous[1])),
                SECTION,
            )
        )
        if not items:
            layout.addWidget(plain_label(self.tr("Vorige keer zijn er geen afspraken gemaakt.")))
            return box
        who = {p.id: p.name for p in session.partners}
        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        labels = {
            None: "—",
            AgreementReview.DONE: self.tr("Gelukt"),
            AgreementReview.PARTLY: self.tr("Deels"),
            AgreementReview.NOT_DONE: self.tr("Niet gelukt"),
        }
        for row, item in enumerate(items):
            owner = who.get(item.partner_id, "") if item.partner_id else self.tr("allebei")
            grid.addWidget(plain_label(f"{item.text} ({owner})"), row, 0)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Hoe ging het: {text}").format(text=item.text))
            for review, label in labels.items():
                combo.addItem(label, review)
            combo.setCurrentIndex(max(combo.findData(item.review), 0))
            note = QLineEdit(item.review_note)
            note.setPlaceholderText(self.tr("toelichting"))
            note.setAccessibleName(self.tr("Toelichting bij: {text}").format(text=item.text))
            note.setMaxLength(2000)
            grid.addWidget(combo, row, 1)
            grid.addWidget(note, row, 2)
            for signal in (combo.currentIndexChanged, note.textEdited):
                signal.connect(lambda *_a, a=item.id, c=combo, n=note: self._on_review(a, c, n))
            self.reviews[item.id] = (combo, note)
        layout.addLayout(grid)
        return box

    def _on_review(self, agreement_id: int, combo: QComboBox, note: QLineEdit) -> None:
        review, text = combo.currentData(), note.text()
        self.changed(
            ("review", agreement_id),
            lambda: (review, text),
            lambda value: self._agreements.set_review(agreement_id, *value),
        )

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
