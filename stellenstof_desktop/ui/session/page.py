"""The base of every tab in the session view: load a session, autosave, report saves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.ui.kit.autosave import Autosaver
from stellenstof_desktop.ui.kit.writer import Writer

if TYPE_CHECKING:
    from stellenstof_desktop.domain import SessionDetails

T = TypeVar("T")
# (key, value read on the UI thread, write run on the writer thread)
_Item = tuple[object, Any, Callable[[Any], object]]


class SessionPage(QWidget):
    """A tab of the open session. Subclasses call `changed()` from their edit handlers.

    `changed(key, read, write)` only records two closures and restarts the debounce timer,
    so the keystroke path does no database work. On the next flush `read()` copies the
    widget's value on the UI thread and `write(value)` stores it on the window's writer
    thread, so typing never waits for the disk.
    """

    saved = Signal(object)  # datetime of the save
    save_failed = Signal(object)  # the KnownError
    lazy = False  # True: a hidden tab is built when first shown, not on every session switch
    in_room = True  # shown in session mode (the couple looks); False: the coach's desk only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: SessionDetails | None = None
        self.writer: Writer | None = None  # the window's, set by build_pages()
        self._pending: dict[object, tuple[Callable[[], Any], Callable[[Any], object]]] = {}
        self._handed = 0  # saves handed to the writer so far
        self._latest: dict[object, int] = {}  # key -> the save that last carried it
        self._epoch = 0  # a new session: results of the old one's saves are ignored
        self._loading = False
        self._stale = False
        self._empty = False  # True after load(None), until a session is loaded
        self.autosaver = Autosaver(self._hand_over, parent=self)
        self.autosaver.saved.connect(lambda: self.saved.emit(datetime.now()))

    def title(self) -> str:
        raise NotImplementedError

    def full_title(self) -> str:
        """The tab's tooltip, for titles too long for the tab itself."""
        return self.title()

    def show_session(self, session: SessionDetails | None) -> None:
        """Forget unsaved work of the old session (the caller flushed it) and load `session`.

        A lazy page that is out of sight is emptied instead (so it never holds another
        couple's text) and built when it is shown.
        """
        self.autosaver.discard()
        self._pending.clear()
        self._latest.clear()
        self._epoch += 1
        self.session = session
        self._stale = (
            session is not None and self.lazy and not self.isVisible() and not self.cheap(session)
        )
        target = None if self._stale else session
        if target is not None or not self._empty:  # an emptied page needs no second clear
            self._run_load(target)
        self.setEnabled(session is not None)

    def cheap(self, session: SessionDetails) -> bool:
        """Whether loading `session` costs next to nothing now (then even a hidden tab loads)."""
        del session
        return False

    def ensure_loaded(self) -> None:
        """Build a postponed page now (it is being shown, or a test looks into it)."""
        if self._stale:
            self._stale = False
            self._run_load(self.session)

    def _run_load(self, session: SessionDetails | None) -> None:
        self._loading = True
        try:
            self.load(session)
        finally:
            self._loading = False
        self._empty = session is None

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()  # before the tab's first paint
        super().showEvent(event)

    def load(self, session: SessionDetails | None) -> None:
        """Fill the widgets for `session` (None: clear them)."""
        raise NotImplementedError

    def changed(self, key: object, read: Callable[[], T], write: Callable[[T], object]) -> None:
        """Remember that `key` needs writing: `write(read())`; ignored while loading.

        `read` runs on the UI thread at the next flush; `write` on the writer thread, so
        it must not touch a widget.
        """
        if self._loading or self.session is None:
            return
        self._pending[key] = (read, write)
        self.autosaver.touch()

    def flush(self) -> bool:
        """Hand pending writes to the writer and wait until they are stored; False on failure."""
        self.autosaver.flush()
        if self.writer is not None:
            self.writer.wait()
        return not self.autosaver.unsaved

    def _hand_over(self) -> None:
        """Copy every pending value now, on the UI thread, and queue one job that writes them."""
        if self.writer is None:
            raise RuntimeError(f"{type(self).__name__} has no writer")  # build_pages sets it
        self._handed += 1
        handed, epoch = self._handed, self._epoch
        items: list[_Item] = [(key, read(), write) for key, (read, write) in self._pending.items()]
        self._pending.clear()
        for key, _value, _write in items:
            self._latest[key] = handed
        self.writer.submit(
            lambda: _write_all(items), lambda result: self._on_written(handed, epoch, result)
        )

    def _on_written(
        self, handed: int, epoch: int, result: tuple[list[_Item], KnownError | None]
    ) -> None:
        """The writer's outcome, on the UI thread: what failed is pending again, then retried."""
        if epoch != self._epoch:
            return  # a session since left or erased (its caller flushed or discarded it)
        unwritten, error = result
        for key, value, write in unwritten:
            # A newer value, pending or already handed over, wins over the failed one.
            if key not in self._pending and self._latest.get(key) == handed:
                self._pending[key] = (partial(_same, value), write)
        if error is not None:
            self.save_failed.emit(error)
        self.autosaver.finished(error is None)


def _same(value: T) -> T:
    return value


def _write_all(items: list[_Item]) -> tuple[list[_Item], KnownError | None]:
    """On the writer thread: write in order; on a known error, the items not written."""
    for index, (_key, value, write) in enumerate(items):
        try:
            write(value)
        except KnownError as error:
            return items[index:], error
    return [], None
