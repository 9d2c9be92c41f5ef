"""GUI fixtures: a main window on a temporary database, answered message boxes, typing help."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import install_translations, load_content
from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.privacy.controller import PrivacyController
from stellenstof_desktop.ui.safety.controller import SafetyController
from tests.gui.gui_helpers import FakeMessages, Guarded

TODAY = date(2026, 6, 1)


@pytest.fixture(autouse=True)
def _dutch(qapp: QApplication) -> Iterator[None]:
    """The app's own set-up: Dutch dates and Qt's Dutch buttons, whatever the test order."""
    translators = install_translations(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def messages() -> FakeMessages:
    return FakeMessages()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def open_window(
    qtbot: QtBot, data_dir: Path, settings_path: Path, messages: FakeMessages
) -> Iterator[Callable[[], MainWindow]]:
    """Opens a main window on the test's data folder; call again to 'restart' the app."""
    opened: list[tuple[MainWindow, Services]] = []
    method = load_content("nl", data_dir).method

    def open_() -> MainWindow:
        services = open_services(data_dir)
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(settings, messages)
        qtbot.addWidget(window)
        window.bind(services, method)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, services))
        return window

    yield open_
    for window, services in opened:
        window.close()
        services.db.close()


@pytest.fixture
def window(open_window: Callable[[], MainWindow]) -> MainWindow:
    return open_window()


@pytest.fixture
def guarded(
    qtbot: QtBot, data_dir: Path, settings_path: Path, messages: FakeMessages
) -> Iterator[Guarded]:
    """The window with its safety and privacy controllers, as run_gui builds them."""
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(settings, messages)
    qtbot.addWidget(window)
    guard = SafetyController(window, messages, settings, data_dir, today=lambda: TODAY)
    services = guard.open()
    assert services is not None
    window.bind(services, load_content("nl", data_dir).method)
    with qtbot.waitSignal(guard.daily_backup_done, timeout=10000):
        guard.attach()
    privacy = PrivacyController(window, messages, today=lambda: TODAY)
    privacy.attach()
    window.show()
    qtbot.waitExposed(window)
    yield window, guard, privacy
    window.close()
    guard.wait()
    services.db.close()
