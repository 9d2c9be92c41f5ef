"""Files written whole or not at all, and the private folder for short-lived copies."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from stellenstof_desktop import files
from stellenstof_desktop.files import PrivateFolder, scrub, write_atomic
from stellenstof_desktop.paths import private_dir


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_kill_before_the_rename_keeps_the_earlier_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "doel" / "verslag.pdf"
    target.parent.mkdir()
    write_atomic(target, b"het goede verslag")

    def killed(_temp: object, _target: object) -> None:
        raise KeyboardInterrupt  # what a kill between write and rename looks like here

    monkeypatch.setattr(files, "_rename", killed)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"half")
    assert target.read_bytes() == b"het goede verslag"
    assert [p.name for p in target.parent.iterdir()] == ["verslag.pdf"]


def test_a_write_replaces_whole_with_mode_600(tmp_path: Path) -> None:
    target = tmp_path / "doel" / "export.zip"
    target.parent.mkdir()
    target.write_bytes(b"oud")
    target.chmod(0o644)
    write_atomic(target, b"nieuw")
    assert target.read_bytes() == b"nieuw" and _mode(target) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["export.zip"]


def test_private_folder_is_700_under_home_and_per_couple(tmp_path: Path) -> None:
    root = private_dir()
    assert root.is_relative_to(tmp_path / "home")  # conftest's HOME: the per-user cache
    private = PrivateFolder(root)
    first, other = private.new_folder(7), private.new_folder(8)
    assert _mode(root) == 0o700 and _mode(first) == 0o700
    write_atomic(first / "verslag.pdf", b"x")
    write_atomic(other / "verslag.pdf", b"y")
    assert _mode(first / "verslag.pdf") == 0o600
    assert private.remove_couple(7) == 1
    assert not first.exists() and (other / "verslag.pdf").read_bytes() == b"y"
    (root / "iets-anders").write_bytes(b"z")
    assert private.sweep() == 2
    assert list(root.iterdir()) == []


def test_scrub_overwrites_before_unlinking(tmp_path: Path) -> None:
    plain = tmp_path / "kopie"
    plain.write_bytes(b"geheim" * 1000)
    seen: list[bytes] = []
    original = Path.unlink

    def look_then_unlink(self: Path, missing_ok: bool = False) -> None:
        seen.append(self.read_bytes())
        original(self, missing_ok=missing_ok)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "unlink", look_then_unlink)
        scrub(plain)
    assert not plain.exists()
    assert seen == [b"\0" * 6000]
