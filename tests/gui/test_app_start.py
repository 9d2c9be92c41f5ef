"""Starting the app: a damaged or too new database gets a clear Dutch message, untouched."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from stellenstof_desktop.app import GuiOptions, qt_types_made, run_gui
from stellenstof_desktop.paths import DB_FILENAME
from tests.gui.gui_helpers import FakeMessages


def test_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    garbage = b"dit is geen database\x00" * 100
    (folder / DB_FILENAME).write_bytes(garbage)
    messages = FakeMessages()
    code = run_gui(GuiOptions(data_dir=str(folder)), messages)
    assert code == 1
    assert messages.shown and "geen Stellenstof-database" in messages.shown[0][2]
    assert (folder / DB_FILENAME).read_bytes() == garbage


def test_newer_schema_is_refused_and_left_untouched(data_dir: Path) -> None:
    db = data_dir / DB_FILENAME
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = db.read_bytes()
    messages = FakeMessages()
    assert run_gui(GuiOptions(data_dir=str(data_dir)), messages) == 1
    assert "nieuwere versie" in messages.shown[0][2]
    assert db.read_bytes() == before


def test_start_with_demo_data_then_quit(tmp_path: Path) -> None:
    messages = FakeMessages()
    code = run_gui(
        GuiOptions(data_dir=str(tmp_path / "new"), demo=True, quit_after="ready"), messages
    )
    assert code == 0
    assert messages.shown == []
    assert (tmp_path / "new" / DB_FILENAME).exists()


def test_read_only_data_folder_gets_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_bytes", read_only)  # root ignores file modes
    messages = FakeMessages()
    assert run_gui(GuiOptions(data_dir=str(tmp_path / "ro")), messages) == 1
    assert "kan niet worden geschreven" in messages.shown[0][2]


def test_english_translation_is_complete_and_loads(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from stellenstof_desktop.paths import resource_path

    source = resource_path("translations/stellenstof_en.ts").read_text(encoding="utf-8")
    assert source.count("<source>") > 50
    assert 'type="unfinished"' not in source  # every Dutch string has its English twin
    translator = QTranslator()
    assert translator.load(QLocale("en"), "stellenstof", "_", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("NotesView", "Notities") == "Notes"
        assert QCoreApplication.translate("errors", "Vul een naam in.") != "Vul een naam in."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_translation_file_has_every_string_of_the_code(tmp_path: Path) -> None:
    """A new tr() string without an English twin fails here, not in front of a reader."""
    import shutil
    import subprocess
    import sys

    from stellenstof_desktop.paths import resource_path

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = tmp_path / "check.ts"
    shutil.copy(resource_path("translations/stellenstof_en.ts"), ts)
    package = Path(__file__).resolve().parents[2] / "stellenstof_desktop"
    sources = sorted(str(path) for path in package.rglob("*.py"))
    args = ["-no-obsolete", "-locations", "none", "-source-language", "nl"]
    subprocess.run([str(lupdate), *args, *sources, "-ts", str(ts)], check=True, capture_output=True)
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")


@pytest.mark.parametrize("entry", ["stellenstof_desktop.app", "stellenstof_desktop.cli"])
def test_qt_types_are_made_at_import_not_during_an_event(entry: str) -> None:
    """PySide's lazy types, first made inside an event filter, crashed a test run (SIGSEGV).

    The app turns that off before PySide6 loads, for every way in: the window's module,
    the command line (the entry point of the bundle), and (this process) the tests.
    """
    probe = (
        "import importlib, sys; importlib.import_module(sys.argv[1]); "
        "from stellenstof_desktop.app import qt_types_made; print(qt_types_made())"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYSIDE6_OPTION_LAZY"}
    made = subprocess.run(
        [sys.executable, "-c", probe, entry], env=env, capture_output=True, text=True, check=True
    )
    assert made.stdout.strip() == "True"
    assert qt_types_made()  # this process: the tests import the package first too
    lazy = subprocess.run(
        [sys.executable, "-c", probe, entry],
        env={**env, "PYSIDE6_OPTION_LAZY": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert lazy.stdout.strip() == "False"  # the check itself tells the two apart
