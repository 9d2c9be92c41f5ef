"""Vector charts for the summary (reportlab.graphics): scores over sessions, a 0–10 bar."""

from __future__ import annotations

from reportlab.graphics.charts.legends import LineLegend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.platypus import Flowable

from stellenstof_desktop.report.fonts import FONT, printable
from stellenstof_desktop.report.model import ProgressChart
from stellenstof_desktop.report.text import day_month

INK = colors.HexColor("#2b2b2b")
MUTED = colors.HexColor("#6f6a62")
GRID = colors.HexColor("#e4dfd5")
TRACK = colors.HexColor("#ece7dd")
# Partner 1 and 2 keep their colour in every chart and bar of the summary.
PARTNER_COLOURS = {1: colors.HexColor("#2f6f73"), 2: colors.HexColor("#c0784a")}
OTHER_COLOUR = colors.HexColor("#7a6f9b")


def partner_colour(position: int) -> colors.Color:
    return PARTNER_COLOURS.get(position, OTHER_COLOUR)


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # Else each drawing starts in Times-Roman, and the PDF lists a font it does not embed.
    drawing.initialFontName = FONT  # type: ignore[attr-defined]  # in _attrMap, not the stubs
    return drawing


def progress_chart(
    chart: ProgressChart, width: float, height: float, language: str = "nl"
) -> Drawing:
    """One check-in question over the sessions: a line per partner, 0–10 upwards."""
    drawing = _drawing(width, height)
    legend_height = 16
    plot = LinePlot()
    plot.x, plot.y = 26, 22
    plot.width = int(width) - plot.x - 12
    plot.height = int(height) - plot.y - legend_height - 8
    count = len(chart.dates)
    plot.data = [
        [(i, v) for i, v in enumerate(line.values) if v is not None] for line in chart.lines
    ]
    for index, line in enumerate(chart.lines):
        colour = partner_colour(line.partner.position)
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = 1.8
        # types-reportlab declares `def makeMarker(name, **kw)` without annotations.
        marker = makeMarker("FilledCircle", size=6, fillColor=colour)  # type: ignore[no-untyped-call]
        plot.lines[index].symbol = marker
        plot.lines[index].symbol.strokeColor = colors.white
        plot.lines[index].symbol.strokeWidth = 0.8
    x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
    # Half a step of air at both ends, so the first and last dots are not on the frame.
    x_axis.valueMin, x_axis.valueMax = -0.5, max(count - 0.5, 0.5)
    x_axis.valueSteps = list(range(count))
    x_axis.labelTextFormat = lambda i: (
        day_month(chart.dates[int(i)], language) if 0 <= i < count else ""
    )
    y_axis.valueMin, y_axis.valueMax, y_axis.valueStep = 0, 10, 2
    for axis in (x_axis, y_axis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
        axis.labels.fillColor = MUTED
        axis.strokeColor = GRID
    x_axis.tickDown = 0
    y_axis.tickLeft = 0
    x_axis.labels.dy = -3
    y_axis.visibleGrid = True
    y_axis.gridStrokeColor = GRID
    y_axis.gridStrokeWidth = 0.5
    y_axis.visibleAxis = False
    if count > 12:  # keep the date labels readable on a long course
        x_axis.labels.angle = 30
        x_axis.labels.boxAnchor = "ne"
    drawing.add(plot)

    legend = LineLegend()
    legend.x, legend.y = plot.x, int(height) - 4
    legend.fontName = FONT
    legend.fontSize = 8
    legend.fillColor = INK
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.dx, legend.dy = 16, 2
    legend.strokeWidth = 2
    legend.alignment = "right"
    legend.colorNamePairs = [
        (partner_colour(line.partner.position), printable(line.partner.name)[:30])
        for line in chart.lines
    ]
    drawing.add(legend)
    return drawing


class ScoreBar(Flowable):
    """A 0–10 score as a filled bar on a light track, with a dot at the score.

    Drawn straight on the canvas: a reportlab.graphics Drawing per bar costs ~10 ms.
    """

    def __init__(self, value: int, position: int, width: float = 120, height: float = 10) -> None:
        super().__init__()
        self.value = max(0, min(10, value))
        self.colour = partner_colour(position)
        self.width, self.height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        radius = self.height / 2
        track_y = radius - 2
        canvas.setFillColor(TRACK)
        canvas.roundRect(0, track_y, self.width, 4, 2, stroke=0, fill=1)
        filled = self.width * self.value / 10
        canvas.setFillColor(self.colour)
        if filled:
            canvas.roundRect(0, track_y, filled, 4, 2, stroke=0, fill=1)
        centre = min(max(filled, radius), self.width - radius)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1)
        canvas.circle(centre, radius, radius - 0.5, stroke=1, fill=1)
