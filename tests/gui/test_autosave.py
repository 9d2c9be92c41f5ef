"""The autosave debounce: after typing stops, at the latest after a while, and retrying."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from stellenstof_desktop.ui.kit.autosave import Autosaver

IDLE_MS, MAX_MS, RETRY_MS = 30, 80, 60


class FakeSave:
    """Stands in for the database: answers with `results` in turn, then succeeds."""

    def __init__(self, *results: bool) -> None:
        self.results = list(results)
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.results.pop(0) if self.results else True


def _saver(save: FakeSave) -> Autosaver:
    return Autosaver(save, idle_ms=IDLE_MS, max_ms=MAX_MS, retry_ms=RETRY_MS)


def _saved_before(qtbot: QtBot, saver: Autosaver, ms: int, action: Callable[[], None]) -> bool:
    """Run `action`; True when `saver` saves before `ms` milliseconds have passed.

    Compares the order of two timers rather than clock times: Qt fires expired timers in
    the order they expire, so a busy machine does not change the answer.
    """
    order: list[str] = []
    deadline = QTimer(singleShot=True, interval=ms, timerType=Qt.TimerType.PreciseTimer)
    deadline.timeout.connect(lambda: order.append("deadline"))
    connection = saver.saved.connect(lambda: order.append("saved"))
    deadline.start()
    action()
    qtbot.waitUntil(lambda: len(order) == 2, timeout=2000)
    saver.saved.disconnect(connection)
    return order[0] == "saved"


def test_saves_once_typing_stops(qtbot: QtBot) -> None:
    save = FakeSave()
    saver = _saver(save)
    # Between the idle and the max delay: the idle timer saved, not the max one.
    assert _saved_before(qtbot, saver, (IDLE_MS + MAX_MS) // 2, saver.touch)
    assert save.calls == 1 and not saver.dirty
    assert saver.flush() and save.calls == 1  # nothing pending: no second write


def test_saves_after_the_max_delay_while_typing_goes_on(qtbot: QtBot) -> None:
    save = FakeSave()
    saver = _saver(save)
    typing = QTimer(interval=IDLE_MS // 3)  # a keystroke well within every idle delay
    typing.timeout.connect(saver.touch)
    saver.touch()
    typing.start()
    try:
        with qtbot.waitSignal(saver.saved, timeout=2000):
            pass
        assert save.calls == 1
        with qtbot.waitSignal(saver.saved, timeout=2000):  # and again while it goes on
            pass
        assert save.calls == 2
    finally:
        typing.stop()


def test_a_failed_save_is_retried_without_another_change(qtbot: QtBot) -> None:
    save = FakeSave(False)
    saver = _saver(save)
    with qtbot.waitSignal(saver.failed, timeout=2000):
        saver.touch()
    assert save.calls == 1 and saver.dirty
    # Not at the idle delay: a retry waits its own, longer interval.
    assert not _saved_before(qtbot, saver, IDLE_MS, lambda: None)
    assert save.calls == 2 and not saver.dirty


def test_after_a_retry_saving_is_back_to_the_idle_delay(qtbot: QtBot) -> None:
    save = FakeSave(False)
    saver = _saver(save)
    with qtbot.waitSignal(saver.failed, timeout=2000):
        saver.touch()
    with qtbot.waitSignal(saver.saved, timeout=2000):  # the retry succeeds
        pass
    # The next change saves at the idle delay again, not at the retry interval.
    assert _saved_before(qtbot, saver, (IDLE_MS + RETRY_MS) // 2, saver.touch)
    assert save.calls == 3 and not saver.dirty
