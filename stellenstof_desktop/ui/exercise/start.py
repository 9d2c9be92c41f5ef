"""The screens before the hidden entries: what the exercise is, and choosing the decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from stellenstof_desktop.domain import ExerciseInfo
from stellenstof_desktop.services.exercise import TOPIC_MAX
from stellenstof_desktop.ui.exercise.parts import ERROR, MUTED, font, text_label
from stellenstof_desktop.ui.kit.widgets import named

if TYPE_CHECKING:
    from stellenstof_desktop.services.exercise import ExerciseService


class IntroScreen(QWidget):
    """No exercise yet: what the exercise is, and a button to begin one."""

    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(text_label(self.tr("Samen besluiten"), size=20, bold=True))
        self.lead = text_label(size=12, name="emptyLead")
        layout.addWidget(self.lead)
        self.steps = [text_label(size=12, style="padding-left: 8px;") for _ in range(5)]
        for step in self.steps:
            layout.addWidget(step)
        layout.addSpacing(12)
        self.solo_note = text_label(name="emptySolo", style=MUTED)
        layout.addWidget(self.solo_note)
        start = named(QPushButton(self.tr("Nieuwe oefening beginnen")), "emptyNewExercise")
        start.setFont(font(12, bold=True))
        start.setMinimumHeight(40)
        start.clicked.connect(self.new_requested)
        row = QHBoxLayout()
        row.addWidget(start)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.set_solo_note("")

    def set_solo_note(self, text: str) -> None:
        """What a solo session changes in the exercise; empty: a session with both partners."""
        self.solo_note.setText(text)
        self.solo_note.setVisible(bool(text))
        self.lead.setText(self._lead(alone=bool(text)))
        for label, step in zip(self.steps, self._steps(alone=bool(text)), strict=True):
            label.setText(step)

    def _lead(self, *, alone: bool) -> str:
        if alone:
            return self.tr(
                "Een korte oefening die je elke week kunt herhalen: een kleine beslissing die "
                "eraan komt, zo voorbereid dat jouw stem erin terugkomt."
            )
        return self.tr(
            "Een korte oefening die jullie elke week kunnen herhalen: een kleine "
            "beslissing die eraan komt, samen genomen, zo dat ieders stem erin terugkomt."
        )

    def _steps(self, *, alone: bool) -> list[str]:
        # One partner alone writes what the other might choose, and checks it at home.
        first = self.tr("1.  Kies een kleine beslissing, bijvoorbeeld een uitje in het weekend.")
        talk = self.tr("4.  Praat erover zonder meteen een compromis te zoeken.")
        if alone:
            return [
                first,
                self.tr(
                    "2.  Schrijf je voorkeur op, en wat je partner volgens jou zou kiezen. "
                    "Niemand kijkt mee, ook de coach niet."
                ),
                self.tr("3.  Laat zien wat je opschreef."),
                talk,
                self.tr(
                    "5.  Bedenk een voorstel voor thuis, en kijk hoeveel van jouw stem erin zit."
                ),
            ]
        return [
            first,
            self.tr(
                "2.  Ieder schrijft apart een voorkeur op. Niemand kijkt mee, ook de coach niet."
            ),
            self.tr("3.  Laat beide voorkeuren tegelijk zien."),
            talk,
            self.tr("5.  Besluit samen, en kijk hoeveel van ieders stem erin zit."),
        ]


class ChooseScreen(QWidget):
    """Step 1: the small decision the exercise is about."""

    next_requested = Signal()
    edited = Signal(object, object, object)  # autosave key, read() of the field, write(value)

    def __init__(self, exercises: ExerciseService) -> None:
        super().__init__()
        self._exercises = exercises
        self._exercise_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(
            text_label(self.tr("Over welke kleine beslissing gaat het?"), size=18, bold=True)
        )
        self.hint = text_label(name="chooseHint", style=MUTED)
        layout.addWidget(self.hint)
        self.topic = named(QLineEdit(), "topicEdit")
        self.topic.setMaxLength(TOPIC_MAX)
        self.topic.setFont(font(15))
        self.topic.setMinimumHeight(40)
        self.topic.setPlaceholderText(
            self.tr("Bijvoorbeeld: Wat doen we zaterdagmiddag met de kinderen?")
        )
        self.topic.setAccessibleName(self.tr("De beslissing"))
        self.topic.textEdited.connect(self._on_topic_edited)
        self.topic.returnPressed.connect(self.next_requested)
        self.topic_error = text_label(name="topicError", style=ERROR)
        self.topic_error.hide()
        self.solo_note = text_label(name="chooseSolo", style="background: #fbf3e4; padding: 8px;")
        self.start_button = named(QPushButton(), "startExercise")
        self.start_button.setFont(font(12, bold=True))
        self.start_button.setMinimumHeight(40)
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.next_requested)
        start_row = QHBoxLayout()
        self.next_hint = text_label(name="chooseNextHint", style=MUTED)
        start_row.addWidget(self.next_hint, 1)
        start_row.addSpacing(16)
        start_row.addWidget(self.start_button)
        layout.addWidget(self.topic)
        layout.addWidget(self.topic_error)
        layout.addLayout(start_row)
        layout.addSpacing(8)
        layout.addWidget(self.solo_note)
        layout.addStretch(1)
        self.set_solo_note("")

    def set_solo_note(self, text: str) -> None:
        """What a solo session changes in the exercise; empty: a session with both partners."""
        self.solo_note.setText(text)
        self.solo_note.setVisible(bool(text))
        if text:
            self.hint.setText(
                self.tr(
                    "Kies iets kleins en concreets voor de komende dagen: een uitje, wat er op "
                    "tafel komt, wie wat doet op zondag. Geen groot onderwerp; het gaat om "
                    "oefenen."
                )
            )
            self.next_hint.setText(
                self.tr(
                    "Daarna schrijf je je voorkeur op, zonder dat iemand meekijkt. Druk op "
                    "Enter of op ‘Verder’ als de beslissing er staat."
                )
            )
            self.start_button.setText(self.tr("Verder: je voorkeur opschrijven →"))
            return
        self.hint.setText(
            self.tr(
                "Kies iets kleins en concreets voor de komende dagen: een uitje, wat jullie "
                "eten, wie wat doet op zondag. Geen groot onderwerp; het gaat om oefenen."
            )
        )
        self.next_hint.setText(
            self.tr(
                "Daarna krijgt ieder om de beurt de laptop en schrijft apart een "
                "voorkeur op. Druk op Enter of op ‘Verder’ als de beslissing er staat."
            )
        )
        self.start_button.setText(self.tr("Verder: ieder apart een voorkeur →"))

    def show_exercise(self, info: ExerciseInfo | None) -> None:
        """Edit `info`'s decision from now on (None: edits are not saved)."""
        self._exercise_id = info.id if info is not None else None
        if info is not None:
            self.topic.setText(info.topic)  # textEdited does not fire: nothing to save

    def _on_topic_edited(self, text: str) -> None:
        del text  # the flush reads the field once, not a copy at every keystroke
        exercise_id = self._exercise_id
        if exercise_id is None:
            return
        self.topic_error.hide()
        self.edited.emit(
            ("topic", exercise_id),
            self.topic.text,
            lambda text: self._exercises.set_topic(exercise_id, text),
        )
