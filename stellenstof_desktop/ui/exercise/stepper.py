"""The exercise's steps in a row above its screens, the current one highlighted."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from stellenstof_desktop.domain import FLOW, ExercisePhase
from stellenstof_desktop.ui.exercise.parts import ACCENT, phase_label
from stellenstof_desktop.ui.kit.widgets import named


class PhaseStepper(QWidget):
    """The five steps of the exercise in a row, the current one highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseStepper")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._labels: dict[ExercisePhase, QLabel] = {}
        for index, phase in enumerate(FLOW):
            if index:
                arrow = QLabel("›")
                arrow.setStyleSheet("color: #9a9a9a;")
                layout.addWidget(arrow)
            label = named(QLabel(), f"step_{phase.value}")
            self._labels[phase] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self._name_steps(solo=False)

    def _name_steps(self, *, solo: bool) -> None:
        for index, (phase, label) in enumerate(self._labels.items()):
            mark = str(index + 1) if index < 5 else "✓"
            label.setText(f"{mark}  {phase_label(phase, solo=solo)}")

    def set_phase(self, phase: ExercisePhase, *, solo: bool = False) -> None:
        """Highlight `phase`; `solo`: one partner writes, so the steps say so."""
        self._name_steps(solo=solo)
        current = FLOW.index(phase) if phase in FLOW else -1
        for index, (step, label) in enumerate(self._labels.items()):
            if index == current:
                style = f"background: {ACCENT}; color: white; font-weight: 600;"
            elif index < current or phase is ExercisePhase.DONE:
                style = "background: #e3efe8; color: #2f5a44;"
            else:
                style = "background: #f0eeeb; color: #7a7a7a;"
            label.setStyleSheet(style + " border-radius: 10px; padding: 3px 10px;")
            label.setAccessibleName(
                phase_label(step, solo=solo) + (" " + self.tr("(nu)") if index == current else "")
            )
