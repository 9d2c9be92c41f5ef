"""Shared fixtures: every test gets its own data folder and settings, never the real ones."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

# Before any QApplication exists: without a display Qt would abort the whole run. The
# offscreen screen is a 1920×1080 desk (Qt's default is 800×800, smaller than any laptop,
# and the window fits itself to its screen); the laptop sizes have their own tests.
DESK_SCREEN = Path(__file__).parent / "screens" / "desk.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DESK_SCREEN}"

import pytest  # noqa: E402  (after the platform is chosen)

from stellenstof_desktop.paths import DATA_DIR_ENV, DB_FILENAME, LOG_DIR_ENV  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every standard folder at a temp dir, so no test touches the real home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))  # the default log folder
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "default-data"))
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "log"))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated once to head; tests copy it instead of migrating again."""
    from stellenstof_desktop.services.container import open_services

    folder = tmp_path_factory.mktemp("template")
    services = open_services(folder)
    services.db.close()
    return folder / DB_FILENAME


@pytest.fixture
def data_dir(tmp_path: Path, template_db: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(template_db, folder / DB_FILENAME)
    return folder


@pytest.fixture
def services(data_dir: Path) -> Iterator[object]:
    from stellenstof_desktop.services.container import open_services

    opened = open_services(data_dir)
    yield opened
    opened.db.close()


TEMPLATE_PASSPHRASE = "lange zin met ë en spaties"  # non-ASCII on purpose


@pytest.fixture
def passphrase() -> str:
    """The passphrase of `encrypted_dir`."""
    return TEMPLATE_PASSPHRASE


@pytest.fixture(scope="session")
def encrypted_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template database encrypted once: SQLCipher key derivation is slow."""
    from stellenstof_desktop.store.crypto import change_key

    copy = tmp_path_factory.mktemp("encrypted-template") / DB_FILENAME
    shutil.copy(template_db, copy)
    change_key(copy, None, TEMPLATE_PASSPHRASE)
    return copy


@pytest.fixture
def encrypted_dir(tmp_path: Path, encrypted_template: Path) -> Path:
    """A data folder whose (empty) database is encrypted with `passphrase`."""
    folder = tmp_path / "versleuteld"
    folder.mkdir()
    shutil.copy(encrypted_template, folder / DB_FILENAME)
    return folder
