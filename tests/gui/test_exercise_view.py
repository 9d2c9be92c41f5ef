"""The "Samen besluiten" tab driven as the coach and the couple would, across restarts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QRadioButton
from pytestqt.qtbot import QtBot

from stellenstof_desktop.domain import ExercisePhase, SessionInput, Voice
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.services.exercise import TEXT_MAX
from stellenstof_desktop.ui.main_window import MainWindow
from tests.gui.gui_helpers import (
    FakeMessages,
    child,
    click,
    couple_with_session,
    header_item,
    open_exercise_tab,
    press,
    start_exercise,
    table_item,
    texts_everywhere,
    type_text,
    write_hidden,
)

TOPIC = "Wat doen we zaterdagmiddag met de kinderen?"


def restart(open_window: Callable[[], MainWindow], old: MainWindow) -> MainWindow:
    """Close the app (which saves) and start it again on the same data."""
    old.close()
    return open_window()


def test_the_whole_exercise_by_keyboard_and_mouse(
    qtbot: QtBot, services: Services, open_window: Callable[[], MainWindow]
) -> None:
    couple, session = couple_with_session(services, "Anne", "Bram")
    anne, bram = couple.partners
    window = open_window()
    view = open_exercise_tab(qtbot, window, session.id)
    assert child(view, QLabel, "emptySolo").isHidden()

    # 1. choose, by keyboard
    start_exercise(qtbot, window, view, TOPIC)
    assert view.hidden.handover_question.text() == f"“{TOPIC}”"

    # 2 and 3. hidden entries: Anne by keyboard, Bram by mouse
    write_hidden(
        qtbot, window, view, "Anne", {"preference": "Naar de kinderboerderij", "reason": "geiten"}
    )
    assert view.hidden.handover_progress.text() == "Anne: klaar ✓   ·   Bram: nog niet"
    write_hidden(qtbot, window, view, "Bram", {"preference": "Een hut bouwen"}, keyboard=False)
    assert view.hidden.stage == "ready"
    assert view.hidden.ready_title.text() == "Iedereen is klaar"

    # 4. the coach reveals: both side by side, with the names
    click(qtbot, view.hidden.reveal_button)
    anne_card = child(view, QFrame, f"card_{anne.id}")
    bram_card = child(view, QFrame, f"card_{bram.id}")
    qtbot.waitUntil(lambda: anne_card.isVisible())
    assert anne_card.y() == bram_card.y() and anne_card.x() < bram_card.x()
    anne_texts = [w.text() for w in anne_card.findChildren(QLabel)]
    assert anne_texts[:2] == ["Anne", "Naar de kinderboerderij"] and "geiten" in anne_texts
    assert [w.text() for w in bram_card.findChildren(QLabel)][:2] == ["Bram", "Een hut bouwen"]
    assert not view.back_button.isVisible()  # what was shown is not hidden again

    # 5. talk, with the reminder not to rush
    click(qtbot, view.next_button)
    reminder = child(view, QLabel, "talkReminder")
    assert reminder.isVisible() and "geen compromis" in reminder.text()
    type_text(child(view, QPlainTextEdit, f"appeal_{anne.id}"), "Dat Bram iets met de handen wil")
    type_text(child(view, QPlainTextEdit, f"appeal_{bram.id}"), "Dat de kinderen dieren zien")
    type_text(view.talk_notes, "Allebei willen ze buiten zijn.")
    click(qtbot, view.back_button)  # going back saves first
    assert view.current is not None and view.current.phase is ExercisePhase.REVEALED
    click(qtbot, view.next_button)
    assert child(view, QPlainTextEdit, f"appeal_{anne.id}").toPlainText() == (
        "Dat Bram iets met de handen wil"
    )

    # 6. decide: refused without a decision and voices, then by keyboard and mouse
    click(qtbot, view.next_button)
    click(qtbot, view.next_button)
    assert view.nav_error.text() == "Schrijf eerst op wat jullie samen hebben besloten."
    type_text(view.decision, "’s Ochtends hut bouwen, ’s middags de kinderboerderij")
    fully = child(view, QRadioButton, f"voice_{anne.id}_fully")
    fully.setFocus()
    press(window, Qt.Key.Key_Space)
    assert fully.isChecked()
    click(qtbot, child(view, QRadioButton, f"voice_{bram.id}_partly"))
    type_text(view.follow_up, "Bram haalt planken")
    click(qtbot, view.next_button)
    assert view.current is not None and view.current.phase is ExercisePhase.DONE
    assert child(view, QLabel, "summaryDecision").text().startswith("’s Ochtends hut bouwen")
    assert child(view, QLabel, f"summaryVoice_{bram.id}").text() == "deels"
    assert not view.cancel_button.isEnabled()

    stored = services.exercises.get(view.current.id)
    assert list(stored.phase_times) == list(ExercisePhase)[:6]
    assert (stored.talk_notes, stored.follow_up) == (
        "Allebei willen ze buiten zijn.",
        "Bram haalt planken",
    )
    assert [(e.voice, e.appeal) for e in stored.entries] == [
        (Voice.FULLY, "Dat Bram iets met de handen wil"),
        (Voice.PARTLY, "Dat de kinderen dieren zien"),
    ]
    assert "Klaar" in view.selector.currentText()


def test_every_phase_survives_a_restart(
    qtbot: QtBot, services: Services, open_window: Callable[[], MainWindow]
) -> None:
    couple, session = couple_with_session(services, "Zoë", "Joël")
    zoe, joel = couple.partners
    window = open_window()
    view = open_exercise_tab(qtbot, window, session.id)

    click(qtbot, view.new_button)
    type_text(view.topic, "Wat eten we vrijdag?")
    window = restart(open_window, window)  # choose: the typed topic was saved on close
    view = open_exercise_tab(qtbot, window, session.id)
    assert view.stack.currentWidget() is view.choose_page
    assert view.topic.text() == "Wat eten we vrijdag?"

    press(window, Qt.Key.Key_Return)
    window = restart(open_window, window)  # hidden, nobody entered yet
    view = open_exercise_tab(qtbot, window, session.id)
    assert view.hidden.handover_title.text() == "Geef de laptop aan Zoë"

    press(window, Qt.Key.Key_Return)
    type_text(view.hidden.editors["preference"], "halverwege getypt")
    window = restart(open_window, window)  # Zoë was typing: nothing was kept
    view = open_exercise_tab(qtbot, window, session.id)
    assert view.hidden.stage == "handover"
    assert view.hidden.current_partner == zoe
    assert services.exercises.get(view.current.id).entered == {}  # type: ignore[union-attr]

    write_hidden(qtbot, window, view, "Zoë", {"preference": "Pannenkoeken-ZOË"})
    window = restart(open_window, window)  # in the middle of the hidden phase
    view = open_exercise_tab(qtbot, window, session.id)
    assert view.hidden.handover_title.text() == "Geef de laptop aan Joël"
    assert "Pannenkoeken-ZOË" not in texts_everywhere()

    write_hidden(qtbot, window, view, "Joël", {"preference": "Patat-JOËL"}, keyboard=False)
    window = restart(open_window, window)
    view = open_exercise_tab(qtbot, window, session.id)
    assert view.hidden.stage == "ready"
    assert "Patat-JOËL" not in texts_everywhere()

    click(qtbot, view.hidden.reveal_button)
    window = restart(open_window, window)
    view = open_exercise_tab(qtbot, window, session.id)
    assert view.current is not None and view.current.phase is ExercisePhase.REVEALED
    preferences = [w.text() for w in view.findChildren(QLabel, "preferenceText")]
    assert preferences == ["Pannenkoeken-ZOË", "Patat-JOËL"]

    click(qtbot, view.next_button)
    type_text(child(view, QPlainTextEdit, f"appeal_{joel.id}"), "Zoë kookt graag")
    window = restart(open_window, window)
    view = open_exercise_tab(qtbot, window, session.id)
    assert child(view, QPlainTextEdit, f"appeal_{joel.id}").toPlainText() == "Zoë kookt graag"

    click(qtbot, view.next_button)
    type_text(view.decision, "Pannenkoeken met friet erbij")
    click(qtbot, child(view, QRadioButton, f"voice_{zoe.id}_partly"))
    window = restart(open_window, window)
    view = open_exercise_tab(qtbot, window, session.id)
    assert view.decision.toPlainText() == "Pannenkoeken met friet erbij"
    assert child(view, QRadioButton, f"voice_{zoe.id}_partly").isChecked()

    click(qtbot, child(view, QRadioButton, f"voice_{joel.id}_fully"))
    click(qtbot, view.next_button)
    window = restart(open_window, window)
    view = open_exercise_tab(qtbot, window, session.id)
    assert view.current is not None and view.current.phase is ExercisePhase.DONE
    assert child(view, QLabel, "summaryDecision").text() == "Pannenkoeken met friet erbij"
    times = child(view, QLabel, "phaseTimes").text()
    assert all(word in times for word in ("Kiezen", "Ieder apart", "Praten", "Klaar"))


def test_escape_and_the_cancel_button_ask_first(
    qtbot: QtBot,
    services: Services,
    open_window: Callable[[], MainWindow],
    messages: FakeMessages,
) -> None:
    _, session = couple_with_session(services, "Anne", "Bram")
    window = open_window()
    view = open_exercise_tab(qtbot, window, session.id)
    start_exercise(qtbot, window, view, TOPIC)
    write_hidden(qtbot, window, view, "Anne", {"preference": "zwemmen"})

    press(window, Qt.Key.Key_Escape)  # on the hand-over screen: it asks for the coach
    assert [kind for kind, *_ in messages.shown] == ["confirm"]
    assert view.hidden.stage == "handover"  # declined: nothing changed
    assert window.handover.engaged is view.hidden and not view.cancel_button.isVisible()

    press(window, Qt.Key.Key_Return)
    type_text(view.hidden.editors["preference"], "bos")
    press(window, Qt.Key.Key_Escape)  # while Bram types: declined, his text stays
    assert view.hidden.editors["preference"].toPlainText() == "bos"

    messages.answers = [True]
    press(window, Qt.Key.Key_Escape)  # the coach steps in: Bram's half-typed text goes
    assert window.handover.engaged is None
    assert view.hidden.stage == "handover" and not view.hidden.editors
    click(qtbot, view.cancel_button)  # asks first; declined
    assert len(messages.shown) == 4 and "gewist" in messages.shown[-1][2]

    messages.answers = [True]
    click(qtbot, view.cancel_button)
    exercise = services.exercises.list_for_session(session.id)[0]
    assert exercise.phase is ExercisePhase.CANCELLED and exercise.entered == {}
    assert view.stack.currentWidget() is view.phase_page
    assert "geannuleerd" in view.selector.currentText().lower()
    assert not view.cancel_button.isEnabled()


def test_a_fresh_exercise_is_simply_removed_on_cancel(
    qtbot: QtBot,
    services: Services,
    open_window: Callable[[], MainWindow],
    messages: FakeMessages,
) -> None:
    _, session = couple_with_session(services, "Anne", "Bram")
    window = open_window()
    view = open_exercise_tab(qtbot, window, session.id)
    click(qtbot, view.new_button)
    messages.answers = [True]
    click(qtbot, view.cancel_button)
    assert services.exercises.list_for_session(session.id) == []
    assert view.stack.currentWidget() is view.empty_page


def test_preference_is_required_and_length_capped_next_to_the_field(
    qtbot: QtBot, services: Services, open_window: Callable[[], MainWindow]
) -> None:
    _, session = couple_with_session(services, "Anne", "Bram")
    window = open_window()
    view = open_exercise_tab(qtbot, window, session.id)
    start_exercise(qtbot, window, view, TOPIC)
    press(window, Qt.Key.Key_Return)
    type_text(view.hidden.editors["preference"], "   ")
    press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    error = child(view, QLabel, "hidden_preference_error")
    assert error.isVisible() and "Mijn voorkeur" in error.text()
    assert view.hidden.stage == "entry"

    view.hidden.editors["reason"].setPlainText("x" * (TEXT_MAX + 1))  # a paste, not typing
    type_text(view.hidden.editors["preference"], "zwemmen")
    click(qtbot, view.hidden.done_button)
    assert not error.isVisible()
    assert "hoogstens 20000 tekens" in child(view, QLabel, "hidden_reason_error").text()
    assert view.hidden.stage == "entry"
    assert services.exercises.list_for_session(session.id)[0].entered == {}


def test_an_empty_topic_is_refused_next_to_the_field(
    qtbot: QtBot, services: Services, open_window: Callable[[], MainWindow]
) -> None:
    _, session = couple_with_session(services, "Anne", "Bram")
    window = open_window()
    view = open_exercise_tab(qtbot, window, session.id)
    click(qtbot, view.new_button)
    press(window, Qt.Key.Key_Return)
    assert view.topic_error.isVisible() and "kleine beslissing" in view.topic_error.text()
    assert view.stack.currentWidget() is view.choose_page


def test_before_the_first_entry_the_topic_can_be_changed(
    qtbot: QtBot, services: Services, open_window: Callable[[], MainWindow]
) -> None:
    _, session = couple_with_session(services, "Anne", "Bram")
    window = open_window()
    view = open_exercise_tab(qtbot, window, session.id)
    start_exercise(qtbot, window, view, "Zaterdg")
    click(qtbot, view.back_button)
    assert view.stack.currentWidget() is view.choose_page
    view.topic.selectAll()
    type_text(view.topic, "Zaterdag")
    press(window, Qt.Key.Key_Return)
    assert view.hidden.handover_question.text() == "“Zaterdag”"
    write_hidden(qtbot, window, view, "Anne", {"preference": "zwemmen"})
    assert not view.back_button.isVisible()  # from now on entries are replaced, not viewed


def test_solo_session_writes_a_guess_of_the_absent_partner(
    qtbot: QtBot, services: Services, open_window: Callable[[], MainWindow]
) -> None:
    couple, session = couple_with_session(services, "Fatima", "Youssef", present=1)
    fatima, youssef = couple.partners
    window = open_window()
    view = open_exercise_tab(qtbot, window, session.id)
    assert "Fijn dat je er bent, Fatima" in child(view, QLabel, "emptySolo").text()
    start_exercise(qtbot, window, view, "Waar gaan we op vakantie?", alone=True)
    assert list(view.hidden.editors) == ["preference", "reason", "expected_other"]
    assert "Youssef" in view.hidden.editors["expected_other"].accessibleName()
    write_hidden(
        qtbot,
        window,
        view,
        "Fatima",
        {"preference": "Marokko", "expected_other": "Kamperen in Frankrijk"},
        alone=True,
    )
    assert view.hidden.ready_title.text() == "Fatima is klaar"
    click(qtbot, view.hidden.reveal_button)
    guess = child(view, QFrame, f"expected_{fatima.id}")
    assert "Kamperen in Frankrijk" in [w.text() for w in guess.findChildren(QLabel)]
    assert view.findChild(QFrame, f"card_{youssef.id}") is None

    click(qtbot, view.next_button)
    assert view.findChild(QPlainTextEdit, f"appeal_{youssef.id}") is None
    type_text(child(view, QPlainTextEdit, f"appeal_{fatima.id}"), "Hij houdt van rust")
    click(qtbot, view.next_button)
    assert view.findChild(QRadioButton, f"voice_{youssef.id}_fully") is None
    type_text(view.decision, "Thuis voorstellen: een week familie, een week kamperen")
    click(qtbot, child(view, QRadioButton, f"voice_{fatima.id}_partly"))
    click(qtbot, view.next_button)
    assert view.current is not None and view.current.phase is ExercisePhase.DONE

    click(qtbot, view.history_button)
    table = view.history.table
    headers = [header_item(table, c).text() for c in range(table.columnCount())]
    row = {headers[c]: table_item(table, 0, c).text() for c in range(table.columnCount())}
    assert row["Voorkeur Fatima"] == "Marokko"
    assert row["Voorkeur Youssef"] == "(niet bij de sessie)"
    assert row["Stem Fatima"] == "deels" and row["Stem Youssef"] == "—"


def test_history_and_balance_figures(
    qtbot: QtBot,
    services: Services,
    open_window: Callable[[], MainWindow],
    messages: FakeMessages,
) -> None:
    couple, first = couple_with_session(services, "Anne", "Bram", day=date(2026, 2, 2))
    anne, bram = couple.partners
    second = services.sessions.create(
        couple.id, SessionInput(date(2026, 2, 16), None, 90, frozenset({anne.id, bram.id}))
    )
    plan = [
        (first.id, "Uitje", "Zwemmen", "Bos", Voice.FULLY, Voice.NOT),
        (first.id, "Eten", "Pasta", "Soep", Voice.PARTLY, Voice.PARTLY),
        (second.id, "Oppas", "Oma", "Buurmeisje", Voice.FULLY, Voice.FULLY),
    ]
    for session_id, topic, pa, pb, va, vb in plan:
        x = services.exercises.create(session_id, topic)
        services.exercises.submit_hidden(x.id, anne.id, pa)
        services.exercises.submit_hidden(x.id, bram.id, pb)
        services.exercises.reveal(x.id)
        services.exercises.set_voice(x.id, anne.id, va)
        services.exercises.set_voice(x.id, bram.id, vb)
        services.exercises.set_decision(x.id, f"Samen: {topic}")
        for _ in range(3):
            services.exercises.advance(x.id)  # talk, decide, done
    pending = services.exercises.create(second.id, "Kerst")
    services.exercises.submit_hidden(pending.id, anne.id, "GEHEIM-KERST")

    window = open_window()
    view = open_exercise_tab(qtbot, window, second.id)
    assert view.hidden.isVisible()  # the unfinished exercise opens first
    assert view.hidden.handover_title.text() == "Geef de laptop aan Bram"
    messages.answers = [True]
    press(window, Qt.Key.Key_Escape)  # the window is Bram's hand-over: the coach steps in
    click(qtbot, view.history_button)
    assert view.history.isVisible()

    def total(partner_id: int, voice: Voice) -> str:
        return child(view, QLabel, f"total_{partner_id}_{voice.value}").text()

    assert [total(anne.id, v) for v in Voice] == ["2", "1", "0"]
    assert [total(bram.id, v) for v in Voice] == ["1", "1", "1"]
    description = view.history.chart.accessibleDescription()
    assert "Anne: 2× helemaal, 1× deels, 0× niet" in description

    table = view.history.table
    headers = [header_item(table, c).text() for c in range(table.columnCount())]
    assert headers == [
        "Datum",
        "Beslissing",
        "Voorkeur Anne",
        "Voorkeur Bram",
        "Besluit",
        "Stem Anne",
        "Stem Bram",
        "Stand",
    ]
    rows = [[table_item(table, r, c).text() for c in range(table.columnCount())] for r in range(4)]
    assert [r[1] for r in rows] == ["Kerst", "Oppas", "Eten", "Uitje"]  # newest first
    assert rows[0][2:5] == ["(nog verborgen)", "(nog verborgen)", ""]
    assert rows[3][2:] == ["Zwemmen", "Bos", "Samen: Uitje", "helemaal", "niet", "Klaar"]
    assert "GEHEIM-KERST" not in texts_everywhere()

    click(qtbot, view.history_button)  # back to the exercise
    assert view.hidden.stage == "handover" and view.hidden.isVisible()
