"""The "Voortgang" tab: a couple's check-in scores over the sessions, and the steps covered.

Imported only once the database is open (see `ui/session/tabs.py`), so QtCharts costs nothing
at first paint.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
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
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import SessionDetails
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.ui.kit.format import long_date, names
from stellenstof_desktop.ui.kit.messages import known_error_text
from stellenstof_desktop.ui.kit.widgets import named
from stellenstof_desktop.ui.session.page import SessionPage

if TYPE_CHECKING:
    from stellenstof_desktop.content import Method, Prompt
    from stellenstof_desktop.services.progress import CoupleProgress, ProgressService

# Whether a step was discussed in a session: the check-mark delegate paints from this.
DISCUSSED_ROLE = Qt.ItemDataRole.UserRole + 1
# The open session, in the charts and in the grid alike.
CURRENT_TINT = "#fbe9d0"
CHECK_COLOUR = "#2e7d4f"
MUTED = "color: #5b5b5b;"


@dataclass(frozen=True)
class _Style:
    """How one partner's series looks; shape and width differ too, not only the colour."""

    colour: str
    shape: QScatterSeries.MarkerShape
    size: float
    width: float


# A muted blue and a muted terracotta: calm, and still apart for colour-blind eyes. The
# second partner's line is thinner and a diamond fits inside the circle, so equal scores
# show both partners, not one.
_STYLES = (
    _Style("#2f6c9a", QScatterSeries.MarkerShape.MarkerShapeCircle, 12.0, 3.0),
    _Style("#c4692c", QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle, 12.0, 2.0),
)

SeriesData = dict[str, dict[str, list[tuple[date, int]]]]


def _day_label(day: date) -> str:
    """'3 mrt': the year goes on a line of its own, and only where it changes."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def _runs(values: list[int | None]) -> list[list[tuple[int, int]]]:
    """Unbroken stretches of (index, value) to draw lines through; a gap breaks the line."""
    runs: list[list[tuple[int, int]]] = [[]]
    for index, value in enumerate(values):
        if value is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((index, value))
    return [run for run in runs if len(run) > 1]  # a lone point needs no line


class ScoreChart(QChartView):
    """One check-in question over the sessions: a line with points per partner.

    The dates under the x axis are drawn here rather than by a QCategoryAxis, which cuts
    labels to "2…" once they no longer fit between two categories.
    """

    def __init__(self, prompt: Prompt, parent: QWidget | None = None) -> None:
        super().__init__(QChart(), parent)
        self.setObjectName(f"chart:{prompt.key}")
        self.key = prompt.key
        self._dates: list[date] = []
        self._current: int | None = None
        self._labels: list[tuple[int, str]] = []  # (session index, text) under the axis
        self._points: list[tuple[QScatterSeries, _Style]] = []

        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("white"))
        # The tint and the dates are painted outside the chart items: repaint whole.
        self.setViewportUpdateMode(QChartView.ViewportUpdateMode.FullViewportUpdate)
        self.setMinimumHeight(210)
        self.setAccessibleName(prompt.text)

        chart = self.chart()
        chart.setBackgroundVisible(False)  # lets the tint behind the series show
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        legend.setContentsMargins(0, 0, 0, 0)

        self.x_axis = QValueAxis()
        self.x_axis.setLabelsVisible(False)
        self.x_axis.setGridLineVisible(False)
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(0)
        self.x_axis.setTickInterval(1)  # a tick per session
        self.y_axis = QValueAxis()
        # A little room beyond 0 and 10, so points on the edge are not cut in half.
        self.y_axis.setRange(-0.6, 10.6)
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setTickInterval(2)
        self.y_axis.setMinorTickCount(1)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setGridLineColor(QColor("#dedede"))
        self.y_axis.setMinorGridLineColor(QColor("#f0f0f0"))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self._label_font = QFont(self.font())
        metrics = QFontMetrics(self._label_font)
        # Room under the plot for two lines of date labels (day and month, then the year).
        chart.setMargins(QMargins(4, 4, 12, 2 * metrics.height() + 8))

    def sizeHint(self) -> QSize:
        # QChartView asks for 500 px of height; with word-wrapping labels beside it, the
        # scroll area takes that literally and pushes the steps grid out of sight.
        return QSize(420, 250)

    def set_data(
        self,
        dates: list[date],
        current: int | None,
        partners: list[tuple[str, list[int | None]]],
    ) -> None:
        """Show one series per (partner name, score per session or None)."""
        self._dates = dates
        self._current = current
        chart = self.chart()
        chart.removeAllSeries()
        self._points = []
        # Lines first: a series added later is drawn on top, and points belong on top.
        for (_name, values), style in zip(partners, _STYLES, strict=False):
            for run in _runs(values):
                line = QLineSeries()
                line.setPen(QPen(QColor(style.colour), style.width))
                line.append([QPointF(x, y) for x, y in run])
                self._attach(line)
                for marker in chart.legend().markers(line):
                    marker.setVisible(False)  # the partner's points carry the legend
        for (name, values), style in zip(partners, _STYLES, strict=False):
            points = QScatterSeries()
            points.setName(name)
            points.setMarkerShape(style.shape)
            points.setMarkerSize(style.size)
            points.setColor(QColor(style.colour))
            points.setBorderColor(QColor("white"))
            points.append([QPointF(x, y) for x, y in enumerate(values) if y is not None])
            points.hovered.connect(partial(self._on_hovered, name))
            self._attach(points)
            self._points.append((points, style))
            for marker in chart.legend().markers(points):
                # The legend renders its label as HTML: "Bo <3" would lose its "<3".
                marker.setLabel(html.escape(name))
        self.x_axis.setRange(-0.5, max(len(dates), 1) - 0.5)
        self._relabel()
        self.viewport().update()

    def series_data(self) -> dict[str, list[tuple[date, int]]]:
        """What the chart was given: partner name -> (session date, score), oldest first."""
        return {
            series.name(): [(self._dates[round(p.x())], round(p.y())) for p in series.points()]
            for series in self.chart().series()
            if isinstance(series, QScatterSeries)
        }

    def x_labels(self) -> list[tuple[date, str]]:
        """The dates written under the x axis (thinned when there are many sessions)."""
        return [(self._dates[index], text) for index, text in self._labels]

    def _attach(self, series: QLineSeries | QScatterSeries) -> None:
        self.chart().addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)

    def _relabel(self) -> None:
        """Label as many sessions as fit side by side; the open (or latest) one always."""
        count = len(self._dates)
        if not count:
            self._labels = []
            return
        metrics = QFontMetrics(self._label_font)
        widest = max(metrics.horizontalAdvance(_day_label(d)) for d in self._dates)
        room = max(self.width() - 60, 60)  # less the y axis labels and margins
        step = max(1, math.ceil(count * (widest + 16) / room))
        anchor = self._current if self._current is not None else count - 1
        # Forty sessions in a narrow chart: smaller points, so they stay apart.
        spacing = room / count
        for points, style in self._points:
            points.setMarkerSize(min(style.size, max(6.0, spacing * 0.7)))
        labels: list[tuple[int, str]] = []
        year: int | None = None
        for index in range(anchor % step, count, step):
            day = self._dates[index]
            text = _day_label(day)
            if day.year != year:  # the year only under the first date and where it changes
                text += f"\n{day.year}"
                year = day.year
            labels.append((index, text))
        self._labels = labels

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relabel()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawBackground(painter, rect)
        chart = self.chart()
        if self._current is None or not chart.series():
            return
        centre = chart.mapToPosition(QPointF(self._current, 0))
        next_one = chart.mapToPosition(QPointF(self._current + 1, 0))
        half = min(max((next_one.x() - centre.x()) * 0.42, 7.0), 26.0)
        plot = chart.plotArea()
        band = QRectF(centre.x() - half, plot.top(), 2 * half, plot.height())
        painter.fillRect(chart.mapRectToScene(band), QColor(CURRENT_TINT))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        chart = self.chart()
        if not self._labels or not chart.series():
            return
        plot = chart.plotArea()
        metrics = QFontMetrics(self._label_font)
        painter.save()
        painter.setPen(QColor("#444444"))
        for index, text in self._labels:
            font = QFont(self._label_font)
            font.setBold(index == self._current)
            painter.setFont(font)
            x = chart.mapToPosition(QPointF(index, 0)).x()
            width = max(QFontMetrics(font).horizontalAdvance(line) for line in text.split("\n"))
            box = QRectF(x - width / 2 - 4, plot.bottom() + 6, width + 8, 2 * metrics.height())
            # The outermost dates may stick out of the plot, but not out of the chart.
            box.moveLeft(min(max(box.left(), 0.0), chart.size().width() - box.width()))
            painter.drawText(
                chart.mapRectToScene(box),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                text,
            )
        painter.restore()

    def _on_hovered(self, name: str, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        when = long_date(self._dates[round(point.x())])
        text = self.tr("{name}, {date}: {value}").format(
            name=name, date=when, value=round(point.y())
        )
        QToolTip.showText(QCursor.pos(), text, self)


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

    def __init__(
        self, progress: ProgressService, method: Method, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")
        self._progress = progress
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
        self.charts = [ScoreChart(prompt) for prompt in method.checkin.prompts]
        # (title, chart, caption) per question; laid out in shared grid rows, so two charts
        # side by side line up even when only one title wraps.
        self._chart_parts = [
            (self._chart_title(prompt), chart, self._chart_caption(prompt))
            for prompt, chart in zip(method.checkin.prompts, self.charts, strict=True)
        ]
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

    def _arrange(self) -> None:
        """Charts side by side when there is room, else under each other."""
        columns = 2 if self.width() >= 900 else 1
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._charts_layout
        for title, chart, caption in self._chart_parts:
            for widget in (title, chart, caption):
                grid.removeWidget(widget)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        for index, parts in enumerate(self._chart_parts):
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
            self.data = self._progress.progress(self.session.couple_id)
        except KnownError as error:
            self.data = None
            self._show_message(known_error_text(error))
            return
        self._fill(self.data, self.session.id)

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
        return {chart.key: chart.series_data() for chart in self.charts}

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
        for chart in self.charts:
            scores = [[s.score(chart.key, p.id) for s in data.sessions] for p in data.partners]
            chart.set_data(
                dates, current, list(zip([p.name for p in data.partners], scores, strict=True))
            )
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
