"""The "Notities" tab: shared session notes beside the coach's private notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.enums import NoteKind
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.ui.session.page import SessionPage

if TYPE_CHECKING:
    from stellenstof_desktop.domain import SessionDetails
    from stellenstof_desktop.services.notes import NoteService


class NotesView(SessionPage):
    """Two autosaving text fields for the open session."""

    def __init__(self, notes: NoteService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesView")
        self._notes = notes

        self.shared = self._editor("sharedNotes")
        self.private = self._editor("privateNotes")
        self.shared.setPlaceholderText(
            self.tr(
                "Wat jullie samen hebben besproken, ontdekt of afgesproken. "
                "Dit kan in het verslag komen."
            )
        )
        self.private.setPlaceholderText(
            self.tr("Uw eigen waarnemingen en gedachten. Dit komt nooit in een verslag of e-mail.")
        )
        self.shared.setAccessibleName(self.tr("Gedeelde notities"))
        self.private.setAccessibleName(self.tr("Privénotities, alleen voor de coach"))

        shared_box = self._column(
            self.tr("Gedeelde notities"),
            self.tr("Voor het stel: kan later in het verslag komen."),
            self.shared,
        )
        private_box = self._column(
            self.tr("Privé — alleen voor de coach"),
            self.tr("Verlaat de app nooit: niet in het verslag, niet in de e-mail."),
            self.private,
            icon=QIcon(str(resource_path("icons/lock.svg"))),
        )
        private_box.setObjectName("privateNotesPanel")
        private_box.setStyleSheet(
            "#privateNotesPanel { background: #fbf3e4; border: 1px solid #e2c48f;"
            " border-radius: 6px; }"
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(shared_box)
        splitter.addWidget(private_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self.shared.textChanged.connect(lambda: self._on_text_changed(NoteKind.SHARED))
        self.private.textChanged.connect(lambda: self._on_text_changed(NoteKind.PRIVATE))
        self.setEnabled(False)

    def _editor(self, name: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setObjectName(name)
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(160)
        return editor

    def _column(
        self, title: str, hint: str, editor: QPlainTextEdit, icon: QIcon | None = None
    ) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 8, 10, 10)
        head = QHBoxLayout()
        if icon is not None:
            badge = QLabel()
            badge.setPixmap(icon.pixmap(20, 20))
            head.addWidget(badge)
        label = QLabel(f"<b>{title}</b>")
        label.setBuddy(editor)
        head.addWidget(label)
        head.addStretch(1)
        layout.addLayout(head)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b5b5b;")
        layout.addWidget(note)
        layout.addWidget(editor, 1)
        return box

    def title(self) -> str:
        return self.tr("Notities")

    def load(self, session: SessionDetails | None) -> None:
        texts = self._notes.get(session.id) if session else None
        # setPlainText also resets undo, so Ctrl+Z never reaches another session's text.
        self.shared.setPlainText(texts.shared if texts else "")
        self.private.setPlainText(texts.private if texts else "")

    def _on_text_changed(self, kind: NoteKind) -> None:
        if self.session is None:
            return
        session_id = self.session.id
        editor = self.shared if kind is NoteKind.SHARED else self.private
        self.changed(
            kind, editor.toPlainText, lambda text: self._notes.save(session_id, kind, text)
        )
