"""The composition root: builds paths, database, services and the main window.

The window is shown first and the database (SQLAlchemy, maybe Alembic) is opened on the
first turn of the event loop, so the coach sees the app at once.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    qFormatLogMessage,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import QApplication

from stellenstof_desktop import APP_NAME, ORG_NAME, log
from stellenstof_desktop.errors import KnownError
from stellenstof_desktop.paths import resolve_data_dir, resource_path
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.safety.single_instance import SingleInstance

if TYPE_CHECKING:
    from stellenstof_desktop.content import LoadResult
    from stellenstof_desktop.services.container import Services
    from stellenstof_desktop.ui.safety.controller import SafetyController

LANGUAGES = ("nl", "en")
QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class GuiOptions:
    data_dir: str | None = None
    demo: bool = False
    language: str = "nl"
    quit_after: str | None = None  # "painted" or "ready": for benchmarks and smoke tests


def make_application(language: str) -> QApplication:
    """The QApplication with names (for QSettings) and translators installed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    install_translations(app, language)
    return app


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings ("Annuleren") and ours; Dutch is the source language of our strings."""
    locale = QLocale(language)
    QLocale.setDefault(locale)
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = [("qtbase", qt_dir)]
    if language != "nl":
        sources.append(("stellenstof", str(resource_path("translations"))))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def load_content(language: str, data_dir: Path) -> LoadResult:
    """The method texts: the coach's own copy in `data_dir/content` if valid, else built-in."""
    from stellenstof_desktop.content import load_method

    return load_method(language, resource_path("content"), data_dir / "content")


def open_services(data_dir: Path, key: str | None = None) -> Services:
    """Imported on first use: SQLAlchemy loads after the window is shown."""
    from stellenstof_desktop.services.container import open_services as open_

    return open_(data_dir, key)


class _FirstPaint(QObject):
    """Calls back once, on the first turn of the event loop after the window painted."""

    def __init__(self, window: MainWindow, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def install_qt_messages() -> Callable[[], None]:
    """Qt's own messages into the log; the previous handler (pytest-qt's) still gets them."""
    qt_logger = logging.getLogger("qt")

    def handle(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category
        text = message if not category or category == "default" else f"{category}: {message}"
        qt_logger.log(QT_LEVELS.get(mode, logging.WARNING), "%s", text)
        if callable(previous):  # None: Qt's default handler was in place
            previous(mode, context, message)
        elif sys.stderr is not None:  # what Qt's default handler would print
            print(qFormatLogMessage(mode, context, message), file=sys.stderr)

    previous = qInstallMessageHandler(handle)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore


def start_logging(data_dir: Path) -> Callable[[], None]:
    """The log file with the start facts, Qt's messages and worker threads' errors in it."""
    undo_file = log.setup()
    log.log_start(data_dir, qVersion())
    undo_qt = install_qt_messages()
    undo_threads = log.install_thread_hook()

    def stop() -> None:
        undo_threads()
        undo_qt()
        undo_file()

    return stop


def install_bug_handler(messages: Messages, window: MainWindow) -> Callable[[], None]:
    """A bug of ours becomes a dialog (after saving what can be saved), not a silent exit."""
    previous = sys.excepthook

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        previous(kind, error, tb)  # keeps the traceback on stderr for a developer
        log.log_bug(error, tb)
        try:
            window.flush()
        except Exception as flush_error:  # the dialog still comes; the log says why text was lost
            log.log_bug(flush_error, where="saving after an unexpected error")
        messages.crash(window, log.crash_details(error, tb, qVersion()), log.current_file())

    sys.excepthook = handle

    def restore() -> None:
        sys.excepthook = previous

    return restore


def run_gui(options: GuiOptions, messages: Messages | None = None) -> int:
    """Start the app; the log runs from before the first window until after the last."""
    stop_logging = start_logging(resolve_data_dir(options.data_dir))
    try:
        code = _run_gui(options, messages or Messages())
    except Exception as error:  # a start that fails before the bug handler: in the log too
        log.log_bug(error, where="start")
        raise
    finally:
        logger.info("Stop")
        stop_logging()
    return code


def _run_gui(options: GuiOptions, messages: Messages) -> int:
    app = make_application(options.language)
    instance = SingleInstance(resolve_data_dir(options.data_dir))
    if not instance.claim():
        return _hand_over(instance, messages)
    window = MainWindow(QSettings(), messages)
    instance.activated.connect(window.bring_to_front)
    restore_hook = install_bug_handler(messages, window)
    opened: list[Services] = []
    guards: list[SafetyController] = []
    attempted: list[bool] = []

    def report(stage: str) -> None:
        if not options.quit_after:
            return
        print(stage, flush=True)
        if options.quit_after == stage:
            app.exit(0)

    def open_data() -> None:
        if attempted:
            return
        attempted.append(True)
        from stellenstof_desktop.ui.privacy.controller import PrivacyController
        from stellenstof_desktop.ui.safety.controller import SafetyController

        try:
            data_dir = resolve_data_dir(options.data_dir)
            guard = SafetyController(window, messages, QSettings(), data_dir)
            guards.append(guard)
            services = guard.open()  # integrity check; a damaged file: offer a backup
            if services is None:
                app.exit(1)
                return
            opened.append(services)
            content = load_content(options.language, data_dir)
            if options.demo and services.couples.count() == 0:
                from stellenstof_desktop.services.demo import fill_demo

                fill_demo(services)
        except KnownError as error:
            messages.known_error(window, error)
            app.exit(1)
            return
        window.bind(services, content.method)
        guard.attach()  # backup menu items; today's backup starts in a worker thread
        PrivacyController(window, messages).attach()  # export, retention reminder
        if content.problem is not None:
            logger.warning("Own method file not used (a mistake in it); built-in texts shown")
            messages.error(
                window,
                QCoreApplication.translate("app", "Eigen methodetekst niet gebruikt"),
                QCoreApplication.translate(
                    "app",
                    "Uw eigen methodebestand bevat een fout, daarom gebruikt Stellenstof de "
                    "standaardteksten. Er gaan geen antwoorden verloren.\n\n{problem}",
                ).format(problem=content.problem),
            )
        if not options.quit_after:  # benchmarks and smoke tests start on a new database
            guard.offer_encryption()  # first start: suggest a passphrase, once

    def on_painted() -> None:
        report("painted")
        instance.listen()  # a later start now reaches this window
        if options.quit_after != "painted":
            open_data()  # only now: the coach sees the window before SQLAlchemy loads

    _FirstPaint(window, on_painted)
    window.ready.connect(lambda: report("ready"))
    if not options.quit_after:  # a benchmark's or smoke test's start ends at "ready"
        window.ready.connect(_warm_pdf_when_idle, Qt.ConnectionType.SingleShotConnection)
    window.show()
    QTimer.singleShot(1000, open_data)  # in case no paint comes (a minimised start)
    try:
        code = app.exec()
        # Closing the window after the loop, not in it, saves the text and geometry
        # without posting a quit event that would stop the next event loop run here.
        window.close()
    finally:
        restore_hook()
        for guard in guards:
            guard.wait()  # a daily backup still running finishes before the database closes
        for services in opened:
            services.db.close()
        instance.release()
    return code


def _warm_pdf_when_idle() -> None:
    """Load ReportLab and the fonts on a worker thread once the window has nothing to do."""
    from stellenstof_desktop.report import warmup

    QTimer.singleShot(0, warmup.start)


def _hand_over(instance: SingleInstance, messages: Messages) -> int:
    """Stellenstof already runs on this data folder: bring that window to the front."""
    if instance.notify_first():
        logger.info("Already running on this data folder: that window was brought to the front")
        return 0
    logger.warning("Already running on this data folder, but that window does not answer")
    messages.error(
        None,
        QCoreApplication.translate("app", "Stellenstof is al geopend"),
        QCoreApplication.translate(
            "app",
            "Stellenstof is al geopend met deze gegevens, maar het venster reageert niet. "
            "Sluit het andere venster (uw tekst wordt bewaard) en start Stellenstof opnieuw.",
        ),
    )
    return 1


def qt_types_made() -> bool:
    """PySide made every type of its loaded core modules at import (PYSIDE6_OPTION_LAZY=0).

    Lazily, a module's namespace holds a dozen names and makes the others on first use;
    `dir()` lists them all (nested classes too, by their dotted names).
    """
    from PySide6 import QtCore, QtGui, QtWidgets

    modules = (QtCore, QtGui, QtWidgets)
    return all({n for n in dir(m) if "." not in n} <= set(vars(m)) for m in modules)


def run_selftest() -> int:
    """Start the GUI headless on a temporary database, write a note, reopen, check it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not qt_types_made():  # the bundle's runtime hook sets this before PySide6 loads
        print("zelftest mislukt: PySide maakt zijn typen pas bij gebruik", file=sys.stderr)
        return 1
    from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput

    marker = "Zelftest: Zoë & Joël <ok>"
    with tempfile.TemporaryDirectory(prefix="stellenstof-selftest-") as tmp:
        app = make_application("nl")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        services = open_services(Path(tmp) / "data")
        couple = services.couples.create(
            CoupleInput("Zelftest", (PartnerInput("Anne"), PartnerInput("Bram")))
        )
        from datetime import date

        session = services.sessions.create(
            couple.id,
            SessionInput(date.today(), None, 60, frozenset(p.id for p in couple.partners)),
        )
        window = MainWindow(settings, Messages())
        window.bind(services, load_content("nl", Path(tmp)).method)
        window.show()
        window.open_session(session.id)
        window.notes.shared.setPlainText(marker)
        app.processEvents()
        window.close()
        services.db.close()
        # Encrypted with SQLCipher and opened again: the bundle carries a working sqlcipher3.
        from stellenstof_desktop.store.crypto import change_key

        change_key(services.db.path, None, marker)
        reopened = open_services(Path(tmp) / "data", marker)
        text = reopened.notes.get(session.id).get(NoteKind.SHARED)
        reopened.db.close()
    if text != marker:
        print(f"zelftest mislukt: {text!r}", file=sys.stderr)
        return 1
    print("zelftest geslaagd")
    return 0
