"""The autosave debounce: after typing stops, at the latest after a while, and retrying."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from stellenstof_desktop.ui.kit.autosave import Autosaver

IDLE_MS, MAX_MS, RETRY_MS = 30, 80, 60


class FakeSave:
    """Stands in for the writer: answers with `results` in turn, then succeeds.

    The outcome comes back on a later turn of the event loop, as the writer's does.
    """

    def __init__(self, *results: bool) -> None:
        self.results = list(results)
        self.calls = 0
        self.saver: Autosaver | None = None

    def __call__(self) -> None:
        self.calls += 1
        ok = self.results.pop(0) if self.results else True
        saver = self.saver
        assert saver is not None
        QTimer.singleShot(0, lambda: saver.finished(ok))


def _saver(save: FakeSave) -> Autosaver:
    save.saver = Autosaver(save, idle_ms=IDLE_MS, max_ms=MAX_MS, retry_ms=RETRY_MS)
    return save.saver


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
    assert save.calls == 1 and not saver.dirty and not saver.unsaved
    saver.flush()
    assert save.calls == 1  # nothing pending: no second write


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


def test_unsaved_until_the_writer_answers(qtbot: QtBot) -> None:
    calls: list[int] = []
    saver = Autosaver(lambda: calls.append(1), idle_ms=IDLE_MS, max_ms=MAX_MS, retry_ms=RETRY_MS)
    saver.touch()
    saver.flush()
    assert calls == [1] and not saver.dirty and saver.unsaved  # handed over, not yet stored
    with qtbot.waitSignal(saver.saved, timeout=1000):
        saver.finished(True)
    assert not saver.unsaved


def test_a_save_handed_over_before_a_failure_came_back_is_not_called_saved(
    qtbot: QtBot,
) -> None:
    calls: list[int] = []
    saver = Autosaver(lambda: calls.append(1), idle_ms=IDLE_MS, max_ms=MAX_MS, retry_ms=RETRY_MS)
    said: list[str] = []
    saver.saved.connect(lambda: said.append("saved"))
    saver.failed.connect(lambda: said.append("failed"))
    for _ in range(2):  # two saves out at once: the writer is slow
        saver.touch()
        saver.flush()
    saver.finished(False)
    saver.finished(True)  # the second lacks what the first failed to write
    assert said == ["failed"] and saver.dirty and saver.unsaved
    with qtbot.waitSignal(saver.saved, timeout=2000):  # the retry timer hands it over again
        qtbot.waitUntil(lambda: len(calls) == 3, timeout=2000)
        saver.finished(True)
    assert said == ["failed", "saved"] and not saver.unsaved
