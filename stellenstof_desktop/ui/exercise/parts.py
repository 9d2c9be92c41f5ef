"""Small pieces the exercise screens share: colours, labels, fonts, editors, scrolling."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QScrollArea, QWidget

from stellenstof_desktop.domain import ExerciseInfo, ExercisePhase, Voice
from stellenstof_desktop.ui.kit.format import names
from stellenstof_desktop.ui.kit.widgets import named

VOICE_COLORS = {Voice.FULLY: "#2f6b4f", Voice.PARTLY: "#d99a1e", Voice.NOT: "#b5473a"}
ACCENT = "#2f6b4f"
MUTED = "color: #5b5b5b;"
ERROR = "color: #b00020; font-weight: 600;"
PREVIEW_CHARS = 280  # history cells show this much; the tooltip has the rest

# The shared helpers below translate in the "ExerciseView" context: these strings were
# the tab's own before its screens got classes of their own, and keep their translations.


def phase_label(phase: ExercisePhase, *, solo: bool = False) -> str:
    if solo and phase is ExercisePhase.HIDDEN:  # one partner alone: nobody else writes
        return QCoreApplication.translate("ExerciseView", "Voor jezelf")
    labels = {
        ExercisePhase.CHOOSE: QCoreApplication.translate("ExerciseView", "Kiezen"),
        ExercisePhase.HIDDEN: QCoreApplication.translate("ExerciseView", "Ieder apart"),
        ExercisePhase.REVEALED: QCoreApplication.translate("ExerciseView", "Laten zien"),
        ExercisePhase.TALK: QCoreApplication.translate("ExerciseView", "Praten"),
        ExercisePhase.DECIDE: QCoreApplication.translate("ExerciseView", "Besluiten"),
        ExercisePhase.DONE: QCoreApplication.translate("ExerciseView", "Klaar"),
        ExercisePhase.CANCELLED: QCoreApplication.translate("ExerciseView", "Geannuleerd"),
    }
    return labels[phase]


def voice_label(voice: Voice | None) -> str:
    labels = {
        Voice.FULLY: QCoreApplication.translate("ExerciseView", "helemaal"),
        Voice.PARTLY: QCoreApplication.translate("ExerciseView", "deels"),
        Voice.NOT: QCoreApplication.translate("ExerciseView", "niet"),
    }
    return labels[voice] if voice is not None else "—"


def absent_name(info: ExerciseInfo) -> str:
    """Who is not at the session, for texts that speak about them."""
    return names([p.name for p in info.absent]) or QCoreApplication.translate(
        "ExerciseView", "je partner"
    )


def preview(text: str) -> str:
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS].rstrip() + "…"


def font(point_size: float, *, bold: bool = False) -> QFont:
    result = QFont()
    result.setPointSizeF(point_size)
    result.setBold(bold)
    return result


def text_label(
    text: str = "", *, size: float = 0, bold: bool = False, name: str = "", style: str = ""
) -> QLabel:
    """A wrapping plain-text label: what the couple typed is never read as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if size:
        label.setFont(font(size, bold=bold))
    elif bold:
        label.setFont(font(label.font().pointSizeF(), bold=True))
    if name:
        label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    return label


def text_editor(name: str, placeholder: str, accessible: str) -> QPlainTextEdit:
    editor = named(QPlainTextEdit(), name)
    editor.setTabChangesFocus(True)
    editor.setPlaceholderText(placeholder)
    editor.setAccessibleName(accessible)
    editor.setMinimumHeight(70)
    return editor


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class AtLeastMinimum(QWidget):
    """Holds one widget at its own size and reports only that widget's minimum size.

    In a resizable QScrollArea a layout with wrapped labels asks for its *preferred*
    height for the width, so editors with roomy size hints would scroll on an ordinary
    screen. Behind this wrapper the area scrolls only below the true minimum size.
    """

    def __init__(self, child: QWidget) -> None:
        super().__init__()
        self._child = child
        child.setParent(self)

    def minimumSizeHint(self) -> QSize:
        return self._child.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self._child.minimumSizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the child's minimum may have changed: tell the area
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._child.setGeometry(self.rect())
