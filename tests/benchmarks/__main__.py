"""`python -m tests.benchmarks`: measure the app against same-run baselines, print and save."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.core import REPO, Context, Row

Benchmark = Callable[[Context], list[Row]]


def _benchmarks() -> list[Benchmark]:
    """The figures, in order; imported late so that Qt starts after the environment is set."""
    from tests.benchmarks import inprocess, processes, report

    return [
        processes.cold_start,
        inprocess.large_database,
        inprocess.typing,
        processes.memory,
        processes.bundle,
        processes.frozen_start,
        report.pdf_export,
    ]


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.1f} {unit}" if value < 1000 else f"{value:.0f} {unit}"


def _table(rows: list[Row]) -> str:
    head = ("figure", "app (median)", "baseline (median)", "ratio", "target", "ok?")
    lines = [
        (
            row.figure,
            _value(row.app, row.unit),
            _value(row.baseline, row.unit),
            f"{row.ratio:.2f}×" if row.ratio is not None else "—",
            row.target,
            {True: "yes", False: "NO", None: "—"}[row.ok],
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [head, *lines]) for i in range(len(head))]
    out = [
        " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in [head, *lines]
    ]
    out.insert(1, "-+-".join("-" * w for w in widths))
    notes = [f"- {row.figure}: {row.note}" for row in rows if row.note]
    return "\n".join(out + notes)


def main(argv: list[str] | None = None) -> int:
    """Parse options, run every registered benchmark in an isolated temp world, report."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, help="measured runs per figure (default 7, quick 3)")
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller large DB")
    parser.add_argument("--json", type=Path, default=REPO / "benchmark-results.json")
    parser.add_argument("--only", action="append", metavar="NAME", help="e.g. typing (repeatable)")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 7)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="stellenstof-bench-") as tmp:
        ctx = Context(runs, args.quick, Path(tmp))
        os.environ.update(ctx.env)  # this process too: its QApplication and QSettings
        rows: list[Row] = []
        chosen = [b for b in _benchmarks() if not args.only or b.__name__ in args.only]
        for benchmark in chosen:
            print(f"… {benchmark.__name__}", file=sys.stderr, flush=True)
            rows += benchmark(ctx)
    seconds = time.perf_counter() - started
    print(_table(rows))
    for note in ctx.notes:
        print(f"- {note}")
    print(f"({runs} runs per figure, {seconds:.0f} s in all)")
    result = {
        "meta": {
            "runs": runs,
            "quick": args.quick,
            "seconds": round(seconds, 1),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "notes": ctx.notes,
        },
        "rows": [
            {**vars(row), "ratio": row.ratio, "target": row.target, "ok": row.ok} for row in rows
        ],
    }
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"written: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
