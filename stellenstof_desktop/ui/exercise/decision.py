"""Step 5 and after: deciding together, the summary when done, and a cancelled exercise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import FLOW, ExerciseInfo, Voice
from stellenstof_desktop.ui.exercise.cards import TopicScreen, preference_cards
from stellenstof_desktop.ui.exercise.parts import (
    MUTED,
    absent_name,
    phase_label,
    text_editor,
    text_label,
    voice_label,
)
from stellenstof_desktop.ui.kit.format import clock
from stellenstof_desktop.ui.kit.widgets import named

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QPlainTextEdit

    from stellenstof_desktop.services.exercise import ExerciseService


class DecideScreen(TopicScreen):
    """Step 5: the decision in their own words, and how much of each voice is in it."""

    edited = Signal(object, object, object)  # autosave key, read() of the editor, write(value)
    voice_chosen = Signal(int, object)  # partner id, the Voice now checked

    def __init__(self, info: ExerciseInfo, exercises: ExerciseService) -> None:
        super().__init__(info, scroll=False)
        self._exercises = exercises
        self.body.addLayout(preference_cards(info, large=False))
        self.body.addWidget(self._decide(info), 1)

    def _decide(self, info: ExerciseInfo) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(18)
        left = QVBoxLayout()
        if info.solo:
            question = self.tr("Wat neem je mee naar huis om met {name} te bespreken?")
        else:
            question = self.tr("Wat besluiten jullie samen?")
        decision_label = text_label(question.format(name=absent_name(info)), size=12, bold=True)
        self.decision = text_editor(
            "decisionEdit",
            self.tr("Je voorstel, in je eigen woorden")
            if info.solo
            else self.tr("Het besluit, in jullie eigen woorden"),
            self.tr("Voorstel voor thuis") if info.solo else self.tr("Het gezamenlijke besluit"),
        )
        decision_label.setBuddy(self.decision)
        self.decision.setPlainText(info.decision)
        exercise_id = info.id
        self.decision.textChanged.connect(
            lambda: self._on_text_changed(
                "decision", self.decision, self._exercises.set_decision, exercise_id
            )
        )
        follow_label = text_label(self.tr("Wie regelt wat? (mag leeg blijven)"), bold=True)
        self.follow_up = text_editor(
            "followUpEdit",
            self.tr("Bijvoorbeeld: wie zoekt iets op, wie regelt de oppas, wanneer."),
            self.tr("Wie regelt wat"),
        )
        follow_label.setBuddy(self.follow_up)
        self.follow_up.setPlainText(info.follow_up)
        self.follow_up.textChanged.connect(
            lambda: self._on_text_changed(
                "follow_up", self.follow_up, self._exercises.set_follow_up, exercise_id
            )
        )
        left.addWidget(decision_label)
        left.addWidget(self.decision, 3)
        left.addWidget(follow_label)
        left.addWidget(self.follow_up, 2)
        layout.addLayout(left, 3)
        layout.addLayout(self._voices(info, box), 2)
        return box

    def _voices(self, info: ExerciseInfo, box: QWidget) -> QVBoxLayout:
        """Per partner: fully, partly or not in the decision."""
        right = QVBoxLayout()
        heading = (
            self.tr("Hoeveel van jouw stem zit erin?")
            if info.solo
            else self.tr("Hoeveel van ieders stem zit in het besluit?")
        )
        right.addWidget(text_label(heading, size=12, bold=True))
        self.voice_groups: dict[int, QButtonGroup] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        for row, entry in enumerate(info.entries):
            grid.addWidget(text_label(entry.partner.name, bold=True), row, 0)
            group = QButtonGroup(box)
            group.setExclusive(True)
            for column, voice in enumerate(Voice, start=1):
                radio = named(
                    QRadioButton(voice_label(voice)), f"voice_{entry.partner.id}_{voice.value}"
                )
                radio.setAccessibleName(
                    self.tr("Stem van {name}: {voice}").format(
                        name=entry.partner.name, voice=voice_label(voice)
                    )
                )
                radio.setChecked(entry.voice is voice)
                group.addButton(radio)
                grid.addWidget(radio, row, column)
                radio.toggled.connect(
                    lambda on, pid=entry.partner.id, v=voice: self._on_voice(pid, v, on)
                )
            self.voice_groups[entry.partner.id] = group
        right.addLayout(grid)
        scale = (
            self.tr(
                "Helemaal: wat je wilde, zit er duidelijk in. Deels: een stukje ervan. "
                "Niet: het voorstel gaat aan je wens voorbij."
            )
            if info.solo
            else self.tr(
                "Helemaal: wat deze partner wilde, zit er duidelijk in. Deels: een "
                "stukje ervan. Niet: het besluit gaat aan deze wens voorbij."
            )
        )
        right.addWidget(text_label(scale, style=MUTED))
        right.addStretch(1)
        return right

    def _on_text_changed(
        self,
        key: str,
        editor: QPlainTextEdit,
        save: Callable[[int, str], None],
        exercise_id: int,
    ) -> None:
        self.edited.emit(
            (key, exercise_id), editor.toPlainText, lambda text: save(exercise_id, text)
        )

    def _on_voice(self, partner_id: int, voice: Voice, on: bool) -> None:
        if on:  # the radio that was switched off tells nothing new
            self.voice_chosen.emit(partner_id, voice)


class DoneScreen(TopicScreen):
    """The finished exercise: what was decided, each voice, and when each step happened."""

    def __init__(self, info: ExerciseInfo) -> None:
        super().__init__(info, scroll=True)
        self.body.addWidget(self._summary(info))
        self.body.addStretch(1)

    def _summary(self, info: ExerciseInfo) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(preference_cards(info, large=False))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        decided = self.tr("Voorstel voor thuis") if info.solo else self.tr("Besluit")
        rows = [(decided, info.decision, "summaryDecision")]
        for entry in info.entries:
            rows.append(
                (
                    self.tr("Stem van {name}").format(name=entry.partner.name),
                    voice_label(entry.voice),
                    f"summaryVoice_{entry.partner.id}",
                )
            )
        for entry in info.entries:
            if entry.appeal:
                rows.append(
                    (
                        self.tr("Wat {name} aansprak").format(name=entry.partner.name),
                        entry.appeal,
                        f"summaryAppeal_{entry.partner.id}",
                    )
                )
        if info.talk_notes:
            rows.append((self.tr("Gesprek"), info.talk_notes, "summaryTalk"))
        if info.follow_up:
            rows.append((self.tr("Wie regelt wat"), info.follow_up, "summaryFollowUp"))
        for row, (label, value, name) in enumerate(rows):
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(text_label(label, size=12, bold=True, style=MUTED), row, 0, top)
            grid.addWidget(text_label(value, size=12, name=name), row, 1, top)
        layout.addLayout(grid)
        layout.addWidget(text_label(self._times(info), name="phaseTimes", style=MUTED))
        return box

    def _times(self, info: ExerciseInfo) -> str:
        parts = []
        for phase in FLOW:
            when = info.phase_times.get(phase)
            if when is not None:
                parts.append(f"{phase_label(phase, solo=info.solo)} {clock(when.time())}")
        return self.tr("Tijden: {times}").format(times="  ·  ".join(parts))


class CancelledScreen(QWidget):
    """A stopped exercise: the topic, and what became of what was written."""

    def __init__(self, info: ExerciseInfo) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(text_label(self.tr("Deze oefening is geannuleerd"), size=18, bold=True))
        if info.topic:
            layout.addWidget(text_label(f"“{info.topic}”", size=14))
        note = (
            self.tr("Wat er was getoond en besproken, staat nog in de geschiedenis.")
            if info.revealed
            else self.tr("Wat er verborgen was opgeschreven, is gewist zonder dat iemand het zag.")
        )
        layout.addWidget(text_label(note, style=MUTED))
        layout.addStretch(1)
