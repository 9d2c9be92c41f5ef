"""How the hidden input looks: large type for the couch, white cards, calm colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.ui.kit.widgets import named

HANDOVER_POINT_SIZE = 32.0  # readable from the couch, a few metres from the laptop

STYLE_SHEET = (
    "#hiddenInput QStackedWidget > QWidget { background: #f7f3ee; }"
    "#handoverCard, #readyCard, #entryCard { background: #ffffff;"
    " border: 1px solid #e4dbcf; border-radius: 14px; }"
    "QLabel#handoverHint, QLabel#entryHint { color: #5b5b5b; }"
    "QLabel#hiddenProgress { color: #3f5f4a; }"
    "QLabel[role='error'] { color: #b00020; font-weight: 600; }"
    # The border is always 3px (only its colour changes on focus), so the text
    # never loses room when the button gets the focus.
    "QPushButton#handoverContinue, QPushButton#revealButton, QPushButton#entryDone {"
    " background: #2f6b4f; color: white; border: 3px solid #2f6b4f;"
    " border-radius: 10px; padding: 8px 28px; }"
    "QPushButton#handoverContinue:focus, QPushButton#revealButton:focus,"
    " QPushButton#entryDone:focus { border-color: #f2b441; }"
    "QPushButton#handoverContinue:disabled, QPushButton#revealButton:disabled"
    " { background: #9bb5a8; }"
)


def sized_font(point_size: float, *, bold: bool = False) -> QFont:
    """The application font at `point_size`."""
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def text_label(text: str = "", *, size: float = 0, bold: bool = False, name: str = "") -> QLabel:
    """A centred, word-wrapping label that shows its text as typed, never as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and questions are the coach's text
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    if size:
        label.setFont(sized_font(size, bold=bold))
    if name:
        label.setObjectName(name)
    return label


def big_button(text: str, name: str) -> QPushButton:
    """A large button that Enter presses once it has the focus."""
    button = named(QPushButton(text), name)
    button.setFont(sized_font(16, bold=True))
    button.setMinimumHeight(52)
    button.setMinimumWidth(280)
    button.setAutoDefault(True)  # Enter on the focused button presses it, outside dialogs too
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return button


def card_page(name: str) -> tuple[QWidget, QVBoxLayout]:
    """A page with a centred white card; returns the page and the card's layout."""
    page = QWidget()
    card = named(QFrame(), name)
    card.setMaximumWidth(880)
    card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(40, 32, 40, 32)
    inner.setSpacing(14)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(16, 16, 16, 16)
    outer.addStretch(1)
    outer.addLayout(centred_row(card, 20))
    outer.addStretch(2)
    return page, inner


def centred_row(card: QWidget, share: int) -> QHBoxLayout:
    """`card` in the middle of a row, taking `share` parts of the width to each margin's one."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, share)
    row.addStretch(1)
    return row
