"""The couple's view on a second screen (a TV or monitor): the current part of the hour.

Built from what the services hand out for the open session, never from the laptop's
widgets, so the coach's own texts (her private note, the tips, the observations) and
anything still hidden cannot travel along: this module never asks for them. It shows the
part of the hour the laptop shows, in large calm type; a hand-over card while a partner
holds the laptop (whose turn, nothing typed), and a blank "Even pauze" card on request.
Every text is a plain-text label, so a name like "<Anne> & Bram" shows as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.ui.kit.format import long_date, names
from stellenstof_desktop.ui.kit.widgets import named
from stellenstof_desktop.ui.room.couple_parts import Block, Part, PartReader, block_text

if TYPE_CHECKING:
    from stellenstof_desktop.content import Method
    from stellenstof_desktop.domain import SessionDetails
    from stellenstof_desktop.services.container import Services

# Readable from three metres. Letters read comfortably from a distance when capitals are
# at least 1/250 of it high (a usual rule for signs and presentation screens; the eye's
# limit is about 1/3400, so this leaves room for a partner with weaker eyes and for a
# glance instead of a stare): 12 mm at 3 m. A sans-serif capital is about 0.7 of the
# type's size, so the type is at least 17 mm. On the smallest screen we plan for, a
# 40-inch TV (16:9, 498 mm high), that is 3.45 % of the screen's height: 37 of 1080
# lines, or 28 pt at 96 dpi. A bigger TV shows the same type bigger, which only helps.
# The size follows the screen: its number of lines and its logical DPI.
VIEWING_DISTANCE_MM = 3000
MIN_POINT_SIZE = 28.0  # on the reference screen below
REFERENCE_LINES = 1080
REFERENCE_DPI = 96.0
HEADING_SCALE = 1.5
FIT_SCALES = (1.25, 1.125, 1.0)  # body type, tried in turn until the part fits the screen

PAPER = "#f6f3ee"  # warm, not glaring white in a dim room
INK = "#1f1f1f"
ACCENT = "#2f6f6a"
MUTED = "#555555"  # still 7:1 on the paper


def min_point_size(screen: QScreen | None) -> float:
    """The smallest type on `screen`: MIN_POINT_SIZE scaled by its lines and logical DPI."""
    if screen is None:
        return MIN_POINT_SIZE
    lines = screen.geometry().height() or REFERENCE_LINES
    dpi = screen.logicalDotsPerInch() or REFERENCE_DPI
    return MIN_POINT_SIZE * (lines / REFERENCE_LINES) * (REFERENCE_DPI / dpi)


class CoupleView(QWidget):
    """A frameless window for the second screen; `show_part()` follows the laptop."""

    def __init__(self, services: Services, method: Method, parent: QWidget | None = None) -> None:
        # The keyboard stays with the laptop: the coach's keys (Alt+→, F8) and a partner's
        # typing must never land on the TV's window.
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
        super().__init__(parent, flags | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("coupleView")
        self.setWindowTitle(self.tr("Voor het stel"))  # never a name: task bars show it
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._reader = PartReader(services, method, self)
        self.session: SessionDetails | None = None
        self.part: Part | None = None
        self.paused = False
        self._handover: tuple[str, bool] | None = None  # (name, typing now)
        self._blocks: tuple[Block, ...] | None = None
        self._texts: dict[int, str] = {}  # block index -> text, to follow what changed
        self._scale = FIT_SCALES[0]

        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        self.stack = named(QStackedWidget(), "coupleStack")
        self.part_page = QWidget()
        self.caption = self._label("coupleCaption")
        self.title_label = self._label("coupleTitle")
        self.scroll_area = named(QScrollArea(), "coupleScroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        # Nobody scrolls a TV: the part follows what changed last (see _follow).
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.viewport().setAutoFillBackground(False)
        column = QVBoxLayout(self.part_page)
        column.addWidget(self.caption)
        column.addWidget(self.title_label)
        column.addWidget(self.scroll_area, 1)
        self._column = column

        self.card_page = named(QWidget(), "coupleCard")
        self.card_title = self._label("cardTitle")
        self.card_text = self._label("cardText")
        for label in (self.card_title, self.card_text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = QVBoxLayout(self.card_page)
        card.addStretch(1)
        card.addWidget(self.card_title)
        card.addWidget(self.card_text)
        card.addStretch(1)

        self.stack.addWidget(self.part_page)
        self.stack.addWidget(self.card_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._watching_screen = False
        self._restyle()

    def showEvent(self, event: QShowEvent) -> None:
        handle = self.windowHandle()
        if handle is not None and not self._watching_screen:
            # Another screen or another DPI: every size again.
            handle.screenChanged.connect(lambda _screen: self._restyle())
            self._watching_screen = True
        self._restyle()  # placed on its screen (setScreen) after it was built
        super().showEvent(event)

    # sizes -----------------------------------------------------------------------
    def min_point_size(self) -> float:
        return min_point_size(self.screen() or QGuiApplication.primaryScreen())

    def _size(self, kind: str) -> float:
        base = self.min_point_size()
        if kind == "heading":
            return base * HEADING_SCALE
        if kind in ("card", "title"):
            return base * HEADING_SCALE * 1.25
        return base * self._scale

    def _label(self, name: str = "") -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and answers as typed, no HTML
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def _style(self, label: QLabel, kind: str, *, bold: bool = False, color: str = INK) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self._size(kind))
        font.setBold(bold)
        label.setFont(font)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
        label.setPalette(palette)

    def _restyle(self) -> None:
        """The screen (or its DPI) changed: every size again."""
        margin = round(self.min_point_size() * 1.5)
        self._column.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self._column.setSpacing(round(margin / 3))
        self._style(self.caption, "text", color=MUTED)
        self._style(self.title_label, "title", bold=True, color=ACCENT)
        self._style(self.card_title, "card", bold=True, color=ACCENT)
        self._style(self.card_text, "heading", color=MUTED)
        self._blocks = None
        self.refresh()

    # what the controller says ----------------------------------------------------
    def show_part(self, session: SessionDetails | None, part: Part | None) -> None:
        moved = part != self.part or session != self.session
        self.session, self.part = session, part
        if moved:
            self._blocks = None
            self._texts = {}
        self.refresh()

    def set_handover(self, name: str | None, typing: bool = False) -> None:
        """A partner holds the laptop (None: nobody); `typing`: the entry is open."""
        self._handover = None if name is None else (name, typing)
        self._show_page()

    def set_paused(self, on: bool) -> None:
        """The coach's "even pauze": a calm blank card over whatever the hour shows."""
        self.paused = on
        self._show_page()

    def _show_page(self) -> None:
        if self.paused:
            self.card_title.setText(self.tr("Even pauze"))
            self.card_text.clear()
            self.card_text.hide()
        elif self._handover is not None:
            name, typing = self._handover
            title = (
                self.tr("{name} heeft de laptop")
                if typing
                else self.tr("De laptop gaat naar {name}")
            )
            self.card_title.setText(title.format(name=name))
            self.card_text.setText(self.tr("Even geduld…"))
            self.card_text.show()
        else:
            self.card_title.clear()
            self.card_text.clear()
            self.stack.setCurrentWidget(self.part_page)
            return
        self.stack.setCurrentWidget(self.card_page)

    def refresh(self) -> None:
        """Read the part again from the services; rebuild only what is new."""
        session, part = self.session, self.part
        if session is None or part is None:
            self.caption.clear()
            self.title_label.clear()
            blocks: tuple[Block, ...] = ()
        else:
            when = long_date(session.date)
            self.caption.setText(f"{names([p.name for p in session.attendees])} · {when}")
            self.title_label.setText(part.title)
            try:
                blocks = tuple(self._reader.blocks(session, part))
            except KnownError:
                # The file is busy or gone for a moment: the TV keeps what it shows; the
                # laptop tells the coach, and the next refresh reads again.
                return
        if blocks != self._blocks:
            self._build(blocks)
        self._show_page()

    # building --------------------------------------------------------------------
    def _build(self, blocks: tuple[Block, ...]) -> None:
        changed = [i for i, block in enumerate(blocks) if self._texts.get(i) != block_text(block)]
        self._blocks = blocks
        self._texts = {i: block_text(b) for i, b in enumerate(blocks)}
        width = max(1, self.scroll_area.viewport().width())
        height = max(1, self.scroll_area.viewport().height())
        widgets: list[QWidget] = []
        for scale in FIT_SCALES:
            self._scale = scale
            content, widgets = self._content(blocks)
            if content.heightForWidth(width) <= height:
                break
        self.scroll_area.setWidget(content)
        if changed and len(changed) < len(blocks):  # something new in a part on screen
            self.scroll_area.ensureWidgetVisible(widgets[changed[-1]], 0, 0)

    def _content(self, blocks: tuple[Block, ...]) -> tuple[QWidget, list[QWidget]]:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        gap = round(self.min_point_size() * 0.4)
        column.setSpacing(gap)
        widgets = []
        for block in blocks:
            widget = self._block(block, gap)
            column.addWidget(widget)
            widgets.append(widget)
        column.addStretch(1)
        return content, widgets

    def _block(self, block: Block, gap: int) -> QWidget:
        if block.kind in ("heading", "text", "question", "muted"):
            label = self._label()
            label.setText(block.text)
            kind = "heading" if block.kind == "heading" else "text"
            color = {"heading": ACCENT, "muted": MUTED}.get(block.kind, INK)
            self._style(label, kind, bold=block.kind in ("heading", "question"), color=color)
            if block.kind == "question":
                label.setContentsMargins(0, gap, 0, 0)
            return label
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(gap * 3)
        grid.setVerticalSpacing(round(gap / 2))
        if block.kind == "columns":  # side by side: a name above each text
            for column, (who, text) in enumerate(block.cells):
                name = self._label()
                name.setText(who)
                self._style(name, "text", bold=True, color=ACCENT)
                answer = self._label()
                answer.setText(text or "—")
                self._style(answer, "text", color=INK if text else MUTED)
                answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                grid.addWidget(name, 0, column)
                grid.addWidget(answer, 1, column)
                grid.setColumnStretch(column, 1)
        else:  # a grid, its first row the header
            for row, cells in enumerate(block.cells):
                for column, text in enumerate(cells):
                    cell = self._label()
                    cell.setText(text)
                    self._style(cell, "text", bold=row == 0, color=ACCENT if row == 0 else INK)
                    grid.addWidget(cell, row, column)
            for column in range(len(block.cells[0]) if block.cells else 0):
                grid.setColumnStretch(column, 2 if column == 0 else 1)  # areas on one line
        return holder
