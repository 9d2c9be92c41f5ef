"""Opening the data at start: the passphrase, and what to do with a file that cannot be used.

The vault decides what is wrong (damaged, a folder, missing, a full or failing disk); this
asks the coach the questions that follow: her passphrase, whether to put the newest good
backup in place, or, with no backup at all, whether to start empty.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from stellenstof_desktop.errors import DatabaseMissingError, NotADatabaseError
from stellenstof_desktop.services.vault import Vault
from stellenstof_desktop.ui.kit.format import long_date
from stellenstof_desktop.ui.kit.messages import Messages, known_error_text
from stellenstof_desktop.ui.safety.dialogs import run_with_progress

if TYPE_CHECKING:
    from stellenstof_desktop.services.container import Services


def when_text(moment: datetime) -> str:
    return f"{long_date(moment.date())} {moment:%H:%M}"


class StartupQuestions(QObject):
    """The questions to the coach while the data folder is opened at start."""

    def __init__(self, vault: Vault, messages: Messages, window: QWidget) -> None:
        super().__init__(window)
        self.vault = vault
        self.messages = messages
        self.window = window

    def open(self) -> Services | None:
        """Open the database, whole; None when the coach chose not to go on.

        Raises the KnownError to show when the file cannot be used and no backup helps,
        or when the disk is full or failing (then nothing is offered and nothing moved).
        """
        self.vault.prepare()
        key = None
        if self.vault.needs_key():
            key = self._ask_passphrase()
            if key is None:
                return None
        start_empty = False
        while True:
            try:
                return self.vault.open(key, start_empty=start_empty)
            except NotADatabaseError as error:  # damaged, a folder, missing, not a database
                key, start_empty = self._recover(error, key)

    def _ask_passphrase(self) -> str | None:
        """The passphrase of the encrypted database, proven before anything is written.

        One that opens only the newest backup is accepted too: then the file is damaged,
        and opening says so instead of calling the passphrase wrong forever.
        """
        return self.messages.passphrase(
            self.window,
            self.tr("Stellenstof openen"),
            self.tr("Uw gegevens zijn versleuteld. Typ uw wachtwoord om ze te openen."),
            self.vault.unlocks,
            self.tr("Afsluiten"),
        )

    def _recover(self, error: NotADatabaseError, key: str | None) -> tuple[str | None, bool]:
        """Offer the newest good backup, or with none an empty start when the file is gone.

        Returns the key and whether to start empty for the next try; raises `error` when
        the coach says no or nothing helps.
        """
        vault, window, told = self.vault, self.window, known_error_text(error)
        backup = vault.newest_good_backup(key)
        if backup is None and key is None and vault.has_encrypted_backup():
            key = self.messages.passphrase(
                window,
                self.tr("Back-up terugzetten"),
                self.tr(
                    "Uw back-ups zijn versleuteld. Typ uw wachtwoord om de nieuwste goede "
                    "back-up terug te zetten."
                ),
                lambda passphrase: vault.newest_good_backup(passphrase) is not None,
                self.tr("Afsluiten"),
            )
            backup = None if key is None else vault.newest_good_backup(key)
        if backup is None:
            empty = self.tr(
                "Er is geen goede back-up om terug te zetten. Wilt u met een lege database "
                "beginnen? De back-ups en opzijgezette bestanden blijven staan."
            )
            if isinstance(error, DatabaseMissingError) and self.messages.ask(
                window,
                self.tr("Geen gegevens gevonden"),
                f"{told}\n\n{empty}",
                self.tr("Leeg beginnen"),
                self.tr("Afsluiten"),
            ):
                return key, True
            raise error
        when = when_text(backup.made)
        offer = self.tr(
            "De nieuwste goede back-up is van {when}. Wilt u die terugzetten? Wat u daarna "
            "hebt ingevoerd, staat er niet in.\n\n"
            "Wat er nu staat, wordt niet weggegooid: het blijft in de gegevensmap staan onder "
            "een andere naam."
        ).format(when=when)
        title = self.tr("Back-up terugzetten")
        if not self.messages.confirm(
            window, self.tr("Gegevens beschadigd"), f"{told}\n\n{offer}", title
        ):
            raise error
        label = self.tr("Back-up wordt teruggezet…")
        aside = vault.restore_damaged(
            backup, key, lambda work: run_with_progress(window, title, label, work)
        )
        if aside is None:
            done = self.tr("De back-up van {when} is teruggezet.").format(when=when)
        else:
            done = self.tr(
                "De back-up van {when} is teruggezet. Het beschadigde bestand staat nu in "
                "de gegevensmap als {name}."
            ).format(when=when, name=aside.name)
        self.messages.info(window, self.tr("Back-up teruggezet"), done)
        return (key if key is not None else backup.key), False
