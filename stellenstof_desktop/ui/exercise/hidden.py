"""Step 2: the laptop goes round and each partner writes a preference apart."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from stellenstof_desktop.domain import ExerciseInfo
from stellenstof_desktop.services.exercise import TEXT_MAX
from stellenstof_desktop.ui.exercise.parts import absent_name
from stellenstof_desktop.ui.hidden_input.widget import HiddenInput, dispose


class HiddenScreen(QWidget):
    """The shared HiddenInput with the exercise's questions; rebuilt when they change."""

    # The input's signals are passed on, so whoever listens here keeps listening across a
    # rebuild (a solo session asks one question more).
    submitted = Signal(int, dict)  # partner id, {field key: text}
    reveal_requested = Signal()
    cancel_requested = Signal()
    stage_changed = Signal(str)  # "handover", "entry" or "ready"

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._fields: list[tuple[str, str]] = []
        self.input = self._make_input([])

    def prepare(self, info: ExerciseInfo) -> None:
        """Ask `info`'s questions: a fresh input when they differ from the current ones."""
        fields = self._fields_for(info)
        if fields != self._fields:
            self.input.clear()
            dispose(self.input)
            self.input = self._make_input(fields)

    def _make_input(self, fields: list[tuple[str, str]]) -> HiddenInput:
        widget = HiddenInput(
            fields or [("preference", self.tr("Mijn voorkeur"))], max_chars=TEXT_MAX
        )
        widget.submitted.connect(self.submitted)
        widget.reveal_requested.connect(self.reveal_requested)
        widget.cancel_requested.connect(self.cancel_requested)
        widget.stage_changed.connect(self.stage_changed)
        self._layout.addWidget(widget)
        widget.show()
        self._fields = fields
        return widget

    def _fields_for(self, info: ExerciseInfo) -> list[tuple[str, str]]:
        fields = [
            ("preference", self.tr("Mijn voorkeur")),
            ("reason", self.tr("Waarom? (mag je leeg laten)")),
        ]
        if info.solo:
            fields.append(
                (
                    "expected_other",
                    self.tr("Wat denk je dat {name} zou kiezen? (om thuis na te gaan)").format(
                        name=absent_name(info)
                    ),
                )
            )
        return fields
