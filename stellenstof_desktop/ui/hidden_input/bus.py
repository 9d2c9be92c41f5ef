"""Where every hidden input reports its screen, and asks for the coach.

A hidden input lives deep inside a tab (the exercise, a step's private prompt, the
closing check-out) and is built and destroyed with its session. The window's hand-over
guard (`ui/room/handover.py`) must know the moment any of them shows a hand-over or an
entry screen, without the tabs knowing about the guard: each input posts here, and the
guard of the window it sits in listens. The same way, an input asks here whether the
coach agrees before another partner's entry is written again; without a guard (a widget
test, a dialog) the answer is yes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

# (the input asking, what will happen in a sentence) -> whether the coach agreed;
# None: this handler is not about that widget (another window's guard).
CoachCheck = Callable[[QWidget, str], bool | None]


class HandoverBus(QObject):
    """One per process: `changed` carries the HiddenInput whose screen changed or showed."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._checks: list[CoachCheck] = []

    def add_check(self, check: CoachCheck) -> None:
        self._checks.append(check)

    def remove_check(self, check: CoachCheck) -> None:
        if check in self._checks:
            self._checks.remove(check)

    def coach_agrees(self, widget: QWidget, what: str) -> bool:
        """Ask the guard of `widget`'s window; True when no guard is about it."""
        for check in list(self._checks):
            answer = check(widget, what)
            if answer is not None:
                return answer
        return True


_bus: HandoverBus | None = None


def handover_bus() -> HandoverBus:
    global _bus
    if _bus is None:
        _bus = HandoverBus()
    return _bus
