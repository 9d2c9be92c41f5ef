"""The command line, the data folder rules, and the layering the architecture promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from stellenstof_desktop import __version__
from stellenstof_desktop.cli import main
from stellenstof_desktop.errors import DataDirError
from stellenstof_desktop.paths import DATA_DIR_ENV, prepare_data_dir, resolve_data_dir


def test_demo_then_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "nieuw" / "map"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    assert main(["list", "--data-dir", str(folder)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()[1:]
    assert len(lines) == 4
    ident, day, name = lines[0].split("\t")
    assert ident.isdigit() and len(day) == 10 and name
    assert {line.split("\t")[2] for line in lines} == {
        "Sanne & Joost de Vries",
        "Fatima & Youssef El Amrani",
        "Lotte & Eva Bakker",
    }


def test_demo_refuses_a_database_with_clients(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["demo", "--data-dir", str(tmp_path)])
    capsys.readouterr()
    assert main(["demo", "--data-dir", str(tmp_path)]) == 2
    assert "alleen in een lege database" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: stellenstof") and "toon alle sessies" in out


@pytest.mark.parametrize("command", ["demo", "list", "pdf", "selftest"])
def test_subcommand_help_says_usage_once(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert out.startswith(f"gebruik: stellenstof {command}") and out.count("gebruik:") == 1


def test_data_dir_precedence(tmp_path: Path) -> None:
    env = {DATA_DIR_ENV: str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    assert resolve_data_dir(None, {}).name == "Stellenstof Desktop"


def test_unusable_data_dir_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="kan niet worden aangemaakt"):
        prepare_data_dir(blocker / "data")

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Root ignores file modes, so read-only is simulated where the app first writes.
    monkeypatch.setattr(Path, "write_bytes", read_only)
    with pytest.raises(DataDirError, match="kan niet worden geschreven"):
        prepare_data_dir(tmp_path / "ro")


def test_cli_read_only_folder_exits_with_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def read_only(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_bytes", read_only)
    assert main(["list", "--data-dir", str(tmp_path)]) == 2
    assert "kan niet worden geschreven" in capsys.readouterr().err


def _imported(code: str, *, whole: bool = False) -> set[str]:
    """The packages (`whole`: the modules) that `code` leaves loaded in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split()) if whole else {name.split(".")[0] for name in out.split()}


def test_layers_below_the_ui_never_import_qt() -> None:
    root = Path(__file__).resolve().parents[2] / "stellenstof_desktop"
    modules = [
        "stellenstof_desktop." + ".".join(p.relative_to(root).with_suffix("").parts)
        for p in root.rglob("*.py")
        if p.relative_to(root).parts[0] not in {"ui", "app.py", "migrations"}
        and "migrations" not in p.parts
        and p.name not in {"__main__.py", "app.py"}
    ]
    assert "stellenstof_desktop.store.models" in modules
    loaded = _imported("\n".join(f"import {m}" for m in modules))
    assert "PySide6" not in loaded


def test_window_module_does_not_load_sqlalchemy() -> None:
    """The window paints before SQLAlchemy (~0.25 s) and Alembic are imported."""
    loaded = _imported("import stellenstof_desktop.app")
    assert "PySide6" in loaded
    assert "sqlalchemy" not in loaded and "alembic" not in loaded and "reportlab" not in loaded


def test_window_shell_paints_before_the_data_classes_and_dialogs_load() -> None:
    """What the shell does not show loads after its paint: ~40 ms of a ~0.35 s start."""
    loaded = _imported("import stellenstof_desktop.app", whole=True)
    assert "stellenstof_desktop.ui.main_window" in loaded
    assert "stellenstof_desktop.enums" in loaded
    later = {
        "stellenstof_desktop.domain",  # 35 frozen dataclasses: ~25 ms on Python 3.11
        "stellenstof_desktop.ui.couples.dialogs",
        "stellenstof_desktop.ui.room.couple_view",  # only with a TV in the room
        "PySide6.QtNetwork",  # the single-instance socket listens after the paint
    }
    assert not later & loaded
