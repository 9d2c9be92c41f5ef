"""Is the data folder inside a cloud-sync folder? Syncing a live SQLite file can corrupt it.

A sync client copies the database, its -wal and its -shm one by one while the app
writes them, and may put back an older copy; the result can be a damaged file on this
or another computer. Recognised by the usual folder names on Windows, macOS and Linux,
and by the marker files the clients leave in the folder they sync. No network, no Qt.
"""

from __future__ import annotations

from pathlib import Path, PurePath

ONEDRIVE = "OneDrive"
ICLOUD = "iCloud Drive"
DROPBOX = "Dropbox"
GOOGLE_DRIVE = "Google Drive"
NEXTCLOUD = "Nextcloud"
SYNCTHING = "Syncthing"

# Folder names the clients create, compared case-insensitively.
_NAMES = {
    "onedrive": ONEDRIVE,
    "icloud drive": ICLOUD,
    "iclouddrive": ICLOUD,  # Windows: C:\Users\<name>\iCloudDrive
    "com~apple~clouddocs": ICLOUD,  # macOS: ~/Library/Mobile Documents/com~apple~CloudDocs
    "dropbox": DROPBOX,
    "google drive": GOOGLE_DRIVE,
    "nextcloud": NEXTCLOUD,
}
# Names that start like this: "OneDrive - Praktijk", "Dropbox (Praktijk)".
_PREFIXES = (("onedrive - ", ONEDRIVE), ("dropbox (", DROPBOX))
# macOS puts every File Provider client in ~/Library/CloudStorage/<Client>-<account>.
_CLOUD_STORAGE = (
    ("onedrive", ONEDRIVE),
    ("dropbox", DROPBOX),
    ("googledrive", GOOGLE_DRIVE),
    ("nextcloud", NEXTCLOUD),
    ("icloud", ICLOUD),
)
# Google Drive for desktop on Windows: a drive of its own, G:\My Drive (in Dutch: Mijn Drive).
_DRIVE_ROOTS = {"my drive", "mijn drive", "shared drives", "gedeelde drives"}
# What the clients leave in the root of the folder they sync.
_MARKERS = (
    (".stfolder", SYNCTHING),
    (".dropbox", DROPBOX),
    (".nextcloudsync.log", NEXTCLOUD),
)


def cloud_folder(path: PurePath, home: PurePath | None = None) -> str | None:
    """The sync service whose folder holds `path`, by the folder names alone; else None.

    `home` is the user's home folder: Syncthing's default folder is `~/Sync`.
    """
    parts = [part.casefold() for part in path.parts]
    if home is not None and _starts_with(parts, [*(p.casefold() for p in home.parts), "sync"]):
        return SYNCTHING
    for index, part in enumerate(parts):
        parent = parts[index - 1] if index else ""
        if part in _NAMES:
            return _NAMES[part]
        for prefix, service in _PREFIXES:
            if part.startswith(prefix):
                return service
        if parent == "cloudstorage":
            for prefix, service in _CLOUD_STORAGE:
                if part.startswith(prefix):
                    return service
            return path.parts[index].split("-")[0] or path.parts[index]  # another client
        if parent == "mobile documents":  # iCloud Drive's folders of apps
            return ICLOUD
        if index == 1 and path.drive and part in _DRIVE_ROOTS:
            return GOOGLE_DRIVE
    return None


def _starts_with(parts: list[str], prefix: list[str]) -> bool:
    return len(parts) >= len(prefix) and parts[: len(prefix)] == prefix


def synced_by_marker(path: Path) -> str | None:
    """The sync service whose marker file sits in `path` or a folder above it; else None."""
    for folder in (path, *path.parents):
        for name, service in _MARKERS:
            if (folder / name).exists():
                return service
        try:
            if any(folder.glob(".sync_*.db")) or any(folder.glob("._sync_*.db")):
                return NEXTCLOUD  # the Nextcloud (and ownCloud) client's journal
        except OSError:
            continue
    return None


def sync_service(path: Path) -> str | None:
    """The sync service of the folder `path` lies in, by name or by marker; None: not synced."""
    return cloud_folder(path, Path.home()) or synced_by_marker(path)
