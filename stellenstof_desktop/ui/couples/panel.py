"""The left side of the window: search, the couples, and the selected couple's sessions."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.ui.kit.format import clock, session_count, short_date, status_label
from stellenstof_desktop.ui.kit.widgets import named

if TYPE_CHECKING:
    from stellenstof_desktop.domain import CoupleSummary, SessionRow

ID_ROLE = Qt.ItemDataRole.UserRole


def _item_id(item: QListWidgetItem | None) -> int | None:
    """The database ID a list row holds (Qt returns item data untyped), None without a row."""
    if item is None:
        return None
    item_id: int = item.data(ID_ROLE)
    return item_id


def _buttons(actions: list[QAction]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for action in actions:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(button)
    row.addStretch(1)
    return row


class CouplePanel(QWidget):
    """Search-as-you-type over the couples (no database work per key) and their sessions."""

    couple_selected = Signal(object)  # int | None
    session_selected = Signal(object)  # int | None

    def __init__(
        self,
        couple_actions: list[QAction],
        session_actions: list[QAction],
        start_action: QAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("couplePanel")
        self._couples: list[CoupleSummary] = []

        self.search = named(QLineEdit(), "coupleSearch")
        self.search.setPlaceholderText(self.tr("Zoek een stel…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoek een stel"))
        self.couples = named(QListWidget(), "coupleList")
        self.couples.setAccessibleName(self.tr("Stellen"))
        self.couples.setAlternatingRowColors(True)
        self.couples.setSpacing(2)
        self.empty_hint = named(QLabel(), "coupleEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #5b5b5b; padding: 6px;")
        self.sessions = named(QListWidget(), "sessionList")
        self.sessions.setAccessibleName(self.tr("Sessies"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        couples_label = QLabel(self.tr("<b>St&ellen</b>"))
        couples_label.setBuddy(self.couples)
        top_layout.addWidget(couples_label)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.couples, 1)
        top_layout.addWidget(self.empty_hint)
        top_layout.addLayout(_buttons(couple_actions))

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        # No buddy: it would turn the "&" of "Anne & Bram" into a keyboard shortcut.
        self.sessions_label = named(QLabel(), "sessionsLabel")
        bottom_layout.addWidget(self.sessions_label)
        bottom_layout.addWidget(self.sessions, 1)
        bottom_layout.addLayout(_buttons(session_actions))
        if start_action is not None:
            # The one button of the hour: the session, as the couple may see it.
            start = named(QToolButton(), "startSessionButton")
            start.setDefaultAction(start_action)
            start.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            start.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            start.setStyleSheet("QToolButton { font-weight: 600; padding: 6px; }")
            bottom_layout.addWidget(start)

        split = named(QSplitter(Qt.Orientation.Vertical), "leftSplitter")
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(split)

        self.search.textChanged.connect(self._refill_couples)
        self.couples.currentItemChanged.connect(self._on_couple_item)
        self.sessions.currentItemChanged.connect(self._on_session_item)
        self.set_sessions(None, [])

    # couples -----------------------------------------------------------------
    def set_couples(self, couples: list[CoupleSummary], select: int | None = None) -> None:
        """Replace the list (keeping or setting the selection) without database work later."""
        keep = select if select is not None else self.current_couple_id()
        self._couples = couples
        self._refill_couples(keep_id=keep)

    def _refill_couples(self, _text: str = "", keep_id: int | None = None) -> None:
        keep = keep_id if keep_id is not None else self.current_couple_id()
        query = self.search.text()
        shown = [c for c in self._couples if c.matches(query)] if query.strip() else self._couples
        self.couples.blockSignals(True)
        self.couples.clear()
        current: QListWidgetItem | None = None
        for couple in shown:
            item = QListWidgetItem(self._couple_text(couple))
            item.setData(ID_ROLE, couple.id)
            self.couples.addItem(item)
            if couple.id == keep:
                current = item
        if current is not None:
            self.couples.setCurrentItem(current)
        self.couples.blockSignals(False)
        if not self._couples:
            self.empty_hint.setText(self.tr("Nog geen stellen. Begin met “Nieuw stel” (Ctrl+N)."))
        elif not shown:
            self.empty_hint.setText(
                self.tr("Geen stel gevonden voor “{q}”.").format(q=query.strip())
            )
        self.empty_hint.setVisible(not shown)
        if current is None and keep is not None:
            self.couple_selected.emit(None)  # the selected couple was filtered away

    def _couple_text(self, couple: CoupleSummary) -> str:
        if couple.last_session is None:
            detail = self.tr("nog geen sessies")
        else:
            last = self.tr("laatst {date}").format(date=short_date(couple.last_session))
            detail = f"{session_count(couple.session_count)} · {last}"
        return f"{couple.display_name}\n{detail}"

    def couple_name(self, couple_id: int) -> str | None:
        """The listed name of a couple (no database work)."""
        return next((c.display_name for c in self._couples if c.id == couple_id), None)

    def current_couple_id(self) -> int | None:
        return _item_id(self.couples.currentItem())

    def select_couple(self, couple_id: int | None) -> bool:
        for row in range(self.couples.count()):
            item = self.couples.item(row)
            if item.data(ID_ROLE) == couple_id:
                self.couples.setCurrentItem(item)
                return True
        return False

    def _on_couple_item(self, current: QListWidgetItem | None, _prev: object) -> None:
        self.couple_selected.emit(current.data(ID_ROLE) if current else None)

    # sessions ----------------------------------------------------------------
    def set_sessions(self, couple_name: str | None, sessions: list[SessionRow]) -> None:
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for row in sessions:
            text = short_date(row.date)
            if row.start_time:
                text += f", {clock(row.start_time)}"
            text += f" · {status_label(row.status)}"
            if row.solo:
                text += " · " + self.tr("één partner")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            self.sessions.addItem(item)
        self.sessions.setCurrentRow(-1)
        self.sessions.blockSignals(False)
        if couple_name is None:
            self.sessions_label.setText(self.tr("<b>Sessies</b>"))
        else:
            self.sessions_label.setText(self.tr("<b>Sessies</b>") + " · " + escape(couple_name))

    def current_session_id(self) -> int | None:
        return _item_id(self.sessions.currentItem())

    def select_session(self, session_id: int | None, notify: bool = True) -> bool:
        self.sessions.blockSignals(not notify)
        try:
            if session_id is None:
                self.sessions.setCurrentRow(-1)
                return True
            for row in range(self.sessions.count()):
                item = self.sessions.item(row)
                if item.data(ID_ROLE) == session_id:
                    self.sessions.setCurrentItem(item)
                    return True
            return False
        finally:
            self.sessions.blockSignals(False)

    def _on_session_item(self, current: QListWidgetItem | None, _prev: object) -> None:
        self.session_selected.emit(current.data(ID_ROLE) if current else None)
