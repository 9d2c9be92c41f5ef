"""The window, its dialogs and every part of the hour fit a laptop screen (1366×768, 1280×800)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("size", ["1366x768", "1280x800"])
def test_nothing_is_off_a_laptop_screen(size: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.drivers.screens", size, "--shots", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["problems"] == []
    names = {Path(shot).stem.split("-", 2)[-1] for shot in report["shots"]}
    # The coach's desk, her dialogs, each part of the hour, the hand-over and the closing.
    assert {"desk", "dialog-profile", "dialog-new-session", "handover", "entry"} <= names
    assert {"room-overviewView", "room-exerciseView", "room-closingView"} <= names
    assert all(Path(shot).stat().st_size > 0 for shot in report["shots"])
