"""The "Voortgang" tab: a couple's check-in scores over the sessions, and the steps covered.

Imported only once the database is open (see `ui/tabs.py`), so QtCharts, which
`progress_chart` brings in, costs nothing at first paint.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import SessionDetails
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.ui.kit.format import long_date, names, short_date
from stellenstof_desktop.ui.kit.messages import known_error_text
from stellenstof_desktop.ui.kit.widgets import named
from stellenstof_desktop.ui.session.page import SessionPage
from stellenstof_desktop.ui.session.progress_chart import CURRENT_TINT, ScoreChart

if TYPE_CHECKING:
    from stellenstof_desktop.content import Method, Prompt
    from stellenstof_desktop.domain import CoupleProgress
    from stellenstof_desktop.services.checkout import CheckoutService
    from stellenstof_desktop.services.progress import ProgressService

# Whether a step was discussed in a session: the check-mark delegate paints from this.
DISCUSSED_ROLE = Qt.ItemDataRole.UserRole + 1
CHECK_COLOUR = "#2e7d4f"
MUTED = "color: #5b5b5b;"

SeriesData = dict[str, dict[str, list[tuple[date, int]]]]


class _CheckDelegate(QStyledItemDelegate):
    """Draws the check mark itself: a ✓ glyph is missing from some fonts on Windows."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if not index.data(DISCUSSED_ROLE):
            return
        rect = option.rect
        size = min(rect.width(), rect.height(), 36) * 0.5
        cx, cy = rect.center().x(), rect.center().y()
        path = QPainterPath(QPointF(cx - size * 0.5, cy + size * 0.02))
        path.lineTo(QPointF(cx - size * 0.12, cy + size * 0.4))
        path.lineTo(QPointF(cx + size * 0.52, cy - size * 0.42))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(CHECK_COLOUR), max(2.0, size / 6))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.restore()


class ProgressView(SessionPage):
    """Read-only overview of the open session's couple; reloads whenever it is shown."""

    in_room = False  # the coach's desk: not while the couple looks

    def __init__(
        self,
        progress: ProgressService,
        method: Method,
        checkouts: CheckoutService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")
        self._progress = progress
        self._checkouts = checkouts
        self._method = method
        self.data: CoupleProgress | None = None

        scores_heading = self._heading(self.tr("Check-in scores"))
        self.key_note = named(QLabel(), "progressKey")
        self.key_note.setStyleSheet(MUTED)
        self.key_note.setWordWrap(True)
        self.empty = named(QLabel(), "progressEmpty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(120)
        self.empty.setStyleSheet(
            "color: #5b5b5b; font-size: 12pt; padding: 24px;"
            " border: 1px dashed #cfcfcf; border-radius: 6px;"
        )
        # Both routes' check-ins; a chart shows only when it has scores (a joint session's
        # screen never has solo ones, one partner's may have both).
        prompts = [prompt for route in method.routes for prompt in route.checkin.prompts]
        self.charts = [ScoreChart(prompt) for prompt in prompts]
        # (title, chart, caption) per question; laid out in shared grid rows, so two charts
        # side by side line up even when only one title wraps.
        self._chart_parts = [
            (self._chart_title(prompt), chart, self._chart_caption(prompt))
            for prompt, chart in zip(prompts, self.charts, strict=True)
        ]
        self._shown_parts = self._chart_parts[: len(method.checkin.prompts)]
        self.charts_box = QWidget()
        self._charts_layout = QGridLayout(self.charts_box)
        self._charts_layout.setContentsMargins(0, 0, 0, 0)
        self._charts_layout.setHorizontalSpacing(24)
        self._charts_layout.setVerticalSpacing(4)
        self._columns = 0
        self._arrange()

        self.steps_heading = self._heading(self.tr("Besproken stappen"))
        self.steps_grid = self._grid()
        self.steps_grid.installEventFilter(self)
        # Each partner's hidden check-out: for the coach's eyes, never in a report.
        self.checkout_heading = self._heading(self.tr("Check-out per partner (alleen voor u)"))
        self.checkout_table = named(QTableWidget(0, 0), "checkoutTable")
        self.checkout_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checkout_table.setWordWrap(True)
        self.checkout_table.horizontalHeader().setStretchLastSection(True)
        self.checkout_table.verticalHeader().setVisible(False)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(scores_heading)
        layout.addWidget(self.key_note)
        layout.addSpacing(4)
        layout.addWidget(self.empty)
        layout.addWidget(self.charts_box, 1)
        layout.addSpacing(14)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps_grid)
        layout.addSpacing(14)
        layout.addWidget(self.checkout_heading)
        layout.addWidget(self.checkout_table)
        layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_message(None)
        self.setEnabled(False)

    # construction ------------------------------------------------------------
    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600; font-size: 12pt;")
        return label

    def _grid(self) -> QTableWidget:
        grid = named(QTableWidget(len(self._method.steps), 0), "stepsGrid")
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        grid.setItemDelegate(_CheckDelegate(grid))
        grid.setGridStyle(Qt.PenStyle.SolidLine)
        grid.setStyleSheet("QTableWidget { gridline-color: #e4e4e4; }")
        columns = grid.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setDefaultSectionSize(64)
        columns.setHighlightSections(False)
        rows = grid.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(32)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setHighlightSections(False)
        for row, step in enumerate(self._method.steps):
            item = QTableWidgetItem(f"{step.number} · {step.title}")
            item.setToolTip(step.title)
            grid.setVerticalHeaderItem(row, item)
        return grid

    def _chart_title(self, prompt: Prompt) -> QLabel:
        label = QLabel(prompt.text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        label.setStyleSheet("font-weight: 600; font-size: 11pt; padding-top: 6px;")
        return label

    def _chart_caption(self, prompt: Prompt) -> QLabel:
        label = QLabel(
            self.tr("0 = {low}  ·  10 = {high}").format(low=prompt.low, high=prompt.high)
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet(MUTED)
        return label

    def _arrange(self, force: bool = False) -> None:
        """Charts side by side when there is room, else under each other."""
        columns = 2 if self.width() >= 900 else 1
        if columns == self._columns and not force:
            return
        self._columns = columns
        grid = self._charts_layout
        for title, chart, caption in self._chart_parts:
            for widget in (title, chart, caption):
                grid.removeWidget(widget)
                widget.setVisible(False)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        for index, parts in enumerate(self._shown_parts):
            for widget in parts:
                widget.setVisible(True)
            row = 3 * (index // columns)
            for offset, part in enumerate(parts):
                grid.addWidget(part, row + offset, index % columns)
            grid.setRowStretch(row + 1, 1)  # the charts take the height, not the labels

    # SessionPage -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Voortgang")

    def load(self, session: SessionDetails | None) -> None:
        self.data = None
        if session is not None and self.isVisible():
            self.refresh()
        else:
            # Hidden: showEvent loads it, so a session switch costs nothing here. Cleared
            # now, so another couple's chart never shows for a frame when the tab opens.
            self._show_message(None)

    def refresh(self) -> None:
        """Read the couple's progress again and redraw."""
        if self.session is None:
            return
        try:
            self.data = self._progress.for_session(self.session.id)
        except KnownError as error:
            self.data = None
            self._show_message(known_error_text(error))
            return
        self._fill(self.data, self.session.id)
        self._fill_checkouts(self.data)

    def _fill_checkouts(self, data: CoupleProgress) -> None:
        """One row per session, one column per partner: the two scores and their words."""
        table = self.checkout_table
        rows = self._checkouts.for_couple(data.couple_id) if self._checkouts is not None else ()
        dates = sorted({c.session_date for c in rows})
        table.clear()
        table.setColumnCount(1 + len(data.partners))
        table.setRowCount(len(dates))
        table.setHorizontalHeaderLabels(
            [self.tr("Sessie")] + [partner.name for partner in data.partners]
        )
        column_of = {partner.id: 1 + i for i, partner in enumerate(data.partners)}
        for row, day in enumerate(dates):
            table.setItem(row, 0, QTableWidgetItem(short_date(day)))
        for checkout in rows:
            text = self.tr("gehoord {heard} · belangrijk {useful}").format(
                heard=checkout.heard, useful=checkout.useful
            )
            if checkout.words:
                text += "\n" + checkout.words
            column = column_of.get(checkout.partner_id)
            if column is not None:
                table.setItem(dates.index(checkout.session_date), column, QTableWidgetItem(text))
        table.resizeRowsToContents()
        has_rows = bool(dates)
        self.checkout_heading.setVisible(has_rows)
        table.setVisible(has_rows)
        table.setMinimumHeight(min(320, 30 + sum(table.rowHeight(r) for r in range(len(dates)))))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Deferred: the tab switch that shows this page saves the other pages right
        # after, and scores typed there a moment ago should be in the chart.
        QTimer.singleShot(0, self, self._on_shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.steps_grid and event.type() == QEvent.Type.Resize:
            self._fit_grid()  # a scroll bar appears or goes with the width
        return super().eventFilter(watched, event)

    def _on_shown(self) -> None:
        if self.isVisible() and self.session is not None:
            self.refresh()

    # testable view of what is shown -----------------------------------------
    def series_data(self) -> SeriesData:
        """Per check-in question key: partner name -> (session date, score) as charted."""
        return {chart.key: chart.series_data() for _title, chart, _caption in self._shown_parts}

    def discussed_cells(self) -> set[tuple[str, date]]:
        """The (step key, session date) cells that show a check mark."""
        if self.data is None:
            return set()
        return {
            (step.key, session.date)
            for row, step in enumerate(self._method.steps)
            for column, session in enumerate(self.data.sessions)
            if (item := self.steps_grid.item(row, column)) and item.data(DISCUSSED_ROLE)
        }

    # filling -----------------------------------------------------------------
    def _show_message(self, text: str | None) -> None:
        """Only a message (or nothing at all), no charts and no grid."""
        self.empty.setText(text or "")
        self.key_note.setVisible(False)
        self.empty.setVisible(bool(text))
        self.charts_box.setVisible(False)
        self.steps_heading.setVisible(False)
        self.steps_grid.setVisible(False)
        for chart in self.charts:
            chart.set_data([], None, [])
        self.steps_grid.setColumnCount(0)

    def _fill(self, data: CoupleProgress, session_id: int) -> None:
        if not data.sessions:
            self._show_message(self.tr("Nog geen sessies om te tonen."))
            return
        dates = [s.date for s in data.sessions]
        ids = [s.id for s in data.sessions]
        current = ids.index(session_id) if session_id in ids else None  # cancelled: none
        shown = []
        for parts, chart in zip(self._chart_parts, self.charts, strict=True):
            scores = [[s.score(chart.key, p.id) for s in data.sessions] for p in data.partners]
            chart.set_data(
                dates, current, list(zip([p.name for p in data.partners], scores, strict=True))
            )
            if any(v is not None for row in scores for v in row):
                shown.append(parts)
        if shown and shown != self._shown_parts:
            self._shown_parts = shown
            self._arrange(force=True)
        self.empty.setText(
            self.tr(
                "Nog geen check-in scores voor dit stel. Zodra ze in de check-in zijn "
                "ingevuld, ziet u hier hoe ze zich over de sessies ontwikkelen."
            )
        )
        self.key_note.setText(self._key_text(current is not None) if data.has_scores else "")
        self.key_note.setVisible(data.has_scores)
        self.empty.setVisible(not data.has_scores)
        self.charts_box.setVisible(data.has_scores)
        self._fill_grid(data, current)
        self.steps_heading.setVisible(True)
        self.steps_grid.setVisible(True)

    def _key_text(self, current_shown: bool) -> str:
        if not current_shown:
            return self.tr(
                "Per sessie, van 0 tot 10; geen punt: niet ingevuld. "
                "Deze sessie is afgezegd en telt niet mee."
            )
        swatch = f'<span style="background: {CURRENT_TINT};">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
        return self.tr(
            "Per sessie, van 0 tot 10; geen punt: niet ingevuld. {swatch} deze sessie."
        ).format(swatch=swatch)

    def _fill_grid(self, data: CoupleProgress, current: int | None) -> None:
        grid = self.steps_grid
        grid.setColumnCount(len(data.sessions))
        partner_names = {p.id: p.name for p in data.partners}
        for column, session in enumerate(data.sessions):
            when = QDate(session.date.year, session.date.month, session.date.day)
            # The year on every column: after scrolling sideways the first one is gone.
            header = QTableWidgetItem(f"{QLocale().toString(when, 'd MMM')}\n{when.year()}")
            present = [partner_names[i] for i in sorted(session.attended_ids) if i in partner_names]
            tip = long_date(session.date)
            if present:
                tip += "\n" + self.tr("Aanwezig: {names}").format(names=names(present))
            header.setToolTip(tip)
            if column == current:
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
            grid.setHorizontalHeaderItem(column, header)
            for row, step in enumerate(self._method.steps):
                discussed = step.key in session.discussed
                item = QTableWidgetItem()
                item.setData(DISCUSSED_ROLE, discussed)
                status = self.tr("besproken") if discussed else self.tr("niet besproken")
                when_text = long_date(session.date)
                item.setToolTip(f"{step.number} · {step.title}\n{when_text}: {status}")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, status)
                if column == current:
                    item.setBackground(QColor(CURRENT_TINT))
                grid.setItem(row, column, item)
        self._fit_grid()
        # The open session is usually the newest: keep its column in sight.
        target = current if current is not None else len(data.sessions) - 1
        QTimer.singleShot(0, grid, lambda: self._scroll_grid_to(target))

    def _scroll_grid_to(self, column: int) -> None:
        item = self.steps_grid.item(0, column)
        if item is not None:
            self.steps_grid.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _fit_grid(self) -> None:
        """As tall as its rows and no wider than its columns; only the sessions scroll."""
        grid = self.steps_grid
        frame = 2 * grid.frameWidth()
        needed = grid.verticalHeader().sizeHint().width() + grid.horizontalHeader().length() + frame
        grid.setMaximumWidth(needed)
        scrollbar = 0
        if needed > grid.width():
            scrollbar = grid.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        height = (
            grid.horizontalHeader().sizeHint().height()
            + grid.verticalHeader().length()
            + scrollbar
            + frame
        )
        grid.setFixedHeight(height)
