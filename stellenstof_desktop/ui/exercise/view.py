"""The "Samen besluiten" tab: the exercise phase by phase, and the couple's history and balance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import ExercisePhase, PartnerInfo, SessionDetails, Voice
from stellenstof_desktop.errors import KnownError, ValidationError
from stellenstof_desktop.services.exercise import (
    FLOW,
    TEXT_MAX,
    TOPIC_MAX,
    Balance,
    ExerciseHistory,
    ExerciseInfo,
    HistoryItem,
)
from stellenstof_desktop.ui.hidden_input.widget import HiddenInput, dispose
from stellenstof_desktop.ui.kit.format import clock, names, short_date
from stellenstof_desktop.ui.kit.messages import Messages, known_error_text
from stellenstof_desktop.ui.kit.widgets import named
from stellenstof_desktop.ui.session.page import SessionPage

if TYPE_CHECKING:
    from stellenstof_desktop.services.exercise import ExerciseService

T = TypeVar("T")

VOICE_COLORS = {Voice.FULLY: "#2f6b4f", Voice.PARTLY: "#d99a1e", Voice.NOT: "#b5473a"}
ACCENT = "#2f6b4f"
MUTED = "color: #5b5b5b;"
PREVIEW_CHARS = 280  # history cells show this much; the tooltip has the rest


def phase_label(phase: ExercisePhase) -> str:
    labels = {
        ExercisePhase.CHOOSE: QCoreApplication.translate("ExerciseView", "Kiezen"),
        ExercisePhase.HIDDEN: QCoreApplication.translate("ExerciseView", "Ieder apart"),
        ExercisePhase.REVEALED: QCoreApplication.translate("ExerciseView", "Laten zien"),
        ExercisePhase.TALK: QCoreApplication.translate("ExerciseView", "Praten"),
        ExercisePhase.DECIDE: QCoreApplication.translate("ExerciseView", "Besluiten"),
        ExercisePhase.DONE: QCoreApplication.translate("ExerciseView", "Klaar"),
        ExercisePhase.CANCELLED: QCoreApplication.translate("ExerciseView", "Geannuleerd"),
    }
    return labels[phase]


def voice_label(voice: Voice | None) -> str:
    labels = {
        Voice.FULLY: QCoreApplication.translate("ExerciseView", "helemaal"),
        Voice.PARTLY: QCoreApplication.translate("ExerciseView", "deels"),
        Voice.NOT: QCoreApplication.translate("ExerciseView", "niet"),
    }
    return labels[voice] if voice is not None else "—"


def _font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _text(
    text: str = "", *, size: float = 0, bold: bool = False, name: str = "", style: str = ""
) -> QLabel:
    """A wrapping plain-text label: what the couple typed is never read as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if size:
        label.setFont(_font(size, bold=bold))
    elif bold:
        label.setFont(_font(label.font().pointSizeF(), bold=True))
    if name:
        label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    return label


def _editor(name: str, placeholder: str, accessible: str) -> QPlainTextEdit:
    editor = named(QPlainTextEdit(), name)
    editor.setTabChangesFocus(True)
    editor.setPlaceholderText(placeholder)
    editor.setAccessibleName(accessible)
    editor.setMinimumHeight(70)
    return editor


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class _AtLeastMinimum(QWidget):
    """Holds one widget at its own size and reports only that widget's minimum size.

    In a resizable QScrollArea a layout with wrapped labels asks for its *preferred*
    height for the width, so editors with roomy size hints would scroll on an ordinary
    screen. Behind this wrapper the area scrolls only below the true minimum size.
    """

    def __init__(self, child: QWidget) -> None:
        super().__init__()
        self._child = child
        child.setParent(self)

    def minimumSizeHint(self) -> QSize:
        return self._child.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self._child.minimumSizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the child's minimum may have changed: tell the area
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._child.setGeometry(self.rect())


def _absent_name(info: ExerciseInfo) -> str:
    return names([p.name for p in info.absent]) or QCoreApplication.translate(
        "ExerciseView", "je partner"
    )


def _preview(text: str) -> str:
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS].rstrip() + "…"


class PhaseStepper(QWidget):
    """The five steps of the exercise in a row, the current one highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseStepper")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._labels: dict[ExercisePhase, QLabel] = {}
        for index, phase in enumerate(FLOW):
            if index:
                arrow = QLabel("›")
                arrow.setStyleSheet("color: #9a9a9a;")
                layout.addWidget(arrow)
            text = f"{index + 1}  {phase_label(phase)}" if index < 5 else f"✓  {phase_label(phase)}"
            label = named(QLabel(text), f"step_{phase.value}")
            self._labels[phase] = label
            layout.addWidget(label)
        layout.addStretch(1)

    def set_phase(self, phase: ExercisePhase) -> None:
        current = FLOW.index(phase) if phase in FLOW else -1
        for index, (step, label) in enumerate(self._labels.items()):
            if index == current:
                style = f"background: {ACCENT}; color: white; font-weight: 600;"
            elif index < current or phase is ExercisePhase.DONE:
                style = "background: #e3efe8; color: #2f5a44;"
            else:
                style = "background: #f0eeeb; color: #7a7a7a;"
            label.setStyleSheet(style + " border-radius: 10px; padding: 3px 10px;")
            label.setAccessibleName(
                phase_label(step) + (" " + self.tr("(nu)") if index == current else "")
            )


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


class ExerciseHistoryView(QWidget):
    """All of a couple's exercises: what each wanted, what was decided, and the balance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseHistory")
        self.heading = _text(size=16, bold=True, name="historyHeading")
        self.intro = _text(
            self.tr(
                "Hoe vaak kwam ieders stem terug in het gezamenlijke besluit? Alleen "
                "getoonde voorkeuren staan hier; wat nog verborgen is, blijft verborgen."
            ),
            style=MUTED,
        )
        self.totals = named(QFrame(), "balanceTotals")
        self.totals.setStyleSheet(
            "#balanceTotals { background: #ffffff; border: 1px solid #e4dbcf; border-radius: 8px; }"
        )
        self.totals_grid = QGridLayout(self.totals)
        self.totals_grid.setContentsMargins(14, 10, 14, 10)
        self.totals_grid.setHorizontalSpacing(18)
        self.totals_grid.setVerticalSpacing(6)
        self.totals.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.chart = BalanceChart()
        self.table = named(QTableWidget(0, 0), "historyTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Alle oefeningen"))
        self.empty = _text(
            self.tr("Nog geen oefeningen bij dit stel. Begin er een met ‘Nieuwe oefening’."),
            name="historyEmpty",
            style=MUTED + " padding: 12px 0;",
        )

        balance_box = QHBoxLayout()
        balance_box.addWidget(self.totals, 0, Qt.AlignmentFlag.AlignTop)
        balance_box.addSpacing(16)
        balance_box.addWidget(self.chart, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(_text(self.tr("Balans"), size=12, bold=True))
        layout.addWidget(
            _text(
                self.tr("Rechts: ieders stem per oefening, van oud naar nieuw."),
                style=MUTED,
            )
        )
        layout.addLayout(balance_box)
        layout.addSpacing(10)
        layout.addWidget(_text(self.tr("Alle oefeningen"), size=12, bold=True))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def show_history(self, couple_name: str, history: ExerciseHistory, balance: Balance) -> None:
        self.heading.setText(self.tr("Geschiedenis en balans van {name}").format(name=couple_name))
        self._fill_balance(balance)
        self.chart.set_balance(balance)
        self._fill_table(history)

    def _fill_balance(self, balance: Balance) -> None:
        """Per partner how often the voice was fully, partly or not in the decision."""
        grid = self.totals_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                dispose(widget)
        headers = [
            self.tr("Stem in het besluit"),
            self.tr("helemaal"),
            self.tr("deels"),
            self.tr("niet"),
        ]
        for column, text in enumerate(headers):
            head = _text(text, bold=True, style=MUTED)
            head.setWordWrap(False)
            if column:
                head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, column)
        for row, partner in enumerate(balance.partners, start=1):
            name = _text(partner.partner.name, size=12, bold=True)
            name.setWordWrap(False)
            grid.addWidget(name, row, 0)
            for column, voice in enumerate(Voice, start=1):
                count = named(
                    QLabel(str(partner.count(voice))), f"total_{partner.partner.id}_{voice.value}"
                )
                count.setFont(_font(14, bold=True))
                count.setAlignment(Qt.AlignmentFlag.AlignCenter)
                count.setStyleSheet(f"color: {VOICE_COLORS[voice]};")
                count.setAccessibleName(
                    self.tr("{name}, {voice}: {count}").format(
                        name=partner.partner.name, voice=voice_label(voice), count=count.text()
                    )
                )
                grid.addWidget(count, row, column)

    def _fill_table(self, history: ExerciseHistory) -> None:
        partners = history.partners
        headers = [self.tr("Datum"), self.tr("Beslissing")]
        headers += [self.tr("Voorkeur {name}").format(name=p.name) for p in partners]
        headers += [self.tr("Besluit")]
        headers += [self.tr("Stem {name}").format(name=p.name) for p in partners]
        headers += [self.tr("Stand")]
        table = self.table
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        items = list(reversed(history.items))  # newest first, like the session list
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [short_date(item.session_date), item.topic or self.tr("(geen onderwerp)")]
            cells += [self._preference(item, p) for p in partners]
            cells += [item.decision]
            cells += [voice_label(item.voice(p.id)) if item.entries else "" for p in partners]
            cells += [phase_label(item.phase)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(_preview(text))
                if len(text) > PREVIEW_CHARS:
                    cell.setToolTip(text)
                voice_column = column - 3 - len(partners)
                if 0 <= voice_column < len(partners):
                    voice = item.voice(partners[voice_column].id)
                    if voice is not None:
                        cell.setForeground(QColor(VOICE_COLORS[voice]))
                if not item.entries and 2 <= column < 2 + len(partners):
                    cell.setForeground(QColor("#7a7a7a"))
                table.setItem(row, column, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(len(headers)):
            stretch = 1 <= column <= 2 + len(partners)
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        table.resizeRowsToContents()
        self.empty.setVisible(not items)
        table.setVisible(bool(items))

    def _preference(self, item: HistoryItem, partner: PartnerInfo) -> str:
        entry = item.entry(partner.id)
        if entry is not None:
            return entry.preference
        if item.phase is ExercisePhase.CANCELLED:
            return ""
        if item.phase in (ExercisePhase.CHOOSE, ExercisePhase.HIDDEN):
            return self.tr("(nog verborgen)")
        return self.tr("(niet bij de sessie)")


class ExerciseView(SessionPage):
    """One session's exercises: choose, write hidden, reveal, talk, decide; and the history."""

    lazy = True  # built when its tab is shown, not on every session switch

    def __init__(
        self,
        exercises: ExerciseService,
        messages: Messages | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseView")
        self._exercises = exercises
        self.messages = messages or Messages()
        self.current: ExerciseInfo | None = None
        self._fields: list[tuple[str, str]] = []
        self._phase_widget: QWidget | None = None

        # top bar ---------------------------------------------------------------
        self.selector = named(QComboBox(), "exerciseSelector")
        self.selector.setAccessibleName(self.tr("Oefening in deze sessie"))
        self.selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.selector.setMinimumContentsLength(24)
        self.selector.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.selector.setMaximumWidth(520)
        self.selector.activated.connect(self._on_selected)
        selector_label = QLabel(self.tr("&Oefening:"))
        selector_label.setBuddy(self.selector)
        self.new_button = named(QPushButton(self.tr("Nieuwe oefening")), "newExercise")
        self.new_button.clicked.connect(self._on_new)
        self.cancel_button = named(QPushButton(self.tr("Annuleren…")), "cancelExercise")
        self.cancel_button.setToolTip(self.tr("Deze oefening stoppen"))
        self.cancel_button.clicked.connect(self._on_cancel)
        self.history_button = named(QPushButton(self.tr("Geschiedenis en balans")), "showHistory")
        self.history_button.setCheckable(True)
        self.history_button.toggled.connect(self._on_history_toggled)
        top = QHBoxLayout()
        top.addWidget(selector_label)
        top.addWidget(self.selector, 3)
        top.addWidget(self.new_button)
        top.addWidget(self.cancel_button)
        top.addStretch(1)
        top.addWidget(self.history_button)
        self.stepper = PhaseStepper()

        # pages -------------------------------------------------------------------
        self.stack = named(QStackedWidget(), "exerciseStack")
        self.stack.currentChanged.connect(self._on_page_changed)
        self.empty_page = self._build_empty()
        self.choose_page = self._build_choose()
        self.hidden_page = QWidget()
        self.hidden_layout = QVBoxLayout(self.hidden_page)
        self.hidden_layout.setContentsMargins(0, 0, 0, 0)
        self.hidden = self._make_hidden([])
        self.phase_page = QWidget()
        self.phase_layout = QVBoxLayout(self.phase_page)
        self.phase_layout.setContentsMargins(0, 0, 0, 0)
        self.history = ExerciseHistoryView()
        for page in (
            self.empty_page,
            self.choose_page,
            self.hidden_page,
            self.phase_page,
            _scrolling(self.history),
        ):
            self.stack.addWidget(page)
        self._on_page_changed(self.stack.currentIndex())

        # navigation --------------------------------------------------------------
        self.back_button = named(QPushButton(self.tr("← Terug")), "phaseBack")
        self.back_button.clicked.connect(self._on_back)
        self.next_button = named(QPushButton(), "phaseNext")
        self.next_button.setFont(_font(11, bold=True))
        self.next_button.setMinimumHeight(34)
        self.next_button.clicked.connect(self._on_next)
        self.nav_error = _text(name="phaseError", style="color: #b00020; font-weight: 600;")
        self.nav = QWidget()
        nav = QHBoxLayout(self.nav)
        nav.setContentsMargins(0, 6, 0, 0)
        nav.addWidget(self.back_button)
        nav.addSpacing(12)
        nav.addWidget(self.nav_error, 1)
        nav.addWidget(self.next_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.stepper)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.nav)
        # In a small window the tab scrolls instead of making the whole window bigger.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolling(_AtLeastMinimum(body)))
        self.setEnabled(False)

    def title(self) -> str:
        return self.tr("Samen besluiten")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current is not None and self.stack.currentWidget() is self.choose_page:
            self.topic.setFocus()  # the tab was opened: typing goes into the decision

    # construction ------------------------------------------------------------
    def _build_empty(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(_text(self.tr("Samen besluiten"), size=20, bold=True))
        layout.addWidget(
            _text(
                self.tr(
                    "Een korte oefening die jullie elke week kunnen herhalen: een kleine "
                    "beslissing die eraan komt, samen genomen, zo dat ieders stem erin terugkomt."
                ),
                size=12,
            )
        )
        steps = [
            self.tr("1.  Kies een kleine beslissing, bijvoorbeeld een uitje in het weekend."),
            self.tr(
                "2.  Ieder schrijft apart een voorkeur op. Niemand kijkt mee, ook de coach niet."
            ),
            self.tr("3.  Laat beide voorkeuren tegelijk zien."),
            self.tr("4.  Praat erover zonder meteen een compromis te zoeken."),
            self.tr("5.  Besluit samen, en kijk hoeveel van ieders stem erin zit."),
        ]
        for step in steps:
            layout.addWidget(_text(step, size=12, style="padding-left: 8px;"))
        layout.addSpacing(12)
        self.empty_solo = _text(name="emptySolo", style=MUTED)
        layout.addWidget(self.empty_solo)
        start = named(QPushButton(self.tr("Nieuwe oefening beginnen")), "emptyNewExercise")
        start.setFont(_font(12, bold=True))
        start.setMinimumHeight(40)
        start.clicked.connect(self._on_new)
        row = QHBoxLayout()
        row.addWidget(start)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_choose(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(
            _text(self.tr("Over welke kleine beslissing gaat het?"), size=18, bold=True)
        )
        layout.addWidget(
            _text(
                self.tr(
                    "Kies iets kleins en concreets voor de komende dagen: een uitje, wat jullie "
                    "eten, wie wat doet op zondag. Geen groot onderwerp; het gaat om oefenen."
                ),
                style=MUTED,
            )
        )
        self.topic = named(QLineEdit(), "topicEdit")
        self.topic.setMaxLength(TOPIC_MAX)
        self.topic.setFont(_font(15))
        self.topic.setMinimumHeight(40)
        self.topic.setPlaceholderText(
            self.tr("Bijvoorbeeld: Wat doen we zaterdagmiddag met de kinderen?")
        )
        self.topic.setAccessibleName(self.tr("De beslissing"))
        self.topic.textEdited.connect(self._on_topic_edited)
        self.topic.returnPressed.connect(self._on_next)
        self.topic_error = _text(name="topicError", style="color: #b00020; font-weight: 600;")
        self.topic_error.hide()
        self.choose_solo = _text(name="chooseSolo", style="background: #fbf3e4; padding: 8px;")
        self.start_button = named(
            QPushButton(self.tr("Verder: ieder apart een voorkeur →")), "startExercise"
        )
        self.start_button.setFont(_font(12, bold=True))
        self.start_button.setMinimumHeight(40)
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self._on_next)
        start_row = QHBoxLayout()
        start_row.addWidget(
            _text(
                self.tr(
                    "Daarna krijgt ieder om de beurt de laptop en schrijft apart een "
                    "voorkeur op. Druk op Enter of op ‘Verder’ als de beslissing er staat."
                ),
                style=MUTED,
            ),
            1,
        )
        start_row.addSpacing(16)
        start_row.addWidget(self.start_button)
        layout.addWidget(self.topic)
        layout.addWidget(self.topic_error)
        layout.addLayout(start_row)
        layout.addSpacing(8)
        layout.addWidget(self.choose_solo)
        layout.addStretch(1)
        return page

    def _make_hidden(self, fields: list[tuple[str, str]]) -> HiddenInput:
        widget = HiddenInput(
            fields or [("preference", self.tr("Mijn voorkeur"))], max_chars=TEXT_MAX
        )
        widget.submitted.connect(self._on_submitted)
        widget.reveal_requested.connect(self._on_reveal)
        widget.cancel_requested.connect(self._on_cancel)
        widget.stage_changed.connect(self._on_stage_changed)
        self.hidden_layout.addWidget(widget)
        widget.show()
        self._fields = fields
        return widget

    def _hidden_fields(self, info: ExerciseInfo) -> list[tuple[str, str]]:
        fields = [
            ("preference", self.tr("Mijn voorkeur")),
            ("reason", self.tr("Waarom? (mag je leeg laten)")),
        ]
        if info.solo:
            fields.append(
                (
                    "expected_other",
                    self.tr(
                        "Wat denk je dat {name} zou kiezen? (om thuis samen na te gaan)"
                    ).format(name=_absent_name(info)),
                )
            )
        return fields

    # loading -----------------------------------------------------------------
    def load(self, session: SessionDetails | None) -> None:
        self.history_button.blockSignals(True)
        self.history_button.setChecked(False)
        self.history_button.blockSignals(False)
        if session is None:
            self.selector.clear()
            self._show(None)
            return
        solo = self.tr(
            "Alleen {present} is er vandaag. {present} schrijft een eigen voorkeur op, en wat "
            "{absent} volgens {present} zou kiezen; dat kunnen jullie thuis samen nagaan."
        ).format(
            present=names([p.name for p in session.attendees]),
            absent=names([p.name for p in session.partners if p.id not in session.attended_ids])
            or self.tr("de ander"),
        )
        alone = len(session.attendees) < 2
        for label in (self.empty_solo, self.choose_solo):
            label.setText(solo if alone else "")
            label.setVisible(alone)
        items = self._call(lambda: self._exercises.list_for_session(session.id)) or []
        active = [x for x in items if x.phase not in (ExercisePhase.DONE, ExercisePhase.CANCELLED)]
        pick = active[0] if active else (items[-1] if items else None)
        self._fill_selector(items, pick.id if pick else None)
        self._show(pick)

    def _fill_selector(self, items: list[ExerciseInfo], select: int | None) -> None:
        self.selector.blockSignals(True)
        self.selector.clear()
        for x in items:
            topic = x.topic.strip() or self.tr("(nog geen onderwerp)")
            self.selector.addItem(f"{x.position}. {topic}  —  {phase_label(x.phase)}", x.id)
        index = self.selector.findData(select) if select is not None else -1
        self.selector.setCurrentIndex(index)
        self.selector.blockSignals(False)
        self.selector.setEnabled(bool(items))

    def _refresh_selector(self) -> None:
        if self.session is None:
            return
        session_id = self.session.id
        items = self._call(lambda: self._exercises.list_for_session(session_id)) or []
        self._fill_selector(items, self.current.id if self.current else None)

    def _show(self, info: ExerciseInfo | None) -> None:
        """Put `info`'s phase on screen; everything shown comes from the stored state."""
        self.current = info
        self.nav_error.clear()
        self.topic_error.hide()
        if self.history_button.isChecked():
            self.history_button.setChecked(False)  # shows the exercise again via the slot
            return
        self.stepper.setVisible(info is not None and info.phase is not ExercisePhase.CANCELLED)
        self.cancel_button.setEnabled(
            info is not None and info.phase not in (ExercisePhase.DONE, ExercisePhase.CANCELLED)
        )
        if info is None:
            self.hidden.clear()
            self._set_phase_widget(None)
            self.stack.setCurrentWidget(self.empty_page)
            self.nav.hide()
            return
        self.stepper.set_phase(info.phase)
        if info.phase is ExercisePhase.CHOOSE:
            self.hidden.clear()
            self._set_phase_widget(None)
            self.topic.setText(info.topic)  # textEdited does not fire: nothing to save
            self.stack.setCurrentWidget(self.choose_page)
            self.topic.setFocus()
        elif info.phase is ExercisePhase.HIDDEN:
            self._set_phase_widget(None)
            fields = self._hidden_fields(info)
            if fields != self._fields:
                self.hidden.clear()
                dispose(self.hidden)
                self.hidden = self._make_hidden(fields)
            self.stack.setCurrentWidget(self.hidden_page)
            self.hidden.start(info.topic, info.participants, set(info.entered))
        else:
            self.hidden.clear()
            self._set_phase_widget(self._build_phase(info))
            self.stack.setCurrentWidget(self.phase_page)
        self._update_nav(info)

    def _set_phase_widget(self, widget: QWidget | None) -> None:
        if self._phase_widget is not None:
            dispose(self._phase_widget)
        self._phase_widget = widget
        if widget is not None:
            self.phase_layout.addWidget(widget)
            widget.show()  # now, not on the next turn of the event loop

    def _update_nav(self, info: ExerciseInfo) -> None:
        texts = {
            ExercisePhase.REVEALED: self.tr("Verder: erover praten →"),
            ExercisePhase.TALK: self.tr("Verder: samen besluiten →"),
            ExercisePhase.DECIDE: self.tr("Afronden ✓"),
        }
        back = {
            ExercisePhase.HIDDEN: self.tr("← Beslissing aanpassen"),
            ExercisePhase.TALK: self.tr("← Terug naar de voorkeuren"),
            ExercisePhase.DECIDE: self.tr("← Terug naar het gesprek"),
            ExercisePhase.DONE: self.tr("← Terug naar het besluit"),
        }
        has_next = info.phase in texts
        # Before the first entry the topic can still be changed, but only from the
        # hand-over screen: a partner who is typing gets no buttons that lead elsewhere.
        has_back = info.can_go_back and (
            info.phase is not ExercisePhase.HIDDEN or self.hidden.stage == "handover"
        )
        self.next_button.setVisible(has_next)
        self.next_button.setText(texts.get(info.phase, ""))
        self.back_button.setVisible(has_back)
        self.back_button.setText(back.get(info.phase, self.tr("← Terug")))
        self.nav.setVisible(has_next or has_back)

    # the phases after the reveal ---------------------------------------------
    def _build_phase(self, info: ExerciseInfo) -> QWidget:
        if info.phase is ExercisePhase.CANCELLED:
            return self._build_cancelled(info)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(_text(f"“{info.topic}”", size=16, bold=True, name="phaseTopic"))
        if info.phase is ExercisePhase.TALK:
            layout.addLayout(self._cards(info, large=False))
            layout.addWidget(self._talk(info), 1)
            return content  # the editors scroll themselves; the page fits the tab
        if info.phase is ExercisePhase.DECIDE:
            layout.addLayout(self._cards(info, large=False))
            layout.addWidget(self._decide(info), 1)
            return content
        if info.phase is ExercisePhase.REVEALED:
            if info.solo:
                lead = self.tr("Dit schreef {name} op.").format(name=info.participants[0].name)
            else:
                lead = self.tr("Dit schreven jullie ieder apart op. Lees het om de beurt voor.")
            layout.addWidget(_text(lead, style=MUTED))
            layout.addLayout(self._cards(info, large=True))
        else:
            layout.addWidget(self._summary(info))
        layout.addStretch(1)
        return _scrolling(content)  # revealed texts can be long

    def _cards(self, info: ExerciseInfo, *, large: bool) -> QHBoxLayout:
        """The revealed preferences side by side, with the names."""
        size = 17 if large else 13
        row = QHBoxLayout()
        row.setSpacing(14)
        for entry in info.entries:
            card, card_layout = self._card(entry.partner.name, f"card_{entry.partner.id}")
            preference = entry.preference if large else _preview(entry.preference)
            card_layout.addWidget(_text(preference, size=size, name="preferenceText"))
            if entry.reason and large:
                card_layout.addSpacing(4)
                card_layout.addWidget(_text(self.tr("Waarom"), bold=True, style=MUTED))
                card_layout.addWidget(_text(entry.reason, size=13, name="reasonText"))
            elif entry.reason:
                card_layout.addWidget(_text(_preview(entry.reason), style=MUTED))
            card_layout.addStretch(1)
            row.addWidget(card, 1)
            if info.solo:
                title = self.tr("Wat {name} denkt dat {absent} kiest").format(
                    name=entry.partner.name, absent=_absent_name(info)
                )
                guess, guess_layout = self._card(title, f"expected_{entry.partner.id}", muted=True)
                expected = entry.expected_other or self.tr("(niet ingevuld)")
                guess_layout.addWidget(
                    _text(expected if large else _preview(expected), size=size, name="expectedText")
                )
                if large:
                    guess_layout.addSpacing(4)
                    guess_layout.addWidget(
                        _text(
                            self.tr("Om thuis samen met {name} na te gaan.").format(
                                name=_absent_name(info)
                            ),
                            style=MUTED,
                        )
                    )
                guess_layout.addStretch(1)
                row.addWidget(guess, 1)
        return row

    def _card(self, title: str, name: str, *, muted: bool = False) -> tuple[QFrame, QVBoxLayout]:
        card = named(QFrame(), name)
        background = "#f7f3ee" if muted else "#ffffff"
        card.setStyleSheet(
            f"#{name} {{ background: {background}; border: 1px solid #e4dbcf;"
            " border-radius: 10px; }"
        )
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(4)
        layout.addWidget(_text(title, size=14, bold=True, style=f"color: {ACCENT};"))
        return card, layout

    def _talk(self, info: ExerciseInfo) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        reminder = _text(
            self.tr(
                "Neem de tijd en zoek nog geen compromis. Vraag eerst wat je aanspreekt in "
                "wat de ander wil, en waarom het voor de ander belangrijk is. Besluiten komt "
                "straks."
            ),
            name="talkReminder",
            size=12,
            style="background: #fbf3e4; border: 1px solid #e2c48f; border-radius: 6px;"
            " padding: 10px; color: #5a4214;",
        )
        layout.addWidget(reminder)
        row = QHBoxLayout()
        for entry in info.entries:
            others = [e.partner.name for e in info.entries if e.partner.id != entry.partner.id]
            if others:
                question = self.tr("{name}: wat spreekt je aan in de voorkeur van {other}?")
            else:
                question = self.tr("{name}: wat spreekt je aan in wat {other} misschien kiest?")
            other = names(others) if others else _absent_name(info)
            column = QVBoxLayout()
            label = _text(question.format(name=entry.partner.name, other=other), bold=True)
            editor = _editor(
                f"appeal_{entry.partner.id}",
                self.tr("Wat spreekt je hierin aan?"),
                self.tr("Wat spreekt {name} hierin aan?").format(name=entry.partner.name),
            )
            label.setBuddy(editor)
            editor.setPlainText(entry.appeal)
            editor.textChanged.connect(
                lambda pid=entry.partner.id, ed=editor: self._on_appeal_changed(pid, ed)
            )
            column.addWidget(label)
            column.addWidget(editor, 1)
            row.addLayout(column, 1)
        layout.addLayout(row, 2)
        notes_label = _text(self.tr("Aantekeningen bij het gesprek (samen)"), bold=True)
        self.talk_notes = _editor(
            "talkNotes",
            self.tr("Wat viel op? Wat werd duidelijk?"),
            self.tr("Aantekeningen bij het gesprek"),
        )
        notes_label.setBuddy(self.talk_notes)
        self.talk_notes.setPlainText(info.talk_notes)
        exercise_id = info.id
        self.talk_notes.textChanged.connect(
            lambda: self._on_text_changed(
                "talk_notes", self.talk_notes, self._exercises.set_talk_notes, exercise_id
            )
        )
        layout.addWidget(notes_label)
        layout.addWidget(self.talk_notes, 2)
        return box

    def _decide(self, info: ExerciseInfo) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(18)
        left = QVBoxLayout()
        if info.solo:
            question = self.tr("Wat neem je mee naar huis om samen met {name} te bespreken?")
        else:
            question = self.tr("Wat besluiten jullie samen?")
        decision_label = _text(question.format(name=_absent_name(info)), size=12, bold=True)
        self.decision = _editor(
            "decisionEdit",
            self.tr("Je voorstel, in je eigen woorden")
            if info.solo
            else self.tr("Het besluit, in jullie eigen woorden"),
            self.tr("Het gezamenlijke besluit"),
        )
        decision_label.setBuddy(self.decision)
        self.decision.setPlainText(info.decision)
        exercise_id = info.id
        self.decision.textChanged.connect(
            lambda: self._on_text_changed(
                "decision", self.decision, self._exercises.set_decision, exercise_id
            )
        )
        follow_label = _text(self.tr("Wie regelt wat? (mag leeg blijven)"), bold=True)
        self.follow_up = _editor(
            "followUpEdit",
            self.tr("Bijvoorbeeld: wie zoekt iets op, wie regelt de oppas, wanneer."),
            self.tr("Wie regelt wat"),
        )
        follow_label.setBuddy(self.follow_up)
        self.follow_up.setPlainText(info.follow_up)
        self.follow_up.textChanged.connect(
            lambda: self._on_text_changed(
                "follow_up", self.follow_up, self._exercises.set_follow_up, exercise_id
            )
        )
        left.addWidget(decision_label)
        left.addWidget(self.decision, 3)
        left.addWidget(follow_label)
        left.addWidget(self.follow_up, 2)

        right = QVBoxLayout()
        heading = (
            self.tr("Hoeveel van jouw stem zit erin?")
            if info.solo
            else self.tr("Hoeveel van ieders stem zit in het besluit?")
        )
        right.addWidget(_text(heading, size=12, bold=True))
        self.voice_groups: dict[int, QButtonGroup] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        for row, entry in enumerate(info.entries):
            grid.addWidget(_text(entry.partner.name, bold=True), row, 0)
            group = QButtonGroup(box)
            group.setExclusive(True)
            for column, voice in enumerate(Voice, start=1):
                radio = named(
                    QRadioButton(voice_label(voice)), f"voice_{entry.partner.id}_{voice.value}"
                )
                radio.setAccessibleName(
                    self.tr("Stem van {name}: {voice}").format(
                        name=entry.partner.name, voice=voice_label(voice)
                    )
                )
                radio.setChecked(entry.voice is voice)
                group.addButton(radio)
                grid.addWidget(radio, row, column)
                radio.toggled.connect(
                    lambda on, pid=entry.partner.id, v=voice: self._on_voice(pid, v, on)
                )
            self.voice_groups[entry.partner.id] = group
        right.addLayout(grid)
        right.addWidget(
            _text(
                self.tr(
                    "Helemaal: wat deze partner wilde, zit er duidelijk in. Deels: een "
                    "stukje ervan. Niet: het besluit gaat aan deze wens voorbij."
                ),
                style=MUTED,
            )
        )
        right.addStretch(1)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        return box

    def _summary(self, info: ExerciseInfo) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._cards(info, large=False))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        decided = self.tr("Voorstel voor thuis") if info.solo else self.tr("Besluit")
        rows = [(decided, info.decision, "summaryDecision")]
        for entry in info.entries:
            rows.append(
                (
                    self.tr("Stem van {name}").format(name=entry.partner.name),
                    voice_label(entry.voice),
                    f"summaryVoice_{entry.partner.id}",
                )
            )
        for entry in info.entries:
            if entry.appeal:
                rows.append(
                    (
                        self.tr("Wat {name} aansprak").format(name=entry.partner.name),
                        entry.appeal,
                        f"summaryAppeal_{entry.partner.id}",
                    )
                )
        if info.talk_notes:
            rows.append((self.tr("Gesprek"), info.talk_notes, "summaryTalk"))
        if info.follow_up:
            rows.append((self.tr("Wie regelt wat"), info.follow_up, "summaryFollowUp"))
        for row, (label, value, name) in enumerate(rows):
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(_text(label, size=12, bold=True, style=MUTED), row, 0, top)
            grid.addWidget(_text(value, size=12, name=name), row, 1, top)
        layout.addLayout(grid)
        layout.addWidget(_text(self._times(info), name="phaseTimes", style=MUTED))
        return box

    def _times(self, info: ExerciseInfo) -> str:
        parts = []
        for phase in FLOW:
            when = info.phase_times.get(phase)
            if when is not None:
                parts.append(f"{phase_label(phase)} {clock(when.time())}")
        return self.tr("Tijden: {times}").format(times="  ·  ".join(parts))

    def _build_cancelled(self, info: ExerciseInfo) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(_text(self.tr("Deze oefening is geannuleerd"), size=18, bold=True))
        if info.topic:
            layout.addWidget(_text(f"“{info.topic}”", size=14))
        note = (
            self.tr("Wat er was getoond en besproken, staat nog in de geschiedenis.")
            if info.revealed
            else self.tr("Wat er verborgen was opgeschreven, is gewist zonder dat iemand het zag.")
        )
        layout.addWidget(_text(note, style=MUTED))
        layout.addStretch(1)
        return box

    # actions -----------------------------------------------------------------
    def _call(self, action: Callable[[], T]) -> T | None:
        """Run a service call; a known problem becomes a message (next to its field if shown)."""
        try:
            return action()
        except ValidationError as error:
            page = self.stack.currentWidget()
            if error.field == "topic" and page is self.choose_page:
                self.topic_error.setText(known_error_text(error))
                self.topic_error.show()
            elif page is self.phase_page and self.nav.isVisibleTo(self):
                self.nav_error.setText(known_error_text(error))
            else:
                self.messages.known_error(self, error)
            return None
        except KnownError as error:
            self.messages.known_error(self, error)
            return None

    def _run(self, action: Callable[[], object]) -> bool:
        """Like `_call` for calls without a result: True when it worked."""
        return self._call(lambda: action() or True) is not None

    def _transition(self, action: Callable[[int], ExerciseInfo]) -> None:
        """A phase change: write pending text first, then save the change at once."""
        if self.current is None or not self.flush():
            return
        exercise_id = self.current.id
        self.topic_error.hide()
        info = self._call(lambda: action(exercise_id))
        if info is None:
            return
        self.saved.emit(datetime.now())
        self._show(info)
        self._refresh_selector()

    def _on_new(self) -> None:
        if self.session is None or not self.flush():
            return
        session_id = self.session.id
        info = self._call(lambda: self._exercises.create(session_id))
        if info is None:
            return
        self.saved.emit(datetime.now())
        self.current = info
        self._refresh_selector()
        self._show(info)

    def _on_selected(self, index: int) -> None:
        exercise_id = self.selector.itemData(index)
        if exercise_id is None or (self.current and self.current.id == exercise_id):
            return
        if not self.flush():
            return
        info = self._call(lambda: self._exercises.get(int(exercise_id)))
        self._show(info)

    def _on_next(self) -> None:
        self._transition(self._exercises.advance)

    def _on_back(self) -> None:
        self._transition(self._exercises.go_back)

    def _on_reveal(self) -> None:
        self._transition(self._exercises.reveal)

    def _on_cancel(self) -> None:
        info = self.current
        if info is None or info.phase in (ExercisePhase.DONE, ExercisePhase.CANCELLED):
            return
        topic = info.topic.strip() or self.tr("(nog geen onderwerp)")
        if info.phase is ExercisePhase.CHOOSE:
            text = self.tr("De oefening “{topic}” weggooien? Er is nog niets ingevuld.")
        elif not info.revealed:
            text = self.tr(
                "De oefening “{topic}” stoppen? Wat er al verborgen is opgeschreven, wordt "
                "gewist zonder dat iemand het ziet."
            )
        else:
            text = self.tr(
                "De oefening “{topic}” stoppen? Wat er al is getoond en besproken blijft in de "
                "geschiedenis, maar telt niet mee in de balans."
            )
        if not self.messages.confirm(
            self,
            self.tr("Oefening annuleren"),
            text.format(topic=topic),
            self.tr("Oefening annuleren"),
        ):
            return
        self.flush()
        exercise_id = info.id
        if not self._run(lambda: self._exercises.cancel(exercise_id)):
            return
        self.saved.emit(datetime.now())
        self.current = None
        if self.session is not None:
            self.load(self.session)

    def _on_submitted(self, partner_id: int, texts: dict[str, str]) -> None:
        """Store a hidden entry at once; on failure the partner starts again from the hand-over."""
        info = self.current
        if info is None:
            return
        exercise_id = info.id
        stored = self._call(
            lambda: self._exercises.submit_hidden(
                exercise_id,
                partner_id,
                texts.get("preference", ""),
                texts.get("reason", ""),
                texts.get("expected_other", ""),
            )
        )
        texts.clear()  # the caller's dict: nothing of it outlives this call
        if stored is None:
            fresh = self._call(lambda: self._exercises.get(exercise_id))
            if fresh is not None:
                self.current = fresh
                self.hidden.start(fresh.topic, fresh.participants, set(fresh.entered))
            return
        self.saved.emit(datetime.now())
        self.current = stored
        self.stepper.set_phase(stored.phase)
        self._update_nav(stored)
        self._refresh_selector()

    def _on_page_changed(self, index: int) -> None:
        """Only the page on screen counts for the tab's minimum size, not the tallest one."""
        for i in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = self.stack.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)

    def _on_stage_changed(self, stage: str) -> None:
        del stage
        if self.current is not None and self.current.phase is ExercisePhase.HIDDEN:
            self._update_nav(self.current)

    def _on_history_toggled(self, on: bool) -> None:
        if not on:
            self._show(self.current)
            return
        if self.session is None or not self.flush():
            return
        couple_id, couple_name = self.session.couple_id, self.session.couple_name
        history = self._call(lambda: self._exercises.history(couple_id))
        balance = self._call(lambda: self._exercises.balance(couple_id))
        if history is None or balance is None:
            self.history_button.setChecked(False)
            return
        self.history.show_history(couple_name, history, balance)
        self.stepper.hide()
        self.nav.hide()
        self.stack.setCurrentIndex(self.stack.count() - 1)

    # autosave ----------------------------------------------------------------
    def _on_topic_edited(self, text: str) -> None:
        if self.current is None:
            return
        exercise_id = self.current.id
        self.topic_error.hide()
        self.changed(
            ("topic", exercise_id),
            lambda: self._exercises.set_topic(exercise_id, self.topic.text()),
        )
        del text

    def _on_text_changed(
        self,
        key: str,
        editor: QPlainTextEdit,
        save: Callable[[int, str], None],
        exercise_id: int,
    ) -> None:
        self.changed((key, exercise_id), lambda: save(exercise_id, editor.toPlainText()))

    def _on_appeal_changed(self, partner_id: int, editor: QPlainTextEdit) -> None:
        if self.current is None:
            return
        exercise_id = self.current.id
        self.changed(
            ("appeal", exercise_id, partner_id),
            lambda: self._exercises.set_appeal(exercise_id, partner_id, editor.toPlainText()),
        )

    def _on_voice(self, partner_id: int, voice: Voice, on: bool) -> None:
        if not on or self.current is None:
            return
        exercise_id = self.current.id
        self.nav_error.clear()
        if not self._run(lambda: self._exercises.set_voice(exercise_id, partner_id, voice)):
            return
        self.saved.emit(datetime.now())
