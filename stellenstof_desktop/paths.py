"""Where the app finds its resources and keeps its data."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from stellenstof_desktop.errors import DataDirError

DATA_DIR_ENV = "STELLENSTOF_DATA_DIR"
LOG_DIR_ENV = "STELLENSTOF_LOG_DIR"
DB_FILENAME = "stellenstof.db"


def resource_path(relative: str) -> Path:
    """Absolute path of a file under `resources/`, from source and from the frozen bundle."""
    # PyInstaller unpacks data next to the executable and records the folder in _MEIPASS;
    # from source, resources/ sits beside the package at the repository root.
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root / "resources" / relative


def default_data_dir() -> Path:
    """The platform's per-user data folder (imported lazily: only needed without overrides)."""
    from platformdirs import user_data_path

    return user_data_path("Stellenstof Desktop", "Stellenstof", roaming=False)


def default_log_dir() -> Path:
    """The platform's per-user log folder (Logs under the data folder on Windows)."""
    from platformdirs import user_log_path

    return user_log_path("Stellenstof Desktop", "Stellenstof")


def private_dir() -> Path:
    """The per-user folder for short-lived copies outside the data folder (opened, e-mailed).

    Under the platform's per-user cache folder, never the shared temp folder: other
    accounts on the laptop cannot list it, and nothing the app leaves there survives
    the next start.
    """
    from platformdirs import user_cache_path

    return user_cache_path("Stellenstof Desktop", "Stellenstof") / "prive"


def resolve_log_dir(environ: dict[str, str] | None = None) -> Path:
    """The environment variable (tests, a CLI run elsewhere) wins over the platform default."""
    env = os.environ if environ is None else environ
    chosen = env.get(LOG_DIR_ENV) or None
    return Path(chosen).expanduser().resolve() if chosen else default_log_dir()


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"


def resolve_data_dir(cli_value: str | None, environ: dict[str, str] | None = None) -> Path:
    """`--data-dir` wins over the environment variable, which wins over the platform default."""
    env = os.environ if environ is None else environ
    chosen = cli_value or env.get(DATA_DIR_ENV) or None
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def prepare_data_dir(root: Path) -> DataPaths:
    """Create the data folder when missing and check that we can write in it."""
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError.cannot_create(root, exc) from exc
    if not root.is_dir():
        raise DataDirError.cannot_create(root, NotADirectoryError(str(root)))
    probe = root / ".stellenstof-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirError.read_only(root, exc) from exc
    return DataPaths(root)
