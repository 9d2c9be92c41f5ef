"""The log file: where it lives, that it rotates, and that known errors keep their values out."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from stellenstof_desktop import __version__, log
from stellenstof_desktop.errors import StorageError, ValidationError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP
from stellenstof_desktop.paths import LOG_DIR_ENV, resolve_log_dir

MARKER = "MARKER-Zoë-7f3a"


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[Callable[[], str]]:
    """The app's log set up in the test's log folder; call the result to read it."""
    undo = log.setup()
    yield lambda: "".join(
        path.read_text(encoding="utf-8") for path in sorted((tmp_path / "log").glob("*.log*"))
    )
    undo()


def test_the_log_folder_comes_from_the_environment_else_the_platform(tmp_path: Path) -> None:
    assert resolve_log_dir({LOG_DIR_ENV: str(tmp_path / "elders")}) == tmp_path / "elders"
    default = resolve_log_dir({})
    assert default.parts[-2:] == ("Stellenstof Desktop", "log")  # XDG state folder on Linux
    assert str(default).startswith(str(Path.home()))  # the test's home, never the real one


def test_setup_writes_into_the_overridden_folder_once(
    tmp_path: Path, logged: Callable[[], str]
) -> None:
    again = log.setup()  # the CLI set it up, then the GUI asks again: still one handler
    log.log_start(tmp_path / "data", "6.0.0")
    again()  # the second undo leaves the first set-up in place
    logging.getLogger("stellenstof_desktop.test").info("na de tweede undo")
    assert log.current_file() == tmp_path / "log" / log.LOG_FILENAME
    text = logged()
    assert f"Stellenstof Desktop {__version__}" in text and "Qt 6.0.0" in text
    assert text.count("Data folder:") == 1
    assert "na de tweede undo" in text


def test_undo_removes_the_handler_and_restores_the_level(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = (list(root.handlers), root.level)
    undo = log.setup()
    assert log.current_file() is not None
    undo()
    assert (list(root.handlers), root.level) == before
    assert log.current_file() is None


def test_the_file_rotates_and_keeps_three_old_ones(tmp_path: Path) -> None:
    undo = log.setup(tmp_path / "rot", max_bytes=2000)
    try:
        for index in range(200):
            logging.getLogger("stellenstof_desktop.test").info("regel %d %s", index, "x" * 80)
    finally:
        undo()
    names = sorted(path.name for path in (tmp_path / "rot").iterdir())
    assert names == [
        "stellenstof.log",
        "stellenstof.log.1",
        "stellenstof.log.2",
        "stellenstof.log.3",
    ]
    assert all(path.stat().st_size <= 2000 for path in (tmp_path / "rot").iterdir())


def test_a_folder_that_cannot_be_made_means_no_log_not_no_app(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    undo = log.setup(blocker / "log")
    assert log.current_file() is None
    undo()


def test_a_known_error_is_logged_by_its_template_never_its_values(
    logged: Callable[[], str],
) -> None:
    log.log_known_error(StorageError(MARKER))
    log.log_known_error(
        ValidationError(
            "partner1.name", QT_TRANSLATE_NOOP("errors", "{name} is te lang."), name=MARKER
        )
    )
    text = logged()
    assert "StorageError: 'Opslaan is niet gelukt ({reason})." in text
    assert "values: reason" in text
    assert "ValidationError (field partner1.name): '{name} is te lang.'; values: name" in text
    assert MARKER not in text


def _raise_chained() -> None:
    try:
        raise StorageError(MARKER)
    except StorageError as error:
        raise RuntimeError("opslaan na een fout") from error


def test_a_traceback_keeps_its_frames_and_leaves_out_known_error_values(
    logged: Callable[[], str],
) -> None:
    with pytest.raises(RuntimeError) as caught:
        _raise_chained()
    log.log_bug(caught.value, where="test")
    try:
        _raise_chained()
    except RuntimeError:
        logging.getLogger("stellenstof_desktop.test").exception("via logger.exception")
    details = log.crash_details(caught.value, qt_version="6.0.0")
    text = logged()
    for shown in (text, details):
        assert "Traceback (most recent call last)" in shown and "_raise_chained" in shown
        assert "RuntimeError: opslaan na een fout" in shown
        assert "direct cause" in shown and "StorageError: 'Opslaan is niet gelukt" in shown
        assert MARKER not in shown
    assert "Unexpected error in test" in text and "via logger.exception" in text
    assert details.startswith(f"Stellenstof Desktop {__version__}; Python ")


def test_a_worker_thread_error_is_logged_and_passed_on(
    logged: Callable[[], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    passed_on: list[str] = []

    def previous(args: threading.ExceptHookArgs) -> None:
        passed_on.append(args.thread.name if args.thread else "")

    monkeypatch.setattr(threading, "excepthook", previous)  # instead of pytest's own hook
    undo = log.install_thread_hook()

    def work() -> None:
        raise KeyError("ontbreekt")

    try:
        worker = threading.Thread(target=work, name="stellenstof-test-worker")
        worker.start()
        worker.join()
    finally:
        undo()
    assert passed_on == ["stellenstof-test-worker"]
    assert threading.excepthook is previous
    text = logged()
    assert "Unexpected error in thread stellenstof-test-worker" in text
    assert "in work" in text and "KeyError: 'ontbreekt'" in text
