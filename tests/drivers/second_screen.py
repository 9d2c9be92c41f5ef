"""The hour with a TV beside the laptop: the couple's view on the second screen.

    python -m tests.drivers.second_screen [--shots DIR] [--config tests/screens/two.json]

Starts its own QApplication on Qt's offscreen platform with two screens (a 1366×768
laptop at x=0 and a 1920×1080 TV at x=1366), builds the main window on demo data with
planted secrets, starts session mode, says yes to the second screen and walks the whole
hour on the laptop's keyboard: every part, an exercise with its hand-overs and reveal,
an agreement, the closing with both check-outs, the shared note. At every step it checks
the couple's view (no secret in any of its widgets, the same part as the laptop), blanks
it with F8, then unplugs the TV and plugs it in again. The TV really goes and comes back:
the offscreen platform takes a new screen configuration at run time through its native
interface (`setConfiguration`, reached with ctypes, as PySide has no binding for it);
where that cannot be reached it emits `screenRemoved` instead and says so ("simulated").

Prints one JSON line: {"problems": [...], "facts": {...}, "shots": [...]}.
The test `tests/gui/test_second_screen.py` runs it.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

CONFIG = Path(__file__).resolve().parent.parent / "screens" / "two.json"
PROBLEMS: list[str] = []
FACTS: dict[str, Any] = {}
SHOTS: list[str] = []
SECRETS = (
    "PRIVE-NOTITIE",
    "PRIVE-OBSERVATIE",
    "Tip voor de coach",
    "Geheime",
    "Buren",
    "VERBORGEN-SANNE",
    "CHECKOUT-SANNE",
    "CHECKOUT-JOOST",
    # the other demo couples
    "Fatima",
    "Youssef",
    "Lotte",
    "Eva",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shots", help="a folder for the screenshots")
    parser.add_argument("--config", default=str(CONFIG), help="the offscreen screens")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="stel-second-screen-"))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={args.config}"
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_CONFIG_HOME"] = str(work / "home" / ".config")
    os.environ["XDG_DATA_HOME"] = str(work / "home" / ".local" / "share")
    shots = Path(args.shots) if args.shots else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    config = json.loads(Path(args.config).read_text(encoding="utf-8"))
    _run(work, shots, config)
    print(json.dumps({"problems": PROBLEMS, "facts": FACTS, "shots": SHOTS}))
    return 0


def check(ok: bool, problem: str) -> bool:
    if not ok:
        PROBLEMS.append(problem)
    return ok


# -- plugging screens in and out of the offscreen platform --------------------------------


def set_screens(config: dict[str, Any]) -> bool:
    """Give the offscreen platform a new screen configuration now; False if out of reach.

    QOffscreenPlatformNativeInterface answers nativeResourceForIntegration("setConfiguration")
    with a function taking (const QJsonObject &, the interface). PySide binds neither the
    native interface nor QJsonObject, so: the interface from QGuiApplication's exported
    accessor, its virtual from the slot the base class's vtable gives that function, and
    the QJsonObject built by QJsonDocument::object() into a buffer.
    """
    try:
        import PySide6
        import shiboken6
        from PySide6.QtCore import QByteArray, QJsonDocument

        qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
        gui = ctypes.CDLL(str(qt_lib / "libQt6Gui.so.6"))
        core = ctypes.CDLL(str(qt_lib / "libQt6Core.so.6"))
        accessor = gui._ZN15QGuiApplication23platformNativeInterfaceEv
        accessor.restype = ctypes.c_void_p
        iface = accessor()
        base = ctypes.cast(gui._ZTV24QPlatformNativeInterface, ctypes.c_void_p).value
        wanted = ctypes.cast(
            gui._ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray,
            ctypes.c_void_p,
        ).value
        if not iface or base is None or wanted is None:
            return False
        base_slots = ctypes.cast(base + 16, ctypes.POINTER(ctypes.c_void_p))
        slot = next((i for i in range(40) if base_slots[i] == wanted), None)
        if slot is None:
            return False
        own = ctypes.cast(
            ctypes.cast(iface, ctypes.POINTER(ctypes.c_void_p))[0], ctypes.POINTER(ctypes.c_void_p)
        )
        resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(own[slot])
        name = QByteArray(b"setConfiguration")
        function = resource(iface, shiboken6.getCppPointer(name)[0])
        if not function:
            return False
        document = QJsonDocument.fromJson(QByteArray(json.dumps(config).encode()))
        to_object = core._ZNK13QJsonDocument6objectEv
        to_object.restype = None
        to_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        buffer = ctypes.create_string_buffer(64)  # a QJsonObject is one pointer
        to_object(buffer, shiboken6.getCppPointer(document)[0])
        apply = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(function)
        apply(ctypes.addressof(buffer), iface)
        destroy = core._ZN11QJsonObjectD1Ev
        destroy.argtypes = [ctypes.c_void_p]
        destroy(ctypes.addressof(buffer))
        return True
    except (AttributeError, OSError, ValueError):
        return False


# -- the hour -----------------------------------------------------------------------------


def _run(work: Path, shots: Path | None, config: dict[str, Any]) -> None:
    from datetime import date, time

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QToolButton, QWidget

    from stellenstof_desktop.app import install_translations, load_content
    from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput
    from stellenstof_desktop.services.container import open_services
    from stellenstof_desktop.services.demo import fill_demo
    from stellenstof_desktop.ui.main_window import MainWindow
    from stellenstof_desktop.ui.room.couple_view import CoupleView
    from stellenstof_desktop.ui.room.mode import HIDDEN_NAMES
    from stellenstof_desktop.ui.room.second_screen import REFRESH_MS, SETTING
    from tests.gui.gui_helpers import FakeMessages, type_text, visible_texts

    app = QApplication([])
    install_translations(app, "nl")
    screens = {s.name(): s for s in QGuiApplication.screens()}
    FACTS["screens"] = sorted(screens)
    data = work / "data"
    data.mkdir()
    services = open_services(data)
    fill_demo(services)
    method = load_content("nl", data).method

    # The couple of the hour (the demo's Sanne & Joost, a new session today) and secrets.
    couple = next(c for c in services.couples.list() if "Sanne" in c.partner_names)
    partners = services.couples.get(couple.id).partners
    sanne, joost = partners
    session = services.sessions.create(
        couple.id,
        SessionInput(date.today(), time(19, 30), 90, frozenset(p.id for p in partners)),
    )
    sid = session.id
    services.notes.save(sid, NoteKind.PRIVATE, "PRIVE-NOTITIE")
    for step in method.couple.steps:
        services.answers.save_observation(sid, step.key, "PRIVE-OBSERVATIE")
    services.answers.save_hidden(sid, "patroon.mijn_aandeel", sanne.id, "VERBORGEN-SANNE")
    services.answers.save_choices(sid, "gelijk.kaart", None, {"opvoeding": "samen"})
    services.sessions.set_today_steps(sid, ["patroon", "gelijk"])
    other = services.couples.create(
        CoupleInput("Geheime Buren", (PartnerInput("Geheime"), PartnerInput("Buren")))
    )
    other_session = services.sessions.create(
        other.id,
        SessionInput(date.today(), time(9, 0), 60, frozenset(p.id for p in other.partners)),
    )
    services.notes.save(other_session.id, NoteKind.SHARED, "Geheime Buren gedeeld")
    tips = [step.coach_tip for step in method.couple.steps]

    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    messages = FakeMessages()
    window = MainWindow(settings, messages)
    second = window.second_screen
    window.bind(services, method)
    window.setGeometry(40, 40, 1280, 700)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.open_session(sid)
    view = window.session_view
    room = window.room

    def settle(ms: int = REFRESH_MS + 100) -> None:
        QTest.qWait(ms)

    def wait_for(condition: Callable[[], bool], ms: int = 3000) -> bool:
        for _ in range(ms // 50):
            if condition():
                return True
            QTest.qWait(50)
        return condition()

    def tv() -> CoupleView:
        assert second.view is not None
        return second.view

    def tv_text() -> str:
        return "\n".join(visible_texts(tv()))

    def laptop_text() -> str:
        return "\n".join(visible_texts(window, shown_only=True))

    def safe(where: str, *more: str) -> None:
        if second.view is None:
            PROBLEMS.append(f"{where}: no couple view")
            return
        texts = tv_text()
        for secret in (*SECRETS, *more):
            check(secret not in texts, f"{where}: {secret!r} on the couple's screen")
        for tip in tips:
            check(tip not in texts, f"{where}: a coach tip on the couple's screen")

    def in_step(where: str) -> None:
        if second.view is None:
            return
        laptop_title = view.current_page().full_title()
        check(
            tv().title_label.text() == laptop_title,
            f"{where}: the TV shows {tv().title_label.text()!r}, the laptop {laptop_title!r}",
        )
        check(laptop_title in room.part_label.text(), f"{where}: session bar out of step")

    def shot(name: str) -> None:
        if shots is None:
            return
        app.processEvents()
        for who, widget in (("laptop", window), ("tv", second.view)):
            if widget is None:
                continue
            path = shots / f"{name}-{who}.png"
            widget.grab().save(str(path))
            SHOTS.append(str(path))

    def key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        active = QApplication.activeWindow()
        check(active is not tv_window(), "the TV's window took the keyboard")
        if active is None:
            # Qt's offscreen platform leaves no window active after a hand-over, also with
            # the TV closed (a desktop does not); the coach clicks her window, here:
            FACTS["reactivated"] = FACTS.get("reactivated", 0) + 1
            window.activateWindow()
            QTest.qWait(20)
        QTest.keyClick(window.focusWidget() or window, key, modifier)

    def tv_window() -> QWidget | None:
        return second.view

    # Session mode, F5: the offer, once; yes.
    messages.answers = [True]
    window.activateWindow()
    key(Qt.Key.Key_F5)
    wait_for(lambda: second.view is not None)
    asked = [m for m in messages.shown if m[0] == "ask"]
    FACTS["asked"] = [m[2] for m in asked]
    FACTS["remembered"] = settings.value(SETTING)
    if not check(second.view is not None, "no couple view after yes"):
        return
    couple_view = tv()
    QTest.qWaitForWindowExposed(couple_view)
    FACTS["laptop_screen"] = window.screen().name()
    FACTS["tv_screen"] = couple_view.screen().name()
    FACTS["tv_full_screen"] = couple_view.isFullScreen()
    FACTS["tv_geometry"] = couple_view.geometry().getRect()
    FACTS["tv_screen_geometry"] = screens["tv"].geometry().getRect()
    FACTS["tv_frameless"] = bool(couple_view.windowFlags() & Qt.WindowType.FramelessWindowHint)
    FACTS["coach_view"] = room.coach_view
    FACTS["min_point_size"] = couple_view.min_point_size()
    check(not window.panel.isVisible(), "the couple list shows beside the coach's view")

    # Every part of the hour, one Alt+→ at a time.
    titles: list[str] = []
    small: list[str] = []

    def fonts(where: str) -> None:
        minimum = tv().min_point_size() - 0.01
        for label in tv().findChildren(QLabel):
            if label.font().pointSizeF() < minimum:
                small.append(f"{where}: {label.objectName() or label.text()[:20]!r}")

    parts = view.parts()
    for index in range(len(parts)):
        page = view.current_page()
        name = f"{index + 1:02d}-{page.objectName()}"
        settle()
        in_step(name)
        safe(name)
        fonts(name)
        titles.append(tv().title_label.text())
        if page.objectName() == "step1":
            check("PRIVE-OBSERVATIE" in laptop_text(), "the coach's observation not on the laptop")
            check("Tip voor de coach" in laptop_text(), "the coach tip not on the laptop")
            check(
                "opgeschreven, nog niet zichtbaar" in tv_text(),
                "the hidden answer's state not on the TV",
            )
            editor = page.findChild(QPlainTextEdit, "answer:patroon.wie_beslist")
            if check(editor is not None, "no shared answer editor in step 1") and editor:
                type_text(editor, "GEDEELD-ANTWOORD met <b>&amp;")
                FACTS["typed_shows"] = wait_for(
                    lambda: "GEDEELD-ANTWOORD met <b>&amp;" in tv_text()
                )
                safe(name + "-typed")
        if page.objectName() == "step3":
            FACTS["map_row"] = "Opvoeding van de kinderen" in tv_text()
        if page.objectName() == "notesView":
            check("PRIVE-NOTITIE" in laptop_text(), "the private note not on the coach's laptop")
            type_text(window.notes.shared, "GEDEELDE-NOTITIE")
            FACTS["note_shows"] = wait_for(lambda: "GEDEELDE-NOTITIE" in tv_text())
        shot(name)
        key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    FACTS["titles"] = titles
    FACTS["laptop_titles"] = [p.full_title() for p in parts]

    # Samen besluiten: hand-overs, entries, reveal, decision.
    from stellenstof_desktop.ui.exercise.view import ExerciseView

    exercise = window.page(ExerciseView)
    view.go_to(exercise)
    exercise.new_button.click()
    type_text(exercise.topic, "Waar gaan we deze zomer heen?")
    key(Qt.Key.Key_Return)
    settle()
    hidden = exercise.hidden
    check(window.handover.engaged is hidden, "no hand-over after the topic")
    FACTS["handover_card"] = tv().card_title.text()
    FACTS["handover_card_shown"] = tv().stack.currentWidget() is tv().card_page
    safe("handover")
    fonts("handover")
    shot("20-handover")
    key(Qt.Key.Key_Return)
    type_text(hidden.editors["preference"], "ZEE-SANNE")
    settle()
    FACTS["entry_card"] = tv().card_title.text()
    safe("entry", "ZEE-SANNE")
    shot("21-entry-sanne")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()
    FACTS["second_handover_card"] = tv().card_title.text()
    key(Qt.Key.Key_Return)
    type_text(hidden.editors["preference"], "BERG-JOOST")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()
    check(window.handover.engaged is None, "still handed over after both entries")
    check(tv().stack.currentWidget() is tv().part_page, "the hand-over card stays after both")
    safe("both entered", "ZEE-SANNE", "BERG-JOOST")
    shot("22-both-entered")
    hidden.reveal_button.click()
    FACTS["revealed_shows"] = wait_for(
        lambda: "ZEE-SANNE" in tv_text() and "BERG-JOOST" in tv_text()
    )
    sea = next((w for w in tv().findChildren(QLabel) if "ZEE-SANNE" in w.text()), None)
    hill = next((w for w in tv().findChildren(QLabel) if "BERG-JOOST" in w.text()), None)
    if sea is not None and hill is not None:
        left, right = sea.mapTo(tv(), sea.rect().topLeft()), hill.mapTo(tv(), hill.rect().topLeft())
        FACTS["side_by_side"] = left.y() == right.y() and left.x() < right.x()
    in_step("revealed")
    safe("revealed")
    fonts("revealed")
    shot("23-revealed")
    exercise.next_button.click()  # to the conversation
    exercise.next_button.click()  # to the decision
    try:
        type_text(exercise.decision, "We gaan naar de kust, met een dag de bergen in")
        FACTS["decision_shows"] = wait_for(lambda: "met een dag de bergen in" in tv_text())
    except LookupError:
        PROBLEMS.append("no decision screen after two times Next")
    safe("decision")
    shot("24-decision")

    # Agreements and the closing with both check-outs.
    key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    from stellenstof_desktop.ui.session.agreements import AgreementsView
    from stellenstof_desktop.ui.session.closing import ClosingView

    agreements = window.page(AgreementsView)
    check(view.current_page() is agreements, "Alt+→ after the exercise is not the agreements")
    type_text(agreements.new_text, "Joost zoekt een huisje aan zee")
    QTest.keyClick(agreements.new_text, Qt.Key.Key_Return)
    FACTS["agreement_shows"] = wait_for(lambda: "Joost zoekt een huisje aan zee" in tv_text())
    in_step("agreements")
    safe("agreements")
    shot("25-agreements")
    key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    closing = window.page(ClosingView)
    check(view.current_page() is closing, "Alt+→ after the agreements is not the closing")
    window.flush()
    appointment = services.agreements.next_appointment_at(sid)
    FACTS["appointment_shows"] = appointment is not None and wait_for(
        lambda: "Volgende afspraak" in tv_text() and "19:30" in tv_text()
    )
    closing.checkout_button.click()
    for person, words in ((sanne, "CHECKOUT-SANNE"), (joost, "CHECKOUT-JOOST")):
        flow = closing.flow
        if not check(flow is not None, f"no check-out flow for {person.name}") or flow is None:
            break
        settle()
        FACTS[f"checkout_card_{person.name}"] = tv().card_title.text()
        key(Qt.Key.Key_Return)
        for field, value in (("heard", 8), ("useful", 6)):
            button = flow.scales[field].findChild(QToolButton, f"scale{value}")
            if button is not None:
                button.click()
        type_text(flow.editors["words"], words)
        settle()
        safe(f"check-out {person.name}")
        if person is sanne:
            shot("26-checkout-entry")
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for(lambda: closing.flow is None)
    FACTS["checkouts_shown"] = wait_for(
        lambda: "check-out gegeven ✓" in tv_text() and "nog niet" not in tv_text()
    )
    in_step("closing")
    safe("closing")
    fonts("closing")
    shot("27-closing")

    # F8: the couple's screen blank, and back.
    key(Qt.Key.Key_F8)
    FACTS["paused"] = tv().paused and tv().stack.currentWidget() is tv().card_page
    FACTS["pause_texts"] = [
        t for t in visible_texts(tv(), shown_only=True) if t != tv().windowTitle()
    ]
    shot("28-pause")
    key(Qt.Key.Key_F8)
    FACTS["unpaused"] = not tv().paused and tv().stack.currentWidget() is tv().part_page
    FACTS["small_labels"] = small

    # Unplugging the TV mid-session: one-screen session mode, nothing lost.
    old = tv()
    old_ref = [old]
    laptop_only = {"screens": [s for s in config["screens"] if s["name"] != "tv"]}
    real = set_screens(laptop_only)
    if not real:
        app.screenRemoved.emit(screens["tv"])
    app.processEvents()
    FACTS["removal"] = "real" if real else "simulated"
    FACTS["screens_after_unplug"] = [s.name() for s in QGuiApplication.screens()]
    FACTS["view_after_unplug"] = second.view is not None
    FACTS["coach_view_after_unplug"] = room.coach_view
    FACTS["room_after_unplug"] = room.active
    coach_only = [
        w.objectName()
        for w in window.findChildren(QWidget)
        if w.objectName() in HIDDEN_NAMES and w.isVisible()
    ]
    FACTS["coach_only_visible_after_unplug"] = coach_only
    FACTS["laptop_safe_after_unplug"] = [s for s in SECRETS if s in laptop_text()]
    del old_ref
    shot("30-unplugged")
    stored = services.answers.for_session(sid)
    FACTS["data_after_unplug"] = {
        "shared_answer": stored.get("patroon.wie_beslist").text,
        "agreements": [a.text for a in services.agreements.for_session(sid)],
        "checkouts": len(services.checkouts.entered(sid)),
        "exercise_revealed": bool(exercise.current and exercise.current.revealed),
        "shared_note": services.notes.get(sid).shared,
        "private_note": services.notes.get(sid).private,
    }

    # Plugged in again: the remembered yes shows it at once, without asking.
    asked_before = len([m for m in messages.shown if m[0] == "ask"])
    if real:
        set_screens(config)
        wait_for(lambda: second.view is not None)
        FACTS["view_after_replug"] = second.view is not None
        FACTS["asked_on_replug"] = len([m for m in messages.shown if m[0] == "ask"]) - asked_before
        if second.view is not None:
            FACTS["replug_screen"] = second.view.screen().name()
            FACTS["coach_view_after_replug"] = room.coach_view
            in_step("replugged")
            safe("replugged")
            shot("31-replugged")
        # A remembered "no" keeps the automatic offer away; the menu action still works.
        second.close_view()
        settings.setValue(SETTING, "no")
        set_screens(laptop_only)
        set_screens(config)
        settle()
        FACTS["view_after_no"] = second.view is not None
        key(Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)  # "Tweede scherm…" by hand
        settle()
        FACTS["view_by_hand"] = second.view is not None and second.view.screen().name() == "tv"

    # Leaving session mode closes it.
    room.leave(ask=False)
    app.processEvents()
    FACTS["view_after_leave"] = second.view is not None
    FACTS["coach_view_after_leave"] = room.coach_view
    FACTS["couple_views_left"] = [
        w.objectName()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CoupleView) and w.isVisible()
    ]
    window.close()
    services.db.close()


if __name__ == "__main__":
    sys.exit(main())
