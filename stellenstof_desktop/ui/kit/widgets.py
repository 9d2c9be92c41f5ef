"""Tiny construction helpers shared by the views."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give `widget` the object name tests and style sheets address it by."""
    widget.setObjectName(name)
    return widget


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in `layout` now, so no stale copy lingers until idle."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


def centered_column(content: QWidget, max_width: int = 1100) -> QWidget:
    """`content` as wide as the space allows up to `max_width`, centred, at the top."""
    content.setMaximumWidth(max_width)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    return holder


def scrolling_page(page: QWidget) -> QScrollArea:
    """A frameless scroll area filling `page`: a tab whose content may be taller than it."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)
    return area
