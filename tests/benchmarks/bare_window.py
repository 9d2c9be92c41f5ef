"""Baseline process: a bare PySide6 window like the app's, prints "painted" after first paint."""

from __future__ import annotations

import argparse
import resource
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget


def peak_rss_kb() -> int:
    """This process's peak RSS: VmHWM on Linux (ru_maxrss there also counts the forking parent)."""
    try:
        status = Path("/proc/self/status").read_text().splitlines()
        return int(next(x.split()[1] for x in status if x.startswith("VmHWM:")))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class _FirstPaint(QObject):
    """A copy of `stellenstof_desktop.app._FirstPaint` (importing it would load the app)."""

    def __init__(self, window: QMainWindow, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def _open_store(db: Path) -> int:
    """Import SQLAlchemy and the app's models, open `db`, count the sessions in it."""
    from sqlalchemy import create_engine, func, select
    from sqlalchemy.orm import Session

    from stellenstof_desktop.store.models import CoachingSession

    engine = create_engine(f"sqlite:///{db}")
    try:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(CoachingSession)) or 0
    finally:
        engine.dispose()


def main() -> int:
    """Show the window, print "painted" on the first loop turn after its paint, then quit."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--tabs", type=int, default=1)  # the runner passes the app's count
    # The floor of "ready": after the paint, what any app on SQLAlchemy pays to open this
    # database (the library, the app's table models, one query), then print "ready".
    parser.add_argument("--store", type=Path, metavar="DB")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    for index in range(args.tabs):
        tabs.addTab(QWidget(), f"Tab {index + 1}")
    window.setCentralWidget(tabs)
    window.resize(1280, 800)  # the app's default size

    def painted() -> None:
        print("painted", flush=True)
        if args.store is not None:
            print(f"sessions {_open_store(args.store)}", flush=True)
            print("ready", flush=True)
        window.close()
        app.exit(0)

    _FirstPaint(window, painted)
    window.show()
    code = app.exec()
    print(f"rss_kb {peak_rss_kb()}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
