"""Hidden input: each partner in turn writes an answer that nobody else sees until the reveal.

The laptop goes round: a hand-over screen in large type names who should hold it, that
partner writes and presses "Klaar", and the text leaves the screen at once. With one
partner in the room there is nobody to hand it to: the entry opens at once, and every
text speaks to that one person. The widget hands the texts to its owner through
`submitted` and keeps nothing: the editors are wiped (undo history included) and
destroyed, so Ctrl+Z cannot bring a word back. The editors never put text on a
clipboard, and nothing here is logged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QIcon, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.ui.hidden_input.bus import handover_bus
from stellenstof_desktop.ui.hidden_input.editor import PrivateEditor, done_keys_text
from stellenstof_desktop.ui.hidden_input.look import (
    HANDOVER_POINT_SIZE,
    STYLE_SHEET,
    big_button,
    card_page,
    centred_row,
    sized_font,
    text_label,
)
from stellenstof_desktop.ui.kit.scale_input import ScaleInput
from stellenstof_desktop.ui.kit.widgets import named

if TYPE_CHECKING:
    from stellenstof_desktop.domain import PartnerInfo


def dispose(widget: QWidget) -> None:
    """Take `widget` off the screen and out of the widget tree now; Qt deletes it later."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class HiddenInput(QWidget):
    """Hand-over, hidden entry per partner, then a "ready" screen with the reveal button.

    `fields` are (key, label) pairs; the first field is required unless `scales` are
    asked (then every scale is, and the texts are optional). `scales` are 0–10 answers,
    handed over as "0".."10". The owner stores what `submitted` carries at once; the
    widget then moves on by itself, unless the owner called `start()` again from its slot
    (to resync with what was stored, or after a failed save). Without `reveal` the last
    screen only thanks and sends the laptop back to the coach (a check-out nobody else
    sees).

    Every change of screen is posted on the hand-over bus, so the window's guard can turn
    the whole window into this entry screen; writing another partner's entry again asks
    the coach there first.
    """

    submitted = Signal(int, dict)  # partner id, {field key: text}
    reveal_requested = Signal()
    cancel_requested = Signal()
    stage_changed = Signal(str)  # "handover", "entry" or "ready"

    def __init__(
        self,
        fields: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        max_chars: int = 20_000,
        scales: list[tuple[str, str]] | None = None,
        reveal: bool = True,
    ) -> None:
        super().__init__(parent)
        assert fields, "at least the required field"
        self.setObjectName("hiddenInput")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fields = list(fields)
        self._scale_fields = list(scales or [])
        self._reveal = reveal
        self.scales: dict[str, ScaleInput] = {}
        self._max_chars = max_chars
        self._question = ""
        self._partners: list[PartnerInfo] = []
        self._entered: set[int] = set()
        self._current: PartnerInfo | None = None
        self._replacing = False
        self._generation = 0  # bumped by start(): tells a slot that the owner took over
        self.editors: dict[str, PrivateEditor] = {}
        self._errors: dict[str, QLabel] = {}
        self._form: QWidget | None = None

        self.pages = named(QStackedWidget(), "hiddenInputPages")
        self.pages.addWidget(self._build_handover())
        self.pages.addWidget(self._build_entry())
        self.pages.addWidget(self._build_ready())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setStyleSheet(STYLE_SHEET)

    # construction ------------------------------------------------------------
    def _build_handover(self) -> QWidget:
        page, layout = card_page("handoverCard")
        self.handover_question = text_label(size=14, name="handoverQuestion")
        self.handover_title = text_label(size=HANDOVER_POINT_SIZE, bold=True, name="handoverTitle")
        lock = QLabel()
        lock.setPixmap(QIcon(str(resource_path("icons/lock.svg"))).pixmap(36, 36))
        lock.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.handover_text = text_label(size=14, name="handoverText")
        self.continue_button = big_button("", "handoverContinue")
        self.continue_button.clicked.connect(self._on_continue)
        self.handover_hint = text_label(
            self.tr("Of druk op Enter. Met Esc komt de coach er weer bij."), name="handoverHint"
        )
        self.keep_button = named(QPushButton(self.tr("Toch niet opnieuw invullen")), "keepEntry")
        self.keep_button.setFlat(True)
        self.keep_button.clicked.connect(self._on_keep)
        self.handover_progress = text_label(name="hiddenProgress")
        self.handover_replace = QHBoxLayout()
        layout.addWidget(self.handover_question)
        layout.addWidget(lock)
        layout.addWidget(self.handover_title)
        layout.addWidget(self.handover_text)
        layout.addSpacing(8)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.handover_hint)
        layout.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.handover_progress)
        layout.addLayout(self.handover_replace)
        return page

    def _build_entry(self) -> QWidget:
        page = QWidget()
        card = named(QFrame(), "entryCard")
        card.setMaximumWidth(980)
        self.entry_layout = QVBoxLayout(card)
        self.entry_layout.setContentsMargins(32, 24, 32, 24)
        self.entry_layout.setSpacing(10)
        self.entry_title = text_label(size=20, bold=True, name="entryTitle")
        self.entry_question = text_label(size=15, name="entryQuestion")
        self.entry_hint = text_label(name="entryHint")
        self.back_button = named(QPushButton(self.tr("← Terug: ik ben het niet")), "entryBack")
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self._on_back)
        self.done_button = big_button(self.tr("Klaar"), "entryDone")
        self.done_button.setMinimumWidth(180)
        self.done_button.clicked.connect(self._on_done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        self.entry_layout.addWidget(self.entry_title)
        self.entry_layout.addWidget(self.entry_question)
        self.entry_layout.addSpacing(4)
        # index 3: the form with the editors, rebuilt for every entry
        self.entry_layout.addWidget(self.entry_hint)
        self.entry_layout.addLayout(buttons)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(centred_row(card, 30), 1)
        return page

    def _build_ready(self) -> QWidget:
        page, layout = card_page("readyCard")
        self.ready_title = text_label(size=28, bold=True, name="readyTitle")
        self.ready_text = text_label(size=14, name="readyText")
        self.reveal_button = big_button(self.tr("Laten zien"), "revealButton")
        self.reveal_button.setAutoDefault(False)  # revealing is a deliberate click or Space
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.reveal_button.setVisible(self._reveal)
        self.ready_progress = text_label(name="hiddenProgress")
        self.ready_replace = QHBoxLayout()
        layout.addWidget(self.ready_title)
        layout.addWidget(self.ready_text)
        layout.addSpacing(8)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.ready_progress)
        layout.addLayout(self.ready_replace)
        return page

    def _build_form(self) -> QWidget:
        """Fresh editors for one entry; the previous ones were wiped and destroyed."""
        form = named(QWidget(), "entryForm")
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.editors, self._errors, self.scales = {}, {}, {}
        for key, text in self._scale_fields:
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setFont(sized_font(13, bold=True))
            scale = named(ScaleInput(), f"hidden_{key}")
            scale.setAccessibleName(text)
            label.setBuddy(scale)
            error = named(QLabel(), f"hidden_{key}_error")
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.hide()
            layout.addWidget(label)
            layout.addWidget(scale)
            layout.addWidget(error)
            layout.addSpacing(6)
            self.scales[key] = scale
            self._errors[key] = error
        for index, (key, text) in enumerate(self._fields):
            editor = named(PrivateEditor(), f"hidden_{key}")
            editor.setAccessibleName(text)
            editor.setMinimumHeight(90 if index == 0 and not self._scale_fields else 60)
            editor.done_pressed.connect(self._on_done)
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(sized_font(13, bold=index == 0))
            label.setBuddy(editor)
            error = named(QLabel(), f"hidden_{key}_error")
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.hide()
            layout.addSpacing(6 if index else 0)
            layout.addWidget(label)
            layout.addWidget(editor, 3 if index == 0 else 2)
            layout.addWidget(error)
            self.editors[key] = editor
            self._errors[key] = error
        return form

    # the owner's side --------------------------------------------------------
    def start(self, question: str, partners: Iterable[PartnerInfo], entered: set[int]) -> None:
        """Show the hand-over for the first partner who has not entered, or the ready screen."""
        self._generation += 1
        self._discard_form()
        self._question = question
        self._partners = sorted(partners, key=lambda p: p.position)
        self._entered = {p.id for p in self._partners if p.id in entered}
        self._replacing = False
        self._show_next()

    def replace(self, partner_id: int) -> None:
        """Let a partner write their entry again; the old one is never shown, only replaced."""
        partner = next((p for p in self._partners if p.id == partner_id), None)
        if partner is None:
            return
        self._discard_form()
        self._replacing = True
        self._show_handover(partner)

    def clear(self) -> None:
        """Forget everything on screen (another exercise or session is loaded)."""
        self._generation += 1
        self._discard_form()
        self._partners, self._entered, self._current = [], set(), None
        self.handover_title.clear()
        self.handover_question.clear()
        self.pages.setCurrentIndex(0)
        handover_bus().changed.emit(self)  # nobody holds the laptop any more

    def interrupt(self) -> None:
        """The app locks: what was typed goes, and the partner starts again at the hand-over.

        Nothing of an entry may be on screen after the coach unlocks in front of the room.
        """
        if self.stage == "entry" and self._current is not None:
            self._discard_form()
            self._show_handover(self._current)

    @property
    def holding(self) -> bool:
        """Whether a partner has (or is about to get) the laptop: a hand-over or an entry."""
        return self.stage in ("handover", "entry") and self._current is not None

    @property
    def current_partner(self) -> PartnerInfo | None:
        """Who the hand-over or entry screen is for (None on the ready screen)."""
        return self._current

    @property
    def stage(self) -> str:
        """ "handover", "entry" or "ready": which screen shows."""
        return ("handover", "entry", "ready")[self.pages.currentIndex()]

    # screens -----------------------------------------------------------------
    def _show_next(self) -> None:
        waiting = next((p for p in self._partners if p.id not in self._entered), None)
        if waiting is None:
            self._show_ready()
        else:
            self._show_handover(waiting)

    @property
    def alone(self) -> bool:
        """One partner writes: no hand-over, and every text speaks to one person."""
        return len(self._partners) == 1

    def _show_handover(self, partner: PartnerInfo) -> None:
        self._current = partner
        if self.alone:
            self._show_entry()
            return
        self.handover_question.setText(self._quoted())
        self.handover_title.setText(self.tr("Geef de laptop aan {name}").format(name=partner.name))
        if self._replacing:
            text = self.tr(
                "{name} vult opnieuw in. Wat er eerder stond, wordt niet getoond; het wordt "
                "vervangen zodra {name} op ‘Klaar’ drukt."
            )
        else:
            text = self.tr(
                "Alleen {name} kijkt nu naar het scherm. Wat je opschrijft blijft verborgen, "
                "ook voor de coach, tot jullie het samen bekijken."
            )
        self.handover_text.setText(text.format(name=partner.name))
        self.continue_button.setText(self.tr("Ik ben {name}, verder").format(name=partner.name))
        self.continue_button.adjustSize()
        self.keep_button.setVisible(self._replacing)
        self.handover_progress.setText(self._progress())
        self._fill_replace(self.handover_replace, exclude=partner.id)
        self._set_page(0)
        self._focus_stage()

    def _show_entry(self) -> None:
        partner = self._current
        assert partner is not None
        self._discard_form()
        self._form = self._build_form()
        self.entry_layout.insertWidget(3, self._form, 1)
        self._form.show()  # now, so the first editor can take the focus at once
        hint = self.tr(
            "Klaar? Druk op {keys} of op ‘Klaar’. Daarna verdwijnt je tekst van het "
            "scherm; niemand ziet hem tot de coach op ‘Laten zien’ drukt."
        ).format(keys=done_keys_text())
        if not self.alone:
            title = self.tr("{name}, jij bent aan de beurt")
            self.back_button.setText(self.tr("← Terug: ik ben het niet"))
        elif self._replacing:
            title = self.tr("{name}, je vult opnieuw in")
            hint = self.tr(
                "Wat je eerder schreef, wordt niet getoond; het wordt vervangen zodra je op "
                "{keys} of op ‘Klaar’ drukt."
            ).format(keys=done_keys_text())
            self.back_button.setText(self.tr("← Toch niet opnieuw invullen"))
        else:
            title = self.tr("{name}, schrijf het rustig op")
        # Alone, nobody else can be holding the laptop; going back only undoes a redo.
        self.back_button.setVisible(not self.alone or self._replacing)
        self.entry_title.setText(title.format(name=partner.name))
        self.entry_hint.setText(hint)
        self.entry_question.setText(self._quoted())
        self._set_page(1)
        self._focus_stage()

    def _show_ready(self) -> None:
        self._current = None
        if len(self._partners) == 1:
            title = self.tr("{name} is klaar").format(name=self._partners[0].name)
        else:
            title = self.tr("Iedereen is klaar")
        self.ready_title.setText(title)
        if not self._reveal:
            text = self.tr(
                "Dank je wel. Geef de laptop terug aan de coach. Wat je invulde, ziet alleen "
                "de coach."
            )
        elif self.alone:
            text = self.tr(
                "Geef de laptop terug aan de coach. Met ‘Laten zien’ verschijnt wat je hebt "
                "opgeschreven."
            )
        else:
            text = self.tr(
                "Geef de laptop terug aan de coach. Met ‘Laten zien’ verschijnt wat er is "
                "opgeschreven, voor iedereen tegelijk."
            )
        self.ready_text.setText(text)
        self.ready_progress.setText(self._progress())
        self._fill_replace(self.ready_replace, exclude=None)
        self._set_page(2)
        self._focus_stage()

    def _set_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.stage_changed.emit(self.stage)
        handover_bus().changed.emit(self)

    def _quoted(self) -> str:
        return f"“{self._question}”" if self._question else ""

    def _progress(self) -> str:
        parts = [
            (
                self.tr("{name}: klaar ✓") if p.id in self._entered else self.tr("{name}: nog niet")
            ).format(name=p.name)
            for p in self._partners
        ]
        return "   ·   ".join(parts)

    def _fill_replace(self, row: QHBoxLayout, exclude: int | None) -> None:
        while row.count():
            item = row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                dispose(widget)
        row.addStretch(1)
        for partner in self._partners:
            if partner.id in self._entered and partner.id != exclude:
                button = named(
                    QPushButton(self.tr("Opnieuw invullen voor {name}").format(name=partner.name)),
                    f"replace_{partner.id}",
                )
                button.setAutoDefault(True)
                button.clicked.connect(lambda _=False, pid=partner.id: self._on_replace(pid))
                row.addWidget(button)
                button.show()  # now: a page that is already on screen shows it at once
        row.addStretch(1)

    def _on_replace(self, partner_id: int) -> None:
        """Writing an entry again replaces it: only with the coach's consent."""
        partner = next((p for p in self._partners if p.id == partner_id), None)
        if partner is None:
            return
        what = self.tr(
            "{name} vult opnieuw in. Wat {name} eerder schreef, wordt vervangen."
        ).format(name=partner.name)
        if handover_bus().coach_agrees(self, what):
            self.replace(partner_id)

    def _discard_form(self) -> None:
        """Wipe and destroy the editors, so no text and no undo step survives."""
        for editor in self.editors.values():
            editor.wipe()
        for scale in self.scales.values():
            scale.set_value(None)
        self.editors, self._errors, self.scales = {}, {}, {}
        if self._form is not None:
            dispose(self._form)
            self._form = None

    # slots -------------------------------------------------------------------
    def _on_continue(self) -> None:
        if self._current is not None and self.stage == "handover":
            self._show_entry()

    def _on_back(self) -> None:
        """The wrong person has the laptop: forget what was typed, back to the hand-over."""
        if self.alone:  # no hand-over alone: the button only cancels writing it again
            self._on_keep()
        elif self._current is not None:
            self._discard_form()
            self._show_handover(self._current)

    def _on_keep(self) -> None:
        self._replacing = False
        self._discard_form()
        self._show_next()

    def _on_done(self) -> None:
        partner = self._current
        if partner is None or self.stage != "entry" or not self._valid():
            return
        texts = {key: editor.toPlainText() for key, editor in self.editors.items()}
        texts |= {key: str(scale.value()) for key, scale in self.scales.items()}
        self._discard_form()
        self._entered.add(partner.id)
        self._replacing = False
        generation = self._generation
        self.submitted.emit(partner.id, texts)
        del texts
        if generation == self._generation:  # the owner did not restart us meanwhile
            self._show_next()

    def _valid(self) -> bool:
        ok = True
        for key, label in self._scale_fields:
            missing = self.scales[key].value() is None
            message = self.tr("Kies eerst een getal bij ‘{label}’.").format(label=label)
            self._errors[key].setText(message if missing else "")
            self._errors[key].setVisible(missing)
            if missing and ok:
                self.scales[key].setFocus()
            ok = ok and not missing
        first = not self._scale_fields  # with scales, the texts are optional
        for key, label in self._fields:
            text = self.editors[key].toPlainText()
            error = self._errors[key]
            message = ""
            if first and not text.strip():
                message = self.tr("Vul eerst ‘{label}’ in; daarna kun je op ‘Klaar’ drukken.")
            elif len(text) > self._max_chars:
                message = self.tr("Dit is te lang: hoogstens {max} tekens (nu {count}).")
            error.setText(message.format(label=label, max=self._max_chars, count=len(text)))
            error.setVisible(bool(message))
            if message and ok:
                self.editors[key].setFocus()
            ok = ok and not message
            first = False
        return ok

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_stage()  # the tab was opened or the app restarted: keys work at once
        handover_bus().changed.emit(self)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        handover_bus().changed.emit(self)

    def refocus(self) -> None:
        """The keyboard back on this screen (after a dialog took it)."""
        self._focus_stage()

    def _focus_stage(self) -> None:
        if self.stage == "handover":
            self.continue_button.setFocus()
        elif self.stage == "entry" and self.scales:
            first = self.scales[self._scale_fields[0][0]]
            first.focus_first()
        elif self.stage == "entry" and self.editors:
            self.editors[self._fields[0][0]].setFocus()
        else:
            self.setFocus()  # not on the reveal button: a stray Enter must not reveal

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.cancel_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.stage == "handover":
            event.accept()
            self._on_continue()
        else:
            super().keyPressEvent(event)
