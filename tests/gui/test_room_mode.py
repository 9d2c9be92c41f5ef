"""Session mode: the hour as the couple sees it, and the hand-over that is the whole window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stellenstof_desktop import APP_NAME
from stellenstof_desktop.domain import (
    ExercisePhase,
    NextAppointment,
    NoteKind,
    SessionInput,
    SessionStatus,
)
from stellenstof_desktop.ui.exercise.view import ExerciseView
from stellenstof_desktop.ui.hidden_input.widget import HiddenInput
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.room.mode import HIDDEN_NAMES
from stellenstof_desktop.ui.session.agreements import AgreementsView
from stellenstof_desktop.ui.session.closing import ClosingView
from stellenstof_desktop.ui.session.step import StepView
from stellenstof_desktop.ui.summary.view import SummaryView
from tests.gui.gui_helpers import (
    FakeMessages,
    Guarded,
    child,
    click,
    couple_with_session,
    header_item,
    press,
    run_dialog,
    start_exercise,
    table_item,
    type_text,
    visible_texts,
    write_hidden,
)

SECRETS = ("PRIVE-NOTITIE", "PRIVE-OBSERVATIE", "Tip voor de coach", "Geheime", "Buren")
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def on_screen(window: MainWindow) -> str:
    """Every text the room can see now: the window's shown widgets, its title, other windows."""
    texts = [*visible_texts(window, shown_only=True), window.windowTitle()]
    for top in QApplication.topLevelWidgets():
        if top.isVisible() and top is not window:
            texts += visible_texts(top, shown_only=True)
    return "\n".join(texts)


def assert_room_safe(window: MainWindow, *more: str) -> None:
    shown = on_screen(window)
    for secret in (*SECRETS, *more):
        assert secret not in shown, secret
    assert window.windowTitle() == APP_NAME


def _setup(window: MainWindow, *names: str, present: int | None = None) -> int:
    services = window.services
    _couple, session = couple_with_session(services, *names, present=present, day=date.today())
    couple_with_session(services, "Geheime", "Buren")
    services.notes.save(session.id, NoteKind.PRIVATE, "PRIVE-NOTITIE")
    for step in ("patroon", "wachten"):
        services.answers.save_observation(session.id, step, "PRIVE-OBSERVATIE")
    window.reload_data()
    window.open_session(session.id)
    return session.id


def _shown_window(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()


def _keys(window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    QTest.keyClick(window.focusWidget() or window, key, modifier)


def _checkout(qtbot: QtBot, window: MainWindow, flow: HiddenInput, name: str, words: str) -> None:
    assert flow.stage == "handover" and name in flow.handover_title.text()
    press(window, Qt.Key.Key_Return)
    assert flow.stage == "entry"
    for key, value in (("heard", 8), ("useful", 6)):
        click(qtbot, child(flow.scales[key], QToolButton, f"scale{value}"))
    type_text(flow.editors["words"], words)
    press(window, Qt.Key.Key_Return, CTRL)


def test_the_whole_hour_in_session_mode(
    qtbot: QtBot, guarded: Guarded, messages: FakeMessages
) -> None:
    window, _guard, _privacy = guarded
    session_id = _setup(window, "Anne", "Bram")
    _shown_window(qtbot, window)
    view = window.session_view
    assert "Geheime" in on_screen(window)  # the coach's desk, before the couple looks

    QTest.keyClick(window, Qt.Key.Key_F5)  # "Sessie starten"
    assert window.room.active and not window.panel.isVisible()
    assert not window.menuBar().isVisible() and window.room.bar.isVisible()
    assert window.services.sessions.get(session_id).status is SessionStatus.HELD
    titles = [page.title() for page in view.parts()]
    assert titles == [
        "Check-in",
        "Hoe ging het?",
        "1 · Patroon",  # the first step not discussed before: today's proposal
        "Samen besluiten",
        "Afspraken",
        "Afsluiting",
        "Notities",
    ]
    assert view.current_page().title() == "Check-in"
    # Every part, one Alt+→ at a time: nothing of another couple, no note, tip, observation.
    for index in range(len(titles)):
        assert view.current_page() is view.parts()[index]
        label = window.room.part_label.text()
        assert label.startswith(f"{index + 1} van {len(titles)} · ")
        assert view.current_page().full_title() in label  # tab and title say the same
        assert_room_safe(window)
        _keys(window, Qt.Key.Key_Right, ALT)
    # Window keys that would open the coach's desk do nothing here.
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    for key, modifier in (
        (Qt.Key.Key_F, CTRL),
        (Qt.Key.Key_N, CTRL),
        (Qt.Key.Key_E, CTRL),
    ):
        _keys(window, key, modifier)
        opened = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert {id(w) for w in opened} <= before  # no dialog, no menu
    assert_room_safe(window)

    # Samen besluiten, with the keyboard: the hand-over is the whole window.
    exercise = window.page(ExerciseView)
    view.go_to(exercise)
    start_exercise(qtbot, window, exercise, "Waar gaan we op vakantie?")
    hidden = exercise.hidden
    assert window.handover.engaged is hidden
    assert not view.tabs.tabBar().isVisible() and not window.room.bar.isVisible()
    assert not exercise.bar.isVisible() and not view.header.isVisible()
    assert_room_safe(window)
    write_hidden(qtbot, window, exercise, "Anne", {"preference": "ZEE-ANNE"})
    write_hidden(qtbot, window, exercise, "Bram", {"preference": "BERG-BRAM"})
    assert hidden.stage == "ready" and window.handover.engaged is None
    assert view.tabs.tabBar().isVisible()
    assert_room_safe(window, "ZEE-ANNE", "BERG-BRAM")
    for _ in range(12):  # the keyboard reaches the reveal
        if window.focusWidget() is hidden.reveal_button:
            break
        press(window, Qt.Key.Key_Tab)
    assert window.focusWidget() is hidden.reveal_button
    press(window, Qt.Key.Key_Space)
    assert exercise.current is not None and exercise.current.phase is ExercisePhase.REVEALED
    assert "ZEE-ANNE" in on_screen(window) and "BERG-BRAM" in on_screen(window)
    assert_room_safe(window)

    # Agreements, then the closing: next appointment in two weeks at the same time.
    _keys(window, Qt.Key.Key_Right, ALT)
    agreements = window.page(AgreementsView)
    assert view.current_page() is agreements
    type_text(agreements.new_text, "Bram plant de vakantie")
    QTest.keyClick(agreements.new_text, Qt.Key.Key_Return)
    _keys(window, Qt.Key.Key_Right, ALT)
    closing = window.page(ClosingView)
    assert view.current_page() is closing
    assert closing.has_next.isChecked() and closing.has_time.isChecked()
    expected = NextAppointment(date.today() + timedelta(days=14), time(19, 30))
    assert closing._next_value() == expected
    assert window.flush()
    assert window.services.agreements.next_appointment_at(session_id) == expected

    # The check-out: hidden, for the coach only; the room sees who answered, nothing more.
    click(qtbot, closing.checkout_button)
    flow = closing.flow
    assert flow is not None and window.handover.engaged is flow
    _checkout(qtbot, window, flow, "Anne", "CHECKOUT-ANNE")
    assert_room_safe(window, "CHECKOUT-ANNE")
    _checkout(qtbot, window, flow, "Bram", "CHECKOUT-BRAM")
    qtbot.waitUntil(lambda: closing.flow is None)
    assert "Anne: ingevuld ✓" in closing.checkout_state.text()
    assert "Bram: ingevuld ✓" in closing.checkout_state.text()
    assert_room_safe(window, "CHECKOUT-ANNE", "CHECKOUT-BRAM")
    stored = window.services.checkouts.for_couple(
        window.services.sessions.get(session_id).couple_id
    )
    assert sorted(c.words for c in stored) == ["CHECKOUT-ANNE", "CHECKOUT-BRAM"]

    # "Sessie afronden": the coach's gate names what comes back, then the report.
    messages.answers = [False]
    click(qtbot, closing.finish_button)
    assert window.room.active and "privénotities" in messages.shown[-1][2]
    messages.answers = [True]
    click(qtbot, closing.finish_button)
    assert not window.room.active and window.panel.isVisible() and window.menuBar().isVisible()
    assert view.current_page() is window.page(SummaryView)


def test_a_handover_leaves_nothing_else_to_reach(
    qtbot: QtBot, guarded: Guarded, messages: FakeMessages
) -> None:
    window, _guard, _privacy = guarded
    _setup(window, "Anne", "Bram")
    _shown_window(qtbot, window)
    view = window.session_view
    exercise = window.page(ExerciseView)
    view.go_to(exercise)
    start_exercise(qtbot, window, exercise, "Wie kookt er zondag?")
    hidden = exercise.hidden
    write_hidden(qtbot, window, exercise, "Anne", {"preference": "ANNE-GEHEIM"})
    assert window.handover.engaged is hidden
    shown_before = len(messages.shown)

    # Every window shortcut does nothing: tabs, session mode, find, new couple, menus.
    for key, modifier in (
        (Qt.Key.Key_1, CTRL),
        (Qt.Key.Key_PageDown, CTRL),
        (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F, CTRL),
        (Qt.Key.Key_N, CTRL),
        (Qt.Key.Key_Left, ALT),
        (Qt.Key.Key_B, ALT),
    ):
        _keys(window, key, modifier)
        assert view.current_page() is exercise and window.handover.engaged is hidden
        assert not window.room.active
    assert len(messages.shown) == shown_before
    # The Tab key only goes round the entry screen.
    for _ in range(25):
        press(window, Qt.Key.Key_Tab)
        focus = window.focusWidget()
        assert focus is not None and (focus is hidden or hidden.isAncestorOf(focus))
    # Nothing outside the entry screen is shown.
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or isinstance(widget, QScrollBar):
            continue  # a scroll bar only scrolls the entry screen on a small laptop
        on_the_way = widget.isAncestorOf(hidden) or widget.objectName().startswith("qt_")
        assert widget is hidden or hidden.isAncestorOf(widget) or on_the_way, widget
    assert "ANNE-GEHEIM" not in on_screen(window)

    # Replacing Anne's entry needs the coach; declined, nothing changes.
    assert exercise.current is not None
    anne = exercise.current.participants[0].id
    replace = hidden.pages.currentWidget().findChild(QPushButton, f"replace_{anne}")
    assert isinstance(replace, QPushButton)
    click(qtbot, replace)
    assert messages.shown[-1][1] == "Alleen voor de coach"
    assert "Bram" in hidden.handover_title.text()

    # Closing the window asks for the coach; declined, the window stays.
    window.close()
    assert window.isVisible() and messages.shown[-1][1] == "Even terug naar de coach"
    # Esc too; the coach agrees: the window comes back, with nothing of an entry.
    press(window, Qt.Key.Key_Return)
    type_text(hidden.editors["preference"], "HALF-GETYPT")
    messages.answers = [True]
    press(window, Qt.Key.Key_Escape)
    assert window.handover.engaged is None and view.tabs.tabBar().isVisible()
    assert "HALF-GETYPT" not in on_screen(window) and hidden.stage == "handover"


def test_a_lock_during_a_handover_shows_nothing_after_unlock(
    qtbot: QtBot, guarded: Guarded, passphrase: str
) -> None:
    window, guard, _privacy = guarded
    assert guard.change_passphrase(passphrase)
    _setup(window, "Anne", "Bram")
    _shown_window(qtbot, window)
    lock = guard.lock
    assert lock is not None
    lock.ms_per_minute = 150
    lock.set_minutes(1)
    window.room.start()
    assert not lock.timer.isActive()  # paused while the couple looks: no passphrase in view
    assert window.room.leave(ask=False)
    assert lock.timer.isActive()

    # At the desk the automatic lock still runs, also while a partner types.
    exercise = window.page(ExerciseView)
    window.session_view.go_to(exercise)
    start_exercise(qtbot, window, exercise, "Welk weekend?")
    press(window, Qt.Key.Key_Return)
    type_text(exercise.hidden.editors["preference"], "HALF-GETYPT")
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
    assert "HALF-GETYPT" not in on_screen(window)
    assert lock.unlock(passphrase)
    hidden = exercise.hidden
    assert hidden.stage == "handover" and "Anne" in hidden.handover_title.text()
    assert not hidden.editors and "HALF-GETYPT" not in on_screen(window)
    assert window.handover.engaged is hidden  # still the hand-over screen, for Anne
    assert_room_safe(window)


def test_session_mode_survives_a_restart_and_leaving_needs_the_coach(
    qtbot: QtBot, open_window: Callable[[], MainWindow], messages: FakeMessages
) -> None:
    window = open_window()
    session_id = _setup(window, "Anne", "Bram")
    window.room.start()
    window.session_view.step_part(1)
    window.close()

    again = open_window()
    assert again.room.active and again.current_session_id() == session_id
    assert not again.panel.isVisible()
    assert "Geheime" not in on_screen(again)
    again.room.act_leave.trigger()  # Ctrl+Shift+F5
    assert again.room.active and messages.shown[-1][1] == "Sessiemodus verlaten"
    messages.answers = [True]
    again.room.act_leave.trigger()
    assert not again.room.active and again.panel.isVisible()
    again.close()
    third = open_window()
    assert not third.room.active


def test_coach_only_widgets_hide_in_every_tab_built_in_session_mode(
    qtbot: QtBot, window: MainWindow
) -> None:
    session_id = _setup(window, "Anne", "Bram")
    window.room.start()
    steps = [p for p in window.session_view.pages if isinstance(p, StepView)]
    window.services.sessions.set_today_steps(session_id, ["patroon", "verschil"])
    window.session_view.set_today(("patroon", "verschil"))
    for page in steps[:2]:
        window.session_view.go_to(page)
        private = [w for w in page.findChildren(QWidget) if w.objectName() in HIDDEN_NAMES]
        assert {w.objectName() for w in private} == {"coachTip", "observationCard"}
        assert all(not w.isVisibleTo(page) for w in private)
    private_notes = window.notes.findChild(QWidget, "privateNotesPanel")
    assert private_notes is not None and not private_notes.isVisibleTo(window.notes)
    assert not window.session_view.shown(steps[2])  # not chosen for today: no tab
    window.session_view.go_to(steps[2])
    assert window.session_view.current_page() is not steps[2]
    assert window.room.leave(ask=False)
    assert all(
        w.isVisibleTo(steps[0])
        for w in steps[0].findChildren(QWidget)
        if w.objectName() in HIDDEN_NAMES
    )


def test_a_solo_session_speaks_of_the_one_partner_present(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    couple, _ = couple_with_session(services, "Sanne", "Joost")
    solo = services.sessions.create(
        couple.id,
        SessionInput(date.today(), time(10, 0), 60, frozenset({couple.partners[0].id})),
    )
    window.reload_data()
    window.open_session(solo.id)
    assert "Joost was er niet bij" in window.session_view.subheader.text()  # the coach's desk
    window.room.start()
    assert window.session_view.header.text().startswith("Sanne · ")
    assert "Joost" not in on_screen(window)
    assert "Sanne & Joost" not in on_screen(window)


def test_the_clock_counts_the_planned_time_and_cues_ten_minutes_before_the_end(
    window: MainWindow,
) -> None:
    _setup(window, "Anne", "Bram")
    clock = window.room.clock
    window.room.start()
    start = clock.started
    assert start is not None
    clock._now = lambda: start + timedelta(minutes=30)
    clock.refresh()
    assert clock.text() == "30 van 90 min" and not clock.cue
    clock._now = lambda: start + timedelta(minutes=82)
    clock.refresh()
    assert clock.text() == "82 van 90 min · nog 8 min" and clock.cue
    assert isinstance(window.room.bar.widgetForAction(window.room.act_next), QToolButton)
    assert not window.findChildren(QLineEdit, "coupleSearch")[0].isVisible()


def test_the_check_outs_are_for_the_coach_in_the_progress_tab(
    qtbot: QtBot, window: MainWindow
) -> None:
    session_id = _setup(window, "Anne", "Bram")
    details = window.services.sessions.get(session_id)
    anne, bram = details.partners
    window.services.checkouts.save(session_id, anne.id, 9, 7, "Fijn dat we <eindelijk> praatten")
    window.services.checkouts.save(session_id, bram.id, 4, 5, "")
    from stellenstof_desktop.ui.session.progress import ProgressView

    progress = window.page(ProgressView)
    window.room.start()
    assert not window.session_view.shown(progress)  # never while the couple looks
    assert window.room.leave(ask=False)
    window.session_view.go_to(progress)
    qtbot.waitUntil(lambda: progress.checkout_table.rowCount() == 1)
    table = progress.checkout_table
    cells = [[table_item(table, 0, c).text() for c in range(3)]]
    headers = [header_item(table, c).text() for c in range(3)]
    assert headers == ["Sessie", "Anne", "Bram"]
    assert cells[0][1:] == [
        "gehoord 9 · belangrijk 7\nFijn dat we <eindelijk> praatten",
        "gehoord 4 · belangrijk 5",
    ]


def test_a_new_session_for_today_starts_with_enter(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    couple, _ = couple_with_session(services, "Anne", "Bram", day=date(2026, 3, 2))
    window.reload_data()
    window.panel.select_couple(couple.id)

    def enter(dialog: QDialog) -> None:
        start = dialog.findChild(QPushButton, "saveAndStart")
        assert start is not None and start.isDefault()  # today's date: Enter starts
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    run_dialog(qtbot, window.act_new_session.trigger, enter)  # Ctrl+Shift+N, Enter
    session = window.session_view.session
    assert session is not None and session.date == date.today()
    assert window.room.active and window.session_view.current_page().title() == "Check-in"

    def later(dialog: QDialog) -> None:
        dialog.findChild(QDateEdit, "sessionDate").setDate(QDate(2030, 1, 7))  # type: ignore[union-attr]
        start = dialog.findChild(QPushButton, "saveAndStart")
        assert start is not None and not start.isDefault()  # planning ahead: Enter only saves
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    assert window.room.leave(ask=False)
    run_dialog(qtbot, window.act_new_session.trigger, later)
    assert not window.room.active
    assert window.session_view.session is not None
    assert window.session_view.session.date == date(2030, 1, 7)
