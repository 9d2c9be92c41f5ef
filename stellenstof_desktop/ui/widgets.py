"""Tiny construction helpers shared by the views."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give `widget` the object name tests and style sheets address it by."""
    widget.setObjectName(name)
    return widget
