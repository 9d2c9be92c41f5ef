"""The "Notities" tab: shared session notes beside the coach's private notes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import NoteKind, SessionDetails
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.ui.autosave import Autosaver

if TYPE_CHECKING:
    from stellenstof_desktop.services.notes import NoteService


class NotesView(QWidget):
    """Two autosaving text fields for the open session."""

    saved = Signal(object)  # datetime of the save
    save_failed = Signal(object)  # the KnownError

    def __init__(self, notes: NoteService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesView")
        self._notes = notes
        self._session_id: int | None = None
        self._loading = False
        self._dirty: set[NoteKind] = set()
        self.autosaver = Autosaver(self._save, parent=self)

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

    def show_session(self, session: SessionDetails | None) -> None:
        """Load the notes of `session` (the caller flushed the previous one first)."""
        self.autosaver.discard()
        self._dirty.clear()
        self._session_id = session.id if session else None
        texts = self._notes.get(session.id) if session else None
        self._loading = True
        try:
            # setPlainText also resets undo, so Ctrl+Z never reaches another session's text.
            self.shared.setPlainText(texts.shared if texts else "")
            self.private.setPlainText(texts.private if texts else "")
        finally:
            self._loading = False
        self.setEnabled(session is not None)

    def flush(self) -> bool:
        return self.autosaver.flush()

    def _on_text_changed(self, kind: NoteKind) -> None:
        if self._loading or self._session_id is None:
            return
        self._dirty.add(kind)
        self.autosaver.touch()

    def _save(self) -> bool:
        if self._session_id is None:
            return True
        editors = {NoteKind.SHARED: self.shared, NoteKind.PRIVATE: self.private}
        try:
            for kind in sorted(self._dirty):
                self._notes.save(self._session_id, kind, editors[kind].toPlainText())
                self._dirty.discard(kind)
        except KnownError as error:
            self.save_failed.emit(error)
            return False
        self.saved.emit(datetime.now())
        return True
