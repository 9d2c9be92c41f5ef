"""A hand-painted chart: per partner one mark per exercise, how much of their voice was in it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from stellenstof_desktop.domain import Balance, Voice
from stellenstof_desktop.ui.exercise.parts import VOICE_COLORS


class BalanceChart(QWidget):
    """Per partner a row of marks, one per exercise in time: full, half or empty."""

    NAME_WIDTH = 120
    CELL = 22
    GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChart")
        self._balance: Balance | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Balans in de tijd"))

    def set_balance(self, balance: Balance | None) -> None:
        self._balance = balance
        parts = []
        for partner in balance.partners if balance else ():
            parts.append(
                self.tr("{name}: {fully}× helemaal, {partly}× deels, {not_}× niet").format(
                    name=partner.partner.name,
                    fully=partner.count(Voice.FULLY),
                    partly=partner.count(Voice.PARTLY),
                    not_=partner.count(Voice.NOT),
                )
            )
        self.setAccessibleDescription(". ".join(parts))
        self.updateGeometry()
        self.update()

    def _rows(self) -> int:
        return len(self._balance.partners) if self._balance else 0

    def sizeHint(self) -> QSize:
        points = len(self._balance.points) if self._balance else 0
        width = self.NAME_WIDTH + max(points, 6) * (self.CELL + self.GAP) + 16
        return QSize(width, self._rows() * (self.CELL + self.GAP) + 58)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.NAME_WIDTH + 120, self.sizeHint().height())

    def _cell(self) -> float:
        """Cells shrink to fit a long history into the available width."""
        points = len(self._balance.points) if self._balance else 0
        room = self.width() - self.NAME_WIDTH - 8
        return max(6.0, min(float(self.CELL), room / max(points, 1) - self.GAP))

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        balance = self._balance
        if balance is None or not balance.points:
            painter.setPen(QColor("#7a7a7a"))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Nog geen besluiten met een stem erbij."),
            )
            return
        cell = self._cell()
        step = cell + self.GAP
        for row, partner in enumerate(balance.partners):
            y = row * (self.CELL + self.GAP) + 4
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(0, y, self.NAME_WIDTH - 10, self.CELL),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                partner.partner.name,
            )
            for column, point in enumerate(balance.points):
                rect = QRectF(
                    self.NAME_WIDTH + column * step, y + (self.CELL - cell) / 2, cell, cell
                )
                self._mark(painter, rect, point.voices.get(partner.partner.id))
        # dates under the first, the last and, where room allows, the marks between
        baseline = self._rows() * (self.CELL + self.GAP) + 4
        painter.setPen(QColor("#6b6b6b"))
        small = painter.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        every = max(1, int(70 // step))
        last = len(balance.points) - 1
        for column, point in enumerate(balance.points):
            if column % every and column != last:
                continue
            x = self.NAME_WIDTH + column * step
            painter.drawText(
                QRectF(x - 30 + cell / 2, baseline, 60, 16),
                Qt.AlignmentFlag.AlignHCenter,
                point.session_date.strftime("%d-%m"),
            )
        self._legend(painter, baseline + 22)

    def _mark(self, painter: QPainter, rect: QRectF, voice: Voice | None) -> None:
        if voice is None:
            painter.setPen(QPen(QColor("#c9c9c9"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
            return
        color = QColor(VOICE_COLORS[voice])
        painter.setPen(QPen(color, 2))
        painter.setBrush(color if voice is Voice.FULLY else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        if voice is Voice.PARTLY:  # half filled: readable without colour too
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            half = QRectF(rect.left() + 1, rect.center().y(), rect.width() - 2, rect.height() / 2)
            painter.drawRoundedRect(half.adjusted(0, 0, 0, -1), 3, 3)

    def _legend(self, painter: QPainter, y: float) -> None:
        x = float(self.NAME_WIDTH)
        for voice in Voice:
            self._mark(painter, QRectF(x, y, 14, 14), voice)
            painter.setPen(QColor("#333333"))
            text = {
                Voice.FULLY: self.tr("helemaal"),
                Voice.PARTLY: self.tr("deels"),
                Voice.NOT: self.tr("niet"),
            }[voice]
            painter.drawText(QRectF(x + 20, y - 2, 260, 18), Qt.AlignmentFlag.AlignLeft, text)
            x += 20 + painter.fontMetrics().horizontalAdvance(text) + 24
