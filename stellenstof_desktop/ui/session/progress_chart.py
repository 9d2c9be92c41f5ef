"""The score chart of the "Voortgang" tab: one check-in question over the sessions.

QtCharts loads with this module; only `ui/session/progress.py` imports it, and that module
only once the database is open (see `ui/tabs.py`).
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
from PySide6.QtCore import QDate, QLocale, QMargins, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QToolTip, QWidget

from stellenstof_desktop.ui.kit.format import long_date

if TYPE_CHECKING:
    from stellenstof_desktop.content import Prompt

# The open session, in the charts and in the progress tab's grid alike.
CURRENT_TINT = "#fbe9d0"


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
