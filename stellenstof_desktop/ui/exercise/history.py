"""All of a couple's exercises in a table, with how often each voice came back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import (
    Balance,
    ExerciseHistory,
    ExercisePhase,
    HistoryItem,
    PartnerInfo,
    Voice,
)
from stellenstof_desktop.ui.exercise.balance_chart import BalanceChart
from stellenstof_desktop.ui.exercise.parts import (
    MUTED,
    PREVIEW_CHARS,
    VOICE_COLORS,
    font,
    phase_label,
    preview,
    text_label,
    voice_label,
)
from stellenstof_desktop.ui.hidden_input.widget import dispose
from stellenstof_desktop.ui.kit.format import short_date
from stellenstof_desktop.ui.kit.widgets import named


class ExerciseHistoryView(QWidget):
    """All of a couple's exercises: what each wanted, what was decided, and the balance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseHistory")
        self.heading = text_label(size=16, bold=True, name="historyHeading")
        self.intro = text_label(
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
        self.empty = text_label(
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
        layout.addWidget(text_label(self.tr("Balans"), size=12, bold=True))
        layout.addWidget(
            text_label(
                self.tr("Rechts: ieders stem per oefening, van oud naar nieuw."),
                style=MUTED,
            )
        )
        layout.addLayout(balance_box)
        layout.addSpacing(10)
        layout.addWidget(text_label(self.tr("Alle oefeningen"), size=12, bold=True))
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
            head = text_label(text, bold=True, style=MUTED)
            head.setWordWrap(False)
            if column:
                head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, column)
        for row, partner in enumerate(balance.partners, start=1):
            name = text_label(partner.partner.name, size=12, bold=True)
            name.setWordWrap(False)
            grid.addWidget(name, row, 0)
            for column, voice in enumerate(Voice, start=1):
                count = named(
                    QLabel(str(partner.count(voice))), f"total_{partner.partner.id}_{voice.value}"
                )
                count.setFont(font(14, bold=True))
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
                cell = QTableWidgetItem(preview(text))
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
