"""The retention reminder's dialog: couples without a session for too long, erase or keep."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.ui.kit.format import couple_count, long_date
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.kit.widgets import named

if TYPE_CHECKING:
    from stellenstof_desktop.services.privacy import PrivacyService

ID_ROLE = Qt.ItemDataRole.UserRole


class RetentionDialog(QDialog):
    """Couples without a session for longer than the retention period: erase or keep."""

    def __init__(
        self,
        privacy: PrivacyService,
        messages: Messages,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Bewaartermijn"))
        self.resize(560, 420)
        self._privacy = privacy
        self._messages = messages
        self._today = today
        self.erased: list[int] = []

        intro = QLabel(
            self.tr(
                "Bewaar gegevens van cliënten niet langer dan nodig. Hieronder staan de stellen "
                "die langer dan de bewaartermijn geen sessie hebben gehad. Vink aan wat u wilt "
                "verwijderen of nog wilt bewaren."
            )
        )
        intro.setWordWrap(True)
        self.months = named(QSpinBox(), "retentionMonths")
        self.months.setRange(1, 240)
        self.months.setSuffix(self.tr(" maanden"))
        self.months.setValue(privacy.retention_months())
        self.months.valueChanged.connect(self._on_months_changed)
        period = QHBoxLayout()
        period_label = QLabel(self.tr("Herinneren na"))
        period_label.setBuddy(self.months)
        period.addWidget(period_label)
        period.addWidget(self.months)
        period.addWidget(QLabel(self.tr("zonder sessie")))
        period.addStretch(1)

        self.list = named(QListWidget(), "retentionList")
        self.empty = named(QLabel(), "retentionEmpty")
        self.empty.setStyleSheet("color: #5b5b5b;")
        self.erase_button = named(QPushButton(self.tr("Verwijderen…")), "retentionErase")
        self.keep_button = named(QPushButton(self.tr("Bewaren")), "retentionKeep")
        self.keep_button.setToolTip(
            self.tr("Niet verwijderen; u krijgt pas na een nieuwe bewaartermijn weer een seintje.")
        )
        self.erase_button.clicked.connect(self._on_erase)
        self.keep_button.clicked.connect(self._on_keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.list.itemChanged.connect(lambda _item: self._update_buttons())
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for row in self._privacy.retention_due(self._today, self.months.value()):
            if row.last_session is not None:
                when = self.tr("laatste sessie {date}").format(date=long_date(row.last_session))
            else:
                when = self.tr("nog geen sessie")
            item = QListWidgetItem(f"{row.display_name} — {when}")
            item.setData(ID_ROLE, row.couple_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.empty.setText(
            self.tr("Geen stellen: iedereen heeft binnen de bewaartermijn een sessie gehad.")
        )
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        self._update_buttons()

    def checked(self) -> list[int]:
        return [
            int(self.list.item(i).data(ID_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update_buttons(self) -> None:
        some = bool(self.checked())
        self.erase_button.setEnabled(some)
        self.keep_button.setEnabled(some)

    def _on_months_changed(self, months: int) -> None:
        self._privacy.set_retention_months(months)
        self._fill()

    def _on_keep(self) -> None:
        self._privacy.keep(self.checked(), self._today)
        self._fill()

    def _on_erase(self) -> None:
        chosen = self.checked()
        text = self.tr(
            "{count} met alle sessies en notities definitief verwijderen? Dit kan "
            "niet ongedaan worden gemaakt.\n\nOudere back-ups bevatten deze stellen nog tot "
            "ze vervallen (de dagelijkse binnen acht weken); zet u er een terug, dan "
            "verwijdert Stellenstof ze meteen opnieuw."
        ).format(count=couple_count(len(chosen)))
        if not self._messages.confirm(
            self, self.tr("Stellen verwijderen"), text, self.tr("Definitief verwijderen")
        ):
            return
        try:
            self._privacy.erase_couples(chosen)
        except KnownError as error:
            self._messages.known_error(self, error)
            return
        self.erased += chosen
        self._fill()
