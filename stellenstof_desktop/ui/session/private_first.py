"""A `private_first` prompt of a step: entered hidden per partner, revealed by the coach.

With one partner present the flow opens straight on that partner's entry (nobody to hand
the laptop to), and what is revealed is only that partner's answer.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stellenstof_desktop.content import Prompt
from stellenstof_desktop.domain import SessionAnswers, SessionDetails
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.services.answers import AnswerService
from stellenstof_desktop.ui.hidden_input.widget import HiddenInput
from stellenstof_desktop.ui.kit.widgets import clear_layout, named
from stellenstof_desktop.ui.session.page import SessionPage


class HiddenHost(Protocol):
    """The page that shows a hidden-input flow over its whole area."""

    def present(self, widget: QWidget) -> None: ...
    def dismiss(self) -> None: ...


class PrivateFirstPrompt(QWidget):
    """Status per partner, a button to start the hidden flow, and after reveal both answers."""

    def __init__(
        self,
        prompt: Prompt,
        session: SessionDetails,
        answers: AnswerService,
        page: SessionPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompt = prompt
        self._answers = answers
        self._page = page
        self._partners = session.partners
        self._present = [p for p in session.partners if p.id in session.attended_ids]
        self._entered: set[int] = set()
        self._revealed = False
        self.flow: HiddenInput | None = None

        self.status = named(QLabel(), "hiddenStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.start_button = named(QPushButton(self.tr("Verborgen laten invullen…")), "startHidden")
        self.reveal_button = named(QPushButton(self.tr("Laten zien")), "revealHidden")
        self.start_button.clicked.connect(self._on_start)
        self.reveal_button.clicked.connect(self._on_reveal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        self.answers_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addLayout(self.answers_row)

    def fill(self, data: SessionAnswers) -> None:
        """Show who has entered; the texts only once the coach revealed them."""
        values = {p.id: data.get(self.prompt.key, p.id) for p in self._partners}
        self._entered = {pid for pid, v in values.items() if v.hidden or v.text}
        self._revealed = bool(self._entered) and not any(v.hidden for v in values.values())
        clear_layout(self.answers_row)
        if self._revealed:
            # Those present: an absent partner wrote nothing here, so has no column.
            for partner in self._present:
                column = QLabel(f"{partner.name}\n{values[partner.id].text or '—'}")
                column.setTextFormat(Qt.TextFormat.PlainText)
                column.setWordWrap(True)
                column.setObjectName("revealedAnswer")
                column.setStyleSheet("background: #eef5f4; padding: 8px; border-radius: 4px;")
                self.answers_row.addWidget(column, 1)
        self._update()

    def _update(self) -> None:
        waiting = [p for p in self._present if p.id not in self._entered]
        if self._revealed:
            text = self.tr("Getoond.")
        elif not self._entered and len(self._present) == 1:
            text = self.tr(
                "{name} schrijft eerst verborgen; daarna laat u het antwoord zien."
            ).format(name=self._present[0].name)
        elif not self._entered:
            text = self.tr(
                "Ieder schrijft eerst apart en verborgen; daarna laat u de antwoorden zien."
            )
        else:
            parts = [
                self.tr("{name}: ingevuld (verborgen)").format(name=p.name)
                if p.id in self._entered
                else self.tr("{name}: nog niet").format(name=p.name)
                for p in self._present
            ]
            text = " · ".join(parts)
        self.status.setText(text)
        self.start_button.setVisible(not self._revealed)
        self.start_button.setText(
            self.tr("Verborgen laten invullen…") if waiting else self.tr("Opnieuw invullen…")
        )
        self.reveal_button.setVisible(not self._revealed and not waiting and bool(self._present))

    def _host(self) -> HiddenHost:
        host = self._page
        assert hasattr(host, "present") and hasattr(host, "dismiss")
        return host

    def _on_start(self) -> None:
        # With everyone in, the flow opens on its ready screen, where an entry can be
        # replaced (never viewed) or the answers revealed.
        entered = set(self._entered)
        self.flow = HiddenInput([("text", self.tr("Jouw antwoord"))])
        self.flow.submitted.connect(self._on_submitted)
        self.flow.reveal_requested.connect(self._on_reveal)
        self.flow.cancel_requested.connect(self.close_flow)
        self._flow_entered = entered
        self._host().present(self.flow)
        self.flow.start(self.prompt.text, list(self._present), entered)

    def _on_submitted(self, partner_id: int, values: dict[str, str]) -> None:
        assert self._page.session is not None and self.flow is not None
        try:
            self._answers.save_hidden(
                self._page.session.id, self.prompt.key, partner_id, values.get("text", "")
            )
        except KnownError as error:
            self._page.save_failed.emit(error)
            return
        self._entered.add(partner_id)
        self._flow_entered.add(partner_id)
        self.flow.start(self.prompt.text, list(self._present), self._flow_entered)
        self._update()

    def _on_reveal(self) -> None:
        assert self._page.session is not None
        try:
            self._answers.reveal(self._page.session.id, self.prompt.key)
        except KnownError as error:
            self._page.save_failed.emit(error)
            return
        self.close_flow()
        self.fill(self._answers.for_session(self._page.session.id))

    def close_flow(self) -> None:
        if self.flow is not None:
            self._host().dismiss()
            self.flow.deleteLater()
            self.flow = None
