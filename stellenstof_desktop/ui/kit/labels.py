"""Labels and panels styled through fonts and palettes, which are cheap to build.

A style sheet per widget made a step tab take three times as long to build, so the
session tabs use these instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from stellenstof_desktop.ui.kit.widgets import named

CARD_COLOR = "#ffffff"
PRIVATE_COLOR = "#fbf3e4"  # the coach's own: the same warm tint as the private notes
SECTION = "font-size: 13pt; font-weight: 600;"  # a heading inside a page, for plain_label


def plain_label(text: str, style: str = "", wrap: bool = True) -> QLabel:
    """A label that shows user or content text literally (no HTML, no mnemonics).

    `style` is a small CSS-like string ("font-size: 17pt; font-weight: 600; color: #555").
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if style:
        apply_text_style(label, style)
    return label


def apply_text_style(widget: QWidget, style: str) -> None:
    """Font size, weight, style and colour from a CSS-like string; the rest as a style sheet."""
    font = widget.font()
    rest = []
    for part in filter(None, (p.strip() for p in style.split(";"))):
        name, _, value = (x.strip() for x in part.partition(":"))
        if name == "font-size" and value.endswith("pt"):
            font.setPointSizeF(float(value[:-2]))
        elif name == "font-weight":
            font.setBold(value in ("600", "700", "bold"))
        elif name == "font-style":
            font.setItalic(value == "italic")
        elif name == "color":
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(value))
            widget.setPalette(palette)
        else:
            rest.append(part)
    widget.setFont(font)
    if rest:
        widget.setStyleSheet("; ".join(rest))


def card(name: str, color: str = CARD_COLOR) -> QFrame:
    """A framed, filled panel for one prompt (palette, not a style sheet: see plain_label)."""
    frame = named(QFrame(), name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    palette = frame.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(color))
    frame.setPalette(palette)
    return frame
