"""The controls around the exercise's screens: the bar above and the buttons below."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from stellenstof_desktop.domain import ExerciseInfo, ExercisePhase
from stellenstof_desktop.ui.exercise.parts import ERROR, font, phase_label, text_label
from stellenstof_desktop.ui.kit.widgets import named


class ExerciseBar(QWidget):
    """Which exercise of the session is shown, a new one, cancelling it, and the history."""

    def __init__(self) -> None:
        super().__init__()
        self.selector = named(QComboBox(), "exerciseSelector")
        self.selector.setAccessibleName(self.tr("Oefening in deze sessie"))
        self.selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.selector.setMinimumContentsLength(24)
        self.selector.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.selector.setMaximumWidth(520)
        selector_label = QLabel(self.tr("&Oefening:"))
        selector_label.setBuddy(self.selector)
        self.new_button = named(QPushButton(self.tr("Nieuwe oefening")), "newExercise")
        self.cancel_button = named(QPushButton(self.tr("Annuleren…")), "cancelExercise")
        self.cancel_button.setToolTip(self.tr("Deze oefening stoppen"))
        self.history_button = named(QPushButton(self.tr("Geschiedenis en balans")), "showHistory")
        self.history_button.setCheckable(True)
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(selector_label)
        top.addWidget(self.selector, 3)
        top.addWidget(self.new_button)
        top.addWidget(self.cancel_button)
        top.addStretch(1)
        top.addWidget(self.history_button)

    def fill(self, items: list[ExerciseInfo], select: int | None) -> None:
        """List `items` and select the one with id `select`, without telling anyone."""
        self.selector.blockSignals(True)
        self.selector.clear()
        for x in items:
            topic = x.topic.strip() or self.tr("(nog geen onderwerp)")
            label = phase_label(x.phase, solo=x.solo)
            self.selector.addItem(f"{x.position}. {topic}  —  {label}", x.id)
        index = self.selector.findData(select) if select is not None else -1
        self.selector.setCurrentIndex(index)
        self.selector.blockSignals(False)
        self.selector.setEnabled(bool(items))

    def cancel_question(self, info: ExerciseInfo) -> str:
        """What the cancel button asks first: what becomes of what was written."""
        topic = info.topic.strip() or self.tr("(nog geen onderwerp)")
        if info.phase is ExercisePhase.CHOOSE:
            text = self.tr("De oefening “{topic}” weggooien? Er is nog niets ingevuld.")
        elif not info.revealed:
            text = self.tr(
                "De oefening “{topic}” stoppen? Wat er al verborgen is opgeschreven, wordt "
                "gewist zonder dat iemand het ziet."
            )
        else:
            text = self.tr(
                "De oefening “{topic}” stoppen? Wat er al is getoond en besproken blijft in de "
                "geschiedenis, maar telt niet mee in de balans."
            )
        return text.format(topic=topic)


class PhaseNav(QWidget):
    """Back and on between the phases, with what stops the next step in between."""

    def __init__(self) -> None:
        super().__init__()
        self.back_button = named(QPushButton(self.tr("← Terug")), "phaseBack")
        self.next_button = named(QPushButton(), "phaseNext")
        self.next_button.setFont(font(11, bold=True))
        self.next_button.setMinimumHeight(34)
        self.error = text_label(name="phaseError", style=ERROR)
        nav = QHBoxLayout(self)
        nav.setContentsMargins(0, 6, 0, 0)
        nav.addWidget(self.back_button)
        nav.addSpacing(12)
        nav.addWidget(self.error, 1)
        nav.addWidget(self.next_button)

    def show_phase(self, info: ExerciseInfo, hidden_stage: str) -> None:
        """The buttons `info`'s phase has; `hidden_stage` is where the hidden entry is."""
        texts = {
            ExercisePhase.REVEALED: self.tr("Verder: erover praten →"),
            ExercisePhase.TALK: self.tr("Verder: je voorstel →")
            if info.solo
            else self.tr("Verder: samen besluiten →"),
            ExercisePhase.DECIDE: self.tr("Afronden ✓"),
        }
        back = {
            ExercisePhase.HIDDEN: self.tr("← Beslissing aanpassen"),
            ExercisePhase.TALK: self.tr("← Terug naar de voorkeuren"),
            ExercisePhase.DECIDE: self.tr("← Terug naar het gesprek"),
            ExercisePhase.DONE: self.tr("← Terug naar het besluit"),
        }
        has_next = info.phase in texts
        # Before the first entry the topic can still be changed, but only from the
        # hand-over screen: a partner who is typing gets no buttons that lead elsewhere.
        # Alone there is no hand-over, and nobody else's text to reach: the entry has it.
        has_back = info.can_go_back and (
            info.phase is not ExercisePhase.HIDDEN
            or hidden_stage == "handover"
            or (info.solo and hidden_stage == "entry")
        )
        self.next_button.setVisible(has_next)
        self.next_button.setText(texts.get(info.phase, ""))
        self.back_button.setVisible(has_back)
        self.back_button.setText(back.get(info.phase, self.tr("← Terug")))
        self.setVisible(has_next or has_back)
