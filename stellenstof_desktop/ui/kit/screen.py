"""Windows and dialogs that fit the laptop they open on (1366×768 and up)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window frame and title bar, which Qt's geometry does not count.
FRAME_MARGIN = 40


def fit_to_screen(widget: QWidget) -> None:
    """Shrink `widget` to the available screen where it would not fit, and move it onto it."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = min(widget.width(), area.width() - FRAME_MARGIN // 2)
    height = min(widget.height(), area.height() - FRAME_MARGIN)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, area.x()), max(y, area.y()))
