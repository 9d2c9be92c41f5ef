"""Helper process: remember a session for the "ready" start, or measure peak RSS of the app.

Run as `python -m tests.benchmarks.driver` (see processes.py), like `python -m tests.benchmarks`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from stellenstof_desktop import app as app_module
from stellenstof_desktop.app import (
    GuiOptions,
    load_content,
    make_application,
    open_services,
    run_gui,
)
from stellenstof_desktop.paths import resolve_data_dir
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.main_window import MainWindow
from tests.benchmarks.bare_window import peak_rss_kb


class _Quiet(Messages):
    """No modal boxes in a benchmark: an error ends the process instead."""

    def error(self, parent: object, title: str, text: str) -> None:
        raise SystemExit(f"app error: {title}: {text}")


def remember(data_dir: str) -> int:
    """Fill the demo data, open a session like the coach would, then check a restart restores it."""
    from stellenstof_desktop.services.demo import fill_demo

    make_application("nl")
    services = open_services(resolve_data_dir(data_dir))
    if services.couples.count() == 0:
        fill_demo(services)
    couple = services.couples.list()[0]
    wanted = services.sessions.list_for_couple(couple.id)[0].id
    window = MainWindow(QSettings(), _Quiet())  # the app's own settings and key
    window.bind(services, load_content("nl", services.db.path.parent).method)
    window.show()
    window.open_session(wanted)
    window.close()
    services.db.close()

    seen: list[tuple[int | None, int]] = []

    class Probe(MainWindow):
        """Records, when `ready` fires, which session is open and how many tabs there are."""

        def __init__(self, settings: QSettings, messages: Messages) -> None:
            super().__init__(settings, messages)
            self.ready.connect(self._record)  # connected before run_gui's own report

        def _record(self) -> None:
            seen.append((self.current_session_id(), self.session_view.tabs.count()))

    app_module.MainWindow = Probe  # type: ignore[attr-defined]  # app imports it, not exports
    code = run_gui(GuiOptions(data_dir=data_dir, quit_after="ready"), _Quiet())
    opened, tabs = seen[0] if seen else (None, 0)
    print(f"remembered {wanted} opened {opened} tabs {tabs}", flush=True)
    return code if opened == wanted else 1


def memory(data_dir: str, count: int, settings_file: str) -> int:
    """Open `count` sessions of different couples, then print the peak RSS."""
    app = make_application("nl")
    services = open_services(Path(data_dir))
    couples = services.couples.list()
    step = max(1, len(couples) // count)
    window = MainWindow(QSettings(settings_file, QSettings.Format.IniFormat), _Quiet())
    window.show()
    window.bind(services, load_content("nl", services.db.path.parent).method)
    for couple in couples[::step][:count]:
        rows = services.sessions.list_for_couple(couple.id)
        window.open_session(rows[len(rows) // 2].id)
        app.processEvents()
    print(f"rss_kb {peak_rss_kb()}", flush=True)
    window.close()
    services.db.close()
    QApplication.processEvents()
    return 0


def main() -> int:
    """`remember DATA_DIR` or `memory DATA_DIR COUNT SETTINGS_FILE`."""
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("remember", "memory"))
    parser.add_argument("data_dir")
    parser.add_argument("count", nargs="?", type=int, default=20)
    parser.add_argument("settings_file", nargs="?", default="")
    args = parser.parse_args()
    if args.mode == "remember":
        return remember(args.data_dir)
    return memory(args.data_dir, args.count, args.settings_file)


if __name__ == "__main__":
    sys.exit(main())
