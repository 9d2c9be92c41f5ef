"""The window on a laptop screen: does it all fit, and what does each part of the hour look like?

    python -m tests.drivers.screens 1366x768 [--shots DIR]

Starts the window on Qt's offscreen platform with one screen of that size (a
configuration file, as a real laptop would report it), fills demo data, and checks the
first window, every dialog the coach opens, and every part of the hour in session mode
(the hand-over and the closing included): nothing that can be clicked or read (a button,
the status bar, the session bar) may lie outside the screen. Prints one JSON line:
{"problems": [...], "shots": [...]}. With --shots, a PNG per screen goes to DIR.
The test `tests/gui/test_screen_fit.py` runs it for 1366×768 and 1280×800.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

PROBLEMS: list[str] = []
SHOTS: list[str] = []


def _screen_config(width: int, height: int, folder: Path) -> Path:
    path = folder / f"screen-{width}x{height}.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("size", help="WIDTHxHEIGHT, for example 1366x768")
    parser.add_argument("--shots", help="a folder for the screenshots")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    work = Path(tempfile.mkdtemp(prefix="stel-screens-"))
    config = _screen_config(width, height, work)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_CONFIG_HOME"] = str(work / "home" / ".config")
    shots = Path(args.shots) if args.shots else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    _run(work, shots, args.size)
    print(json.dumps({"problems": PROBLEMS, "shots": SHOTS}))
    return 0


def _run(work: Path, shots: Path | None, size: str) -> None:
    from PySide6.QtCore import QPoint, QRect, QSettings, QTimer
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QApplication,
        QDialog,
        QStatusBar,
        QToolBar,
        QWidget,
    )

    from stellenstof_desktop.app import install_translations, load_content
    from stellenstof_desktop.services.container import open_services
    from stellenstof_desktop.services.demo import fill_demo
    from stellenstof_desktop.ui.kit.messages import Messages
    from stellenstof_desktop.ui.main_window import MainWindow

    app = QApplication([])
    install_translations(app, "nl")
    screen = app.primaryScreen().availableGeometry()
    data = work / "data"
    data.mkdir()
    services = open_services(data)
    fill_demo(services)
    window = MainWindow(
        QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat), Messages()
    )
    window.bind(services, load_content("nl", data).method)
    window.show()
    app.processEvents()

    def in_scroll_area(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea):
                return True
            parent = parent.parentWidget()
        return False

    def check(top: QWidget, name: str) -> None:
        app.processEvents()
        frame = top.frameGeometry()
        if not screen.contains(frame.adjusted(0, 0, -1, -1)) and (
            frame.width() > screen.width() or frame.height() > screen.height()
        ):
            PROBLEMS.append(f"{size} {name}: {frame.width()}×{frame.height()} > screen")
        area = QRect(QPoint(0, 0), top.size())
        for widget in top.findChildren(QWidget):
            if not widget.isVisible() or in_scroll_area(widget):
                continue  # a scrolled-away field can be reached by scrolling
            if isinstance(widget, QAbstractButton | QStatusBar | QToolBar):
                rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
                if not area.contains(rect.adjusted(0, 0, -1, -1)):
                    label = widget.objectName() or type(widget).__name__
                    text = getattr(widget, "text", lambda: "")()
                    PROBLEMS.append(f"{size} {name}: {label} {text!r} off screen at {rect}")
        if shots is not None:
            path = shots / f"{size}-{name}.png"
            top.grab().save(str(path))
            SHOTS.append(str(path))

    check(window, "01-desk")

    # Every dialog the coach opens, checked while it shows, then cancelled.
    def dialog_check(name: str, opener: object) -> None:
        def inspect() -> None:
            for top in app.topLevelWidgets():
                if isinstance(top, QDialog) and top.isVisible():
                    check(top, name)
                    top.reject()

        QTimer.singleShot(100, inspect)
        opener()  # type: ignore[operator]
        app.processEvents()

    couple = window.panel_couple()
    if couple is None:
        window.panel.couples.setCurrentRow(0)
    dialog_check("02-dialog-new-couple", window.act_new_couple.trigger)
    dialog_check("03-dialog-edit-couple", window.act_edit_couple.trigger)
    dialog_check("04-dialog-new-session", window.act_new_session.trigger)
    dialog_check("05-dialog-profile", window.act_profile.trigger)
    window.panel.sessions.setCurrentRow(0)
    app.processEvents()
    dialog_check("06-dialog-edit-session", window.act_edit_session.trigger)

    # The hour, part by part.
    window.room.start()
    view = window.session_view
    for index, page in enumerate(view.parts()):
        view.go_to(page)
        check(window, f"1{index}-room-{page.objectName()}")
    from stellenstof_desktop.ui.exercise.view import ExerciseView
    from stellenstof_desktop.ui.session.closing import ClosingView

    exercise = window.page(ExerciseView)
    view.go_to(exercise)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    exercise.new_button.click()
    QTest.keyClicks(exercise.topic, "Waar gaan we deze zomer heen?")
    QTest.keyClick(exercise.topic, Qt.Key.Key_Return)
    app.processEvents()
    if window.handover.engaged is not None:
        check(window, "20-handover")
        exercise.hidden.continue_button.click()
        check(window, "21-entry")
    closing = window.page(ClosingView)
    exercise.hidden.clear()
    view.go_to(closing)
    check(window, "22-closing")
    closing.start_checkout()
    app.processEvents()
    if closing.flow is not None:
        closing.flow.continue_button.click()
        check(window, "23-checkout-entry")
        closing.flow.clear()
    window.room.leave(ask=False)
    services.db.close()


if __name__ == "__main__":
    sys.exit(main())
