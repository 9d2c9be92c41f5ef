"""The hidden-input guarantees: until the reveal nobody, the coach included, can read an entry."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stellenstof_desktop.services.container import Services
from stellenstof_desktop.ui.exercise.view import ExerciseView
from stellenstof_desktop.ui.hidden_input.editor import PrivateEditor
from stellenstof_desktop.ui.hidden_input.look import HANDOVER_POINT_SIZE
from stellenstof_desktop.ui.main_window import MainWindow
from tests.gui.gui_helpers import (
    FakeMessages,
    click,
    couple_with_session,
    open_exercise_tab,
    press,
    start_exercise,
    texts_everywhere,
    type_text,
    visible_texts,
    write_hidden,
)

SECRET_A = "Geheim-Anne-ë7Q"
SECRET_B = "Geheim-Bram-🎈K2"
MARKER = "MARKEER-9x7"


# -- the walker itself must be able to find what it looks for --------------------------------


def _plant(window: QMainWindow, hidden_tab: QWidget, where: str) -> None:
    """Put MARKER in one kind of place, on a tab that is not shown."""
    layout = hidden_tab.layout()
    assert layout is not None
    if where == "line edit":
        layout.addWidget(QLineEdit(MARKER))
    elif where == "placeholder":
        edit = QLineEdit()
        edit.setPlaceholderText(MARKER)
        layout.addWidget(edit)
    elif where == "plain text edit":
        layout.addWidget(QPlainTextEdit(MARKER))
    elif where == "rich text edit":
        layout.addWidget(QTextEdit(f"<b>{MARKER}</b>"))
    elif where == "label":
        layout.addWidget(QLabel(MARKER))
    elif where in ("tooltip", "status tip", "what's this", "accessible name", "description"):
        widget = QLabel("x")
        setter = {
            "tooltip": widget.setToolTip,
            "status tip": widget.setStatusTip,
            "what's this": widget.setWhatsThis,
            "accessible name": widget.setAccessibleName,
            "description": widget.setAccessibleDescription,
        }[where]
        setter(MARKER)
        layout.addWidget(widget)
    elif where == "window title":
        window.setWindowTitle(f"Stellenstof — {MARKER}")
    elif where == "status bar":
        window.statusBar().showMessage(MARKER)
    elif where == "list item data":
        listing = QListWidget()
        item = QListWidgetItem("rij")
        item.setData(Qt.ItemDataRole.UserRole + 3, {"tekst": MARKER})
        listing.addItem(item)
        layout.addWidget(listing)
    elif where == "model header":
        model = QStandardItemModel(1, 1, window)
        model.setHorizontalHeaderLabels([MARKER])
        table = QTableView()
        table.setModel(model)
        layout.addWidget(table)
    elif where == "tree child":
        tree = QTreeWidget()
        top = QTreeWidgetItem(["boven"])
        top.addChild(QTreeWidgetItem(["onder", MARKER]))
        tree.setColumnCount(2)
        tree.addTopLevelItem(top)
        layout.addWidget(tree)
    elif where == "combo box item":
        combo = QComboBox()
        combo.addItems(["eerste", MARKER])
        layout.addWidget(combo)
    elif where == "model item tooltip":
        model = QStandardItemModel(window)
        cell = QStandardItem("cel")
        cell.setToolTip(MARKER)
        model.appendRow(cell)
        view = QTableView()
        view.setModel(model)
        layout.addWidget(view)
    elif where == "action":
        action = QAction("Iets", window)
        action.setStatusTip(MARKER)
        hidden_tab.addAction(action)
    elif where == "property":
        hidden_tab.setProperty("notitie", MARKER)
    elif where == "tab text":
        tabs = window.centralWidget()
        assert isinstance(tabs, QTabWidget)
        tabs.setTabToolTip(1, MARKER)
    else:  # pragma: no cover - a typo in the parameter list
        raise AssertionError(where)


@pytest.mark.parametrize(
    "where",
    [
        "line edit",
        "placeholder",
        "plain text edit",
        "rich text edit",
        "label",
        "tooltip",
        "status tip",
        "what's this",
        "accessible name",
        "description",
        "window title",
        "status bar",
        "list item data",
        "model header",
        "tree child",
        "combo box item",
        "model item tooltip",
        "action",
        "property",
        "tab text",
    ],
)
def test_the_walker_finds_text_in_every_kind_of_place(qtbot: QtBot, where: str) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget()
    shown, hidden_tab = QWidget(), QWidget()
    QVBoxLayout(shown).addWidget(QLabel("zichtbaar"))
    QVBoxLayout(hidden_tab)
    tabs.addTab(shown, "Een")
    tabs.addTab(hidden_tab, "Twee")
    window.setCentralWidget(tabs)
    window.show()
    assert not any(MARKER in text for text in visible_texts(window))
    _plant(window, hidden_tab, where)
    assert not hidden_tab.isVisible()
    assert any(MARKER in text for text in visible_texts(window)), where


# -- the exercise -------------------------------------------------------------------------------


@pytest.fixture
def pair(services: Services) -> tuple[int, int, int]:
    """Anne and Bram, both at a session; returns (session id, Anne's id, Bram's id)."""
    couple, session = couple_with_session(services, "Anne", "Bram")
    return session.id, couple.partners[0].id, couple.partners[1].id


def replace_button(view: ExerciseView, partner_id: int) -> QPushButton:
    """ "Opnieuw invullen voor …" on the screen that shows now."""
    button = view.hidden.pages.currentWidget().findChild(QPushButton, f"replace_{partner_id}")
    assert isinstance(button, QPushButton)
    return button


def assert_nowhere(*secrets: str) -> None:
    everything = texts_everywhere()
    for secret in secrets:
        assert secret not in everything


def test_no_widget_shows_an_entry_before_the_reveal(
    qtbot: QtBot,
    services: Services,
    open_window: Callable[[], MainWindow],
    pair: tuple[int, int, int],
) -> None:
    session_id, _, _ = pair
    _, other = couple_with_session(services, "Cas", "Dirk")
    window = open_window()
    view = open_exercise_tab(qtbot, window, session_id)
    start_exercise(qtbot, window, view, "Wat doen we zaterdag?")
    write_hidden(qtbot, window, view, "Anne", {"preference": SECRET_A, "reason": SECRET_A})
    assert_nowhere(SECRET_A)

    write_hidden(qtbot, window, view, "Bram", {"preference": SECRET_B}, keyboard=False)
    assert_nowhere(SECRET_A, SECRET_B)
    tabs = window.session_view.tabs
    for index in range(tabs.count()):  # every tab, each freshly loaded and shown
        tabs.setCurrentIndex(index)
        assert_nowhere(SECRET_A, SECRET_B)
    tabs.setCurrentWidget(view)
    click(qtbot, view.history_button)
    assert_nowhere(SECRET_A, SECRET_B)
    window.open_session(other.id)  # another couple, and back
    assert_nowhere(SECRET_A, SECRET_B)
    window.close()

    window = open_window()  # a restart
    view = open_exercise_tab(qtbot, window, session_id)
    assert view.hidden.stage == "ready"
    assert_nowhere(SECRET_A, SECRET_B)

    click(qtbot, view.hidden.reveal_button)
    everything = texts_everywhere()
    assert SECRET_A in everything and SECRET_B in everything  # the walker does see them now


def test_after_done_the_text_is_gone_and_undo_brings_nothing_back(
    qtbot: QtBot, open_window: Callable[[], MainWindow], pair: tuple[int, int, int]
) -> None:
    session_id, _, _ = pair
    window = open_window()
    view = open_exercise_tab(qtbot, window, session_id)
    start_exercise(qtbot, window, view, "Zaterdag")
    press(window, Qt.Key.Key_Return)
    typed_in = list(view.hidden.editors.values())
    type_text(typed_in[0], SECRET_A)
    press(window, Qt.Key.Key_Tab)
    type_text(typed_in[1], SECRET_A)
    press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(e) for e in typed_in))  # destroyed

    press(window, Qt.Key.Key_Return)  # Bram's turn: a fresh editor
    editor = view.hidden.editors["preference"]
    assert window.focusWidget() is editor
    for keys in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"):
        QTest.keySequence(editor, keys)
    assert editor.toPlainText() == "" and not editor.document().isUndoAvailable()
    assert_nowhere(SECRET_A)


def test_wipe_leaves_no_undo_step(qtbot: QtBot) -> None:
    editor = PrivateEditor()
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor, SECRET_A)
    assert editor.document().isUndoAvailable()
    editor.wipe()
    QTest.keySequence(editor, "Ctrl+Z")
    assert editor.toPlainText() == ""
    assert not editor.document().isUndoAvailable() and not editor.document().isRedoAvailable()


def test_the_clipboard_is_never_written(
    qtbot: QtBot, open_window: Callable[[], MainWindow], pair: tuple[int, int, int]
) -> None:
    session_id, _, _ = pair
    window = open_window()
    view = open_exercise_tab(qtbot, window, session_id)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("vooraf")
    changes: list[str] = []
    clipboard.changed.connect(lambda mode: changes.append(str(mode)))

    start_exercise(qtbot, window, view, "Zaterdag")
    press(window, Qt.Key.Key_Return)
    editor = view.hidden.editors["preference"]
    type_text(editor, SECRET_A)
    for keys in ("Ctrl+A", "Ctrl+C", "Ctrl+X", "Ctrl+Insert", "Shift+Delete"):
        QTest.keySequence(editor, keys)
    viewport = editor.viewport()
    start, end = QPoint(4, 8), QPoint(viewport.width() - 4, 8)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert editor.contextMenuPolicy() is Qt.ContextMenuPolicy.NoContextMenu  # no Copy/Cut
    assert editor.toPlainText() == SECRET_A  # cut was refused, the text still there
    press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert changes == []
    assert clipboard.text() == "vooraf"
    if clipboard.supportsSelection():
        assert SECRET_A not in clipboard.text(QClipboard.Mode.Selection)


def test_nothing_is_logged(
    qtbot: QtBot,
    open_window: Callable[[], MainWindow],
    pair: tuple[int, int, int],
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    qtlog: object,
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, SQLAlchemy's included
    session_id, _, _ = pair
    window = open_window()
    view = open_exercise_tab(qtbot, window, session_id)
    start_exercise(qtbot, window, view, "Zaterdag")
    write_hidden(qtbot, window, view, "Anne", {"preference": SECRET_A})
    write_hidden(qtbot, window, view, "Bram", {"preference": SECRET_B})
    window.close()
    out, err = capfd.readouterr()
    logged = caplog.text + out + err + "\n".join(r.message for r in qtlog.records)  # type: ignore[attr-defined]
    assert SECRET_A not in logged and SECRET_B not in logged


def test_the_coach_cannot_peek_before_the_reveal(
    qtbot: QtBot,
    services: Services,
    open_window: Callable[[], MainWindow],
    pair: tuple[int, int, int],
    messages: FakeMessages,
) -> None:
    session_id, anne, bram = pair
    window = open_window()
    view = open_exercise_tab(qtbot, window, session_id)
    start_exercise(qtbot, window, view, "Zaterdag")
    write_hidden(qtbot, window, view, "Anne", {"preference": SECRET_A})

    # Only Anne is in: no way to reveal, no way back, nothing of her text held anywhere.
    assert view.hidden.handover_title.text() == "Geef de laptop aan Bram"
    assert not view.hidden.reveal_button.isVisible() and not view.back_button.isVisible()
    assert SECRET_A not in repr(view.current) + repr(vars(view)) + repr(vars(view.hidden))
    assert SECRET_A not in repr(services.exercises.get(view.current.id))  # type: ignore[union-attr]
    entered_before = services.exercises.get(view.current.id).entered[anne]  # type: ignore[union-attr]

    # "Opnieuw invullen voor Anne" needs the coach, and gives an empty field, never her
    # earlier text.
    click(qtbot, replace_button(view, anne))
    assert messages.shown[-1][1] == "Alleen voor de coach"
    assert view.hidden.handover_title.text() == "Geef de laptop aan Bram"  # declined
    messages.answers = [True]
    click(qtbot, replace_button(view, anne))
    assert view.hidden.handover_title.text() == "Geef de laptop aan Anne"
    assert "wordt niet getoond" in view.hidden.handover_text.text()
    press(window, Qt.Key.Key_Return)
    editor = view.hidden.editors["preference"]
    assert editor.toPlainText() == "" and not editor.document().isUndoAvailable()
    assert_nowhere(SECRET_A)
    click(qtbot, view.hidden.back_button)
    click(qtbot, view.hidden.keep_button)  # changed her mind: the old entry stays
    assert view.hidden.handover_title.text() == "Geef de laptop aan Bram"
    assert services.exercises.get(view.current.id).entered[anne] == entered_before  # type: ignore[union-attr]

    write_hidden(qtbot, window, view, "Bram", {"preference": SECRET_B})
    messages.answers = [True]  # the coach agrees
    click(qtbot, replace_button(view, anne))
    write_hidden(qtbot, window, view, "Anne", {"preference": "Nieuw van Anne"})
    assert view.hidden.stage == "ready"
    assert_nowhere(SECRET_A, SECRET_B, "Nieuw van Anne")
    click(qtbot, view.hidden.reveal_button)
    everything = texts_everywhere()
    assert "Nieuw van Anne" in everything and SECRET_B in everything
    assert SECRET_A not in everything  # replaced, and never shown
    assert bram in view.current.entered  # type: ignore[union-attr]


def test_keyboard_only_and_readable_from_the_couch(
    qtbot: QtBot, open_window: Callable[[], MainWindow], pair: tuple[int, int, int]
) -> None:
    session_id, _, _ = pair
    window = open_window()
    view = open_exercise_tab(qtbot, window, session_id)
    start_exercise(qtbot, window, view, "Zaterdag")
    hidden = view.hidden
    assert hidden.handover_title.font().pointSizeF() == HANDOVER_POINT_SIZE >= 28
    assert "Enter" in hidden.handover_hint.text()
    press(window, Qt.Key.Key_Return)
    assert "Ctrl+Enter" in hidden.entry_hint.text()
    press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # empty: refused
    assert hidden.stage == "entry"
    type_text(hidden.editors["preference"], "regel een\nregel twee")  # Enter is a new line
    assert hidden.stage == "entry"
    press(window, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)  # keypad Enter too
    write_hidden(qtbot, window, view, "Bram", {"preference": "ja"})
    assert hidden.stage == "ready"

    press(window, Qt.Key.Key_Return)  # a stray Enter does not reveal
    assert hidden.stage == "ready"
    for _ in range(10):  # the coach tabs to the button and presses Space
        if window.focusWidget() is hidden.reveal_button:
            break
        press(window, Qt.Key.Key_Tab)
    assert window.focusWidget() is hidden.reveal_button
    press(window, Qt.Key.Key_Space)
    assert view.current is not None and view.current.revealed
