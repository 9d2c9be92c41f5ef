"""A second start on the same data brings the first window forward instead of opening it twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import GuiOptions, run_gui
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.ui.safety import single_instance
from stellenstof_desktop.ui.safety.single_instance import SingleInstance
from tests.gui.gui_helpers import FakeMessages


@pytest.fixture
def first(tmp_path: Path) -> Iterator[SingleInstance]:
    instance = SingleInstance(tmp_path / "data")
    assert instance.claim()
    yield instance
    instance.release()


def test_second_claim_on_the_same_folder_fails_and_reaches_the_first(
    qtbot: QtBot, tmp_path: Path, first: SingleInstance
) -> None:
    assert first.listen()
    second = SingleInstance(tmp_path / "data")
    assert not second.claim()
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.notify_first(wait_ms=1000)


def test_other_folders_do_not_block_each_other(tmp_path: Path, first: SingleInstance) -> None:
    other = SingleInstance(tmp_path / "elders")
    try:
        assert other.claim()
    finally:
        other.release()


def test_the_folder_is_free_again_after_release(tmp_path: Path, first: SingleInstance) -> None:
    first.release()
    again = SingleInstance(tmp_path / "data")
    try:
        assert again.claim()
    finally:
        again.release()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_crashed_instance_does_not_block_the_next_start(tmp_path: Path) -> None:
    holder = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from stellenstof_desktop.ui.safety.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "instance = SingleInstance(Path(sys.argv[1]))\n"
        "print(instance.claim(), flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", holder, str(tmp_path / "data")],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "True"
        assert not SingleInstance(tmp_path / "data").claim()  # alive: the folder is taken
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
    after = SingleInstance(tmp_path / "data")
    try:
        assert after.claim()  # its lock is stale now: the dead process cannot hold it
    finally:
        after.release()


def test_starting_again_raises_the_running_window_and_opens_nothing(
    qtbot: QtBot, tmp_path: Path, first: SingleInstance
) -> None:
    first.listen()
    messages = FakeMessages()
    with qtbot.waitSignal(first.activated, timeout=3000):
        code = run_gui(GuiOptions(data_dir=str(tmp_path / "data")), messages)
    assert code == 0
    assert messages.shown == []
    assert not (tmp_path / "data" / DB_FILENAME).exists()  # the second start never opened it


def test_a_first_instance_that_does_not_answer_gets_a_clear_message(
    tmp_path: Path, first: SingleInstance, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(single_instance, "WAIT_FOR_FIRST_MS", 300)
    messages = FakeMessages()  # `first` holds the lock but never listens: a hung window
    assert run_gui(GuiOptions(data_dir=str(tmp_path / "data")), messages) == 1
    assert "al geopend" in messages.shown[0][2]
