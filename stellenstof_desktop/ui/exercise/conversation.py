"""Steps 3 and 4: both preferences shown, then talking about them without a compromise yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from stellenstof_desktop.domain import ExerciseInfo
from stellenstof_desktop.ui.exercise.cards import TopicScreen, preference_cards
from stellenstof_desktop.ui.exercise.parts import MUTED, absent_name, text_editor, text_label
from stellenstof_desktop.ui.kit.format import names

if TYPE_CHECKING:
    from stellenstof_desktop.services.exercise import ExerciseService


class RevealedScreen(TopicScreen):
    """Step 3: what each wrote down apart, side by side and in full."""

    def __init__(self, info: ExerciseInfo) -> None:
        super().__init__(info, scroll=True)
        if info.solo:
            lead = self.tr("Dit schreef {name} op.").format(name=info.participants[0].name)
        else:
            lead = self.tr("Dit schreven jullie ieder apart op. Lees het om de beurt voor.")
        self.body.addWidget(text_label(lead, style=MUTED))
        self.body.addLayout(preference_cards(info, large=True))
        self.body.addStretch(1)


class TalkScreen(TopicScreen):
    """Step 4: what appeals to each in the other's wish, and shared notes of the talk."""

    edited = Signal(object, object, object)  # autosave key, read() of the editor, write(value)

    def __init__(self, info: ExerciseInfo, exercises: ExerciseService) -> None:
        super().__init__(info, scroll=False)
        self._exercises = exercises
        self.body.addLayout(preference_cards(info, large=False))
        self.body.addWidget(self._talk(info), 1)

    def _talk(self, info: ExerciseInfo) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        reminder = text_label(
            self.tr(
                "Neem de tijd en zoek nog geen compromis. Vraag eerst wat je aanspreekt in "
                "wat de ander wil, en waarom het voor de ander belangrijk is. Besluiten komt "
                "straks."
            ),
            name="talkReminder",
            size=12,
            style="background: #fbf3e4; border: 1px solid #e2c48f; border-radius: 6px;"
            " padding: 10px; color: #5a4214;",
        )
        layout.addWidget(reminder)
        row = QHBoxLayout()
        exercise_id = info.id
        for entry in info.entries:
            others = [e.partner.name for e in info.entries if e.partner.id != entry.partner.id]
            if others:
                question = self.tr("{name}: wat spreekt je aan in de voorkeur van {other}?")
            else:
                question = self.tr("{name}: wat spreekt je aan in wat {other} misschien kiest?")
            other = names(others) if others else absent_name(info)
            column = QVBoxLayout()
            label = text_label(question.format(name=entry.partner.name, other=other), bold=True)
            editor = text_editor(
                f"appeal_{entry.partner.id}",
                self.tr("Wat spreekt je hierin aan?"),
                self.tr("Wat spreekt {name} hierin aan?").format(name=entry.partner.name),
            )
            label.setBuddy(editor)
            editor.setPlainText(entry.appeal)
            editor.textChanged.connect(
                lambda pid=entry.partner.id, ed=editor: self._on_appeal_changed(
                    exercise_id, pid, ed
                )
            )
            column.addWidget(label)
            column.addWidget(editor, 1)
            row.addLayout(column, 1)
        layout.addLayout(row, 2)
        # "(samen)": notes both partners read; alone, there is one reader.
        notes = (
            self.tr("Aantekeningen bij het gesprek")
            if info.solo
            else self.tr("Aantekeningen bij het gesprek (samen)")
        )
        notes_label = text_label(notes, bold=True)
        self.talk_notes = text_editor(
            "talkNotes",
            self.tr("Wat viel op? Wat werd duidelijk?"),
            self.tr("Aantekeningen bij het gesprek"),
        )
        notes_label.setBuddy(self.talk_notes)
        self.talk_notes.setPlainText(info.talk_notes)
        self.talk_notes.textChanged.connect(lambda: self._on_notes_changed(exercise_id))
        layout.addWidget(notes_label)
        layout.addWidget(self.talk_notes, 2)
        return box

    def _on_appeal_changed(self, exercise_id: int, partner_id: int, editor: QPlainTextEdit) -> None:
        self.edited.emit(
            ("appeal", exercise_id, partner_id),
            editor.toPlainText,
            lambda text: self._exercises.set_appeal(exercise_id, partner_id, text),
        )

    def _on_notes_changed(self, exercise_id: int) -> None:
        self.edited.emit(
            ("talk_notes", exercise_id),
            self.talk_notes.toPlainText,
            lambda text: self._exercises.set_talk_notes(exercise_id, text),
        )
