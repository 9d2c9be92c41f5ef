"""One partner in the room: no hand-over, and every screen and output speaks to one person."""

from __future__ import annotations

import email
import re
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import load_content
from stellenstof_desktop.content import Prompt
from stellenstof_desktop.domain import ExercisePhase, SessionDetails
from stellenstof_desktop.services.answers import AnswerService
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.ui.exercise.view import ExerciseView
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.session.page import SessionPage
from stellenstof_desktop.ui.session.private_first import PrivateFirstPrompt
from stellenstof_desktop.ui.summary.view import SummaryView
from tests.gui.gui_helpers import (
    FakeMessages,
    child,
    click,
    couple_with_session,
    open_exercise_tab,
    press,
    type_text,
    visible_texts,
)

# What speaks to two people (or of taking turns) has no place on a one-person screen.
TWO_PEOPLE = re.compile(r"jullie|allebei|jij en|ieder apart|geef de laptop aan", re.IGNORECASE)


def two_people_words(view: ExerciseView | SessionPage) -> list[str]:
    """Every text on screen in `view` that speaks to two people."""
    return [t for t in visible_texts(view, shown_only=True) if TWO_PEOPLE.search(t)]


def begin(
    qtbot: QtBot, window: MainWindow, view: ExerciseView, topic: str, *, alone: bool = True
) -> list[str]:
    """A new exercise on `topic`, on by Enter; returns the hidden screens shown, in order.

    On the way the choose screen speaks to one person if `alone`, else to two.
    `start_exercise` of the shared helpers expects a hand-over, which one partner never gets.
    """
    click(qtbot, view.new_button)
    assert child(view, QPushButton, "startExercise").isVisible()
    assert bool(two_people_words(view)) is not alone
    seen: list[str] = []
    view.hidden_page.stage_changed.connect(seen.append)
    type_text(view.topic, topic)
    press(window, Qt.Key.Key_Return)
    return seen


def test_the_solo_exercise_goes_straight_to_the_entry_and_speaks_to_one(
    qtbot: QtBot,
    services: Services,
    open_window: Callable[[], MainWindow],
    messages: FakeMessages,
) -> None:
    couple, session = couple_with_session(services, "Fatima", "Youssef", present=1)
    fatima = couple.partners[0]
    window = open_window()
    view = open_exercise_tab(qtbot, window, session.id)
    assert "Fijn dat je er bent, Fatima" in child(view, QLabel, "emptySolo").text()
    assert two_people_words(view) == []

    start = child(view, QPushButton, "startExercise")
    stages = begin(qtbot, window, view, "Waar gaan we op vakantie?")
    assert start.text() == "Verder: je voorkeur opschrijven →"

    hidden = view.hidden
    assert hidden.stage == "entry" and stages == ["entry"]
    assert hidden.entry_title.text() == "Fatima, schrijf het rustig op"
    assert window.focusWidget() is hidden.editors["preference"]
    assert not hidden.back_button.isVisible()  # nobody else can be holding the laptop
    assert view.back_button.isVisible()  # the decision can still be changed, as with two
    assert child(view, QLabel, "step_hidden").text() == "2  Voor jezelf"
    assert two_people_words(view) == []
    type_text(hidden.editors["preference"], "Marokko")
    type_text(hidden.editors["expected_other"], "Kamperen")
    press(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert hidden.stage == "ready"
    assert "wat je hebt opgeschreven" in hidden.ready_text.text()
    assert two_people_words(view) == []

    # Writing it again (the coach agrees), and thinking better of it: no hand-over either way.
    messages.answers = [True]
    click(qtbot, child(hidden, QPushButton, f"replace_{fatima.id}"))
    assert hidden.stage == "entry" and hidden.entry_title.text() == "Fatima, je vult opnieuw in"
    assert "wordt niet getoond" in hidden.entry_hint.text()
    assert two_people_words(view) == []
    click(qtbot, hidden.back_button)
    assert hidden.stage == "ready"
    assert "handover" not in stages

    click(qtbot, hidden.reveal_button)
    assert two_people_words(view) == []
    click(qtbot, view.next_button)  # talking about it
    assert two_people_words(view) == []
    assert view.next_button.text() == "Verder: je voorstel →"
    click(qtbot, view.next_button)
    type_text(view.decision, "Voorstel: eerst familie, dan kamperen")
    click(qtbot, child(view, QRadioButton, f"voice_{fatima.id}_partly"))
    assert two_people_words(view) == []
    click(qtbot, view.next_button)
    assert view.current is not None and view.current.phase is ExercisePhase.DONE
    assert two_people_words(view) == []


def test_with_two_partners_the_laptop_is_still_handed_over(
    qtbot: QtBot, services: Services, open_window: Callable[[], MainWindow]
) -> None:
    """The same steps with both present: the hand-over is there, so the test above can fail."""
    _couple, session = couple_with_session(services, "Anne", "Bram")
    window = open_window()
    view = open_exercise_tab(qtbot, window, session.id)
    stages = begin(qtbot, window, view, "Zaterdag", alone=False)
    assert stages == ["handover"] and view.hidden.handover_title.text() == "Geef de laptop aan Anne"
    assert two_people_words(view)  # "jullie", "Geef de laptop aan": this screen is for two


class Host(SessionPage):
    """A page that lays a hidden-input flow over itself, as a step tab does."""

    def __init__(self, session: SessionDetails) -> None:
        super().__init__()
        self.session = session
        self.stack = QStackedWidget()
        self.body = QLabel("vraag")
        self.stack.addWidget(self.body)
        QVBoxLayout(self).addWidget(self.stack)

    def title(self) -> str:
        return "Stap"

    def present(self, widget: QWidget) -> None:
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def dismiss(self) -> None:
        self.stack.setCurrentWidget(self.body)


def test_a_private_first_prompt_with_one_partner(qtbot: QtBot, services: Services) -> None:
    _couple, session = couple_with_session(services, "Sanne", "Joost", present=1)
    answers: AnswerService = services.answers
    prompt = Prompt("patroon.mijn_aandeel", "private_first", "Wat doe ik zelf?")
    host = Host(session)
    box = PrivateFirstPrompt(prompt, session, answers, host)
    host.stack.addWidget(box)
    host.stack.setCurrentWidget(box)
    qtbot.addWidget(host)
    host.show()
    box.fill(answers.for_session(session.id))
    assert box.status.text() == "Sanne schrijft eerst verborgen; daarna laat u het antwoord zien."

    click(qtbot, box.start_button)
    flow = box.flow
    assert flow is not None
    stages: list[str] = []
    flow.stage_changed.connect(stages.append)
    assert flow.stage == "entry" and flow.current_partner is not None
    assert flow.current_partner.name == "Sanne"
    assert two_people_words(host) == []
    type_text(flow.editors["text"], "Ik beslis vaak alvast")
    click(qtbot, flow.done_button)
    assert flow.stage == "ready" and "handover" not in stages
    assert two_people_words(host) == []

    click(qtbot, flow.reveal_button)
    shown = [label.text() for label in host.findChildren(QLabel, "revealedAnswer")]
    assert shown == ["Sanne\nIk beslis vaak alvast"]  # no empty column for who was not there


# the summary tab ----------------------------------------------------------------------
def test_the_summary_tab_mails_and_prints_for_the_one_who_came(
    qtbot: QtBot, services: Services, messages: FakeMessages, tmp_path: Path
) -> None:
    """Not hidden input, but the same rule on the tab that sends things out."""
    _couple, session = couple_with_session(services, "Noor", "Daan", present=1)
    urls: list[QUrl] = []
    saved = tmp_path / "werkblad.pdf"

    def opened(url: QUrl) -> bool:
        urls.append(url)
        return True  # as if the mail program took the draft

    page = SummaryView(
        services.summary,
        services.profile,
        load_content("nl", tmp_path).method,
        QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat),
        messages,
        choose_save_path=lambda _parent, _title, _suggested: str(saved),
        choose_password=lambda _parent: None,
        open_url=opened,
        export_dir=tmp_path / "export",
    )
    qtbot.addWidget(page)
    page.show_session(session)
    page.show()
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready)
    page.password_check.setChecked(False)

    click(qtbot, page.mail_button)
    (url,) = urls
    message = email.message_from_bytes(Path(url.toLocalFile()).read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert text.startswith("Beste Noor,") and "vind je het verslag" in text
    assert not TWO_PEOPLE.search(text)

    click(qtbot, page.worksheet_button)
    sheet = PdfReader(saved).pages[0].extract_text()
    assert "Werkblad voor Noor" in sheet and "Daan" not in sheet
    assert not TWO_PEOPLE.search(sheet)
