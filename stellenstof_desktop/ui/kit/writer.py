"""The window's one writer: database writes run in order on a thread, never on the UI's."""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

_Job = tuple[Callable[[], Any], Callable[[Any], None]]


class Writer(QObject):
    """Runs submitted work one job at a time, in submission order, on its own thread.

    An fsync can take hundreds of milliseconds on a laptop with a virus scanner; here it
    costs the typing nothing. Each job's `done(result)` runs on the UI thread, in order,
    once the job's work has returned (so a "saved" shown there is a committed one).
    The work must not touch widgets: the UI thread copies what it needs beforehand.
    """

    _ready = Signal()  # emitted on the writer thread; queued to the UI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        # (done, result, bug): filled by the writer thread, emptied on the UI thread.
        self._results: deque[tuple[Callable[[Any], None], Any, BaseException | None]] = deque()
        self._ready.connect(self._deliver)
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="stellenstof-writer", daemon=True)
        self._thread.start()

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Queue `work` after everything submitted before; `done(result)` follows on this thread."""
        if self._stopped:
            raise RuntimeError("the writer was stopped")  # a bug: writing after close
        self._jobs.put((work, done))

    def wait(self) -> None:
        """Block until every submitted job has run, then report their results here."""
        if not self._stopped:
            self._jobs.join()
        self._deliver()

    def stop(self) -> None:
        """Finish what is queued, report it and end the thread (the window closes)."""
        if self._stopped:
            return
        self._stopped = True
        self._jobs.put(None)
        self._thread.join()
        self._deliver()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            work, done = job
            try:
                self._results.append((done, work(), None))
            except BaseException as exc:  # a bug of ours: raised again on the UI thread
                self._results.append((done, None, exc))
            # After the result is stored: wait() returns only once it can be delivered.
            self._jobs.task_done()
            self._ready.emit()
        self._jobs.task_done()

    def _deliver(self) -> None:
        # Popped one at a time: a `done` may open a dialog whose event loop delivers too.
        while self._results:
            done, result, bug = self._results.popleft()
            if bug is not None:
                raise bug
            done(result)
