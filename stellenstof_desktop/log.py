"""The app's log: a rotating file in the per-user log folder that never holds client text.

The composition root calls `setup()` once; modules log with `logging.getLogger(__name__)`.
What goes in: the start (versions, platform, the data folder's path), Qt's own messages,
each known error shown to the coach, and each unexpected exception with its traceback.

A known error is logged as its class, its message *template* and the names of its values,
never rendered: a value may be a name, an e-mail subject or a reason quoting a file. That
holds for a KnownError anywhere in a traceback's chain too, and for `logger.exception()`
through this file's formatter.

The limit: a traceback ends in the exception's own message, and an exception from our code
or a library may quote data (a ValueError that holds a note's text). No general rule tells
such text from a technical message, so that line is logged as it is. Code that raises must
keep client text out of the messages of exceptions other than KnownError, and out of log
calls; SQLAlchemy's echo (which logs statement parameters) must stay off.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from stellenstof_desktop import APP_NAME, __version__
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.paths import resolve_log_dir

LOG_FILENAME = "stellenstof.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
LINE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]

logger = logging.getLogger(__name__)


class _Formatter(logging.Formatter):
    """Formats `exc_info` like `format_exception`, so KnownError values stay out."""

    def format(self, record: logging.LogRecord) -> str:
        # Formatter caches the traceback text on the record: another handler's plain text
        # (pytest's, a console's) would otherwise be reused here, values and all.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: ExcInfo) -> str:
        _kind, error, tb = ei
        if error is None:
            return ""
        return format_exception(error, tb).rstrip("\n")


class _AppLogFile(RotatingFileHandler):
    """The app's own file handler: a second `setup()` finds it by this class."""


def setup(
    log_dir: Path | None = None, *, max_bytes: int = MAX_BYTES, backups: int = BACKUP_COUNT
) -> Callable[[], None]:
    """Log into the rotating file in `log_dir` (default: the per-user log folder); returns the undo.

    Already set up for that file (the CLI, then the GUI it starts): nothing changes and the
    undo does nothing. A folder that cannot be written means no log, never no app.
    """
    root = logging.getLogger()
    path = (resolve_log_dir() if log_dir is None else log_dir) / LOG_FILENAME
    if any(
        isinstance(handler, _AppLogFile) and handler.baseFilename == os.path.abspath(path)
        for handler in root.handlers
    ):
        return _nothing
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _AppLogFile(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    except OSError:
        return _nothing
    handler.setLevel(logging.INFO)
    handler.setFormatter(_Formatter(LINE_FORMAT))
    previous_level = root.level
    root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)

    def undo() -> None:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(previous_level)

    return undo


def _nothing() -> None:
    """The undo of a set-up that changed nothing."""


def current_file() -> Path | None:
    """The log file being written, for the crash dialog; None without a log."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _AppLogFile):
            return Path(handler.baseFilename)
    return None


def environment(qt_version: str | None = None) -> str:
    """Versions and platform: what a developer asks first (no host or user name)."""
    parts = [f"{APP_NAME} {__version__}", f"Python {platform.python_version()}"]
    if qt_version:
        parts.append(f"Qt {qt_version}")
    parts.append(platform.platform())
    parts.append("bundle" if getattr(sys, "frozen", False) else "from source")
    return "; ".join(parts)


def log_start(data_dir: Path, qt_version: str | None = None) -> None:
    """The first lines of a run: what runs where."""
    logger.info("Start: %s", environment(qt_version))
    logger.info("Data folder: %s", data_dir)


def describe_known(error: KnownError) -> str:
    """A known error without its values: class, message template and the values' names."""
    field = getattr(error, "field", None)  # a ValidationError's input, e.g. "partner1.name"
    where = f" (field {field})" if isinstance(field, str) else ""
    names = ", ".join(sorted(error.values)) or "none"
    return f"{type(error).__qualname__}{where}: {error.message!r}; values: {names}"


def log_known_error(error: KnownError) -> None:
    """A known error shown to the coach: template and value names, never the values."""
    logger.warning("Shown to the coach: %s", describe_known(error))


def format_exception(error: BaseException, tb: TracebackType | None = None) -> str:
    """A traceback as Python prints it, with each KnownError in the chain by its template."""
    lines: list[str] = []
    _format_chain(error, tb if tb is not None else error.__traceback__, lines, set())
    return "".join(lines)


def _format_chain(
    error: BaseException, tb: TracebackType | None, lines: list[str], seen: set[int]
) -> None:
    seen.add(id(error))
    cause = error.__cause__
    context = None if error.__suppress_context__ else error.__context__
    if cause is not None and id(cause) not in seen:
        _format_chain(cause, cause.__traceback__, lines, seen)
        lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif context is not None and id(context) not in seen:
        _format_chain(context, context.__traceback__, lines, seen)
        lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    if tb is not None:
        lines.append("Traceback (most recent call last):\n")
        lines += traceback.format_tb(tb)
    if isinstance(error, KnownError):
        lines.append(describe_known(error) + "\n")
    else:
        lines += traceback.format_exception_only(type(error), error)


def log_bug(error: BaseException, tb: TracebackType | None = None, where: str = "") -> None:
    """An unexpected exception (a bug of ours) with its traceback."""
    logger.error(
        "Unexpected error%s\n%s", f" in {where}" if where else "", format_exception(error, tb)
    )


def crash_details(
    error: BaseException, tb: TracebackType | None = None, qt_version: str | None = None
) -> str:
    """What the crash dialog copies for the developers: versions and the traceback."""
    return f"{environment(qt_version)}\n\n{format_exception(error, tb)}"


def install_thread_hook() -> Callable[[], None]:
    """A worker thread's unexpected exception goes into the log too; returns the undo."""
    previous = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        # SystemExit ends a thread quietly in Python's own hook: no bug, no log line.
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            name = args.thread.name if args.thread is not None else "a thread"
            log_bug(args.exc_value, args.exc_traceback, f"thread {name}")
        previous(args)

    threading.excepthook = hook

    def undo() -> None:
        threading.excepthook = previous

    return undo
