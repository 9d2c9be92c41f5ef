"""Earlier versions of the open session's texts: pick one, read it, put it back.

A coach action from the session menu, never a button the couple sees: the list holds the
private note and observations too (labelled as private), so the window keeps it out of
reach while presenting and while a partner types a hidden entry.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.domain import RevisionInfo, RevisionKind
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.ui.kit.format import clock, long_date
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.kit.widgets import named
from stellenstof_desktop.ui.room.mode import coach_only_allowed

if TYPE_CHECKING:
    from stellenstof_desktop.content import Method
    from stellenstof_desktop.services.revisions import RevisionService
    from stellenstof_desktop.ui.main_window import MainWindow


class RevisionsDialog(QDialog):
    """The session's earlier versions, newest first; `restored` is True after a restore."""

    def __init__(
        self,
        revisions: RevisionService,
        session_id: int,
        method: Method,
        messages: Messages,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsDialog")
        self.setWindowTitle(self.tr("Eerdere versies"))
        self.resize(820, 520)
        self._revisions = revisions
        self._session_id = session_id
        self._method = method
        self._messages = messages
        self._today = today or date.today()
        self.restored = False
        self.infos: list[RevisionInfo] = []

        intro = QLabel(
            self.tr(
                "Eerdere versies van de teksten van deze sessie, de nieuwste bovenaan. "
                "Stellenstof bewaart ze een week."
            )
        )
        intro.setWordWrap(True)
        self.list = named(QListWidget(), "revisionList")
        self.list.currentRowChanged.connect(self._on_selected)
        self.empty = named(
            QLabel(self.tr("Deze sessie heeft nog geen eerdere versies.")), "revisionsEmpty"
        )
        self.heading = named(QLabel(), "revisionHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.preview = named(QPlainTextEdit(), "revisionPreview")
        self.preview.setReadOnly(True)
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.heading)
        pane_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(pane)
        splitter.setSizes([380, 440])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = named(QPushButton(self.tr("Terugzetten")), "revisionRestore")
        self.restore_button.clicked.connect(self._on_restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        try:
            self.infos = self._revisions.for_session(self._session_id)
        except KnownError as error:
            self._messages.known_error(self, error)
            self.infos = []
        self.list.clear()
        for info in self.infos:
            item = QListWidgetItem(
                f"{self._when(info.saved_at)} · {self.label(info)}\n{info.preview}"
            )
            self.list.addItem(item)
        self.empty.setVisible(not self.infos)
        if self.infos:
            self.list.setCurrentRow(0)
        else:
            self._on_selected(-1)

    def _when(self, moment: datetime) -> str:
        if moment.date() == self._today:
            return self.tr("vandaag {time}").format(time=clock(moment.time()))
        return f"{long_date(moment.date())} {clock(moment.time())}"

    def label(self, info: RevisionInfo) -> str:
        """What text this is a version of, in the coach's words."""
        kind = info.kind
        if kind is RevisionKind.ANSWER:
            prompt = self._method.prompt(info.key)
            label = self.tr("Antwoord: {question}").format(
                question=prompt.text if prompt is not None else info.key
            )
        elif kind is RevisionKind.OBSERVATION:
            step = next(
                (s for r in self._method.routes for s in r.steps if s.key == info.key), None
            )
            label = self.tr("Observatie bij {step} (privé)").format(
                step=step.title if step is not None else info.key
            )
        else:
            label = self._labels()[kind]
        if info.about:
            label += f" · “{' '.join(info.about.split())[:60]}”"
        if info.partner is not None:
            label += f" · {info.partner.name}"
        return label

    def _labels(self) -> dict[RevisionKind, str]:
        return {
            RevisionKind.SHARED_NOTE: self.tr("Gedeelde notitie"),
            RevisionKind.PRIVATE_NOTE: self.tr("Privénotitie"),
            RevisionKind.AGREEMENT: self.tr("Afspraak"),
            RevisionKind.REVIEW_NOTE: self.tr("Terugblik op de afspraak"),
            RevisionKind.TOPIC: self.tr("Onderwerp van de oefening"),
            RevisionKind.TALK_NOTES: self.tr("Aantekeningen bij het gesprek"),
            RevisionKind.DECISION: self.tr("Besluit"),
            RevisionKind.FOLLOW_UP: self.tr("Vervolg"),
            RevisionKind.PREFERENCE: self.tr("Voorkeur"),
            RevisionKind.REASON: self.tr("Waarom"),
            RevisionKind.EXPECTED_OTHER: self.tr("Verwachting van de ander"),
            RevisionKind.APPEAL: self.tr("Wat spreekt aan"),
        }

    def selected(self) -> RevisionInfo | None:
        row = self.list.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def _on_selected(self, row: int) -> None:
        info = self.infos[row] if 0 <= row < len(self.infos) else None
        self.restore_button.setEnabled(info is not None)
        if info is None:
            self.heading.clear()
            self.preview.clear()
            return
        self.heading.setText(
            self.tr("{what}, zoals het er stond op {when}").format(
                what=self.label(info), when=self._when(info.saved_at)
            )
        )
        self.preview.setPlainText(info.text)

    def _on_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        text = self.tr(
            "“{what}” terugzetten naar de versie van {when}?\n\n"
            "Wat er nu staat, gaat niet verloren: het komt bij de eerdere versies, "
            "dus u kunt dit weer ongedaan maken."
        ).format(what=self.label(info), when=self._when(info.saved_at))
        if not self._messages.confirm(
            self, self.tr("Eerdere versie terugzetten"), text, self.tr("Terugzetten")
        ):
            return
        try:
            self._revisions.restore(info.id)
        except KnownError as error:
            self._messages.known_error(self, error)
            self._load()
            return
        self.restored = True
        self.accept()


def open_revisions(window: MainWindow, messages: Messages) -> None:
    """ "Eerdere versies…": save first (the last words become a version too), then show."""
    session = window.session_view.session if window.current_session_id() is not None else None
    if session is None or not coach_only_allowed(window) or not window.saving.leave_session():
        return
    dialog = RevisionsDialog(
        window.services.revisions, session.id, window.method, messages, parent=window
    )
    if dialog.exec() and dialog.restored:
        # Every tab loads again from what is stored now, the restored text included.
        window.reload_session(session.id)
