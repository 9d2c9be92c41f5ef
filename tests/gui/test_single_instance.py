"""A second start on the same data brings the first window forward instead of opening it twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import GuiOptions, run_gui
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.ui.safety import single_instance
from stellenstof_desktop.ui.safety.single_instance import LOCK_NAME, SingleInstance
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


# -- the lock lives beside the database ------------------------------------------------------


def test_the_lock_is_in_the_data_folder_whatever_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp-een"))
    first = SingleInstance(tmp_path / "data")
    assert first.claim()
    try:
        monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp-twee"))  # another start, other TMPDIR
        assert not SingleInstance(tmp_path / "data").claim()
        assert first.lock_path == tmp_path / "data" / LOCK_NAME and first.lock_path.exists()
    finally:
        first.release()


def _lock_text(pid: int, appname: str | None = None, boot: bytes | None = None) -> bytes:
    """A lock file as QLockFile writes it: pid, program, host, machine id, boot id."""
    return b"\n".join(
        [
            str(pid).encode(),
            (appname or Path(os.readlink("/proc/self/exe")).name).encode(),
            QSysInfo.machineHostName().encode(),
            bytes(QSysInfo.machineUniqueId().data()),
            boot if boot is not None else bytes(QSysInfo.bootUniqueId().data()),
            b"",
        ]
    )


@pytest.mark.skipif(not Path("/proc/self/exe").exists(), reason="process names from /proc")
def test_a_stale_lock_whose_process_id_was_reused_does_not_block(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    other = subprocess.Popen(["cat"], stdin=subprocess.PIPE)  # another program, alive
    try:
        (data / LOCK_NAME).write_bytes(_lock_text(other.pid))
        reused = SingleInstance(data)
        assert reused.claim()  # the id belongs to `cat` now, not to Stellenstof
        reused.release()
    finally:
        other.communicate(b"")
    # After a restart even this very process's own id (same program) is no owner.
    (data / LOCK_NAME).write_bytes(_lock_text(os.getpid(), boot=b"een-andere-start"))
    rebooted = SingleInstance(data)
    try:
        assert rebooted.claim()
    finally:
        rebooted.release()


@pytest.mark.skipif(not Path("/proc/self/exe").exists(), reason="process names from /proc")
def test_a_lock_of_a_live_instance_still_blocks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    alive = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        (data / LOCK_NAME).write_bytes(_lock_text(alive.pid))  # the same program, running
        assert not SingleInstance(data).claim()
    finally:
        alive.communicate(b"")
