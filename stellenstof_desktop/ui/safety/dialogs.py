"""Dialogs for data safety: progress of long file work, unlock, passphrase, retention."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
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

T = TypeVar("T")
Progress = Callable[[int, int], None]


class _Relay(QObject):
    """Carries reports from the worker thread to the GUI thread (queued connections)."""

    progressed = Signal(int, int)
    finished = Signal()


def run_with_progress(
    parent: QWidget | None, title: str, label: str, work: Callable[[Progress], T]
) -> T:
    """Run `work(report)` in a worker thread behind a modal progress dialog; return its result.

    The dialog shows only when the work takes longer than a moment and has no cancel
    button: a half-made copy is never left under its real name anyway. The GUI thread
    keeps painting meanwhile (no processEvents() inside the work). An exception from the
    work is raised here, in the GUI thread.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # no cancel button
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    relay = _Relay()
    relay.progressed.connect(lambda done, total: _report(dialog, done, total))
    loop = QEventLoop()
    relay.finished.connect(loop.quit)
    results: list[T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            results.append(work(relay.progressed.emit))
        except BaseException as exc:  # handed to the GUI thread below
            errors.append(exc)
        finally:
            relay.finished.emit()

    worker = threading.Thread(target=target, name="stellenstof-file-work")
    worker.start()
    loop.exec()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    relay.deleteLater()
    if errors:
        raise errors[0]
    return results[0]


def _report(dialog: QProgressDialog, done: int, total: int) -> None:
    if total > 0:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))


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


# -- passphrases -------------------------------------------------------------------------

MIN_PASSPHRASE = 8
ERROR_STYLE = "color: #b00020;"


def password_field(name: str) -> QLineEdit:
    """A field whose text is never shown (no "show password" trick)."""
    field = named(QLineEdit(), name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


def _checked(check: Callable[[str], bool], passphrase: str) -> bool:
    """`check(passphrase)` with a wait cursor: proving a key takes a noticeable moment."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return check(passphrase)
    finally:
        QApplication.restoreOverrideCursor()


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted file until `check` accepts it.

    A wrong one is said in the dialog, which stays open for another try; nothing is
    written anywhere before `check` has proven the passphrase.
    """

    def __init__(
        self,
        title: str,
        text: str,
        check: Callable[[str], bool],
        cancel: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._check = check
        self.passphrase = ""
        intro = named(QLabel(text), "passphraseIntro")
        intro.setWordWrap(True)
        self.field = password_field("passphraseField")
        self.field.setPlaceholderText(self.tr("Wachtwoord"))
        self.error = named(QLabel(), "passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.open_button = named(
            buttons.addButton(self.tr("Openen"), QDialogButtonBox.ButtonRole.AcceptRole),
            "passphraseOpen",
        )
        self.open_button.setDefault(True)
        cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if cancel:
            cancel_button.setText(cancel)
        buttons.accepted.connect(self._on_open)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        self.open_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.field.setFocus()

    def _on_open(self) -> None:
        typed = self.field.text()
        if not typed:
            return
        if _checked(self._check, typed):
            self.passphrase = typed
            self.accept()
            return
        self.error.setText(
            self.tr(
                "Dit wachtwoord klopt niet. Let op hoofdletters en de Caps Lock-toets, en "
                "probeer het opnieuw. Er is niets veranderd."
            )
        )
        self.error.show()
        self.field.selectAll()
        self.field.setFocus()


@dataclass(frozen=True)
class PassphraseChange:
    """What the coach asked for in the encryption dialog."""

    new_key: str | None  # None: no passphrase any more (plain SQLite)


class EncryptionDialog(QDialog):
    """Set, change or remove the passphrase of the database, and the automatic lock."""

    def __init__(
        self,
        encrypted: bool,
        lock_minutes: int,
        is_current: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("encryptionDialog")
        self.setWindowTitle(self.tr("Versleuteling"))
        self.setMinimumWidth(520)
        self._encrypted = encrypted
        self._is_current = is_current
        self.change: PassphraseChange | None = None

        status = named(QLabel(), "encryptionStatus")
        status.setWordWrap(True)
        if encrypted:
            status.setText(
                self.tr(
                    "Uw gegevens zijn versleuteld. Stellenstof vraagt bij de start om het "
                    "wachtwoord."
                )
            )
        else:
            status.setText(
                self.tr(
                    "Uw gegevens zijn niet versleuteld: wie deze computer of een back-up in "
                    "handen krijgt, kan ze lezen. Met een wachtwoord kan dat niet meer."
                )
            )
        form = QFormLayout()
        self.current = password_field("currentPassphrase")
        if encrypted:
            form.addRow(self.tr("Huidig wachtwoord:"), self.current)
        else:
            self.current.hide()
        self.new = password_field("newPassphrase")
        self.repeat = password_field("repeatPassphrase")
        form.addRow(self.tr("Nieuw wachtwoord:"), self.new)
        form.addRow(self.tr("Nog een keer:"), self.repeat)
        hint = named(QLabel(), "passphraseHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b5b5b;")
        hint.setText(
            self.tr(
                "Minstens {count} tekens; een zin van een paar woorden is sterk en goed te "
                "onthouden. Schrijf het wachtwoord op en bewaar het op een veilige plek: wie "
                "het vergeet, kan de gegevens niet meer openen. Niemand kan het terughalen, "
                "ook de makers van Stellenstof niet."
            ).format(count=MIN_PASSPHRASE)
        )
        self.error = named(QLabel(), "encryptionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        actions = QHBoxLayout()
        actions.addStretch(1)
        if encrypted:
            self.remove_button = named(
                QPushButton(self.tr("Versleuteling uitzetten…")), "removePassphrase"
            )
            self.remove_button.clicked.connect(self._on_remove)
            self.remove_button.setAutoDefault(False)  # Enter never turns encryption off
            self.set_button = named(QPushButton(self.tr("Wachtwoord wijzigen…")), "setPassphrase")
            actions.addWidget(self.remove_button)
        else:
            self.set_button = named(QPushButton(self.tr("Versleutelen…")), "setPassphrase")
        self.set_button.clicked.connect(self._on_set)
        actions.addWidget(self.set_button)
        passphrase_box = QGroupBox(self.tr("Wachtwoord"))
        box_layout = QVBoxLayout(passphrase_box)
        box_layout.addWidget(status)
        box_layout.addLayout(form)
        box_layout.addWidget(hint)
        box_layout.addWidget(self.error)
        box_layout.addLayout(actions)

        self.minutes = named(QSpinBox(), "lockMinutes")
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" minuten"))
        self.minutes.setSpecialValueText(self.tr("nooit"))
        self.minutes.setValue(lock_minutes)
        lock_box = QGroupBox(self.tr("Automatisch vergrendelen"))
        lock_row = QHBoxLayout()
        lock_label = QLabel(self.tr("Vergrendelen na"))
        lock_label.setBuddy(self.minutes)
        lock_row.addWidget(lock_label)
        lock_row.addWidget(self.minutes)
        lock_row.addWidget(QLabel(self.tr("zonder gebruik")))
        lock_row.addStretch(1)
        lock_note = QLabel(
            self.tr(
                "Alles wordt eerst opgeslagen; daarna is het venster bedekt tot u het "
                "wachtwoord typt. Werkt alleen als de gegevens versleuteld zijn."
            )
        )
        lock_note.setWordWrap(True)
        lock_note.setStyleSheet("color: #5b5b5b;")
        lock_layout = QVBoxLayout(lock_box)
        lock_layout.addLayout(lock_row)
        lock_layout.addWidget(lock_note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(passphrase_box)
        layout.addWidget(lock_box)
        layout.addWidget(buttons)
        self.set_button.setDefault(True)  # once it is in the dialog: Enter sets or changes
        (self.current if encrypted else self.new).setFocus()

    def lock_minutes(self) -> int:
        return self.minutes.value()

    def _fail(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        field.selectAll()
        field.setFocus()

    def _current_ok(self) -> bool:
        if _checked(self._is_current, self.current.text()):
            return True
        self._fail(self.tr("Het huidige wachtwoord klopt niet."), self.current)
        return False

    def _on_set(self) -> None:
        new = self.new.text()
        if self._encrypted and not self._current_ok():
            return
        if len(new) < MIN_PASSPHRASE:
            self._fail(
                self.tr("Het nieuwe wachtwoord is te kort: minstens {count} tekens.").format(
                    count=MIN_PASSPHRASE
                ),
                self.new,
            )
            return
        if new != self.repeat.text():
            self._fail(
                self.tr("De twee nieuwe wachtwoorden zijn niet gelijk. Typ ze opnieuw."),
                self.repeat,
            )
            return
        if self._encrypted and new == self.current.text():
            self._fail(self.tr("Het nieuwe wachtwoord is hetzelfde als het huidige."), self.new)
            return
        self.change = PassphraseChange(new)
        self.accept()

    def _on_remove(self) -> None:
        if self._current_ok():
            self.change = PassphraseChange(None)
            self.accept()
