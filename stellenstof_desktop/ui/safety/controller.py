"""Keeping the coach's data safe: opening it whole, automatic backups, backup and restore.

The controller asks the coach what the vault (services/vault.py) needs to know: the
passphrase of an encrypted file, whether to put the newest good backup in place of a
file that cannot be used, which backup to restore, a new passphrase. It starts the
automatic backups in a worker thread (the daily one after the window is shown, then
every ten minutes one if anything changed in the last hour, and one when the window
closes), warns once when the data folder lies in a cloud-sync folder, shows progress of
long file work, and serves the "Back-up maken…", "Back-up terugzetten…",
"Versleuteling…" and "Vergrendelen" menu items. SQLAlchemy is imported only once the
window has painted, like everywhere else.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from stellenstof_desktop import log
from stellenstof_desktop.domain import Backup
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.paths import DataPaths
from stellenstof_desktop.services.vault import SHORT_BUSY_MS, Runner, Vault
from stellenstof_desktop.ui.kit.messages import Messages, known_error_text
from stellenstof_desktop.ui.safety.dialogs import (
    EncryptionDialog,
    PassphraseChange,
    run_with_progress,
)
from stellenstof_desktop.ui.safety.lock import LockController
from stellenstof_desktop.ui.safety.startup import StartupQuestions, when_text

if TYPE_CHECKING:
    from stellenstof_desktop.services.container import Services
    from stellenstof_desktop.ui.main_window import MainWindow

BACKUP_FILTER = "Stellenstof-back-up (*.db)"
OFFERED_KEY = "security/encryption_offered"
CLOUD_WARNED_KEY = "safety/cloud_warned"  # + a digest of the data folder: once per folder
BACKUP_CHECK_MS = 10 * 60 * 1000  # how often to look whether an hourly backup is due

logger = logging.getLogger(__name__)


class SafetyController(QObject):
    """Opens, backs up and restores the database of one data folder for the main window."""

    # The Path made; None (already made today); or the exception: a KnownError is told,
    # anything else is a bug and raised again in the GUI thread.
    daily_backup_done = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        messages: Messages,
        settings: QSettings,
        data_dir: Path,
        today: Callable[[], date] = date.today,
        vault: Vault | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.messages = messages
        self.settings = settings
        # A short wait for another program's lock: a save fails fast and autosave retries.
        self.vault = vault or Vault(data_dir, busy_timeout_ms=SHORT_BUSY_MS)
        self.today = today
        self.clock = clock
        self._daily: threading.Thread | None = None
        self.lock: LockController | None = None
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.backup_timer.setObjectName("backupTimer")
        self.backup_timer.timeout.connect(self._on_backup_timer)
        self.daily_backup_done.connect(self._on_daily_backup_done)

    @property
    def services(self) -> Services | None:
        return self.vault.services

    @property
    def paths(self) -> DataPaths:
        return self.vault.paths

    @property
    def key(self) -> str | None:
        return self.vault.key

    @property
    def created(self) -> bool:
        """open() made a new, empty database."""
        return self.vault.created

    def is_current(self, passphrase: str) -> bool:
        """Whether `passphrase` is the one the open database is encrypted with."""
        return self.vault.is_current(passphrase)

    def _runner(self, title: str, label: str) -> Runner:
        """Slow file work in a worker thread behind a progress dialog."""
        return lambda work: run_with_progress(self.window, title, label, work)

    # opening -----------------------------------------------------------------
    def open(self) -> Services | None:
        """Open the database, whole; None when the coach chose not to go on."""
        return StartupQuestions(self.vault, self.messages, self.window).open()

    # the window's menu -------------------------------------------------------
    def attach(self) -> None:
        """Add the backup items to the window's Bestand menu and start today's backup."""
        window = self.window
        self.act_backup = QAction(self.tr("Back-up maken…"), window)
        self.act_backup.setObjectName("actBackup")
        self.act_backup.triggered.connect(self.make_backup)
        self.act_restore = QAction(self.tr("Back-up terugzetten…"), window)
        self.act_restore.setObjectName("actRestore")
        self.act_restore.triggered.connect(self.restore_from_file)
        self.act_encryption = QAction(self.tr("Versleuteling…"), window)
        self.act_encryption.setObjectName("actEncryption")
        self.act_encryption.triggered.connect(self.edit_encryption)
        self.act_lock = QAction(self.tr("Vergrendelen"), window)
        self.act_lock.setObjectName("actLock")
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        window.addAction(self.act_lock)  # the shortcut works with the menu closed
        before = window.act_profile
        window.file_menu.insertActions(
            before, [self.act_backup, self.act_restore, self.act_encryption, self.act_lock]
        )
        window.file_menu.insertSeparator(before)
        self.lock = LockController(window, self.settings, self.is_current)
        self.act_lock.triggered.connect(self.lock.lock)
        # While the couple looks, the automatic lock waits: it must not make the coach type
        # her passphrase in front of them. Ctrl+L still locks at once.
        window.room.set_lock_action(self.act_lock)
        window.room.active_changed.connect(self.lock.set_paused)
        self.lock.set_paused(window.room.active)
        self._update_lock()
        window.installEventFilter(self)  # a backup when the window closes
        self.start_daily_backup()
        self.backup_timer.start()
        self._warn_cloud()

    def _warn_cloud(self) -> None:
        """Once per data folder: a sync client copying the live file can damage it."""
        service = self.vault.sync_service()
        if service is None:
            return
        folder = self.paths.root
        digest = hashlib.sha256(str(folder).encode()).hexdigest()[:16]
        if self.settings.value(f"{CLOUD_WARNED_KEY}/{digest}"):
            return
        self.settings.setValue(f"{CLOUD_WARNED_KEY}/{digest}", True)
        logger.warning("The data folder lies in a cloud-sync folder (%s)", service)
        self.messages.info(
            self.window,
            self.tr("Gegevensmap in een cloudmap"),
            self.tr(
                "Uw gegevens staan in een map die {service} bijhoudt:\n{folder}\n\n"
                "Er is nu niets mis. Maar een clouddienst die het gegevensbestand kopieert "
                "terwijl Stellenstof het gebruikt, kan het beschadigen. Zet de gegevensmap "
                "liever buiten {service} (zie 'Waar uw gegevens staan' in de handleiding). "
                "Wilt u een kopie in de cloud, maak dan een back-up via Bestand › Back-up "
                "maken… en zet die in de cloudmap.\n\n"
                "Deze melding krijgt u één keer."
            ).format(service=service, folder=folder),
        )

    def _update_lock(self) -> None:
        encrypted = self.key is not None
        self.act_lock.setEnabled(encrypted)
        # With encryption on, the passphrase is the coach's gate (leaving session mode,
        # stepping into a hand-over): a partner holding the laptop does not know it.
        self.window.gate.check = self.is_current if encrypted else None
        if self.lock is not None:
            self.lock.set_enabled(encrypted)

    @contextmanager
    def _file_work(self) -> Iterator[None]:
        """While the database file is closed and replaced: no lock, no input."""
        if self.lock is not None:
            self.lock.set_busy(True)
        focus = QApplication.focusWidget()
        self.window.setEnabled(False)  # no typing into a database that is being replaced
        try:
            yield
        finally:
            self.window.setEnabled(True)
            if focus is not None and isValid(focus):
                focus.setFocus()
            if self.lock is not None:
                self.lock.set_busy(False)

    # automatic backups --------------------------------------------------------
    def start_daily_backup(self) -> None:
        """Today's backup in a worker thread (the window is already shown and usable)."""
        today = self.today()
        self._in_background(lambda: self.vault.daily_backup(today))

    def _on_backup_timer(self) -> None:
        """Every ten minutes: a backup when something changed and the last is an hour old."""
        now = self.clock()
        self._in_background(lambda: self.vault.backup_if_changed(now))

    def _in_background(self, backup: Callable[[], Path | None]) -> None:
        """Run one automatic backup in a worker thread; its outcome comes as daily_backup_done."""
        if self._daily is not None and self._daily.is_alive():
            return  # the next timer tick tries again

        def work() -> None:
            made: Path | BaseException | None = None
            try:
                made = backup()
            except BaseException as exc:  # handed to the GUI thread: told, or raised there
                made = exc
            self.daily_backup_done.emit(made)

        self._daily = threading.Thread(target=work, name="stellenstof-backup")
        self._daily.start()

    def wait(self) -> None:
        """Let a running automatic backup finish (before closing or replacing the database)."""
        if self._daily is not None:
            self._daily.join()
            self._daily = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only installed on the window. Closing hides it (not spontaneous; minimising is):
        # its session is over. The event type first: this runs for every event it gets.
        if event.type() == QEvent.Type.Hide and not event.spontaneous():
            watched.removeEventFilter(self)
            self._on_window_closed()
        return False

    def _on_window_closed(self) -> None:
        """The backup when the coach closes (the window, for now), if anything changed."""
        self.backup_timer.stop()
        self.wait()
        if self.vault.services is None:
            return
        try:
            self.vault.session_backup(self.clock())
        except KnownError as error:  # nobody left to tell in a window: the log says it
            log.log_known_error(error)

    def _on_daily_backup_done(self, made: object) -> None:
        if isinstance(made, KnownError):  # disk full, folder read-only: never fatal
            self.window.statusBar().showMessage(known_error_text(made), 15000)
        elif isinstance(made, BaseException):
            raise made  # a bug of ours: to the bug handler, not into the status bar

    # backup and restore by hand ----------------------------------------------
    def make_backup(self) -> Path | None:
        """ "Back-up maken…": a consistent copy where the coach chooses (a USB stick)."""
        suggested = str(Path.home() / f"stellenstof-back-up-{self.today().isoformat()}.db")
        chosen = self.messages.save_path(
            self.window, self.tr("Back-up maken"), suggested, BACKUP_FILTER
        )
        if chosen is None:
            return None
        self.window.flush()
        run = self._runner(self.tr("Back-up maken"), self.tr("Back-up wordt gemaakt…"))
        try:
            target = self.vault.backup_to(Path(chosen), run)
        except KnownError as error:
            self.messages.known_error(self.window, error)
            return None
        self.messages.info(
            self.window,
            self.tr("Back-up gemaakt"),
            self.tr("De back-up staat in {path}.").format(path=target),
        )
        return target

    def restore_from_file(self) -> bool:
        """ "Back-up terugzetten…": choose a backup, confirm, keep the current file, restore."""
        chosen = self.messages.open_path(
            self.window,
            self.tr("Back-up terugzetten"),
            str(self.paths.backups if self.paths.backups.is_dir() else Path.home()),
            BACKUP_FILTER,
        )
        if chosen is None:
            return False
        try:
            backup = self.vault.inspect_backup(Path(chosen))
            if backup.needs_key:
                backup_key = self._ask_backup_passphrase(backup.path)
                if backup_key is None:
                    return False
                backup = self.vault.inspect_backup(backup.path, backup_key)
        except KnownError as error:
            self.messages.known_error(self.window, error)
            return False
        text = self.tr(
            "De back-up van {when} terugzetten?\n\n"
            "Alles wat u daarna hebt ingevoerd, staat er niet in. Uw huidige gegevens worden "
            "eerst apart bewaard in de map met back-ups, zodat u ze niet kwijtraakt."
        ).format(when=when_text(backup.made))
        if not self.messages.confirm(
            self.window, self.tr("Back-up terugzetten"), text, self.tr("Terugzetten")
        ):
            return False
        return self.restore(backup)

    def _ask_backup_passphrase(self, source: Path) -> str | None:
        """The passphrase that held when the backup at `source` was made."""
        if self.key is None:
            after = self.tr("Na het terugzetten zijn uw gegevens niet versleuteld, zoals nu.")
        else:
            after = self.tr("Na het terugzetten openen uw gegevens weer met uw huidige wachtwoord.")
        return self.messages.passphrase(
            self.window,
            self.tr("Back-up terugzetten"),
            self.tr(
                "Deze back-up is versleuteld met een ander wachtwoord dan uw gegevens nu "
                "hebben. Typ het wachtwoord dat gold toen de back-up werd gemaakt."
            )
            + "\n\n"
            + after,
            lambda passphrase: self.vault.check_key(passphrase, source),
        )

    def restore(self, backup: Backup) -> bool:
        """Replace the open database by `backup` (the current one is kept first)."""
        if not self.window.flush():
            return False
        self.wait()
        run = self._runner(self.tr("Back-up terugzetten"), self.tr("Back-up wordt teruggezet…"))
        failure: KnownError | None = None
        try:
            with self._file_work():
                restored = self.vault.restore(backup, run)
        except KnownError as error:  # the untouched current file is open again
            failure = error
        self.window.reload_data()
        if failure is not None:
            self.messages.known_error(self.window, failure)
            return False
        self.messages.info(
            self.window,
            self.tr("Back-up teruggezet"),
            self.tr(
                "De back-up van {when} is teruggezet. Uw gegevens van vóór het terugzetten "
                "staan in {path}."
            ).format(when=when_text(restored.made), path=restored.kept),
        )
        return True

    # encryption ----------------------------------------------------------------
    def offer_encryption(self) -> None:
        """On the first start (a new, empty database) suggest a passphrase, once."""
        if not self.created or self.key is not None or self.settings.value(OFFERED_KEY):
            return
        self.settings.setValue(OFFERED_KEY, True)
        if self.messages.ask(
            self.window,
            self.tr("Gegevens versleutelen?"),
            self.tr(
                "Stellenstof kan uw gegevens versleutelen met een wachtwoord. Dan kan niemand "
                "ze lezen zonder dat wachtwoord, ook niet als uw laptop of een back-up "
                "zoekraakt. Dat raden we sterk aan.\n\n"
                "U kunt het ook later doen, via Bestand › Versleuteling…"
            ),
            self.tr("Wachtwoord instellen…"),
            self.tr("Nu niet"),
        ):
            self.edit_encryption()

    def edit_encryption(self) -> bool:
        """ "Versleuteling…": set, change or remove the passphrase; the automatic lock."""
        lock = self.lock
        assert lock is not None, "attach() first"
        dialog = EncryptionDialog(self.key is not None, lock.minutes, self.is_current, self.window)
        try:
            dialog.exec()
            lock.set_minutes(dialog.lock_minutes())
            change = dialog.change
        finally:
            dialog.deleteLater()
        if change is None or not self._confirm_change(change):
            return False
        return self.change_passphrase(change.new_key)

    def _confirm_change(self, change: PassphraseChange) -> bool:
        if self.key is None:
            title, accept = self.tr("Gegevens versleutelen"), self.tr("Versleutelen")
            text = self.tr(
                "Uw gegevens worden nu versleuteld. Voortaan vraagt Stellenstof bij de start "
                "om dit wachtwoord. Vergeet u het, dan kan niemand uw gegevens nog openen.\n\n"
                "Let op: back-ups die al bestaan (in de map met back-ups en bijvoorbeeld op "
                "een USB-stick) blijven onversleuteld en leesbaar. Alleen nieuwe back-ups "
                "worden versleuteld. Gooi oude back-ups weg als u ze niet meer nodig hebt; de "
                "automatische verdwijnen vanzelf binnen acht weken."
            )
        elif change.new_key is not None:
            title, accept = self.tr("Wachtwoord wijzigen"), self.tr("Wijzigen")
            text = self.tr(
                "Het wachtwoord wijzigen?\n\n"
                "Let op: back-ups die al bestaan, blijven versleuteld met het oude wachtwoord. "
                "Om er een terug te zetten, hebt u dat oude wachtwoord nodig; bewaar het dus "
                "zolang u die back-ups bewaart. Nieuwe back-ups krijgen het nieuwe wachtwoord."
            )
        else:
            title, accept = self.tr("Versleuteling uitzetten"), self.tr("Uitzetten")
            text = self.tr(
                "De versleuteling uitzetten?\n\n"
                "Dan staan uw gegevens weer leesbaar op deze computer: wie de laptop in handen "
                "krijgt, kan ze openen. Nieuwe back-ups worden ook niet meer versleuteld. "
                "Back-ups die al bestaan, blijven versleuteld met het huidige wachtwoord."
            )
        return self.messages.confirm(self.window, title, text, accept)

    def change_passphrase(self, new_key: str | None) -> bool:
        """Re-encrypt the database with `new_key` (None: plain); the old file stays on failure."""
        if not self.window.flush():
            self.messages.error(
                self.window,
                self.tr("Niet opgeslagen"),
                self.tr(
                    "Niet alles kon worden opgeslagen, daarom is het wachtwoord niet veranderd. "
                    "Uw tekst staat nog op het scherm."
                ),
            )
            return False
        self.wait()
        run = self._runner(
            self.tr("Versleuteling"),
            self.tr("Uw gegevens worden versleuteld…")
            if new_key is not None
            else self.tr("De versleuteling wordt verwijderd…"),
        )
        failure: KnownError | None = None
        try:
            with self._file_work():
                changed = self.vault.change_key(new_key, run)
        except KnownError as error:  # the old file is open again, as it was
            failure = error
        self._update_lock()
        if failure is not None:
            self.messages.known_error(self.window, failure)
            return False
        if not changed.encrypted:
            done = self.tr("De versleuteling staat uit. Uw gegevens zijn niet meer versleuteld.")
        elif not changed.was_encrypted:
            done = self.tr(
                "Uw gegevens zijn versleuteld. Stellenstof vraagt voortaan bij de start om uw "
                "wachtwoord. Bewaar het goed."
            )
        else:
            done = self.tr("Het wachtwoord is gewijzigd.")
        self.messages.info(self.window, self.tr("Versleuteling"), done)
        return True
