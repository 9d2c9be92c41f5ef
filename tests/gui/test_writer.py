"""Autosave through the window's writer thread: in order, off the UI thread, never lost."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from stellenstof_desktop.domain import NoteKind
from stellenstof_desktop.errors import StorageError
from stellenstof_desktop.services.container import open_services
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.session.step import StepView
from tests.gui.gui_helpers import couple_with_session, show_tab, type_text

SLOW_S = 0.3  # a commit on a laptop whose virus scanner looks at every fsync


class Recorder:
    """Wraps the services' writes: records what was written, and on which thread."""

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        self.writes: list[tuple[str, str, str]] = []  # (thread, what, text)
        self.delay = 0.0
        self.fail = 0  # the next `fail` note writes fail as on a full disk
        self.writing = threading.Event()  # set while a note write runs
        notes, answers = window.services.notes, window.services.answers
        save_note, save_text = notes.save, answers.save_text

        def note(session_id: int, kind: NoteKind, text: str) -> datetime:
            self.writing.set()
            try:
                if self.delay:
                    threading.Event().wait(self.delay)  # the writer thread waits, not the test
                if self.fail:
                    self.fail -= 1
                    raise StorageError("schijf vol")
                result = save_note(session_id, kind, text)
                self._record(f"note:{kind.value}", text)
                return result
            finally:
                self.writing.clear()

        def answer(session_id: int, key: str, partner_id: int | None, text: str) -> object:
            result = save_text(session_id, key, partner_id, text)
            self._record(f"answer:{key}", text)
            return result

        monkeypatch.setattr(notes, "save", note)
        monkeypatch.setattr(answers, "save_text", answer)

    def _record(self, what: str, text: str) -> None:
        self.writes.append((threading.current_thread().name, what, text))


@pytest.fixture
def opened(window: MainWindow) -> int:
    _, session = couple_with_session(window.services, "Anne", "Bram")
    window.open_session(session.id)
    return session.id


def _step_editor(window: MainWindow) -> tuple[StepView, str, Callable[[], str]]:
    page = window.page(StepView)
    (key, _partner), editor = next((k, e) for k, e in page.prompts.texts.items() if k[1] is None)
    return page, key, editor.toPlainText


def test_a_burst_of_edits_across_tabs_commits_in_order_on_the_writer(
    qtbot: QtBot, window: MainWindow, opened: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(window, monkeypatch)
    step, key, _ = _step_editor(window)
    show_tab(qtbot, window, window.notes)
    type_text(window.notes.shared, "een")
    show_tab(qtbot, window, step)  # the tab switch hands the note to the writer
    type_text(step.prompts.texts[(key, None)], "twee")
    show_tab(qtbot, window, window.notes)
    type_text(window.notes.shared, " drie")
    assert window.flush()
    assert recorder.writes == [
        ("stellenstof-writer", "note:shared", "een"),
        ("stellenstof-writer", f"answer:{key}", "twee"),
        ("stellenstof-writer", "note:shared", "een drie"),
    ]
    assert window.services.notes.get(opened).shared == "een drie"


def test_saved_is_said_only_after_the_commit(
    qtbot: QtBot, window: MainWindow, opened: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(window, monkeypatch)
    recorder.delay = SLOW_S
    stored_when_said: list[str] = []
    window.notes.saved.connect(
        lambda _when: stored_when_said.append(window.services.notes.get(opened).shared)
    )
    type_text(window.notes.shared, "gezegd")
    window.notes.autosaver.flush()  # what the debounce timer does: hand over, do not wait
    assert recorder.writing.wait(5)  # the slow commit has begun
    assert not stored_when_said and "Opgeslagen" not in window.saving.label.text()
    with qtbot.waitSignal(window.notes.saved, timeout=5000):
        pass
    assert stored_when_said == ["gezegd"]
    assert "Opgeslagen om" in window.saving.label.text()


def test_typing_goes_on_while_a_slow_commit_runs(
    qtbot: QtBot, window: MainWindow, opened: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(window, monkeypatch)
    recorder.delay = SLOW_S
    editor = window.notes.shared
    type_text(editor, "begin")
    window.notes.autosaver.flush()
    assert recorder.writing.wait(5)
    longest, typed_during = 0.0, 0
    editor.setFocus()
    while recorder.writing.is_set() and typed_during < 200:
        start = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_X)
        longest = max(longest, time.perf_counter() - start)
        typed_during += 1
    assert typed_during >= 3, "the commit ended before typing could be measured"
    assert longest < SLOW_S / 3, f"a keystroke waited {longest * 1000:.0f} ms"
    assert window.flush()
    assert window.services.notes.get(opened).shared == editor.toPlainText()


def test_a_failed_write_is_reported_and_retried(
    qtbot: QtBot, window: MainWindow, opened: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(window, monkeypatch)
    recorder.fail = 1
    type_text(window.notes.shared, "bewaard")
    with qtbot.waitSignal(window.notes.save_failed, timeout=5000):
        window.notes.autosaver.flush()
    assert "Niet opgeslagen" in window.saving.label.text()
    assert window.notes.autosaver.dirty  # pending again, for the retry
    assert window.services.notes.get(opened).shared == ""
    with qtbot.waitSignal(window.notes.saved, timeout=10000):  # the retry timer
        pass
    assert window.services.notes.get(opened).shared == "bewaard"
    assert "Opgeslagen om" in window.saving.label.text()


def test_a_newer_value_wins_over_a_failed_older_one(
    qtbot: QtBot, window: MainWindow, opened: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(window, monkeypatch)
    recorder.fail, recorder.delay = 1, SLOW_S / 3
    type_text(window.notes.shared, "oud")
    window.notes.autosaver.flush()  # fails, slowly
    type_text(window.notes.shared, " en nieuw")
    window.notes.autosaver.flush()  # handed over before the failure came back
    assert window.flush()
    assert window.services.notes.get(opened).shared == "oud en nieuw"
    assert [text for _, _, text in recorder.writes] == ["oud en nieuw"]


def test_close_waits_for_the_queue(
    qtbot: QtBot, window: MainWindow, opened: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(window, monkeypatch)
    recorder.delay = SLOW_S
    type_text(window.notes.shared, "tot slot")
    window.notes.autosaver.flush()
    assert recorder.writing.wait(5)
    window.close()
    assert not window.isVisible()
    again = open_services(window.services.db.path.parent)
    try:
        assert again.notes.get(opened).shared == "tot slot"
    finally:
        again.db.close()
