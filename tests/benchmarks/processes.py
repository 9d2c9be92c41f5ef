"""Figures measured in separate processes: cold start, peak memory, bundle size."""

from __future__ import annotations

from pathlib import Path

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


def cold_start(ctx: Context) -> list[Row]:
    """Popen until "painted"/"ready" on stdout; bare window and app interleaved, round 0 dropped."""
    data_dir = ctx.tmp / "demo"
    tabs = _remember_session(ctx, data_dir)
    app = ["-m", "stellenstof_desktop", "--data-dir", str(data_dir), "--quit-after"]
    kinds = {
        "bare": ([BARE, "--tabs", str(tabs)], "painted"),
        "painted": ([*app, "painted"], "painted"),
        "ready": ([*app, "ready"], "ready"),
    }
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    rss: list[float] = []
    names = list(kinds)
    for round_ in range(ctx.runs + 1):
        for kind in names[round_ % 3 :] + names[: round_ % 3]:
            args, line = kinds[kind]
            elapsed, lines = start_until(ctx, args, line)
            if round_:
                times[kind].append(elapsed * 1000)
                if kind == "bare":
                    rss.append(_rss_mb(lines))
    ctx.bare_rss_mb = median_or_none(rss)
    bare = median_or_none(times["bare"])
    return [
        Row(
            "cold start: painted",
            median_or_none(times["painted"]),
            bare,
            max_ratio=1.3,
            samples=times,
        ),
        Row(
            "cold start: ready, last session open",
            median_or_none(times["ready"]),
            bare,
            max_ratio=2.5,
            note=f"bare window has {tabs} tab(s), like the app's session view",
        ),
    ]


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
