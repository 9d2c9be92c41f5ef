"""The revealed preferences side by side, and the frame every phase after the reveal shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from stellenstof_desktop.domain import ExerciseInfo
from stellenstof_desktop.ui.exercise.parts import (
    ACCENT,
    MUTED,
    absent_name,
    preview,
    scrolling,
    text_label,
)
from stellenstof_desktop.ui.kit.widgets import named


class TopicScreen(QWidget):
    """A phase after the reveal: the decision as a heading above the phase's own part."""

    # Subclasses add to `body`. No tr() here: PySide takes the context from the instance's
    # class, so a string here would be looked up under each subclass, not where lupdate put it.

    def __init__(self, info: ExerciseInfo, *, scroll: bool) -> None:
        super().__init__()
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(4, 8, 4, 4)
        self.body.setSpacing(10)
        self.body.addWidget(text_label(f"“{info.topic}”", size=16, bold=True, name="phaseTopic"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Revealed texts can be long, so some phases scroll; the editors scroll themselves.
        outer.addWidget(scrolling(self.content) if scroll else self.content)


def preference_cards(info: ExerciseInfo, *, large: bool) -> QHBoxLayout:
    """The revealed preferences side by side, with the names."""
    size = 17 if large else 13
    row = QHBoxLayout()
    row.setSpacing(14)
    for entry in info.entries:
        card, card_layout = _card(entry.partner.name, f"card_{entry.partner.id}")
        preference = entry.preference if large else preview(entry.preference)
        card_layout.addWidget(text_label(preference, size=size, name="preferenceText"))
        if entry.reason and large:
            card_layout.addSpacing(4)
            card_layout.addWidget(
                text_label(
                    QCoreApplication.translate("ExerciseView", "Waarom"), bold=True, style=MUTED
                )
            )
            card_layout.addWidget(text_label(entry.reason, size=13, name="reasonText"))
        elif entry.reason:
            card_layout.addWidget(text_label(preview(entry.reason), style=MUTED))
        card_layout.addStretch(1)
        row.addWidget(card, 1)
        if info.solo:
            title = QCoreApplication.translate(
                "ExerciseView", "Wat {name} denkt dat {absent} kiest"
            ).format(name=entry.partner.name, absent=absent_name(info))
            guess, guess_layout = _card(title, f"expected_{entry.partner.id}", muted=True)
            expected = entry.expected_other or QCoreApplication.translate(
                "ExerciseView", "(niet ingevuld)"
            )
            guess_layout.addWidget(
                text_label(expected if large else preview(expected), size=size, name="expectedText")
            )
            if large:
                guess_layout.addSpacing(4)
                guess_layout.addWidget(
                    text_label(
                        QCoreApplication.translate(
                            "ExerciseView", "Om thuis bij {name} na te gaan."
                        ).format(name=absent_name(info)),
                        style=MUTED,
                    )
                )
            guess_layout.addStretch(1)
            row.addWidget(guess, 1)
    return row


def _card(title: str, name: str, *, muted: bool = False) -> tuple[QFrame, QVBoxLayout]:
    card = named(QFrame(), name)
    background = "#f7f3ee" if muted else "#ffffff"
    card.setStyleSheet(
        f"#{name} {{ background: {background}; border: 1px solid #e4dbcf; border-radius: 10px; }}"
    )
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(4)
    layout.addWidget(text_label(title, size=14, bold=True, style=f"color: {ACCENT};"))
    return card, layout
