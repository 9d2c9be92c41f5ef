"""A 0–10 scale as eleven big buttons: easy to point at together; "not answered" shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget

CHOSEN = QColor("#2f6f6a")  # the app's teal, as on the PDF


class ScaleInput(QWidget):
    """One partner's 0–10 answer; clicking the chosen number again clears it."""

    value_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # lets a second click clear the choice
        row = QHBoxLayout()
        row.setSpacing(3)
        row.setContentsMargins(0, 0, 0, 0)
        for number in range(11):
            button = QToolButton()
            button.setText(str(number))
            button.setCheckable(True)
            button.setObjectName(f"scale{number}")
            button.setAccessibleName(str(number))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setMinimumSize(28, 28)
            self._group.addButton(button, number)
            row.addWidget(button)
        row.addStretch(1)
        self._group.idClicked.connect(self._on_clicked)

        self.setLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._value: int | None = None

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show `value` without emitting `value_changed` (loading is not an edit)."""
        previous, self._value = self._value, value
        changed = {n for n in (previous, value) if n is not None}
        for number in changed:  # only the buttons whose look changes
            button = self._group.button(number)
            chosen = number == value
            button.setChecked(chosen)
            # Colour through the palette: a style sheet per scale made a tab slow to build.
            palette = self.palette()
            if chosen:
                palette.setColor(QPalette.ColorRole.Button, CHOSEN)
                palette.setColor(QPalette.ColorRole.ButtonText, QColor("white"))
            button.setPalette(palette)
            font = button.font()
            font.setBold(chosen)
            button.setFont(font)

    def focus_first(self) -> None:
        """Keyboard focus on the chosen number, or on 0: the arrow keys and Space go on."""
        button = self._group.button(self._value if self._value is not None else 0)
        button.setFocus()

    def _on_clicked(self, number: int) -> None:
        self.set_value(None if self._value == number else number)
        self.value_changed.emit(self._value)
