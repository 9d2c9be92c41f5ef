"""The second part of the hour: how did the agreements of last time go?"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import AgreementReview, SessionDetails
from stellenstof_desktop.services.agreements import AgreementService
from stellenstof_desktop.ui.kit.format import long_date
from stellenstof_desktop.ui.kit.labels import SECTION, card, plain_label
from stellenstof_desktop.ui.kit.widgets import centered_column, scrolling_page
from stellenstof_desktop.ui.session.page import SessionPage


class ReviewView(SessionPage):
    """Each agreement of the last session with the same people: gelukt, deels, niet gelukt."""

    def __init__(self, agreements: AgreementService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self._agreements = agreements
        self.reviews: dict[int, tuple[QComboBox, QLineEdit]] = {}
        self.scroll_area = scrolling_page(self)
        self.setEnabled(False)

    lazy = True

    def title(self) -> str:
        return self.tr("Hoe ging het?")

    def full_title(self) -> str:
        return self.tr("Hoe ging het met de afspraken van vorige keer?")

    def load(self, session: SessionDetails | None) -> None:
        self.reviews.clear()
        content = QWidget()
        if session is not None:
            column = QVBoxLayout(content)
            column.setContentsMargins(16, 12, 16, 16)
            column.addWidget(self._review_section(session))
            column.addStretch(1)
        self.scroll_area.setWidget(centered_column(content))

    def _review_section(self, session: SessionDetails) -> QWidget:
        box = card("promptCard")
        layout = QVBoxLayout(box)
        previous = self._agreements.previous_session(session.id)
        items = self._agreements.for_session(previous[0]) if previous else []
        if previous is None:
            layout.addWidget(plain_label(self.tr("Hoe ging het?"), SECTION))
            layout.addWidget(plain_label(self.tr("Dit is de eerste sessie van dit stel.")))
            return box
        layout.addWidget(
            plain_label(
                self.tr("Hoe ging het? Afspraken van {date}").format(date=long_date(previous[1])),
                SECTION,
            )
        )
        if not items:
            layout.addWidget(plain_label(self.tr("Vorige keer zijn er geen afspraken gemaakt.")))
            return box
        who = {p.id: p.name for p in session.partners}
        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        labels = {
            None: "—",
            AgreementReview.DONE: self.tr("Gelukt"),
            AgreementReview.PARTLY: self.tr("Deels"),
            AgreementReview.NOT_DONE: self.tr("Niet gelukt"),
        }
        for row, item in enumerate(items):
            owner = who.get(item.partner_id, "") if item.partner_id else self.tr("samen")
            grid.addWidget(plain_label(f"{item.text} ({owner})"), row, 0)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Hoe ging het: {text}").format(text=item.text))
            for review, label in labels.items():
                combo.addItem(label, review)
            combo.setCurrentIndex(max(combo.findData(item.review), 0))
            note = QLineEdit(item.review_note)
            note.setPlaceholderText(self.tr("toelichting"))
            note.setAccessibleName(self.tr("Toelichting bij: {text}").format(text=item.text))
            note.setMaxLength(2000)
            grid.addWidget(combo, row, 1)
            grid.addWidget(note, row, 2)
            for signal in (combo.currentIndexChanged, note.textEdited):
                signal.connect(lambda *_a, a=item.id, c=combo, n=note: self._on_review(a, c, n))
            self.reviews[item.id] = (combo, note)
        layout.addLayout(grid)
        return box

    def _on_review(self, agreement_id: int, combo: QComboBox, note: QLineEdit) -> None:
        review, text = combo.currentData(), note.text()
        self.changed(
            ("review", agreement_id),
            lambda: (review, text),
            lambda value: self._agreements.set_review(agreement_id, *value),
        )
