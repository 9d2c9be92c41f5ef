"""Pulling the plug while the app types: run the typing driver, SIGKILL it, read what survived.

Shared by tests/gui/test_sigkill.py (five fixed moments, in CI) and tests/drivers/durability.py
(hundreds of random moments, by hand).
"""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

DRIVER = Path(__file__).resolve().parent / "typing_driver.py"
INTERVAL_MS = 40  # 25 keystrokes a second: faster than any coach types


@dataclass
class Round:
    session_id: int
    text: str
    typed_at: list[float]  # monotonic time of each keystroke
    killed_at: float
    saved: str

    @property
    def lost_seconds(self) -> float:
        """How long before the kill the first lost keystroke was typed (0: nothing lost)."""
        if len(self.saved) >= len(self.typed_at):
            return 0.0
        return self.killed_at - self.typed_at[len(self.saved)]


def text_for(round_no: int) -> str:
    words = ["praten", "luisteren", "samen", "kiezen", "ruimte", "stem", "beslissen"]
    return " ".join(f"{words[i % len(words)]}{round_no}.{i}" for i in range(200))


def type_and_kill(
    data_dir: Path, session_id: int, text: str, kill_after: float, interval_ms: int = INTERVAL_MS
) -> Round:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STELLENSTOF_TYPE_SESSION": str(session_id),
        "STELLENSTOF_TYPE_TEXT": text,
        "STELLENSTOF_TYPE_INTERVAL_MS": str(interval_ms),
    }
    with (data_dir.parent / "driver-stderr.txt").open("a") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(DRIVER), "--data-dir", str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=env,
        )
    assert proc.stdout is not None
    typed_at: list[float] = []
    started = None
    deadline = time.monotonic() + 60
    try:
        while True:
            # A driver that prints nothing (stuck on a dialog, crashed in a slot) must not
            # hang the run: wait for output at most until the deadline.
            left = deadline - time.monotonic()
            ready, _w, _x = select.select([proc.stdout], [], [], max(left, 0))
            assert ready, "the driver never started typing"
            line = proc.stdout.readline()
            assert line, (data_dir.parent / "driver-stderr.txt").read_text()[-2000:]
            if line.startswith("typed "):
                typed_at.append(float(line.split()[2]))
                started = started or typed_at[0]
                if typed_at[-1] - started >= kill_after:
                    break
        killed_at = time.monotonic()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        rest = proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    # Keystrokes reported between our last read and the kill still count as typed.
    typed_at += [float(line.split()[2]) for line in rest.splitlines() if line.startswith("typed ")]
    assert proc.returncode == -signal.SIGKILL
    assert typed_at, (data_dir.parent / "driver-stderr.txt").read_text()
    return Round(session_id, text, typed_at, killed_at, "")


def check_file(path: Path) -> dict[int, str]:
    """Open the file as the app would after a crash (recovering the WAL) and read the notes."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = conn.execute("SELECT session_id, text FROM notes WHERE kind = 'shared'").fetchall()
    conn.close()
    return dict(rows)
