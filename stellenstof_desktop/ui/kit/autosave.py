"""Debounced saving: write shortly after typing stops, and never wait too long."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class Autosaver(QObject):
    """Calls `save()` `idle_ms` after the last `touch()`, and at most `max_ms` after the first.

    The keystroke path only restarts a timer: no database work happens while typing.
    `save` returns True when everything was written; on False it is retried later.
    """

    saved = Signal()
    failed = Signal()

    def __init__(
        self,
        save: Callable[[], bool],
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

    @property
    def dirty(self) -> bool:
        return self._dirty

    def touch(self) -> None:
        """Something changed: (re)start the idle timer; the max timer runs from the first change."""
        self._dirty = True
        self._idle.start()
        if not self._max.isActive():
            self._max.start()

    def flush(self) -> bool:
        """Save now if anything is pending; True when nothing is left unsaved."""
        self._stop()
        if not self._dirty:
            return True
        if self._save():
            self._dirty = False
            self.saved.emit()
            return True
        self._retry.start()
        self.failed.emit()
        return False

    def discard(self) -> None:
        """Forget pending changes (their session was erased)."""
        self._stop()
        self._dirty = False

    def _stop(self) -> None:
        for timer in self._timers:
            timer.stop()
