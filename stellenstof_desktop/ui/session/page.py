"""The base of every tab in the session view: load a session, autosave, report saves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from stellenstof_desktop.domain import SessionDetails
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.ui.kit.autosave import Autosaver


class SessionPage(QWidget):
    """A tab of the open session. Subclasses call `changed()` from their edit handlers.

    `changed(key, write)` only records a closure and restarts the debounce timer, so the
    keystroke path does no database work; `write` runs on the next flush and should read
    the widget's current value then.
    """

    saved = Signal(object)  # datetime of the save
    save_failed = Signal(object)  # the KnownError
    lazy = False  # True: a hidden tab is built when first shown, not on every session switch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: SessionDetails | None = None
        self._pending: dict[object, Callable[[], object]] = {}
        self._loading = False
        self._stale = False
        self._empty = False  # True after load(None), until a session is loaded
        self.autosaver = Autosaver(self._write_pending, parent=self)

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

    def changed(self, key: object, write: Callable[[], object]) -> None:
        """Remember that `key` needs writing with `write`; ignored while loading."""
        if self._loading or self.session is None:
            return
        self._pending[key] = write
        self.autosaver.touch()

    def flush(self) -> bool:
        return self.autosaver.flush()

    def _write_pending(self) -> bool:
        try:
            for key, write in list(self._pending.items()):
                write()
                del self._pending[key]
        except KnownError as error:
            self.save_failed.emit(error)
            return False
        self.saved.emit(datetime.now())
        return True
