"""What every benchmark shares: the run context, result rows and timed subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from statistics import median

from tests.benchmarks.generate import GeneratedDb, generate

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


@dataclass
class Row:
    """One figure of the table: medians of the app and of its same-run baseline."""

    figure: str
    app: float | None
    baseline: float | None = None
    unit: str = "ms"
    max_ratio: float | None = None
    max_app: float | None = None
    note: str = ""
    samples: dict[str, list[float]] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.app is None or not self.baseline:
            return None
        return self.app / self.baseline

    @property
    def target(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤{self.max_ratio:g}×")
        if self.max_app is not None:
            parts.append(f"<{self.max_app:g} {self.unit}")
        return ", ".join(parts) or "—"

    @property
    def ok(self) -> bool | None:
        if self.app is None or (self.max_ratio is None and self.max_app is None):
            return None
        ratio_ok = self.max_ratio is None or (self.ratio or 0) <= self.max_ratio
        return ratio_ok and (self.max_app is None or self.app < self.max_app)


@dataclass
class Context:
    """Options and the temporary world of one benchmark run."""

    runs: int
    quick: bool
    tmp: Path
    notes: list[str] = field(default_factory=list)
    bare_rss_mb: float | None = None  # set by the cold start, reused by the memory figure

    @cached_property
    def env(self) -> dict[str, str]:
        """Headless, with home, XDG and bytecode folders in the temp dir (also for this process)."""
        home = self.tmp / "home"
        runtime = home / "runtime"
        runtime.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        # PYSIDE6_OPTION_LAZY: this process has it from importing the app; each child sets
        # its own (the app turns lazy types off, the bare window keeps PySide's default).
        dropped = {"PYTHONDONTWRITEBYTECODE", "PYSIDE6_OPTION_LAZY"}
        inherited = {k: v for k, v in os.environ.items() if k not in dropped}
        return {
            **inherited,
            # Bytecode cached as on a coach's machine (or frozen in the bundle), in the temp
            # dir: each figure drops its first round, which compiles. A sandbox that sets
            # PYTHONDONTWRITEBYTECODE would otherwise compile the app's modules every start.
            "PYTHONPYCACHEPREFIX": str(self.tmp / "pycache"),
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(runtime),
            "STELLENSTOF_DATA_DIR": str(self.tmp / "default-data"),
        }

    @cached_property
    def large(self) -> GeneratedDb:
        """The large database, generated once per run."""
        couples = 60 if self.quick else 300
        start = time.perf_counter()
        db = generate(self.tmp / "large", couples)
        size = (db.folder / "stellenstof.db").stat().st_size / 1e6
        self.notes.append(
            f"large DB: {couples} couples × 25 sessions, {size:.0f} MB, "
            f"generated in {time.perf_counter() - start:.1f} s"
        )
        return db

    @cached_property
    def small(self) -> GeneratedDb:
        """The baseline database: 2 couples (switching to another couple needs a second one)."""
        return generate(self.tmp / "small", 2)


def median_or_none(values: list[float]) -> float | None:
    return median(values) if values else None


def start_until(
    ctx: Context,
    args: list[str],
    line: str | None,
    *,
    frozen: bool = False,
    env: dict[str, str] | None = None,
) -> tuple[float, list[str]]:
    """Seconds from Popen until `line` is printed (None: until exit), and all stdout lines.

    `args` run with this Python; `frozen`: `args[0]` is a built executable, run as it is.
    `env`: variables set for this child on top of `ctx.env`.
    """
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        elapsed = None
        seen: list[str] = []
        with subprocess.Popen(
            args if frozen else [sys.executable, *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env={**ctx.env, **(env or {})},
        ) as proc:
            assert proc.stdout is not None
            for raw in proc.stdout:
                seen.append(raw.strip())
                if elapsed is None and raw.strip() == line:
                    elapsed = time.perf_counter() - started
            code = proc.wait()
        if line is None:
            elapsed = time.perf_counter() - started
        errors.seek(0)
        if elapsed is None or code != 0:
            raise RuntimeError(f"{args} exited {code} without {line!r}: {seen}\n{errors.read()}")
    return elapsed, seen
