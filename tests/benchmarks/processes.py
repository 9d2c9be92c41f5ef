"""Figures measured in separate processes: cold start, peak memory, bundle size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from stellenstof_desktop.paths import DB_FILENAME
from tests.benchmarks.core import HERE, REPO, Context, Row, median_or_none, start_until

BARE = str(HERE / "bare_window.py")
DRIVER = ["-m", "tests.benchmarks.driver"]  # a module: it imports tests.benchmarks


def _rss_mb(lines: list[str]) -> float:
    return next(int(x.split()[1]) for x in lines if x.startswith("rss_kb ")) / 1024


def _remember_session(ctx: Context, data_dir: Path) -> int:
    """Demo data with a remembered session; checks that "ready" comes with it open."""
    _, lines = start_until(ctx, [*DRIVER, "remember", str(data_dir)], "ready")
    words = lines[-1].split()  # remembered ID opened ID tabs N
    if words[1] != words[3]:
        raise RuntimeError(f"the last session was not reopened: {lines[-1]}")
    ctx.notes.append(f"cold start 'ready': session {words[1]} reopened before 'ready' (checked)")
    return int(words[5])


# kind -> (command, the line that ends it, variables set for it)
_Kinds = dict[str, tuple[list[str], str, dict[str, str]]]
# The app makes PySide's types at import (see stellenstof_desktop/__init__.py): a bare
# window that does the same shows what that costs, and what the app adds on top.
EAGER_TYPES = {"PYSIDE6_OPTION_LAZY": "0"}


def _interleaved(
    ctx: Context, kinds: _Kinds, *, frozen: bool = False
) -> tuple[dict[str, list[float]], list[float]]:
    """Milliseconds per kind, and the bare window's peak RSS per run (MB).

    The kinds take turns in a rotating order, so the machine's noise falls on each alike;
    round 0 is dropped: it only fills the disk cache (and compiles the bytecode).
    """
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    rss: list[float] = []
    names = list(kinds)
    for round_ in range(ctx.runs + 1):
        shift = round_ % len(names)
        for kind in names[shift:] + names[:shift]:
            args, line, env = kinds[kind]
            elapsed, lines = start_until(ctx, args, line, frozen=frozen, env=env)
            if round_:
                times[kind].append(elapsed * 1000)
                if kind == "bare":
                    rss.append(_rss_mb(lines))
    return times, rss


def cold_start(ctx: Context) -> list[Row]:
    """Popen until "painted"/"ready" on stdout, against a bare window and against the floor."""
    data_dir = ctx.tmp / "demo"
    tabs = _remember_session(ctx, data_dir)
    app = ["-m", "stellenstof_desktop", "--data-dir", str(data_dir), "--quit-after"]
    bare = [BARE, "--tabs", str(tabs)]
    times, rss = _interleaved(
        ctx,
        {
            "bare": (bare, "painted", {}),
            "eager": (bare, "painted", EAGER_TYPES),
            "floor": ([*bare, "--store", str(data_dir / DB_FILENAME)], "ready", EAGER_TYPES),
            "painted": ([*app, "painted"], "painted", {}),
            "ready": ([*app, "ready"], "ready", {}),
        },
    )
    ctx.bare_rss_mb = median_or_none(rss)
    baseline = median_or_none(times["bare"])
    painted = median_or_none(times["painted"])
    ready = median_or_none(times["ready"])
    return [
        Row("cold start: painted", painted, baseline, max_ratio=1.3, samples=times),
        Row(
            "cold start: painted, against eager types",
            painted,
            median_or_none(times["eager"]),
            max_ratio=1.3,
            note="the bare window with PySide's types made at import, as the app makes them",
        ),
        Row(
            "cold start: ready, last session open",
            ready,
            baseline,
            max_ratio=2.5,
            note=f"bare window has {tabs} tab(s), like the app's session view",
        ),
        Row(
            "cold start: ready, against the floor",
            ready,
            median_or_none(times["floor"]),
            note="floor: the bare window (eager types), then SQLAlchemy, the models, one query",
        ),
    ]


def frozen_start(ctx: Context) -> list[Row]:
    """The built bundle's "painted"/"ready" against a bare window frozen the same way."""
    app = REPO / "dist" / "stellenstof" / "stellenstof-cli"
    if not app.is_file():
        return [Row("frozen start", None, note="not built (bash scripts/build.sh)")]
    bare = _freeze_bare_window(ctx)
    data_dir = ctx.tmp / "demo"  # made by cold_start, its last session remembered
    if not data_dir.is_dir():
        _remember_session(ctx, data_dir)
    command = [str(app), "--data-dir", str(data_dir), "--quit-after"]
    times, _rss = _interleaved(
        ctx,
        {
            "bare": ([str(bare)], "painted", {}),
            "eager": ([str(bare)], "painted", EAGER_TYPES),
            "painted": ([*command, "painted"], "painted", {}),
            "ready": ([*command, "ready"], "ready", {}),
        },
        frozen=True,
    )
    baseline = median_or_none(times["bare"])
    painted = median_or_none(times["painted"])
    return [
        Row("frozen start: painted", painted, baseline, max_ratio=1.3),
        Row(
            "frozen start: painted, against eager types",
            painted,
            median_or_none(times["eager"]),
            max_ratio=1.3,
        ),
        Row("frozen start: ready", median_or_none(times["ready"]), baseline, max_ratio=2.5),
    ]


def _freeze_bare_window(ctx: Context) -> Path:
    """PyInstaller's one-folder build of the bare window (Qt widgets only), in the temp dir."""
    out = ctx.tmp / "frozen-bare"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--onedir",
            "--name=bare-window",
            f"--distpath={out / 'dist'}",
            f"--workpath={out / 'build'}",
            f"--specpath={out}",
            # Its --store path (SQLAlchemy and the app) is not part of a bare window.
            "--exclude-module=sqlalchemy",
            "--exclude-module=stellenstof_desktop",
            BARE,
        ],
        check=True,
        env=ctx.env,
        capture_output=True,
    )
    return out / "dist" / "bare-window" / "bare-window"


def memory(ctx: Context) -> list[Row]:
    """Peak RSS after opening 20 sessions of the large DB; baseline: the bare window's."""
    settings = str(ctx.tmp / "memory-settings.ini")
    runs = 1 if ctx.quick else 3
    args = [*DRIVER, "memory", str(ctx.large.folder), "20", settings]
    app = [_rss_mb(start_until(ctx, args, None)[1]) for _ in range(runs)]
    baseline = ctx.bare_rss_mb
    if baseline is None:
        baseline = _rss_mb(start_until(ctx, [BARE], "painted")[1])
    return [
        Row(
            "peak RSS, 20 sessions open (large DB)",
            median_or_none(app),
            baseline,
            unit="MB",
            max_app=250,
            samples={"app": app},
        )
    ]


def bundle(ctx: Context) -> list[Row]:
    """Size of the PyInstaller folder, if someone built it."""
    folder = REPO / "dist" / "stellenstof"
    if not folder.is_dir():
        return [
            Row(
                "bundle size",
                None,
                unit="MB",
                max_app=150,
                note="not built (bash scripts/build.sh)",
            )
        ]
    size = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return [Row("bundle size (dist/stellenstof)", size / 2**20, unit="MB", max_app=150)]
