"""Helpers for GUI tests: answered message boxes, typing Dutch text, driving modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stellenstof_desktop.domain import (
    CoupleDetails,
    CoupleInput,
    PartnerInput,
    SessionDetails,
    SessionInput,
)
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.ui.exercise.view import ExerciseView
from stellenstof_desktop.ui.kit.messages import Messages
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.privacy.controller import PrivacyController
from stellenstof_desktop.ui.safety.controller import SafetyController

# The main window with its safety and privacy controllers (the `guarded` fixture).
Guarded = tuple[MainWindow, SafetyController, PrivacyController]

ObjectT = TypeVar("ObjectT", bound=QObject)


def child(parent: QObject, kind: type[ObjectT], name: str) -> ObjectT:
    """The descendant of `parent` of type `kind` named `name`; fails the test if there is none."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def table_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The cell at `row`, `column` of `table`; fails the test if it is empty."""
    found = table.item(row, column)
    assert found is not None, f"{table.objectName()} has no item at ({row}, {column})"
    return found


def header_item(table: QTableWidget, column: int) -> QTableWidgetItem:
    """The horizontal header item of `column` in `table`; fails the test if there is none."""
    found = table.horizontalHeaderItem(column)
    assert found is not None, f"{table.objectName()} has no header item for column {column}"
    return found


class FakeMessages(Messages):
    """Records every message box and answers confirmations from `answers` (default: cancel)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list[bool] = []
        self.paths: list[str | None] = []  # answers to file pickers, in order (default: cancel)
        self.passphrases: list[str] = []  # typed into passphrase prompts, in order

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def crash(self, parent: QWidget | None, details: str, log_path: Path | None) -> None:
        self.shown.append(("crash", "Er ging iets mis", details))

    def confirm(self, parent: QWidget | None, title: str, text: str, accept: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answers.pop(0) if self.answers else False

    def ask(self, parent: QWidget | None, title: str, text: str, accept: str, reject: str) -> bool:
        self.shown.append(("ask", title, text))
        return self.answers.pop(0) if self.answers else False

    def passphrase(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        check: Callable[[str], bool],
        cancel: str | None = None,
    ) -> str | None:
        """Tries `passphrases` in order, as a coach would retype; None (cancel) when none fit."""
        self.shown.append(("passphrase", title, text))
        while self.passphrases:
            typed = self.passphrases.pop(0)
            if check(typed):
                return typed
        return None

    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> str | None:
        self.shown.append(("save", title, suggested))
        return self.paths.pop(0) if self.paths else None

    def open_path(
        self, parent: QWidget | None, title: str, folder: str, filters: str
    ) -> str | None:
        self.shown.append(("open", title, folder))
        return self.paths.pop(0) if self.paths else None


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person, including "ë" and emoji, which qtbot.keyClicks cannot send."""
    widget.setFocus()
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif ch.isascii() and ch.isprintable():
            QTest.keyClicks(widget, ch)
        else:
            # QTest's char overloads take one byte and garble "ë"; a real key event does not.
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)


def run_dialog(
    qtbot: QtBot, trigger: Callable[[], object], drive: Callable[[QDialog], None]
) -> None:
    """Open a modal dialog with `trigger` and let `drive` fill it in while it runs."""
    done: list[bool] = []

    def _drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), "no dialog opened"
        try:
            drive(dialog)
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, _drive)
    trigger()
    assert done, "the dialog was never driven"


# -- everything a window can show or tell -------------------------------------------------

_ROLES = [*range(0, 32), *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 32)]
_ACCESSIBLE = (
    QAccessible.Text.Name,
    QAccessible.Text.Description,
    QAccessible.Text.Value,
    QAccessible.Text.Help,
    QAccessible.Text.Accelerator,
)


def _as_texts(value: object) -> list[str]:
    """A stored value as text: strings as they are, other Python objects by their repr."""
    if value is None or isinstance(value, bool | int | float):
        return []
    if isinstance(value, str):
        return [value]
    return [repr(value)]


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # QAbstractListModel keeps columnCount() private: one column
        return 1


def _model_texts(model: QAbstractItemModel) -> list[str]:
    texts: list[str] = []
    roles = sorted({*_ROLES, *model.roleNames().keys()})
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = (
            _columns(model, QModelIndex())
            if orientation is Qt.Orientation.Horizontal
            else model.rowCount(QModelIndex())
        )
        for section in range(count):
            for role in roles:
                texts += _as_texts(model.headerData(section, orientation, role))
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            for column in range(max(1, _columns(model, parent))):
                index = model.index(row, column, parent)
                for role in roles:
                    texts += _as_texts(model.data(index, role))
                # Descend only into real trees: a flat model may answer any parent.
                first = model.index(0, 0, index) if column == 0 else QModelIndex()
                if first.isValid() and model.parent(first) == index:
                    parents.append(index)
    return texts


def visible_texts(root: QWidget, shown_only: bool = False) -> list[str]:
    """Every text `root` and all its descendants can show or tell, hidden ones included.

    `shown_only`: only widgets that are on screen whenever `root` is (hidden ones skipped).

    Field texts, labels, placeholders, tooltips, status and what's-this tips, accessible
    names, descriptions and values, window titles, status bar messages, button, tab and
    combo box texts, actions, dynamic properties, and every item model's data in all roles.
    """
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    if shown_only:
        widgets = [root] + [w for w in widgets[1:] if w.isVisibleTo(root)]
    for widget in widgets:
        texts += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.statusTip(),
            widget.whatsThis(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ]
        for name in widget.dynamicPropertyNames():
            try:
                value = widget.property(bytes(name.data()).decode())
            except RuntimeError:  # Qt-internal types PySide cannot convert hold no text
                continue
            texts += _as_texts(value)
        for action in widget.actions():
            texts += [action.text(), action.toolTip(), action.statusTip(), action.whatsThis()]
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None:
            texts += [interface.text(kind) for kind in _ACCESSIBLE]
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText(), widget.displayText()]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.currentText(), widget.placeholderText()]
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                texts += [widget.tabText(i), widget.tabToolTip(i), widget.tabWhatsThis(i)]
        elif isinstance(widget, QStatusBar):
            texts.append(widget.currentMessage())
        elif isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
    return [text for text in texts if text]


def texts_everywhere() -> str:
    """All texts of every open top-level window (main window, dialogs, tooltips) as one string."""
    tops = [top for top in QApplication.topLevelWidgets() if top.isVisible()]
    return "\n".join(text for top in tops for text in visible_texts(top))


# -- driving the "samen besluiten" tab -----------------------------------------------------


def press(
    window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key where the window's keyboard focus is, as a person at the laptop would."""
    target = window.focusWidget()
    assert target is not None, "nothing in the window has the keyboard focus"
    QTest.keyClick(target, key, modifier)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a visible, enabled button with the mouse."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def show_tab(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    """Click the session tab that holds `page` (Ctrl+PgDown first if it is scrolled away)."""
    tabs = window.session_view.tabs
    bar = tabs.tabBar()
    index = tabs.indexOf(page)
    for _ in range(tabs.count()):
        if bar.rect().contains(bar.tabRect(index)):
            break
        QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    if tabs.currentWidget() is not page:
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is page


def couple_with_session(
    services: Services, *names: str, present: int | None = None, day: date = date(2026, 3, 2)
) -> tuple[CoupleDetails, SessionDetails]:
    """A couple and one session; `present` partners (by position) attend, default all."""
    couple = services.couples.create(
        CoupleInput(" & ".join(names), tuple(PartnerInput(n) for n in names))
    )
    attending = couple.partners if present is None else couple.partners[:present]
    session = services.sessions.create(
        couple.id, SessionInput(day, time(19, 30), 90, frozenset(p.id for p in attending))
    )
    return couple, session


def open_exercise_tab(qtbot: QtBot, window: MainWindow, session_id: int) -> ExerciseView:
    """Open the session and click its "Samen besluiten" tab."""
    window.open_session(session_id)
    view = window.page(ExerciseView)
    show_tab(qtbot, window, view)
    return view


def start_exercise(
    qtbot: QtBot, window: MainWindow, view: ExerciseView, topic: str, *, alone: bool = False
) -> None:
    """Nieuwe oefening, type the decision, Enter: the first hand-over screen shows.

    `alone`: one partner in the room, so nothing is handed over and the entry opens at once.
    """
    click(qtbot, view.new_button)
    assert window.focusWidget() is view.topic
    type_text(view.topic, topic)
    press(window, Qt.Key.Key_Return)
    assert view.hidden.stage == ("entry" if alone else "handover")


def write_hidden(
    qtbot: QtBot,
    window: MainWindow,
    view: ExerciseView,
    name: str,
    texts: dict[str, str],
    *,
    keyboard: bool = True,
    alone: bool = False,
) -> None:
    """The laptop goes to `name`, who writes `texts` (field key -> text) and is done.

    `alone`: `name` is the only one in the room; there is no hand-over screen.
    """
    hidden = view.hidden
    if not alone:
        assert hidden.stage == "handover"
        assert hidden.handover_title.text() == f"Geef de laptop aan {name}"
        if keyboard:
            press(window, Qt.Key.Key_Return)
        else:
            click(qtbot, hidden.continue_button)
    assert hidden.stage == "entry"
    for index, key in enumerate(hidden.editors):
        if keyboard:
            if index:
                press(window, Qt.Key.Key_Tab)
            assert window.focusWidget() is hidden.editors[key]
        type_text(hidden.editors[key], texts.get(key, ""))
    if keyboard:
        press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    else:
        click(qtbot, hidden.done_button)
    assert hidden.stage != "entry"
