"""Helper process: the first PDF of a fresh process, cold or after the warm-up, and later ones.

Run as `python -m tests.benchmarks.pdf_first cold|warm FOLDER`; prints `first MS` and
`later MS` (the median of three more exports in the same process).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from statistics import median

from stellenstof_desktop.content import load_method
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.services.container import open_services
from tests.sample_session import make_sample


def main(mode: str, folder: str) -> int:
    services = open_services(Path(folder))
    try:
        sample = make_sample(services)
        method = load_method("nl", resource_path("content")).method
        services.summary.build(sample.session_id, method)  # untimed: compiles its SQL once
        if mode == "warm":
            from stellenstof_desktop.report import warmup

            warmup.start().join()  # as in the app: on its thread, done while the coach reads

        def export() -> float:
            start = time.perf_counter()
            from stellenstof_desktop.report.pdf import render_summary  # as the app: on use

            render_summary(services.summary.build(sample.session_id, method))
            return (time.perf_counter() - start) * 1000

        first = export()
        later = median(export() for _ in range(3))
    finally:
        services.db.close()
    print(f"first {first:.1f}", flush=True)
    print(f"later {later:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
