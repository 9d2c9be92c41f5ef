"""Known errors: problems of the environment that the coach can act on.

Each carries a Dutch message marked for translation; the UI translates it with
`QCoreApplication.translate(CONTEXT, ...)` and the CLI prints it as is. Anything
else that goes wrong is a bug and is reported as such.
"""

from __future__ import annotations

from pathlib import Path

from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "errors"


class KnownError(Exception):
    """A problem the coach can act on; `message` is a Dutch template with {placeholders}."""

    def __init__(self, message: str, **values: object) -> None:
        self.message = message
        self.values = values
        super().__init__(self.render())

    def render(self, template: str | None = None) -> str:
        """The message with its values filled in (optionally a translated template)."""
        return (template or self.message).format(**self.values)


class DataDirError(KnownError):
    """The data folder cannot be created or written."""

    @classmethod
    def cannot_create(cls, path: Path, exc: OSError) -> DataDirError:
        return cls(
            QT_TRANSLATE_NOOP(
                "errors",
                "De gegevensmap {path} kan niet worden aangemaakt ({reason}). "
                "Kies een andere map met --data-dir of controleer de rechten.",
            ),
            path=path,
            reason=exc.strerror or exc,
        )

    @classmethod
    def read_only(cls, path: Path, exc: OSError) -> DataDirError:
        return cls(
            QT_TRANSLATE_NOOP(
                "errors",
                "In de gegevensmap {path} kan niet worden geschreven ({reason}). "
                "Er is niets veranderd. Controleer de rechten van de map of kies een "
                "andere map met --data-dir.",
            ),
            path=path,
            reason=exc.strerror or exc,
        )


class NotADatabaseError(KnownError):
    """The database file is not an SQLite database (or is damaged beyond opening)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Het bestand {path} is geen Stellenstof-database of is beschadigd. "
                "Het bestand is niet aangeraakt. Zet een back-up terug of kies een "
                "andere gegevensmap.",
            ),
            path=path,
        )


class SchemaTooNewError(KnownError):
    """The database was written by a newer release of the app."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "De database {path} is gemaakt met een nieuwere versie van Stellenstof "
                "(schema {revision}). Installeer de nieuwste versie; het bestand is niet "
                "aangeraakt.",
            ),
            path=path,
            revision=revision,
        )


class DatabaseBusyError(KnownError):
    """Another program holds a lock on the database for too long."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "De database {path} is bezet door een ander programma. Sluit andere "
                "vensters van Stellenstof en probeer het opnieuw.",
            ),
            path=path,
        )


class StorageError(KnownError):
    """Writing failed (disk full, file became read-only, ...); the text is still on screen."""

    def __init__(self, reason: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Opslaan is niet gelukt ({reason}). Uw tekst staat nog op het scherm; "
                "maak ruimte vrij of controleer de schijf, dan wordt opnieuw geprobeerd.",
            ),
            reason=reason,
        )


class ValidationError(KnownError):
    """Input the app refuses; `field` names which input, for a message next to it."""

    def __init__(self, field: str, message: str, **values: object) -> None:
        self.field = field
        super().__init__(message, **values)


class NotFoundError(KnownError):
    """A couple or session that no longer exists (erased meanwhile)."""

    @classmethod
    def couple(cls, ident: int) -> NotFoundError:
        return cls(QT_TRANSLATE_NOOP("errors", "Dit stel bestaat niet meer."), ident=ident)

    @classmethod
    def session(cls, ident: int) -> NotFoundError:
        return cls(QT_TRANSLATE_NOOP("errors", "Deze sessie bestaat niet meer."), ident=ident)


class DamagedDatabaseError(NotADatabaseError):
    """The file is one of ours but its integrity check failed."""

    def __init__(self, path: Path, detail: str = "") -> None:
        KnownError.__init__(
            self,
            QT_TRANSLATE_NOOP(
                "errors",
                "De database {path} is beschadigd ({detail}). Het bestand is niet "
                "aangeraakt. Zet een back-up terug.",
            ),
            path=path,
            detail=detail[:200],
        )


class WrongPassphraseError(KnownError):
    """The passphrase does not open the encrypted database."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Dit wachtwoord opent de database {path} niet. Er is niets veranderd; "
                "probeer het opnieuw.",
            ),
            path=path,
        )


class PassphraseRequiredError(KnownError):
    """An encrypted database was opened without a passphrase (from the command line)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "De database {path} is versleuteld. Geef het wachtwoord op (de app vraagt "
                "erom; op de opdrachtregel met de omgevingsvariabele STELLENSTOF_PASSPHRASE "
                "of in een terminal).",
            ),
            path=path,
        )


class PassphraseChangeError(KnownError):
    """Setting, changing or removing the passphrase failed; the old file is untouched."""

    def __init__(self, reason: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Het wachtwoord kon niet worden ingesteld ({reason}). Er is niets veranderd: "
                "uw gegevens openen zoals voorheen. Controleer of er genoeg ruimte op de "
                "schijf is en probeer het opnieuw.",
            ),
            reason=reason,
        )


class BackupError(KnownError):
    """A backup could not be written or read where the coach chose."""

    @classmethod
    def cannot_write(cls, path: Path, reason: object) -> BackupError:
        return cls(
            QT_TRANSLATE_NOOP(
                "errors",
                "De back-up {path} kon niet worden geschreven ({reason}). Uw gegevens zijn "
                "niet veranderd. Controleer de USB-stick of kies een andere plek.",
            ),
            path=path,
            reason=reason,
        )

    @classmethod
    def not_a_backup(cls, path: Path) -> BackupError:
        return cls(
            QT_TRANSLATE_NOOP(
                "errors",
                "Het bestand {path} is geen bruikbare Stellenstof-back-up (beschadigd, van "
                "een ander programma of van een nieuwere versie). Er is niets veranderd.",
            ),
            path=path,
        )


class ExportError(KnownError):
    """An export file could not be written where the coach chose."""

    def __init__(self, path: Path, reason: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Het bestand {path} kon niet worden geschreven ({reason}). Er is niets "
                "veranderd; kies een andere plek.",
            ),
            path=path,
            reason=reason,
        )


class DailyBackupError(BackupError):
    """Today's automatic backup failed (disk full, folder read-only); never fatal."""

    def __init__(self, reason: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "De automatische back-up is niet gelukt ({reason})."),
            reason=reason,
        )


class DiskError(KnownError):
    """Opening or checking failed on the disk (full, I/O error, rights): not a damaged file."""

    @classmethod
    def full(cls, path: Path) -> DiskError:
        return cls(
            QT_TRANSLATE_NOOP(
                "errors",
                "De schijf is vol, daarom kan Stellenstof de database {path} nu niet openen. "
                "Dit betekent niet dat uw gegevens beschadigd zijn: er is niets aan veranderd. "
                "Maak ruimte vrij op de schijf en start Stellenstof opnieuw.",
            ),
            path=path,
        )

    @classmethod
    def failing(cls, path: Path, reason: object) -> DiskError:
        return cls(
            QT_TRANSLATE_NOOP(
                "errors",
                "De database {path} kan nu niet worden gelezen ({reason}). Dit ligt aan de "
                "schijf of aan de rechten op de map; het betekent niet dat uw gegevens "
                "beschadigd zijn: er is niets aan veranderd. Controleer de schijf (of de "
                "USB-stick) en start Stellenstof opnieuw.",
            ),
            path=path,
            reason=reason,
        )


class DatabaseFolderError(NotADatabaseError):
    """A folder stands where the database file should be."""

    def __init__(self, path: Path) -> None:
        KnownError.__init__(
            self,
            QT_TRANSLATE_NOOP(
                "errors",
                "Op de plaats van het gegevensbestand {path} staat een map, geen bestand. "
                "Stellenstof heeft de map niet aangeraakt. Zet een back-up terug, of geef de "
                "map een andere naam en start Stellenstof opnieuw.",
            ),
            path=path,
        )


class DatabaseMissingError(NotADatabaseError):
    """No database file, or an empty one, while backups or a file set aside show there was one."""

    def __init__(self, path: Path, *, empty: bool = False) -> None:
        if empty:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "Het gegevensbestand {path} is leeg (0 bytes), terwijl er eerder gegevens "
                "waren: in de gegevensmap staan back-ups of een opzijgezet bestand. "
                "Stellenstof begint daarom niet zomaar met een lege database; het lege "
                "bestand is niet aangeraakt.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "Het gegevensbestand {path} ontbreekt. Dit is geen eerste start: in de "
                "gegevensmap staan back-ups of een opzijgezet bestand. Stellenstof begint "
                "daarom niet zomaar met een lege database.",
            )
        KnownError.__init__(self, template, path=path)


class UnreadableEncryptedError(DamagedDatabaseError):
    """The passphrase opens the newest backup but not the database: the file is damaged."""

    def __init__(self, path: Path) -> None:
        KnownError.__init__(
            self,
            QT_TRANSLATE_NOOP(
                "errors",
                "Uw wachtwoord opent de nieuwste back-up, maar niet het gegevensbestand "
                "{path}. Het bestand is dus beschadigd. Het is niet aangeraakt.",
            ),
            path=path,
        )


class BackupCheckError(BackupError):
    """A backup just written failed its check; it is set aside and never counted as good."""

    def __init__(self, path: Path, aside: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "De back-up {path} is geschreven, maar bij de controle bleek hij niet in orde "
                "({detail}). Hij telt niet als goede back-up en staat apart als {aside}. Uw "
                "gegevens zelf zijn niet veranderd. Controleer de schijf; bij de volgende "
                "back-up probeert Stellenstof het opnieuw.",
            ),
            path=path,
            aside=aside,
            detail=detail[:200],
        )


class RestoreError(BackupError):
    """Putting a backup in place failed; the file that was there is still there, untouched."""

    def __init__(self, reason: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "De back-up kon niet worden teruggezet ({reason}). Er is niets veranderd: het "
                "bestand dat er stond, staat er nog. Maak ruimte vrij op de schijf of "
                "controleer de schijf, en probeer het opnieuw.",
            ),
            reason=reason,
        )
