"""Debounced saving: write shortly after typing stops, and never wait too long."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class Autosaver(QObject):
    """Calls `save()` `idle_ms` after the last `touch()`, and at most `max_ms` after the first.

    The keystroke path only restarts a timer: no database work happens while typing.
    `save` hands the changes to a writer and returns at once; the writer's outcome comes
    back through `finished(ok)`, in the order of the saves. On a failure it is retried.
    """

    saved = Signal()  # a write succeeded and no earlier failure waits for its retry
    failed = Signal()

    def __init__(
        self,
        save: Callable[[], None],
        idle_ms: int = 1000,
        # 1.5 s, not 2: timers fire a little late and a write takes a moment, and a crash
        # must cost at most two seconds of typing (tests/gui/test_sigkill.py measures it).
        max_ms: int = 1500,
        retry_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._max = QTimer(self, singleShot=True, interval=max_ms)
        # Its own timer: restarting the idle one with the retry interval would keep that
        # interval, and every later save would wait as long as a retry.
        self._retry = QTimer(self, singleShot=True, interval=retry_ms)
        self._timers = (self._idle, self._max, self._retry)
        for timer in self._timers:
            timer.timeout.connect(self.flush)
        self._dirty = False
        self._submitted = 0  # saves handed over
        self._finished = 0  # of which the outcome came back
        # Saves up to this number were handed over before the last failure came back, so
        # they lack what failed: their success does not mean everything is stored.
        self._redo_after = 0

    @property
    def dirty(self) -> bool:
        """Changes not yet handed to `save` (new ones, or a failed save's)."""
        return self._dirty

    @property
    def unsaved(self) -> bool:
        """Anything not yet known to be stored: dirty, still being written, or failed."""
        return self._dirty or self._finished < self._submitted

    def touch(self) -> None:
        """Something changed: (re)start the idle timer; the max timer runs from the first change."""
        self._dirty = True
        self._idle.start()
        if not self._max.isActive():
            self._max.start()

    def flush(self) -> None:
        """Hand pending changes to `save` now (a failed save is retried at once)."""
        self._stop()
        if not self._dirty:
            return
        self._dirty = False
        self._submitted += 1
        self._save()

    def finished(self, ok: bool) -> None:
        """The outcome of the oldest save still out; a failure marks its changes dirty again."""
        self._finished += 1
        if not ok:
            self._dirty = True
            self._redo_after = self._submitted
            self._retry.start()
            self.failed.emit()
        elif self._finished > self._redo_after:
            self.saved.emit()

    def discard(self) -> None:
        """Forget pending changes and saves still out (their session was erased or left)."""
        self._stop()
        self._dirty = False
        self._submitted = self._finished = self._redo_after = 0

    def _stop(self) -> None:
        for timer in self._timers:
            timer.stop()
