"""One generic view renders any step of the method from the content file."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.content import Method, Prompt, Route, Step
from stellenstof_desktop.domain import PartnerInfo, SessionAnswers, SessionDetails, SessionRoute
from stellenstof_desktop.services.answers import AnswerService
from stellenstof_desktop.ui.kit.format import names as names_of
from stellenstof_desktop.ui.kit.labels import PRIVATE_COLOR, card, plain_label
from stellenstof_desktop.ui.kit.scale_input import ScaleInput
from stellenstof_desktop.ui.kit.widgets import centered_column, clear_layout, named
from stellenstof_desktop.ui.session.decision_map import DecisionMap
from stellenstof_desktop.ui.session.page import SessionPage
from stellenstof_desktop.ui.session.private_first import PrivateFirstPrompt

T = TypeVar("T")


def build_shape(session: SessionDetails) -> object:
    """What a page's widgets depend on: another shape needs a rebuild, the same a refill."""
    return (session.partners, session.attended_ids, session.route)


def text_editor(name: str, placeholder: str = "", height: int = 70) -> QPlainTextEdit:
    editor = named(QPlainTextEdit(), name)
    editor.setPlaceholderText(placeholder)
    editor.setTabChangesFocus(True)
    editor.setMinimumHeight(height)
    editor.setMaximumHeight(max(height * 2, 140))
    return editor


class PromptWidgets:
    """The editors of the prompts on one page, and how to fill and save them.

    Shared by the step tabs and the overview's check-in, so every kind of prompt is built,
    loaded and autosaved the same way wherever it appears.
    """

    def __init__(self, page: SessionPage, answers: AnswerService) -> None:
        self._page = page
        self._answers = answers
        self.texts: dict[tuple[str, int | None], QPlainTextEdit] = {}
        self.scales: dict[tuple[str, int], ScaleInput] = {}
        self.maps: dict[str, DecisionMap] = {}
        self.hidden: dict[str, PrivateFirstPrompt] = {}

    def clear(self) -> None:
        self.texts.clear()
        self.scales.clear()
        self.maps.clear()
        self.hidden.clear()

    def build(self, prompt: Prompt, session: SessionDetails) -> QWidget:
        """A card with the question and the right editor(s) for its kind."""
        box = card("promptCard")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 12)
        question = plain_label(prompt.text, "font-weight: 600; font-size: 11pt;")
        layout.addWidget(question)
        if prompt.hint and prompt.kind in ("scale", "decision_map", "private_first"):
            layout.addWidget(plain_label(prompt.hint, "color: #5b5b5b;"))
        if prompt.kind == "scale":
            ends = QCoreApplication.translate("PromptWidgets", "0 = {low} · 10 = {high}")
            layout.addWidget(
                plain_label(ends.format(low=prompt.low, high=prompt.high), "color: #5b5b5b;")
            )
        present = set(session.attended_ids)
        # The solo route is for the one who came: no column for the partner who is not here.
        solo = session.route is SessionRoute.SOLO
        partners = session.attendees if solo else session.partners
        if prompt.kind == "shared":
            editor = text_editor(f"answer:{prompt.key}", prompt.hint)
            editor.setAccessibleName(prompt.text)
            question.setBuddy(editor)
            self._watch_text(editor, prompt.key, None)
            if solo:  # one person's own answer, under that person's name like the others
                layout.addLayout(self._column(partners[0], present, editor))
            else:
                layout.addWidget(editor)
        elif prompt.kind == "per_partner":
            layout.addLayout(self._per_partner(prompt, partners, present))
        elif prompt.kind == "scale":
            layout.addLayout(self._scales(prompt, partners, present))
        elif prompt.kind == "decision_map":
            layout.addWidget(self._decision_map(prompt, session.partners, present))
        elif prompt.kind == "private_first":
            hidden = PrivateFirstPrompt(prompt, session, self._answers, self._page)
            self.hidden[prompt.key] = hidden
            layout.addWidget(hidden)
        return box

    def _column(self, partner: PartnerInfo, present: set[int], widget: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        name = plain_label(partner.name, "font-weight: 600; color: #2f6f6a;")
        column.addWidget(name)
        if partner.id not in present:
            widget.setEnabled(False)
            column.addWidget(
                plain_label(
                    QCoreApplication.translate(
                        "PromptWidgets", "{name} is er deze sessie niet bij"
                    ).format(name=partner.name),
                    "color: #8a6d3b; font-style: italic;",
                )
            )
        column.addWidget(widget)
        return column

    def _per_partner(
        self, prompt: Prompt, partners: tuple[PartnerInfo, ...], present: set[int]
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        for partner in partners:
            editor = text_editor(f"answer:{prompt.key}:{partner.position}", prompt.hint)
            editor.setAccessibleName(f"{prompt.text} — {partner.name}")
            self._watch_text(editor, prompt.key, partner.id)
            row.addLayout(self._column(partner, present, editor), 1)
        return row

    def _scales(
        self, prompt: Prompt, partners: tuple[PartnerInfo, ...], present: set[int]
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        for partner in partners:
            scale = ScaleInput()
            scale.setObjectName(f"scale:{prompt.key}:{partner.position}")
            scale.setAccessibleName(f"{prompt.text} — {partner.name}")
            self.scales[(prompt.key, partner.id)] = scale
            scale.value_changed.connect(
                lambda value, k=prompt.key, pid=partner.id: self.edited(
                    ("scale", k, pid),
                    lambda: value,
                    lambda sid, v: self._answers.save_value(sid, k, pid, v),
                )
            )
            row.addLayout(self._column(partner, present, scale), 1)
        row.addStretch(0)
        return row

    def _decision_map(
        self, prompt: Prompt, partners: tuple[PartnerInfo, ...], present: set[int]
    ) -> DecisionMap:
        grid = DecisionMap(prompt.areas, partners, present)
        grid.setObjectName(f"map:{prompt.key}")
        self.maps[prompt.key] = grid
        grid.choices_changed.connect(
            lambda owner, k=prompt.key: self.edited(
                ("map", k, owner),
                lambda: grid.choices(owner),
                lambda sid, choices: self._answers.save_choices(sid, k, owner, choices),
            )
        )
        return grid

    def _watch_text(self, editor: QPlainTextEdit, key: str, partner_id: int | None) -> None:
        self.texts[(key, partner_id)] = editor
        editor.textChanged.connect(
            lambda: self.edited(
                ("text", key, partner_id),
                editor.toPlainText,
                lambda sid, text: self._answers.save_text(sid, key, partner_id, text),
            )
        )

    def edited(self, key: object, read: Callable[[], T], write: Callable[[int, T], object]) -> None:
        """Queue `write` for the session open *now*: a later switch cannot redirect it."""
        if self._page.session is not None:
            session_id = self._page.session.id
            self._page.changed(key, read, lambda value: write(session_id, value))

    def fill(self, data: SessionAnswers) -> None:
        """Show stored answers; setPlainText also resets undo per session."""
        for (key, partner_id), editor in self.texts.items():
            editor.setPlainText(data.get(key, partner_id).text)
        for (key, partner_id), scale in self.scales.items():
            scale.set_value(data.get(key, partner_id).value)
        for key, grid in self.maps.items():
            grid.set_choices(None, data.get(key, None).data)
            for partner in grid._partners:
                grid.set_choices(partner.id, data.get(key, partner.id).data)
        for box in self.hidden.values():
            box.fill(data)


class StepView(SessionPage):
    """A step tab: explanation, coach tip, the prompts, discussed toggle and observation.

    Tab `number` of the open session's route: the couple's step or the solo route's.
    """

    def __init__(
        self, method: Method, number: int, answers: AnswerService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._method = method
        self.number = number
        self.route: Route = method.couple
        self.setObjectName(f"step{number}")
        self._answers = answers
        self.prompts = PromptWidgets(self, answers)
        self._built_for: object = None
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # The hidden-input flow replaces the whole tab, so no answer is in sight meanwhile.
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.discussed: QCheckBox | None = None
        self.observation: QPlainTextEdit | None = None
        self.earlier: list[QLabel] = []
        self.setEnabled(False)

    lazy = True

    @property
    def step(self) -> Step:
        """The step this tab shows now, from the open session's route."""
        return self.route.step(self.number)

    @property
    def step_key(self) -> str:
        """The key of the step shown (session mode shows the steps chosen for today)."""
        return self.step.key

    def show_session(self, session: SessionDetails | None) -> None:
        # Before loading: the tab's title follows the route even while the tab is postponed.
        self.route = self._method.route(session.route) if session else self._method.couple
        super().show_session(session)

    def cheap(self, session: SessionDetails) -> bool:
        return build_shape(session) == self._built_for  # only a refill

    def title(self) -> str:
        return self.step.tab_label

    def full_title(self) -> str:
        return f"{self.step.number} · {self.step.title}"

    def present(self, widget: QWidget) -> None:
        """Show a hidden-input flow over the whole tab."""
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def dismiss(self) -> None:
        current = self.stack.currentWidget()
        self.stack.setCurrentWidget(self.scroll_area)
        if current is not self.scroll_area:
            self.stack.removeWidget(current)

    def load(self, session: SessionDetails | None) -> None:
        for box in self.prompts.hidden.values():
            box.close_flow()  # an unfinished hidden entry is dropped, never kept on screen
        if session is None:
            self._built_for = None
            self.prompts.clear()
            self.scroll_area.setWidget(QWidget())
            return
        shape = build_shape(session)
        if shape != self._built_for:
            self._build(session)
            self._built_for = shape
        data = self._answers.for_session(session.id)
        self.prompts.fill(data)
        state = data.step(self.step.key)
        assert self.discussed is not None and self.observation is not None
        self.discussed.setChecked(state.discussed)
        self.observation.setPlainText(state.observation)
        self._show_earlier(data)

    def _build(self, session: SessionDetails) -> None:
        self.prompts.clear()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(12)
        column.addWidget(plain_label(self.step.title, "font-size: 17pt; font-weight: 600;"))
        column.addWidget(plain_label(self.step.explanation, "font-size: 11pt;"))
        tip = plain_label(
            self.tr("Tip voor de coach: {tip}").format(tip=self.step.coach_tip),
            "color: #5b5b5b; font-style: italic;",
        )
        tip.setObjectName("coachTip")
        column.addWidget(tip)
        for prompt in self.step.prompts:
            column.addWidget(self.prompts.build(prompt, session))

        self.earlier_box = QVBoxLayout()
        column.addLayout(self.earlier_box)

        private = card("observationCard", PRIVATE_COLOR)
        inner = QVBoxLayout(private)
        self.discussed = named(QCheckBox(self.tr("Deze stap is besproken")), "discussed")
        inner.addWidget(self.discussed)
        label = plain_label(self.tr("Observatie — alleen voor de coach"), "font-weight: 600;")
        inner.addWidget(label)
        self.observation = text_editor(
            "observation", self.tr("Wat u opviel bij deze stap. Komt nooit in een verslag."), 80
        )
        self.observation.setAccessibleName(self.tr("Observatie, alleen voor de coach"))
        label.setBuddy(self.observation)
        inner.addWidget(self.observation)
        column.addWidget(private)
        column.addStretch(1)

        step_key, observation = self.step.key, self.observation
        self.discussed.toggled.connect(
            lambda on: self.prompts.edited(
                "discussed",
                lambda: on,
                lambda sid, value: self._answers.set_discussed(sid, step_key, value),
            )
        )
        observation.textChanged.connect(
            lambda: self.prompts.edited(
                "observation",
                observation.toPlainText,
                lambda sid, text: self._answers.save_observation(sid, step_key, text),
            )
        )
        holder = centered_column(content)
        self.scroll_area.setWidget(holder)

    def _show_earlier(self, data: SessionAnswers) -> None:
        """Answers to questions that left the content file: kept, shown, marked."""
        clear_layout(self.earlier_box)
        known = {p.key for p in self.step.prompts}
        prefix = f"{self.step.key}."
        names = {p.id: p.name for p in (self.session.partners if self.session else ())}
        # A shared answer of the solo route is the one attendee's own.
        together = self.tr("samen")
        if self.session is not None and self.session.route is SessionRoute.SOLO:
            together = names_of([p.name for p in self.session.attendees])
        for (key, partner_id), value in sorted(
            data.orphans(known).items(), key=lambda item: (item[0][0], item[0][1] or 0)
        ):
            if not key.startswith(prefix) or value.hidden:
                continue
            who = names.get(partner_id, together) if partner_id else together
            shown = value.text or (str(value.value) if value.value is not None else "")
            label = plain_label(
                self.tr("Antwoord op een vervallen vraag ({key}), {who}: {answer}").format(
                    key=key, who=who, answer=shown
                ),
                "color: #5b5b5b; background: #f4f4f4; padding: 6px; border-radius: 4px;",
            )
            label.setObjectName("earlierAnswer")
            self.earlier_box.addWidget(label)
