"""The database file's lifecycle without Qt: open, unlock, damage, backups, restore, re-key."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

import pytest

from stellenstof_desktop.cli import _passphrase
from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput
from stellenstof_desktop.errors import (
    BackupError,
    DailyBackupError,
    DatabaseBusyError,
    NotADatabaseError,
    PassphraseChangeError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.cloud import cloud_folder, synced_by_marker
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.services.vault import SHORT_BUSY_MS, Progress, Vault
from stellenstof_desktop.store.crypto import FileKind, check_key, file_kind

NOTE = "Notitie over Zoë en Joël die alleen in de database staat"
OLD, NEW = "oud wachtwoord", "nieuw 'wachtwoord' met ë"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    """A vault on the plain test database, closed afterwards."""
    opened = Vault(data_dir)
    yield opened
    opened.close()


def _couple(services: Services, name: str, note: str = NOTE) -> int:
    couple = services.couples.create(CoupleInput(name, (PartnerInput("Anne"),)))
    session = services.sessions.create(
        couple.id, SessionInput(date(2026, 5, 4), None, 90, frozenset({couple.partners[0].id}))
    )
    services.notes.save(session.id, NoteKind.SHARED, note)
    return couple.id


def _names(services: Services) -> list[str]:
    return [couple.display_name for couple in services.couples.list()]


def _failing_at(exc: Exception) -> Callable[[Callable[[Progress], None]], None]:
    """A runner whose progress report fails: file work breaking off halfway."""

    def report(_done: int, _total: int) -> None:
        raise exc

    return lambda work: work(report)


# -- opening ---------------------------------------------------------------------------------


def test_open_a_plain_database(vault: Vault) -> None:
    assert not vault.needs_key()
    services = vault.open()
    assert not vault.created and vault.key is None and vault.services is services
    assert services.couples.list() == []
    assert not vault.is_current("iets")


def test_open_a_new_database_creates_it(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "nieuw" / "map")
    assert not vault.needs_key()
    services = vault.open()
    try:
        assert vault.created
        assert file_kind(vault.paths.database) is FileKind.PLAIN
        assert services.couples.count() == 0
    finally:
        vault.close()
    assert vault.services is None


def test_open_an_encrypted_database_with_its_passphrase(
    encrypted_dir: Path, passphrase: str
) -> None:
    vault = Vault(encrypted_dir)
    assert vault.needs_key()
    assert not vault.check_key("verkeerd") and vault.check_key(passphrase)
    services = vault.open(passphrase)
    try:
        assert vault.key == passphrase and vault.is_current(passphrase)
        assert not vault.is_current("verkeerd") and not vault.created
        assert services.couples.list() == []
    finally:
        vault.close()


def test_a_wrong_or_missing_passphrase_opens_nothing_and_writes_nothing(
    encrypted_dir: Path,
) -> None:
    vault = Vault(encrypted_dir)
    before = vault.paths.database.read_bytes()
    with pytest.raises(WrongPassphraseError):
        vault.open("verkeerd")
    with pytest.raises(PassphraseRequiredError):
        vault.open()
    assert vault.services is None
    assert vault.paths.database.read_bytes() == before
    assert sorted(p.name for p in encrypted_dir.iterdir()) == [DB_FILENAME]


def test_the_cli_asks_the_vault_for_the_passphrase(
    encrypted_dir: Path, data_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STELLENSTOF_PASSPHRASE", raising=False)
    assert _passphrase(Vault(data_dir)) is None  # plain: nothing to ask
    assert _passphrase(Vault(encrypted_dir)) is None  # no terminal: opening says how
    monkeypatch.setenv("STELLENSTOF_PASSPHRASE", passphrase)
    assert _passphrase(Vault(encrypted_dir)) == passphrase


# -- a damaged file --------------------------------------------------------------------------


def _damage(path: Path) -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    whole = path.read_bytes()
    broken = whole[: len(whole) // 2]  # cut short, like a full disk or a bad copy
    path.write_bytes(broken)
    return broken


def test_damaged_file_is_moved_aside_for_the_newest_good_backup(vault: Vault) -> None:
    services = vault.open()
    _couple(services, "Anne & Bram", "uit de back-up " * 500)
    assert vault.daily_backup(date(2026, 5, 31)) is not None
    vault.close()
    broken = _damage(vault.paths.database)

    with pytest.raises(NotADatabaseError):
        vault.open()
    assert vault.services is None
    backup = vault.newest_good_backup()
    assert backup is not None and backup.path.name == "dagelijks-2026-05-31.db"
    aside = vault.restore_damaged(backup)
    assert aside is not None and aside.parent == vault.paths.root and "beschadigd" in aside.name
    assert aside.read_bytes() == broken  # kept aside, byte for byte
    assert _names(vault.open()) == ["Anne & Bram"]


def test_damaged_file_without_a_good_backup(vault: Vault) -> None:
    vault.open()
    vault.close()
    vault.paths.backups.mkdir(exist_ok=True)
    (vault.paths.backups / "kapot.db").write_bytes(b"geen database" * 100)
    broken = _damage(vault.paths.database)
    with pytest.raises(NotADatabaseError):
        vault.open()
    assert vault.newest_good_backup() is None
    assert vault.paths.database.read_bytes() == broken  # untouched


# -- backups ---------------------------------------------------------------------------------


def test_daily_backup_is_made_once_a_day(vault: Vault) -> None:
    vault.open()
    made = vault.daily_backup(date(2026, 6, 1))
    assert made == vault.paths.backups / "dagelijks-2026-06-01.db"
    assert vault.daily_backup(date(2026, 6, 1)) is None
    assert vault.daily_backup(date(2026, 6, 2)) is not None


def test_daily_backup_that_cannot_be_written_says_why(vault: Vault) -> None:
    vault.open()
    vault.paths.backups.write_text("een bestand waar de map hoort")
    with pytest.raises(DailyBackupError) as info:
        vault.daily_backup(date(2026, 6, 1))
    assert "niet gelukt" in str(info.value)


def test_backup_to_a_place_the_coach_chooses(vault: Vault, tmp_path: Path) -> None:
    _couple(vault.open(), "Zoë & Joël")
    reports: list[tuple[int, int]] = []
    target = vault.backup_to(
        tmp_path / "usb" / "maandag", lambda work: work(lambda *r: reports.append(r))
    )
    assert target == tmp_path / "usb" / "maandag.db" and reports
    assert file_kind(target) is FileKind.PLAIN
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT display_name FROM couples").fetchall() == [("Zoë & Joël",)]
    conn.close()


def test_backup_to_the_database_itself_or_an_unwritable_place(vault: Vault, tmp_path: Path) -> None:
    vault.open()
    with pytest.raises(BackupError, match="in gebruik"):
        vault.backup_to(vault.paths.database)
    blocker = tmp_path / "geen-map"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="kon niet worden geschreven"):
        vault.backup_to(blocker / "back-up.db")


# -- restoring -------------------------------------------------------------------------------


def test_restore_a_plain_backup_keeps_the_current_data_first(vault: Vault, tmp_path: Path) -> None:
    services = vault.open()
    _couple(services, "Anne & Bram")
    copy = vault.backup_to(tmp_path / "kopie.db")
    _couple(services, "Later toegevoegd")

    backup = vault.inspect_backup(copy)
    assert not backup.needs_key and backup.path == copy
    restored = vault.restore(backup)
    assert _names(services) == ["Anne & Bram"]  # the same services carry on
    assert restored.made == backup.made and restored.erased_again == ()
    assert restored.kept is not None and restored.kept.parent == vault.paths.backups
    with sqlite3.connect(restored.kept) as conn:
        assert len(conn.execute("SELECT * FROM couples").fetchall()) == 2
    conn.close()
    _couple(services, "Na het terugzetten")
    assert len(_names(services)) == 2


def test_what_is_no_backup_is_refused(vault: Vault, tmp_path: Path) -> None:
    vault.open()
    recipes = tmp_path / "recepten.db"
    recipes.write_bytes(b"pannenkoeken" * 500)
    for path in (recipes, vault.paths.database, tmp_path / "bestaat-niet.db"):
        with pytest.raises(BackupError, match="geen bruikbare"):
            vault.inspect_backup(path)


def test_restore_an_encrypted_backup_made_with_an_older_passphrase(
    encrypted_dir: Path, passphrase: str, tmp_path: Path
) -> None:
    vault = Vault(encrypted_dir)
    services = vault.open(passphrase)
    try:
        _couple(services, "Anne & Bram")
        copy = vault.backup_to(tmp_path / "usb.db")
        assert file_kind(copy) is FileKind.ENCRYPTED
        vault.change_key(NEW)
        _couple(services, "Later & Erbij")

        asked = vault.inspect_backup(copy)
        assert asked.needs_key and asked.key is None
        assert not vault.check_key("verkeerd", copy) and vault.check_key(passphrase, copy)
        backup = vault.inspect_backup(copy, passphrase)
        assert not backup.needs_key
        vault.restore(backup)
        assert _names(services) == ["Anne & Bram"]
        assert vault.key == NEW and check_key(vault.paths.database, NEW)  # as it was before
    finally:
        vault.close()


def test_restoring_an_older_backup_erases_an_erased_couple_again(
    vault: Vault, tmp_path: Path
) -> None:
    services = vault.open()
    gone = _couple(services, "Weg & Ermee", "MARKEERTEKST van wie gewist is")
    _couple(services, "Blijft & Hier")
    copy = vault.backup_to(tmp_path / "oud.db")
    services.privacy.erase_couple(gone)

    restored = vault.restore(vault.inspect_backup(copy))
    assert restored.erased_again == (gone,)
    assert _names(services) == ["Blijft & Hier"]
    assert b"MARKEERTEKST" not in vault.paths.database.read_bytes()


def test_a_failed_restore_leaves_the_current_data_open(vault: Vault, tmp_path: Path) -> None:
    services = vault.open()
    _couple(services, "Anne & Bram")
    copy = vault.backup_to(tmp_path / "kopie.db")
    _couple(services, "Later toegevoegd")
    full = OSError(28, "No space left on device")
    with pytest.raises(BackupError, match="No space left"):
        vault.restore(vault.inspect_backup(copy), _failing_at(full))
    assert _names(services) == ["Anne & Bram", "Later toegevoegd"]
    _couple(services, "Na de mislukking")  # the database is open again, for writing
    assert len(_names(services)) == 3


# -- re-keying -------------------------------------------------------------------------------


def test_change_key_plain_to_encrypted_to_new_key_to_plain(vault: Vault) -> None:
    services = vault.open()
    _couple(services, "Zoë & Joël")
    path = vault.paths.database
    secret = NOTE.encode()

    changed = vault.change_key(OLD)
    assert (changed.was_encrypted, changed.encrypted) == (False, True)
    assert vault.needs_key() and vault.key == OLD and secret not in path.read_bytes()
    changed = vault.change_key(NEW)
    assert (changed.was_encrypted, changed.encrypted) == (True, True)
    assert check_key(path, NEW) and not check_key(path, OLD) and vault.is_current(NEW)
    changed = vault.change_key(None)
    assert (changed.was_encrypted, changed.encrypted) == (True, False)
    assert file_kind(path) is FileKind.PLAIN and vault.key is None
    assert _names(services) == ["Zoë & Joël"]  # every word, on the same services


def test_a_failed_change_of_key_leaves_the_old_file_opening(
    encrypted_dir: Path, passphrase: str
) -> None:
    vault = Vault(encrypted_dir)
    services = vault.open(passphrase)
    try:
        _couple(services, "Zoë & Joël")
        with pytest.raises(PassphraseChangeError, match="No space left"):
            vault.change_key(NEW, _failing_at(OSError(28, "No space left on device")))
        assert vault.key == passphrase and check_key(vault.paths.database, passphrase)
        leftovers = [p.name for p in encrypted_dir.iterdir() if ".nieuw" in p.name]
        assert leftovers == []  # no half-made new file left beside it
        _couple(services, "Nog een stel")  # open again, for writing
        assert len(_names(services)) == 2
    finally:
        vault.close()


def test_a_bug_during_a_change_of_key_is_not_called_a_full_disk(vault: Vault) -> None:
    services = vault.open()
    with pytest.raises(ZeroDivisionError):
        vault.change_key(OLD, _failing_at(ZeroDivisionError("onze fout")))
    assert vault.key is None and not vault.needs_key()
    assert services.couples.list() == []  # reopened all the same


# -- another program's lock ------------------------------------------------------------------


def test_the_window_waits_briefly_for_a_lock_and_is_told_it_is_busy(data_dir: Path) -> None:
    window_vault = Vault(data_dir, busy_timeout_ms=SHORT_BUSY_MS)
    services = window_vault.open()
    holder = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == SHORT_BUSY_MS
        holder.execute("BEGIN IMMEDIATE")  # another program writing
        with pytest.raises(DatabaseBusyError, match="bezet"):
            _couple(services, "Zoë & Joël")
        holder.rollback()
        _couple(services, "Zoë & Joël")  # free again: the next try succeeds
        assert _names(services) == ["Zoë & Joël"]
    finally:
        holder.close()
        window_vault.close()
    cli_vault = Vault(data_dir)
    try:
        with cli_vault.open().db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        cli_vault.close()


# -- cloud-sync folders ----------------------------------------------------------------------

W, P = PureWindowsPath, PurePosixPath
WIN_HOME, MAC_HOME, LINUX_HOME = W("C:/Users/anne"), P("/Users/anne"), P("/home/anne")


@pytest.mark.parametrize(
    ("path", "home", "service"),
    [
        (W("C:/Users/anne/OneDrive/Documenten/Stellenstof"), WIN_HOME, "OneDrive"),
        (W("C:/Users/anne/OneDrive - Praktijk Anne/Stellenstof"), WIN_HOME, "OneDrive"),
        (W("C:/Users/anne/iCloudDrive/Stellenstof"), WIN_HOME, "iCloud Drive"),
        (W("D:/Dropbox (Praktijk)/Stellenstof"), WIN_HOME, "Dropbox"),
        (W("G:/Mijn Drive/Stellenstof"), WIN_HOME, "Google Drive"),
        (W("G:/My Drive/Stellenstof"), WIN_HOME, "Google Drive"),
        (W("C:/Users/anne/Nextcloud/Stellenstof"), WIN_HOME, "Nextcloud"),
        (W("C:/Users/anne/Sync/Stellenstof"), WIN_HOME, "Syncthing"),
        (
            P("/Users/anne/Library/Mobile Documents/com~apple~CloudDocs/Stellenstof"),
            MAC_HOME,
            "iCloud Drive",
        ),
        (
            P("/Users/anne/Library/CloudStorage/OneDrive-Persoonlijk/Stellenstof"),
            MAC_HOME,
            "OneDrive",
        ),
        (P("/Users/anne/Library/CloudStorage/Dropbox/Stellenstof"), MAC_HOME, "Dropbox"),
        (
            P("/Users/anne/Library/CloudStorage/GoogleDrive-anne@example.nl/Mijn Drive/S"),
            MAC_HOME,
            "Google Drive",
        ),
        (P("/Users/anne/Library/CloudStorage/Box-Box/Stellenstof"), MAC_HOME, "Box"),
        (P("/Users/anne/Dropbox/Stellenstof"), MAC_HOME, "Dropbox"),
        (P("/home/anne/Dropbox/Stellenstof"), LINUX_HOME, "Dropbox"),
        (P("/home/anne/Nextcloud/Documenten/Stellenstof"), LINUX_HOME, "Nextcloud"),
        (P("/home/anne/OneDrive/Stellenstof"), LINUX_HOME, "OneDrive"),
        (P("/home/anne/Google Drive/Stellenstof"), LINUX_HOME, "Google Drive"),
        (P("/home/anne/Sync/Stellenstof"), LINUX_HOME, "Syncthing"),
        # Not synced: the default folders, and names that only look alike.
        (W("C:/Users/anne/AppData/Local/Stellenstof/Stellenstof Desktop"), WIN_HOME, None),
        (P("/Users/anne/Library/Application Support/Stellenstof Desktop"), MAC_HOME, None),
        (P("/home/anne/.local/share/Stellenstof Desktop"), LINUX_HOME, None),
        (P("/home/anne/projecten/dropbox-export/Stellenstof"), LINUX_HOME, None),
        (P("/home/anne/onedrive-notities/Stellenstof"), LINUX_HOME, None),
        (P("/home/anne/werk/Sync/Stellenstof"), LINUX_HOME, None),
        (P("/home/anne/Synchroon/Stellenstof"), LINUX_HOME, None),
        (W("C:/My Drive/Stellenstof"), WIN_HOME, "Google Drive"),
        (W("C:/Users/anne/My Drive backup/Stellenstof"), WIN_HOME, None),
    ],
)
def test_cloud_folders_are_recognised_by_their_paths(
    path: PurePath, home: PurePath, service: str | None
) -> None:
    assert cloud_folder(path, home) == service


@pytest.mark.parametrize(
    ("marker", "service"),
    [(".stfolder", "Syncthing"), (".dropbox", "Dropbox"), (".sync_4f2a9c.db", "Nextcloud")],
)
def test_cloud_folders_are_recognised_by_their_markers(
    tmp_path: Path, marker: str, service: str
) -> None:
    synced = tmp_path / "gesynchroniseerd"
    data = synced / "werk" / "Stellenstof"
    data.mkdir(parents=True)
    (synced / marker).write_bytes(b"")
    assert synced_by_marker(data) == service
    assert Vault(data).sync_service() == service
    assert synced_by_marker(tmp_path / "elders") is None
