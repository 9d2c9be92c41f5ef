"""The profile dialog on a laptop screen: Opslaan in reach, the report's language and address."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from stellenstof_desktop.services.container import Services
from stellenstof_desktop.ui.summary.profile_dialog import MAX_HEIGHT, ProfileDialog
from tests.gui.gui_helpers import FakeMessages, type_text


def opened(qtbot: QtBot, services: Services, messages: FakeMessages) -> ProfileDialog:
    dialog = ProfileDialog(services.profile, messages)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_fits_a_laptop_and_its_buttons_stay_in_reach(
    qtbot: QtBot, services: Services, messages: FakeMessages
) -> None:
    dialog = opened(qtbot, services, messages)
    assert dialog.height() <= MAX_HEIGHT <= 700  # 1366 × 768 minus task bar and title bar
    box = dialog.buttons
    bottom = box.mapTo(dialog, QPoint(0, box.height())).y()
    assert box.isVisible() and bottom <= dialog.height()  # not scrolled away with the form
    dialog.resize(dialog.width(), 420)  # a smaller screen still: the form scrolls instead
    assert dialog.form_scroll.verticalScrollBar().maximum() > 0
    assert box.mapTo(dialog, QPoint(0, box.height())).y() <= dialog.height()


def test_the_report_language_and_the_address_are_saved(
    qtbot: QtBot, services: Services, messages: FakeMessages
) -> None:
    dialog = opened(qtbot, services, messages)
    combo = dialog.report_language
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Zoals de app",
        "Nederlands",
        "English",
    ]
    assert combo.currentData() == ""  # follows the interface until she chooses
    combo.setCurrentIndex(combo.findData("en"))
    type_text(dialog.address, "Dorpsstraat 1, 1234 AB Ergens")
    dialog.accept()
    profile = services.profile.get()
    assert (profile.report_language, profile.address) == ("en", "Dorpsstraat 1, 1234 AB Ergens")

    again = opened(qtbot, services, messages)
    assert again.report_language.currentData() == "en"
    assert again.address.text() == "Dorpsstraat 1, 1234 AB Ergens"
