"""Report layout (issue 14): headings keep their text, blocks stay whole, names fit the sheet.

The checks read the rendered PDF: pypdf's text visitor tells which text sits lowest on a
page and in which font; poppler's `pdftotext -bbox` tells where each word ends.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, time, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from stellenstof_desktop.domain import AgreementReview, Voice
from stellenstof_desktop.report.model import (
    AgreementLine,
    DecisionChoice,
    DecisionMapItem,
    DecisionRow,
    ExercisePart,
    ExerciseSummary,
    PartnerScore,
    PartnerText,
    PartnerWish,
    Person,
    Practice,
    ProgressChart,
    ProgressLine,
    ReviewLine,
    ScaleItem,
    SessionSummary,
    StepSummary,
    TextItem,
    Worksheet,
)
from stellenstof_desktop.report.pdf import MARGIN_BOTTOM, MARGIN_X, PAGE_WIDTH, render_summary
from stellenstof_desktop.report.worksheet import render_worksheet
from stellenstof_desktop.services.text import NAME_MAX

DAY = date(2026, 12, 1)  # a Tuesday
ZOE = Person(1, "Zoë", "zoe@example.nl", True)
RENE = Person(2, "René", "rene@example.nl", True)
SENTENCE = "We merkten dat het helpt om eerst te luisteren voordat we iets voorstellen. "


def long_summary(size: int) -> SessionSummary:
    """A full couple session; `size` grows every part, so page breaks land elsewhere."""
    partners = (ZOE, RENE)
    scale = ScaleItem(
        "Hoe gelijkwaardig voelt het?",
        "niet",
        "helemaal",
        (PartnerScore(ZOE, 4), PartnerScore(RENE, 6)),
    )
    rows = tuple(
        DecisionRow(
            f"Onderwerp {n}",
            DecisionChoice(ZOE if n % 2 else None),
            (PartnerWish(ZOE, DecisionChoice(RENE)), PartnerWish(RENE, DecisionChoice(RENE))),
        )
        for n in range(2 + size % 4)
    )
    steps = tuple(
        StepSummary(
            n,
            f"Stap over patronen {n}",
            (
                TextItem(f"Vraag {n}?", SENTENCE * (1 + (size * n) % 5)),
                TextItem(
                    f"Ieder apart {n}?",
                    "",
                    (PartnerText(ZOE, SENTENCE * (size % 3 + 1)), PartnerText(RENE, SENTENCE)),
                ),
                scale,
                DecisionMapItem("Wie beslist wat?", rows),
            ),
        )
        for n in range(1, 2 + size % 3)
    )
    exercises = tuple(
        ExerciseSummary(
            f"ONDERWERP-{n} wat doen we zondag",
            tuple(
                ExercisePart(
                    p, SENTENCE * (1 + (size + n) % 4), SENTENCE, "", SENTENCE, Voice.FULLY
                )
                for p in partners
            ),
            SENTENCE * (size % 5),
            f"BESLUIT-{n} " + SENTENCE * (1 + n % 3),
            SENTENCE,
            False,
        )
        for n in range(1, 3 + size % 3)
    )
    agreements = tuple(
        AgreementLine(f"Afspraak {n}: " + SENTENCE[: 20 + 7 * n], (None, ZOE, RENE)[n % 3], DAY)
        for n in range(size * 2)
    )
    reviewed = tuple(
        ReviewLine(f"Oude afspraak {n}", RENE, AgreementReview.DONE, SENTENCE) for n in range(size)
    )
    dates = tuple(DAY - timedelta(14 * k) for k in range(4, -1, -1))
    progress = tuple(
        ProgressChart(f"Grafiekvraag {n}", dates, (ProgressLine(ZOE, (3, 4, None, 6, 7)),))
        for n in range(2)
    )
    return SessionSummary(
        session_id=1,
        couple_name="Zoë & René",
        partners=partners,
        date=DAY,
        start_time=time(10),
        checkin=(scale,) * (1 + size % 2),
        steps=steps,
        exercises=exercises,
        agreements=agreements,
        reviewed=reviewed,
        reviewed_date=DAY - timedelta(14) if reviewed else None,
        shared_notes=SENTENCE * (size * 3 % 17),
        next_appointment=DAY + timedelta(14),
        progress=progress,
        practice=Practice(coach_name="Marieke Jansen", practice_name="Praktijk Samen Verder"),
    )


# reading the PDF -------------------------------------------------------------------------
def runs(page: Any) -> list[tuple[float, str, str, float]]:
    """(y, text, font, size) of every piece of text on `page` above the footer."""
    found: list[tuple[float, str, str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y > MARGIN_BOTTOM - 2 and font is not None:
            found.append((y, text.strip(), str(font.get("/BaseFont", "")), size))

    page.extract_text(visitor_text=visit)
    return found


def is_heading(font: str, size: float) -> bool:
    """The styles that keep with what follows: h1, h2 (bold) and the questions (italic)."""
    return ("Bold" in font and size in (13.5, 10.5)) or ("Oblique" in font and size == 9.5)


def pages_of(pdf: bytes) -> list[list[tuple[float, str, str, float]]]:
    return [runs(page) for page in PdfReader(BytesIO(pdf)).pages]


def page_with(pages: list[list[tuple[float, str, str, float]]], marker: str) -> int:
    hits = [n for n, page in enumerate(pages) if any(marker in text for _y, text, _f, _s in page)]
    assert hits, marker
    return hits[0]


# headings and blocks --------------------------------------------------------------------
@pytest.mark.parametrize("size", range(1, 13))
def test_no_page_ends_with_a_heading(size: int) -> None:
    pages = pages_of(render_summary(long_summary(size)))
    assert len(pages) >= 2
    for number, page in enumerate(pages[:-1], start=1):
        _y, text, font, font_size = min(page)
        assert not is_heading(font, font_size), f"page {number} ends with heading {text!r}"


@pytest.mark.parametrize("size", range(1, 13))
def test_an_exercise_s_decision_stays_with_its_preferences(size: int) -> None:
    summary = long_summary(size)
    pages = pages_of(render_summary(summary))
    for n in range(1, len(summary.exercises) + 1):
        assert page_with(pages, f"ONDERWERP-{n}") == page_with(pages, f"BESLUIT-{n}"), n


def test_a_chart_and_its_heading_share_a_page() -> None:
    for size in range(1, 13):
        pages = pages_of(render_summary(long_summary(size)))
        assert page_with(pages, "Het verloop over de sessies") == page_with(pages, "Grafiekvraag 0")


def test_no_block_nests_another() -> None:
    """ReportLab measures a KeepTogether inside another as 0xffffff tall: a blank page."""
    from reportlab.platypus import KeepTogether

    from stellenstof_desktop.report.pdf import keep_headings, summary_story

    for block in keep_headings(summary_story(long_summary(5))):
        if isinstance(block, KeepTogether):
            assert not any(isinstance(f, KeepTogether) for f in vars(block)["_content"]), block


# the worksheet -------------------------------------------------------------------------
def words_of(pdf: bytes, tmp_path: Path) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) of every word, from poppler's `pdftotext -bbox`."""
    found = shutil.which("pdftotext")
    if found is None:
        pytest.skip("pdftotext is not installed (Debian package poppler-utils)")
    path = tmp_path / "blad.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        [found, "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [(float(a), float(b), w) for a, b, w in re.findall(pattern, html)]


LONG_NAMES = [
    ("Sanne", "Joost"),
    ("Anne-Marie van der Heijden-Bakker", "Jan-Willem van Oosterhout-de Vries"),
    ("Anne-Marie " * 30, "Jan-Willem" * 30),
    ("W" * 200, "Ĳsbrand-Zoë van ’t Hoogveld " * 7),
]


@pytest.mark.parametrize(("first", "second"), LONG_NAMES)
@pytest.mark.parametrize("alone", [False, True])
def test_the_worksheet_is_one_page_within_the_margins(
    first: str, second: str, alone: bool, tmp_path: Path
) -> None:
    first, second = first[:NAME_MAX].strip(), second[:NAME_MAX].strip()
    sheet = Worksheet(
        "Stel",
        (Person(1, first, None, True), Person(2, second, None, not alone)),
        Practice(coach_name="Marieke Jansen", practice_name="Praktijk Samen Verder"),
    )
    pdf = render_worksheet(sheet)
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    words = words_of(pdf, tmp_path)
    assert words and "besluiten" in {w for _a, _b, w in words}
    right = PAGE_WIDTH - MARGIN_X + 0.5
    assert [w for _a, b, w in words if b > right] == []
    assert [w for a, _b, w in words if a < MARGIN_X - 0.5] == []


# sentences ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ([], ""),
        (["Zoë"], "Zoë"),
        (["Zoë", "René"], "Zoë en René"),
        (["Zoë", "Zeger"], "Zoë en Zeger"),
        (["Sam", "Sam"], "Sam en Sam"),  # two people, one first name
        (["Anne", "Bram", "Cas"], "Anne, Bram en Cas"),
        (["  Anne-Marie  van der Heijden ", "", "Jan"], "Anne-Marie van der Heijden en Jan"),
    ],
)
def test_names_list(given: list[str], expected: str) -> None:
    from stellenstof_desktop.report.text import names_list

    assert names_list(given) == expected


NEXT = DAY + timedelta(14)


@pytest.mark.parametrize(
    ("partner", "due", "expected"),
    [
        (None, None, ""),
        ("René", None, "René"),
        (None, DAY, "vandaag nog"),
        ("Zoë", DAY, "Zoë, vandaag nog"),
        (None, NEXT, "vóór de volgende sessie"),
        (None, DAY + timedelta(5), "uiterlijk zondag 6 december 2026"),
    ],
)
def test_agreement_detail(partner: str | None, due: date | None, expected: str) -> None:
    from stellenstof_desktop.report.text import agreement_detail

    assert agreement_detail(partner, due, DAY, NEXT) == expected


SAM_1, SAM_2 = Person(1, "Sam", None, True), Person(2, "Sam", None, True)
TOGETHER = DecisionChoice(None)


@pytest.mark.parametrize(
    ("row", "for_one", "expected"),
    [
        (
            DecisionRow("Geld", DecisionChoice(ZOE), (PartnerWish(RENE, DecisionChoice(RENE)),)),
            False,
            "Geld: nu beslist vooral Zoë, René wil zelf beslissen.",
        ),
        (
            DecisionRow(
                "Vakantie",
                None,
                (PartnerWish(ZOE, DecisionChoice(RENE)), PartnerWish(RENE, TOGETHER)),
            ),
            False,
            "Vakantie: Zoë wil dat René beslist; René wil samen beslissen.",
        ),
        (
            DecisionRow("Eten", TOGETHER, (PartnerWish(SAM_1, DecisionChoice(SAM_2)),)),
            False,
            "Eten: nu beslissen jullie samen, Sam wil dat de ander beslist.",
        ),
        (
            DecisionRow(
                "Eten",
                DecisionChoice(ZOE),
                (PartnerWish(ZOE, TOGETHER), PartnerWish(RENE, TOGETHER)),
            ),
            False,
            "Eten: nu beslist vooral Zoë, jullie willen allebei samen beslissen.",
        ),
        (
            DecisionRow("Eten", TOGETHER, (PartnerWish(ZOE, DecisionChoice(ZOE)),)),
            True,
            "Eten: nu beslis je samen met je partner, Zoë wil zelf beslissen.",
        ),
        (
            DecisionRow("Geld", TOGETHER, (PartnerWish(ZOE, TOGETHER),)),
            True,
            "Zo wil je het houden: geld.",
        ),
    ],
)
def test_decision_sentences(row: DecisionRow, for_one: bool, expected: str) -> None:
    from stellenstof_desktop.report.text import decision_sentences

    assert decision_sentences([row], for_one) == (expected,)


def test_the_report_writes_its_own_sentences(tmp_path: Path) -> None:
    text = " ".join(
        page.extract_text() for page in PdfReader(BytesIO(render_summary(long_summary(3)))).pages
    )
    text = " ".join(text.split())
    assert "wil dat René beslist" not in text.replace("Zoë wil dat René", "")
    assert "allebei" not in re.sub(r"jullie willen allebei", "", text)
    assert "Het verloop over de sessies" in text and "Jullie verloop" not in text
    assert "vandaag nog" in text and "vóór dinsdag 1 december" not in text
    assert not re.search(r"\d\d-\d\d-\d{4}", text)
