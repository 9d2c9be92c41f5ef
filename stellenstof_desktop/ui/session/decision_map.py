"""The step-3 decision map: per area who decides now, and who each partner would like to."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from stellenstof_desktop.content import DecisionArea
from stellenstof_desktop.domain import PartnerInfo
from stellenstof_desktop.ui.kit.labels import apply_text_style

TOGETHER = "samen"


class DecisionMap(QWidget):
    """A grid of choices; `choices_changed(column)` says which column (None = now) changed."""

    choices_changed = Signal(object)  # partner id whose wishes changed, or None for "now"

    def __init__(
        self,
        areas: Sequence[DecisionArea],
        partners: Sequence[PartnerInfo],
        present: set[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._areas = list(areas)
        self._partners = list(partners)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        headers = [self.tr("Onderwerp"), self.tr("Wie beslist nu?")] + [
            self.tr("{name} zou willen").format(name=p.name) for p in self._partners
        ]
        for column, text in enumerate(headers):
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            apply_text_style(label, "font-weight: 600;")
            grid.addWidget(label, 0, column)
        self.combos: dict[tuple[str, int | None], QComboBox] = {}
        columns: list[int | None] = [None, *[p.id for p in self._partners]]
        for row, area in enumerate(self._areas, start=1):
            name = QLabel(area.label)
            name.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(name, row, 0)
            for column, owner in enumerate(columns, start=1):
                combo = QComboBox()
                combo.addItem("—", "")
                for partner in self._partners:
                    combo.addItem(partner.name, str(partner.position))
                if len(self._partners) > 1:
                    combo.addItem(self.tr("Samen"), TOGETHER)
                combo.setAccessibleName(f"{area.label}: {headers[column]}")
                combo.setEnabled(owner is None or owner in present)
                combo.currentIndexChanged.connect(lambda _i, o=owner: self._on_changed(o))
                grid.addWidget(combo, row, column)
                self.combos[(area.key, owner)] = combo
        self.summary = QLabel()
        self.summary.setObjectName("decisionMapSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        apply_text_style(self.summary, "color: #2f6f6a; font-weight: 600;")
        grid.addWidget(self.summary, len(self._areas) + 1, 0, 1, len(headers))
        grid.setColumnStretch(len(headers), 1)
        self._loading = False

    def choices(self, owner: int | None) -> dict[str, str]:
        """Area -> "1"/"2"/"samen" for the "now" column (None) or a partner's wishes."""
        result = {}
        for area in self._areas:
            value = self.combos[(area.key, owner)].currentData()
            if value:
                result[area.key] = value
        return result

    def set_choices(self, owner: int | None, data: dict[str, str]) -> None:
        self._loading = True
        try:
            for area in self._areas:
                combo = self.combos[(area.key, owner)]
                index = combo.findData(data.get(area.key, ""))
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
        self._update_summary()

    def summary_text(self) -> str:
        """'Nu: 6 van 8 door Sanne, 1 samen, 1 door Joost.' — the imbalance at a glance."""
        now = Counter(self.choices(None).values())
        if not now:
            return self.tr("Vul per onderwerp in wie er nu meestal beslist.")
        parts = [
            self.tr("{count} van {total} door {name}").format(
                count=now[str(p.position)], total=len(self._areas), name=p.name
            )
            for p in sorted(self._partners, key=lambda p: -now[str(p.position)])
            if now[str(p.position)]
        ]
        if now[TOGETHER]:
            parts.append(self.tr("{count} samen").format(count=now[TOGETHER]))
        return self.tr("Nu: {parts}.").format(parts=", ".join(parts))

    def _update_summary(self) -> None:
        self.summary.setText(self.summary_text())

    def _on_changed(self, owner: int | None) -> None:
        self._update_summary()
        if not self._loading:
            self.choices_changed.emit(owner)
