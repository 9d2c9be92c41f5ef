"""The bundle's recipe, checked without building it (scripts/build.sh builds and runs it).

build.spec is read as Python source, not run: running it needs PyInstaller's build context.
"""

from __future__ import annotations

import ast
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PIL import Image

from stellenstof_desktop.cli import _parser

ROOT = Path(__file__).resolve().parents[2]
SPEC = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
ICONS = ROOT / "resources" / "icons"


def _calls(function: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(SPEC)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == function
    ]


def _keywords(call: ast.Call) -> dict[str | None, ast.expr]:
    return {keyword.arg: keyword.value for keyword in call.keywords}


def _assigned_list(name: str) -> list[str]:
    for node in ast.walk(SPEC):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return value
    raise AssertionError(f"{name} is not assigned in build.spec")


def test_a_windowed_app_and_a_console_cli_in_one_folder() -> None:
    consoles = {
        ast.literal_eval(call.args[0]): ast.literal_eval(_keywords(call)["console"])
        for call in _calls("executable")
    }
    assert consoles == {"stellenstof": False, "stellenstof-cli": True}
    (collect,) = _calls("COLLECT")
    # COLLECT (and BUNDLE after it) takes its console setting from the last executable.
    assert [arg.id for arg in collect.args[:2] if isinstance(arg, ast.Name)] == ["cli", "gui"]


def test_macos_app_has_icon_identifier_and_a_dock_entry() -> None:
    (bundle,) = _calls("BUNDLE")
    keywords = _keywords(bundle)
    assert ast.literal_eval(keywords["bundle_identifier"]) == "nl.stellenstof.desktop"
    assert "stellenstof.icns" in ast.unparse(keywords["icon"])
    plist = keywords["info_plist"]
    assert isinstance(plist, ast.Dict)
    entries = {
        ast.literal_eval(key): value
        for key, value in zip(plist.keys, plist.values, strict=True)
        if key is not None
    }
    # A console app would get no Dock icon and no menu bar.
    assert ast.literal_eval(entries["LSBackgroundOnly"]) is False
    guards = [
        node for node in ast.walk(SPEC) if isinstance(node, ast.If) and bundle in ast.walk(node)
    ]
    assert guards and ast.unparse(guards[-1].test) == "sys.platform == 'darwin'"


def test_icons_for_windows_and_macos_are_what_pyinstaller_takes() -> None:
    with Image.open(ICONS / "stellenstof.ico") as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "stellenstof.icns") as icns:
        assert icns.format == "ICNS"
        assert icns.size == (1024, 1024)
    assert "stellenstof.ico" in ast.unparse(SPEC) and "stellenstof.icns" in ast.unparse(SPEC)


def test_pdf_aes_comes_from_pycryptodome_not_cryptography() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dependencies = pyproject["project"]["dependencies"]
    assert any(dep.startswith("pycryptodome") for dep in dependencies)
    assert not any("[crypto]" in dep or dep.startswith("cryptography") for dep in dependencies)
    assert "cryptography" in _assigned_list("UNUSED_PYTHON")


@pytest.mark.slow
def test_password_pdf_is_aes256_with_pycryptodome_as_in_the_bundle() -> None:
    # A fresh interpreter that cannot import cryptography, like the frozen app.
    script = """
import sys
sys.modules["cryptography"] = None
from io import BytesIO
from pypdf import PdfReader
from pypdf._crypt_providers import crypt_provider
from reportlab.pdfgen.canvas import Canvas
from stellenstof_desktop.report.pdf import encrypt

plain = BytesIO()
canvas = Canvas(plain)
canvas.drawString(72, 720, "Sanne en Joost")
canvas.save()
reader = PdfReader(BytesIO(encrypt(plain.getvalue(), "geheim wachtwoord")))
assert reader.is_encrypted and not reader.decrypt("fout")
assert reader.decrypt("geheim wachtwoord")
assert reader.trailer["/Encrypt"]["/R"] == 6
assert "Sanne en Joost" in reader.pages[0].extract_text()
print(crypt_provider[0])
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "pycryptodome"


def _readme_command_lines() -> list[str]:
    lines: list[str] = []
    inside = False
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = not inside and line.strip() == "```bash"
        elif inside:
            lines.append(line.split("  #")[0].strip())
    return lines


def test_readme_commands_run_what_the_two_commands_installed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = _readme_command_lines()
    assert not [line for line in lines if line.startswith("stellenstof ")]  # only on PATH in a venv
    programs = (".venv/bin/stellenstof", "dist/stellenstof/stellenstof-cli")
    commands = [shlex.split(line) for line in lines if line.startswith(programs)]
    assert {command[0] for command in commands} == set(programs)
    for _program, *argv in commands:
        try:
            _parser().parse_args(argv)
        except SystemExit as stop:  # --help and --version end here
            assert stop.code == 0, argv
    capsys.readouterr()


def test_the_bundle_makes_qt_types_before_pyinstallers_pyside_hook_loads_qtcore() -> None:
    """PyInstaller's PySide6 runtime hook imports QtCore before the entry script runs."""
    (analysis,) = _calls("Analysis")
    hooks = _keywords(analysis)["runtime_hooks"]
    assert "pyi_rth_qt_types.py" in ast.unparse(hooks)
    hook = ast.parse((ROOT / "scripts" / "pyi_rth_qt_types.py").read_text(encoding="utf-8"))
    (first,) = hook.body  # the package sets PYSIDE6_OPTION_LAZY=0, and nothing runs before it
    assert isinstance(first, ast.Import) and first.names[0].name == "stellenstof_desktop"
    # Custom runtime hooks run before PyInstaller's own (PyInstaller's analysis puts them
    # first); scripts/build.sh proves it in the built bundle: its selftest checks the types.
