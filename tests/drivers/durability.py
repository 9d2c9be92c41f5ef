"""SIGKILL the real app while it types, at random moments, N times, and report what survived.

Outside `.ci/run` (200 rounds take about ten minutes); run it by hand:

    .venv/bin/python -m tests.drivers.durability            # 200 rounds
    .venv/bin/python -m tests.drivers.durability -n 20 --seed 7

Each round types into the shared notes of its own session and is killed between 0.1 and
5 s after the first keystroke. After every kill the file is checked as the app would open
it (integrity_check), the round's saved text must be a prefix of what was typed, and the
text saved in every earlier round must still be there. The report gives integrity
failures, rounds whose saved text was lost or changed, and the median and maximum seconds
of typing lost.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from stellenstof_desktop.domain import CoupleInput, PartnerInput, SessionInput
from stellenstof_desktop.paths import DB_FILENAME
from stellenstof_desktop.services.container import open_services
from tests.drivers.sigkill import Round, check_file, text_for, type_and_kill


@dataclass
class Tally:
    rounds: int = 0
    integrity_failures: int = 0
    saved_text_lost: int = 0  # an earlier round's saved text changed, or a save not typed
    lost_seconds: list[float] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        lost = self.lost_seconds or [0.0]
        return {
            "rounds": self.rounds,
            "integrity_failures": self.integrity_failures,
            "saved_text_lost": self.saved_text_lost,
            "median_seconds_lost": round(statistics.median(lost), 3),
            "max_seconds_lost": round(max(lost), 3),
        }


def _sessions(data_dir: Path, count: int) -> list[int]:
    services = open_services(data_dir)
    try:
        couple = services.couples.create(
            CoupleInput("Duurtest", (PartnerInput("Anne"), PartnerInput("Bram")))
        )
        present = frozenset(p.id for p in couple.partners)
        first = date(2026, 1, 1)
        return [
            services.sessions.create(
                couple.id, SessionInput(first + timedelta(days=i), None, 60, present)
            ).id
            for i in range(count)
        ]
    finally:
        services.db.close()


def run(rounds: int, seed: int, data_dir: Path) -> Tally:
    rng = random.Random(seed)
    session_ids = _sessions(data_dir, rounds)
    tally = Tally()
    done: list[Round] = []
    for number, session_id in enumerate(session_ids):
        text = text_for(number)
        result = type_and_kill(data_dir, session_id, text, rng.uniform(0.1, 5.0))
        tally.rounds += 1
        try:
            notes = check_file(data_dir / DB_FILENAME)
        except (AssertionError, sqlite3.DatabaseError):
            tally.integrity_failures += 1
            print(f"round {number}: integrity check failed", file=sys.stderr)
            continue
        result.saved = notes.get(session_id, "")
        if not text[: len(result.typed_at)].startswith(result.saved):
            tally.saved_text_lost += 1
        tally.saved_text_lost += sum(
            notes.get(earlier.session_id, "") != earlier.saved for earlier in done
        )
        done.append(result)
        tally.lost_seconds.append(result.lost_seconds)
        print(
            f"round {number + 1}/{rounds}: {len(result.typed_at)} typed, "
            f"{len(result.saved)} saved, {result.lost_seconds:.2f} s lost",
            flush=True,
        )
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="stellenstof-durability-") as tmp:
        data_dir = Path(tmp) / "data"
        tally = run(args.rounds, args.seed, data_dir)
    figures = tally.as_dict()
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if not (tally.integrity_failures or tally.saved_text_lost) else 1


if __name__ == "__main__":
    sys.exit(main())
