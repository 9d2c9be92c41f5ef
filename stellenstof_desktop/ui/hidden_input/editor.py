"""The text field a partner writes a hidden answer in: nothing leaves it, nothing stays."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from stellenstof_desktop.ui.hidden_input.look import sized_font

DONE_KEYS = QKeySequence("Ctrl+Return")


def done_keys_text() -> str:
    """ "Ctrl+Enter" as this platform writes it (⌘ on macOS); Qt would say "Return"."""
    return DONE_KEYS.toString(QKeySequence.SequenceFormat.NativeText).replace("Return", "Enter")


class PrivateEditor(QPlainTextEdit):
    """A text field whose text never reaches a clipboard; Ctrl+Enter means done."""

    done_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        # No menu: it would offer Copy and Cut, which write the system clipboard.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        # Ask input methods and on-screen keyboards not to learn or suggest from this text.
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.setFont(sized_font(14))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        ):
            event.accept()  # swallowed: the clipboard is never written
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            self.done_pressed.emit()
            return
        super().keyPressEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:
        # Dragging a selection and the X11 selection buffer get nothing readable.
        return QMimeData()

    def wipe(self) -> None:
        """Remove the text and every undo step that could bring it back."""
        self.setUndoRedoEnabled(False)  # also drops the undo and redo stacks
        self.clear()
        self.document().clearUndoRedoStacks()
