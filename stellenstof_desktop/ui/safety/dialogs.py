"""Dialogs for data safety: progress of long file work, and setting or changing the passphrase."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stellenstof_desktop.ui.kit.passphrase import (
    ERROR_STYLE,
    MIN_PASSPHRASE,
    check_with_wait_cursor,
    password_field,
)
from stellenstof_desktop.ui.kit.widgets import named

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
        if check_with_wait_cursor(self._is_current, self.current.text()):
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
