"""Figures measured in this process on an offscreen QApplication: large database and typing."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from itertools import count
from statistics import median

from PySide6.QtCore import (
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QWidget
from sqlalchemy import Engine, event

from stellenstof_desktop.app import load_content, make_application
from stellenstof_desktop.domain import NoteKind
from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.main_window import MainWindow
from tests.benchmarks.core import Context, Row, median_or_none
from tests.benchmarks.generate import GeneratedDb

SWITCHES = 8  # per window and kind of switch
SLOW_COMMIT_S = 0.2  # the slow-disk typing run: added to every commit
_settings_files = count()


class _Recording(Messages):
    """No modal boxes in a benchmark: messages are recorded and fail the figure."""

    def __init__(self) -> None:
        self.shown: list[str] = []

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(f"{title}: {text}")


def _qt_message(_kind: QtMsgType, _where: QMessageLogContext, text: str) -> None:
    """Qt's warnings to stderr, minus the offscreen plugin's note on every shown window."""
    if "propagateSizeHints" not in text:
        print(text, file=sys.stderr)


def _start() -> None:
    make_application("nl")
    qInstallMessageHandler(_qt_message)


def _window(ctx: Context, services: Services, messages: Messages) -> MainWindow:
    """A shown main window with fresh settings (no session to restore), not yet bound."""
    path = ctx.tmp / f"settings-{next(_settings_files)}.ini"
    window = MainWindow(QSettings(str(path), QSettings.Format.IniFormat), messages)
    window.show()
    QApplication.processEvents()
    return window


def _ms(action: Callable[[], object]) -> float:
    """Milliseconds for `action` plus the event loop turn that lays out and paints its result."""
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def _close(window: QMainWindow) -> None:
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def _targets(db: GeneratedDb) -> tuple[list[int], list[int]]:
    """Middle sessions of up to 4 couples spread over the list, and 4 sessions of the first."""
    last = len(db.sessions) - 1
    picks = sorted({round(i * last / 3) for i in range(4)})
    other = [db.sessions[i][len(db.sessions[i]) // 2] for i in picks]
    return other, [db.sessions[picks[0]][j] for j in (3, 9, 15, 21)]


def _session_round(ctx: Context, db: GeneratedDb, services: Services) -> dict[str, list[float]]:
    """One window: bind, open a session, switch among couples, within a couple, and tabs."""
    messages = _Recording()
    window = _window(ctx, services, messages)
    other, same = _targets(db)
    out: dict[str, list[float]] = {
        "bind": [
            _ms(lambda: window.bind(services, load_content("nl", services.db.path.parent).method))
        ]
    }

    def open_(session_id: int) -> float:
        elapsed = _ms(lambda: window.open_session(session_id))
        if window.current_session_id() != session_id or not window.notes.shared.toPlainText():
            raise RuntimeError(
                f"session {session_id} did not open with its notes: {messages.shown}"
            )
        return elapsed

    out["open"] = [open_(other[0])]
    out["other"] = [open_(other[(k + 1) % len(other)]) for k in range(SWITCHES)]
    out["same"] = [open_(same[k % len(same)]) for k in range(SWITCHES)]
    tabs = window.session_view.tabs
    out["tab"] = [
        _ms(lambda: tabs.setCurrentIndex((tabs.currentIndex() + 1) % tabs.count()))
        for _ in range(SWITCHES if tabs.count() > 1 else 0)
    ]
    out["tabs"] = [float(tabs.count())]
    _close(window)
    if messages.shown:
        raise RuntimeError(f"the app showed messages: {messages.shown}")
    return out


def large_database(ctx: Context) -> list[Row]:
    """Bind and session/tab switches on the large DB against a 2-couple DB, interleaved."""
    _start()
    dbs = {"large": ctx.large, "small": ctx.small}
    services = {name: open_services(db.folder) for name, db in dbs.items()}
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in dbs}
    try:
        for round_ in range(ctx.runs + 1):  # round 0 warms up and is dropped
            for name in ("large", "small") if round_ % 2 else ("small", "large"):
                result = _session_round(ctx, dbs[name], services[name])
                for key, values in result.items():
                    if round_:
                        samples[name].setdefault(key, []).extend(values)
    finally:
        for opened in services.values():
            opened.db.close()
    couples = len(ctx.large.sessions)
    rows = []
    for key, label, target in (
        ("bind", f"bind(): fill couple list ({couples} couples)", None),
        ("open", "open session (first after bind)", 100.0),
        ("other", "switch session, other couple", 100.0),
        ("same", "switch session, same couple", 100.0),
        ("tab", "switch tab", 100.0),
    ):
        large, small = samples["large"][key], samples["small"][key]
        rows.append(
            Row(
                label,
                median_or_none(large),
                median_or_none(small),
                max_ratio=1.2 if target else None,
                max_app=target,
                note=""
                if large
                else f"n/a: the session view has {samples['large']['tabs'][0]:g} tab",
                samples={"large": large, "small": small},
            )
        )
    return rows


def _type(editor: QPlainTextEdit, text: str) -> list[float]:
    """Milliseconds per QTest.keyClick, each with the event loop turn that paints it."""
    editor.setFocus()
    return [_ms(partial(QTest.keyClick, editor, ch)) for ch in text]


class _Heartbeat:
    """The longest time the UI thread did not get to a 4 ms timer: its longest stall."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(interval=4, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000 - self._timer.interval())
        self._last = now

    def __enter__(self) -> _Heartbeat:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.stop()


def _slow_commits(engine: Engine, seconds: float) -> Callable[[], None]:
    """A slow disk: every commit on `engine` waits `seconds` first; returns the undo."""

    def slow(_connection: object) -> None:
        time.sleep(seconds)  # stands in for an fsync behind a virus scanner

    event.listen(engine, "commit", slow)
    return lambda: event.remove(engine, "commit", slow)


def typing(ctx: Context) -> list[Row]:
    """Keystrokes into the shared notes with autosave, against a plain QPlainTextEdit."""
    rows = _typing(ctx, slow_disk=False)
    slow = _typing(ctx, slow_disk=True)
    return [
        *rows,
        Row("slow disk: UI stall, longest", slow[3].app, None, max_app=16, note=(
            f"every commit {SLOW_COMMIT_S * 1000:.0f} ms slower; {slow[2].note}"),
            samples=slow[2].samples),
        Row("slow disk: keystroke, max", slow[1].app, slow[1].baseline, max_app=50),
    ]  # fmt: skip


def _typing(ctx: Context, slow_disk: bool) -> list[Row]:
    """One typing run; the last row is the UI thread's longest stall (heartbeat)."""
    _start()
    services = open_services(ctx.large.folder)
    messages = _Recording()
    window = _window(ctx, services, messages)
    window.bind(services, load_content("nl", services.db.path.parent).method)
    window.open_session(_targets(ctx.large)[0][1])
    plain_window = QMainWindow()
    plain = QPlainTextEdit(window.notes.shared.toPlainText())
    plain_window.setCentralWidget(plain)
    plain_window.resize(window.size())
    plain_window.show()

    for editor in (plain, window.notes.shared):  # untimed: the first key pays one-off costs
        _type(editor, " ")
    QTest.qWait(1300)
    starts: list[float] = []
    stalls: list[float] = []
    save = services.notes.save

    def timed_save(session_id: int, kind: NoteKind, text: str) -> datetime:
        starts.append(time.perf_counter())
        return save(session_id, kind, text)

    def saved(_when: object) -> None:
        if starts:
            stalls.append((time.perf_counter() - starts[0]) * 1000)
            starts.clear()

    services.notes.save = timed_save  # type: ignore[method-assign]  # the view's NoteService
    window.notes.saved.connect(saved)
    sentence = "We spraken af dat Joost op woensdag kookt, en Sanne laat het los. "
    keys, chunk = (150, 50) if ctx.quick else (400, 100)
    text = (sentence * (keys // len(sentence) + 1))[:keys]
    app_times: list[float] = []
    plain_times: list[float] = []
    undo = _slow_commits(services.db.engine, SLOW_COMMIT_S) if slow_disk else lambda: None
    heartbeat = _Heartbeat()
    try:
        for start in range(0, keys, chunk):
            plain_times += _type(plain, text[start : start + chunk])
            with heartbeat:
                app_times += _type(window.notes.shared, text[start : start + chunk])
                # A pause: the 1 s autosave debounce fires and saves (the slow disk's too).
                QTest.qWait(1300 + (round(SLOW_COMMIT_S * 1000) if slow_disk else 0))
    finally:
        services.notes.save = save  # type: ignore[method-assign]
        window.flush()
        undo()
        _close(window)
        _close(plain_window)
        services.db.close()
    if messages.shown or not stalls:
        raise RuntimeError(f"typing: no autosave ran or the app complained: {messages.shown}")
    note = f"{keys} keys; {len(stalls)} autosaves, median {median(stalls):.1f} ms"
    return [
        Row("keystroke, median", median(app_times), median(plain_times), max_app=5,
            samples={"app": app_times, "plain": plain_times}),
        Row("keystroke, max", max(app_times), max(plain_times), max_app=50),
        # From the write's start to "saved" on screen: latency, no longer a UI stall.
        Row("autosave, start to saved", max(stalls), None, max_app=None,
            note=note, samples={"stalls": stalls}),
        Row("UI stall, longest", heartbeat.longest, None, max_app=16),
    ]  # fmt: skip
