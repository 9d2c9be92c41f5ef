"""The "Voortgang" tab as the coach sees it: charts per check-in question, the steps grid."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from stellenstof_desktop.app import load_content
from stellenstof_desktop.content import Method
from stellenstof_desktop.domain import (
    CoupleDetails,
    CoupleInput,
    CoupleProgress,
    PartnerInput,
    SessionDetails,
    SessionInput,
    SessionStatus,
)
from stellenstof_desktop.services.container import Services
from stellenstof_desktop.store.models import Answer, StepState
from stellenstof_desktop.ui.main_window import MainWindow
from stellenstof_desktop.ui.session.notes import NotesView
from stellenstof_desktop.ui.session.progress import CHECK_COLOUR, ProgressView
from stellenstof_desktop.ui.session.progress_chart import ScoreChart
from tests.gui.gui_helpers import header_item, table_item

EQUAL, ROOM = "checkin.gelijkwaardig", "checkin.ruimte"
START = date(2025, 3, 3)


@pytest.fixture
def method(data_dir: Path) -> Method:
    return load_content("nl", data_dir).method


@pytest.fixture
def view(qtbot: QtBot, services: Services, method: Method) -> ProgressView:
    page = ProgressView(services.progress, method)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def couple(services: Services, *names: str) -> CoupleDetails:
    return services.couples.create(
        CoupleInput(" & ".join(names), tuple(PartnerInput(n) for n in names))
    )


def sessions(
    services: Services, pair: CoupleDetails, count: int, *, solo: bool = False
) -> list[SessionDetails]:
    present = frozenset(p.id for p in (pair.partners[:1] if solo else pair.partners))
    return [
        services.sessions.create(
            pair.id,
            SessionInput(START + timedelta(weeks=i), time(19, 30), 90, present, SessionStatus.HELD),
        )
        for i in range(count)
    ]


def record(
    services: Services,
    scores: list[tuple[int, str, int, int]] = [],  # noqa: B006 - never mutated
    steps: list[tuple[int, str]] = [],  # noqa: B006
) -> None:
    """Store (session, prompt, partner, value) scores and (session, step) discussed steps."""
    with services.db.transaction() as s:
        for session_id, key, partner_id, value in scores:
            s.add(Answer(session_id=session_id, prompt_key=key, partner_id=partner_id, value=value))
        for session_id, step_key in steps:
            s.add(StepState(session_id=session_id, step_key=step_key, discussed=True))


def lines(chart: ScoreChart) -> list[list[tuple[int, int]]]:
    """The drawn line pieces, as (session index, score)."""
    return [
        [(round(p.x()), round(p.y())) for p in series.points()]
        for series in chart.chart().series()
        if isinstance(series, QLineSeries)
    ]


def has_check_mark(view: ProgressView, row: int, column: int) -> bool:
    """Whether the painted cell holds the green of the check mark."""
    grid = view.steps_grid
    item = grid.item(row, column)
    assert item is not None
    grid.scrollToItem(item)
    image = grid.viewport().grab(grid.visualItemRect(item)).toImage()
    green = QColor(CHECK_COLOUR)
    return any(
        abs(image.pixelColor(x, y).red() - green.red()) < 30
        and abs(image.pixelColor(x, y).green() - green.green()) < 30
        and abs(image.pixelColor(x, y).blue() - green.blue()) < 30
        for x in range(image.width())
        for y in range(image.height())
    )


def test_each_question_charts_one_series_per_partner_with_gaps(
    view: ProgressView, services: Services
) -> None:
    pair = couple(services, "Sanne", "Joost")
    sanne, joost = (p.id for p in pair.partners)
    one, two, three = sessions(services, pair, 3)
    record(
        services,
        scores=[
            (one.id, EQUAL, sanne, 3),
            (one.id, EQUAL, joost, 5),
            (two.id, EQUAL, sanne, 4),  # Joost left this one open
            (three.id, EQUAL, sanne, 6),
            (three.id, EQUAL, joost, 0),
            (three.id, ROOM, joost, 8),
        ],
    )

    view.show_session(three)

    day = [one.date, two.date, three.date]
    assert view.series_data() == {
        EQUAL: {
            "Sanne": [(day[0], 3), (day[1], 4), (day[2], 6)],
            "Joost": [(day[0], 5), (day[2], 0)],
        },
        ROOM: {"Sanne": [], "Joost": [(day[2], 8)]},
    }
    equal_chart, room_chart = view.charts[:2]  # the couple check-in; no solo scores here
    # Joost's missing score breaks his line instead of dropping it to 0.
    assert lines(equal_chart) == [[(0, 3), (1, 4), (2, 6)]]
    assert lines(room_chart) == []
    assert not view.empty.isVisible() and view.charts_box.isVisible()
    assert "deze sessie" in view.key_note.text()


def test_partner_names_reach_the_legend_as_typed(view: ProgressView, services: Services) -> None:
    pair = couple(services, "Zoë <3", "R&D")
    (only,) = sessions(services, pair, 1)
    record(services, scores=[(only.id, EQUAL, pair.partners[0].id, 6)])

    view.show_session(only)

    chart = view.charts[0].chart()
    labels = [marker.label() for marker in chart.legend().markers() if marker.isVisible()]
    assert labels == ["Zoë &lt;3", "R&amp;D"]  # escaped, because the legend renders HTML
    assert set(view.series_data()[EQUAL]) == {"Zoë <3", "R&D"}


def test_grid_checks_the_steps_discussed_per_session(
    view: ProgressView, services: Services, method: Method
) -> None:
    pair = couple(services, "Anne", "Bram")
    one, two = sessions(services, pair, 2)
    first_step, second_step, *_ = method.steps
    record(services, steps=[(one.id, first_step.key), (two.id, second_step.key)])

    view.show_session(one)

    grid = view.steps_grid
    assert (grid.rowCount(), grid.columnCount()) == (5, 2)
    assert grid.verticalHeaderItem(0).text() == f"1 · {first_step.title}"
    assert view.discussed_cells() == {(first_step.key, one.date), (second_step.key, two.date)}
    assert has_check_mark(view, 0, 0) and has_check_mark(view, 1, 1)
    assert not has_check_mark(view, 1, 0) and not has_check_mark(view, 0, 1)
    # The open session's column stands out.
    assert header_item(grid, 0).font().bold()
    assert not header_item(grid, 1).font().bold()


def test_empty_state_before_any_check_in(view: ProgressView, services: Services) -> None:
    pair = couple(services, "Lotte", "Eva")
    (only,) = sessions(services, pair, 1)

    view.show_session(only)

    assert view.empty.isVisible()
    assert view.empty.text().startswith("Nog geen check-in scores")
    assert not view.charts_box.isVisible()
    assert view.steps_grid.isVisible() and view.steps_grid.columnCount() == 1


def test_solo_session_shows_the_one_partner_who_came(
    view: ProgressView, services: Services
) -> None:
    pair = couple(services, "Fatima", "Youssef")
    (only,) = sessions(services, pair, 1, solo=True)
    record(services, scores=[(only.id, EQUAL, pair.partners[0].id, 4)])

    view.show_session(only)

    assert view.series_data()[EQUAL] == {"Fatima": [(only.date, 4)], "Youssef": []}
    assert [day for day, _text in view.charts[0].x_labels()] == [only.date]
    assert header_item(view.steps_grid, 0).toolTip().endswith("Aanwezig: Fatima")


def test_forty_sessions_thin_the_dates_and_scroll_the_grid(
    qtbot: QtBot, view: ProgressView, services: Services
) -> None:
    pair = couple(services, "Anouk", "Pieter")
    anouk = pair.partners[0].id
    held = sessions(services, pair, 40)
    record(services, scores=[(s.id, EQUAL, anouk, i % 11) for i, s in enumerate(held)])
    current = held[30]

    view.show_session(current)

    assert len(view.series_data()[EQUAL]["Anouk"]) == 40
    labels = view.charts[0].x_labels()
    assert 3 <= len(labels) < 20  # thinned to what fits side by side
    assert current.date in [day for day, _text in labels]  # the open session is always named
    grid = view.steps_grid
    assert grid.columnCount() == 40
    assert grid.horizontalScrollBar().maximum() > 0  # the sessions scroll sideways
    qtbot.waitUntil(
        lambda: grid.visualItemRect(table_item(grid, 0, 30)).intersects(grid.viewport().rect())
    )


def test_a_cancelled_open_session_is_not_highlighted(
    view: ProgressView, services: Services
) -> None:
    pair = couple(services, "Anne", "Bram")
    held, cancelled = sessions(services, pair, 2)
    record(services, scores=[(held.id, EQUAL, pair.partners[0].id, 7)])
    data = SessionInput(cancelled.date, None, 90, cancelled.attended_ids, SessionStatus.CANCELLED)
    cancelled = services.sessions.update(cancelled.id, data)

    view.show_session(cancelled)

    assert view.series_data()[EQUAL]["Anne"] == [(held.date, 7)]
    assert view.steps_grid.columnCount() == 1
    assert "afgezegd" in view.key_note.text()


def test_reloads_when_shown_and_not_while_hidden(
    qtbot: QtBot, services: Services, method: Method, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = couple(services, "Sanne", "Joost")
    (only,) = sessions(services, pair, 1)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    page = ProgressView(services.progress, method)
    tabs.addTab(QWidget(), "Check-in")
    tabs.addTab(page, page.title())
    tabs.show()
    qtbot.waitExposed(tabs)
    calls: list[int] = []
    real = services.progress.for_session

    def counted(session_id: int) -> CoupleProgress:
        calls.append(session_id)
        return real(session_id)

    monkeypatch.setattr(services.progress, "for_session", counted)

    page.show_session(only)
    assert calls == []  # a hidden tab costs nothing on a session switch

    record(services, scores=[(only.id, ROOM, pair.partners[1].id, 9)])  # typed in another tab
    tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.series_data()[ROOM].get("Joost") == [(only.date, 9)])
    assert calls == [only.id]


def test_the_tab_comes_after_the_notes(window: MainWindow) -> None:
    pages = window.session_view.pages
    progress = window.page(ProgressView)
    assert progress.title() == "Voortgang"
    assert pages.index(progress) > pages.index(window.page(NotesView))


def test_one_partners_screen_charts_their_solo_check_in_and_never_the_others(
    services: Services, view: ProgressView
) -> None:
    pair = couple(services, "Anne", "Bram")
    anne, bram = pair.partners
    joint = sessions(services, pair, 1)[0]
    made = [
        services.sessions.create(
            pair.id,
            SessionInput(START + timedelta(weeks=w), time(10), 60, frozenset({who.id})),
        )
        for w, who in ((1, anne), (2, bram), (3, anne))
    ]
    anne_solo, bram_solo, anne_again = made
    record(
        services,
        scores=[
            (joint.id, EQUAL, anne.id, 5),
            (joint.id, EQUAL, bram.id, 6),
            (anne_solo.id, "solo_checkin.wachten", anne.id, 7),
            (bram_solo.id, "solo_checkin.wachten", bram.id, 2),
            (anne_again.id, "solo_checkin.wachten", anne.id, 4),
        ],
    )

    view.show_session(anne_again)
    shown = view.series_data()
    assert shown["checkin.gelijkwaardig"] == {
        "Anne": [(joint.date, 5)],
        "Bram": [(joint.date, 6)],  # Anne was there: the joint session is hers too
    }
    assert shown["solo_checkin.wachten"]["Anne"] == [(anne_solo.date, 7), (anne_again.date, 4)]
    assert shown["solo_checkin.wachten"]["Bram"] == []  # his solo score is his alone

    view.show_session(joint)
    assert set(view.series_data()) == {EQUAL}  # the couple's screen holds no solo session
