"""Presentation mode: while the couple looks, other clients and the coach's notes hide."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stellenstof_desktop import APP_NAME
from stellenstof_desktop.domain import NoteKind, SessionInput
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.privacy.presentation import HIDDEN_NAMES
from stellenstof_desktop.ui.session.step import StepView
from tests.gui.gui_helpers import Guarded, child, couple_with_session, show_tab, visible_texts


def _private_widgets(window: MainWindow) -> list[tuple[QWidget, QWidget]]:
    """(page, widget) for every private widget in the session tabs."""
    return [
        (page, widget)
        for page in window.session_view.pages
        for widget in page.findChildren(QWidget)
        if widget.objectName() in HIDDEN_NAMES
    ]


def _shown(window: MainWindow) -> str:
    """What the session tabs show (each as if it were the current tab) and the menus."""
    texts = [t for page in window.session_view.pages for t in visible_texts(page, shown_only=True)]
    texts += visible_texts(window.menuBar(), shown_only=True)
    if window.panel.isVisible():
        texts += visible_texts(window.panel, shown_only=True)
    return "\n".join(texts)


def test_presentation_mode_hides_what_the_couple_must_not_see(
    qtbot: QtBot, guarded: Guarded
) -> None:
    window, _guard, privacy = guarded
    services = window.services
    couple, session = couple_with_session(services, "Anne", "Bram")
    couple_with_session(services, "Geheime", "Buren")
    services.notes.save(session.id, NoteKind.PRIVATE, "PRIVE-NOTITIE")
    services.answers.save_observation(session.id, "patroon", "PRIVE-OBSERVATIE")
    solo = services.sessions.create(
        couple.id, SessionInput(date(2026, 3, 9), None, 60, frozenset({couple.partners[0].id}))
    )
    window.reload_data()
    window.open_session(session.id)
    steps = [p for p in window.session_view.pages if isinstance(p, StepView)]
    show_tab(qtbot, window, steps[0])  # step tabs are built when first shown
    show_tab(qtbot, window, window.notes)
    private = _private_widgets(window)
    assert {w.objectName() for _p, w in private} == {
        "privateNotesPanel",
        "observationCard",
        "coachTip",
    }
    assert all(w.isVisibleTo(p) for p, w in private)
    assert window.panel.isVisible()
    before = _shown(window)
    for secret in ("PRIVE-NOTITIE", "PRIVE-OBSERVATIE", "Tip voor de coach", "Geheime"):
        assert secret in before  # the test sees them while the coach works alone

    QTest.keyClick(window, Qt.Key.Key_F11)
    assert window.presentation.active
    assert not window.panel.isVisible()
    assert all(not w.isVisibleTo(p) for p, w in _private_widgets(window))
    assert not window.notes.private.isVisible()
    assert window.windowTitle() == APP_NAME
    assert not privacy.act_retention.isEnabled() and not window.act_find.isEnabled()
    assert child(window, QWidget, "presentationBadge").isVisible()
    shown = "\n".join(
        text for page in window.session_view.pages for text in visible_texts(page, shown_only=True)
    )
    shown += "\n".join(visible_texts(window.menuBar(), shown_only=True))
    for secret in ("PRIVE-NOTITIE", "PRIVE-OBSERVATIE", "Tip voor de coach", "Geheime"):
        assert secret not in shown

    # A step tab first shown now, and another session of this couple (a rebuild), are
    # built while presenting: their private widgets are hidden before they are painted.
    show_tab(qtbot, window, steps[1])
    built = {id(w) for _p, w in _private_widgets(window)}
    window.open_session(solo.id)
    show_tab(qtbot, window, steps[0])
    now = _private_widgets(window)
    assert {w.objectName() for p, w in now if p is steps[0]} == {"coachTip", "observationCard"}
    assert {id(w) for _p, w in now} != built
    assert all(not w.isVisibleTo(p) for p, w in now)

    QTest.keyClick(window, Qt.Key.Key_F11)  # one key brings everything back
    assert not window.presentation.active
    assert window.panel.isVisible()
    assert all(w.isVisibleTo(p) for p, w in _private_widgets(window))
    assert privacy.act_retention.isEnabled() and window.act_find.isEnabled()


def test_presentation_mode_starts_off_each_run(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.presentation.active
    window.presentation.action.trigger()
    assert window.presentation.active
    assert window.presentation.action in window.findChild(QWidget, "mainToolBar").actions()
