"""The report's language (issue 14): the PDF, the worksheet, the e-mail and the export's
headings speak the language the coach chose, with the method's questions in it too."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from stellenstof_desktop.content import Method, in_language, load_method
from stellenstof_desktop.domain import AgreementReview, CoachProfile, Voice
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.report.mail import (
    body_template,
    make_draft,
    pdf_file_name,
    subject_template,
)
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
from stellenstof_desktop.report.pdf import render_summary
from stellenstof_desktop.report.text import (
    EXPORT_KEYS_EN,
    WORDING,
    decision_sentences,
    export_about,
    export_headings,
    language_of,
    long_date,
    names_list,
    wording,
)
from stellenstof_desktop.report.worksheet import render_worksheet, worksheet_file_name
from stellenstof_desktop.services.container import Services
from tests.sample_session import make_sample
from tests.unit.test_scripts import pdftotext as scripts_text

DAY = date(2026, 12, 1)  # a Tuesday in December
ZOE = Person(1, "Zoë", "zoe@example.nl", True)
RENE = Person(2, "René", "rene@example.nl", True)
TEXT = "Xylo quartz vim. "  # user text in no language at all: only the report's words count
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
DUTCH_DATE = re.compile(
    r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart"
    r"|mei|juni|juli|augustus|oktober|december)\b"  # lowercase: "December" is English
)
ENGLISH_DATE = re.compile(r"\b(Monday|Tuesday|Sunday|May|June|December)\b")


def summary_in(language: str, solo: bool = False) -> SessionSummary:
    """A session with every section of the report, its user text in no language."""
    partners = (ZOE, replace(RENE, attended=not solo))
    here = partners[:1] if solo else partners
    scale = ScaleItem("Q-scale?", "lo", "hi", tuple(PartnerScore(p, 5) for p in here))
    row = DecisionRow(
        "Area-x", DecisionChoice(ZOE), tuple(PartnerWish(p, DecisionChoice(None)) for p in here)
    )
    kept = DecisionRow("Area-y", DecisionChoice(None), (PartnerWish(ZOE, DecisionChoice(None)),))
    steps = (
        StepSummary(
            1,
            "Title-1",
            (
                TextItem("Q-1?", TEXT, tuple(PartnerText(p, TEXT) for p in here)),
                scale,
                DecisionMapItem("Q-map?", (row, kept)),
            ),
        ),
        StepSummary(2, "Title-2", ()),
    )
    exercise = ExerciseSummary(
        "",  # no topic: the report names it itself
        tuple(ExercisePart(p, TEXT, TEXT, TEXT, TEXT, Voice.PARTLY) for p in here),
        TEXT,
        TEXT,
        TEXT,
        solo,
    )
    return SessionSummary(
        session_id=1,
        couple_name="Zoë & René",
        partners=partners,
        date=DAY,
        start_time=time(10),
        checkin=(scale,),
        steps=steps,
        exercises=(exercise,),
        agreements=(
            AgreementLine("Deal-1", None, DAY),
            AgreementLine("Deal-2", ZOE, DAY + timedelta(14)),
            AgreementLine("Deal-3", ZOE, DAY + timedelta(5)),
        ),
        reviewed=(
            ReviewLine("Old-1", ZOE, AgreementReview.DONE, ""),
            ReviewLine("Old-2", None, AgreementReview.NOT_DONE, TEXT),
        ),
        reviewed_date=DAY - timedelta(14),
        shared_notes=TEXT,
        next_appointment=DAY + timedelta(14),
        progress=(
            ProgressChart("Q-chart?", (DAY - timedelta(14), DAY), (ProgressLine(ZOE, (3, 5)),)),
        ),
        practice=Practice(
            coach_name="Coach-x",
            closing_text=CoachProfile().closing_text,  # the shipped default, left as it is
            closing_text_solo=CoachProfile().closing_text_solo,
        ),
        language=language,
    )


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    return " ".join(scripts_text(pdf, tmp_path).split())


def fixed_pieces(language: str, other: str) -> set[str]:
    """The words of `language`'s table that `other`'s never uses: what must not show."""
    mine = set(wording(True, language).values()) | set(wording(False, language).values())
    theirs = " ".join(set(wording(True, other).values()) | set(wording(False, other).values()))
    pieces = set()
    for text in mine:
        for piece in PLACEHOLDER.split(text):
            for line in piece.split("\n"):
                line = line.strip(" ,.:()·")
                if len(line) >= 5 and line not in theirs:
                    pieces.add(line)
    return pieces


def test_every_wording_exists_in_both_languages_with_the_same_placeholders() -> None:
    assert set(WORDING) == {"nl", "en"}
    assert set(WORDING["nl"]) == set(WORDING["en"])
    for key in WORDING["nl"]:
        for for_one in (False, True):
            nl, en = wording(for_one, "nl")[key], wording(for_one, "en")[key]
            assert nl.strip() and en.strip(), key
            assert sorted(PLACEHOLDER.findall(nl)) == sorted(PLACEHOLDER.findall(en)), key


def test_dates_and_names_per_language() -> None:
    assert long_date(date(2026, 11, 17), "nl") == "dinsdag 17 november 2026"
    assert long_date(date(2026, 11, 17), "en") == "Tuesday 17 November 2026"
    assert names_list(["A", "B"], "nl") == "A en B"
    assert names_list(["A", "B", "C"], "en") == "A, B and C"
    assert names_list(["Sam", "Sam"], "en") == "Sam and Sam"


@pytest.mark.parametrize(
    ("chosen", "interface", "expected"),
    [("", "nl", "nl"), ("", "en_GB", "en"), ("nl", "en", "nl"), ("", "de", "nl"), ("en", "", "en")],
)
def test_the_report_follows_the_choice_else_the_interface(
    chosen: str, interface: str, expected: str
) -> None:
    assert language_of(chosen, interface) == expected


def test_decision_sentences_in_english() -> None:
    rows = (
        DecisionRow("Money", DecisionChoice(ZOE), (PartnerWish(RENE, DecisionChoice(RENE)),)),
        DecisionRow(
            "Food",
            DecisionChoice(ZOE),
            tuple(PartnerWish(p, DecisionChoice(None)) for p in (ZOE, RENE)),
        ),
        DecisionRow("Holidays", DecisionChoice(None), (PartnerWish(ZOE, DecisionChoice(None)),)),
    )
    assert decision_sentences(rows, language="en") == (
        "You want to keep it this way: holidays.",
        "Money: now mostly Zoë decides, René would like to be the one who decides.",
        "Food: now mostly Zoë decides, you would both like to decide together.",
    )


@pytest.mark.parametrize("solo", [False, True])
def test_an_english_report_has_no_dutch_heading_or_date(tmp_path: Path, solo: bool) -> None:
    pdf = render_summary(summary_in("en", solo))
    text = pdftotext(pdf, tmp_path)
    assert "Report of our session" in text and "Tuesday 1 December 2026" in text
    assert "Agreements until next time" in text and "page 1 of" in text
    assert "Thank you" in text and "Kind regards," in text  # the default closing, in English
    found = [piece for piece in fixed_pieces("nl", "en") if piece in text]
    assert found == []
    assert DUTCH_DATE.findall(text) == []
    for word in ("Datum", "Aanwezig", "Stap ", "pagina", "uiterlijk", "samen", " uur"):
        assert word not in text, word
    info = PdfReader(BytesIO(pdf))
    assert info.metadata is not None and info.metadata.title is not None
    assert info.metadata.title.startswith("Session report")
    root = info.trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject) and str(root["/Lang"]) == "en-GB"


@pytest.mark.parametrize("solo", [False, True])
def test_a_dutch_report_has_no_english_heading(tmp_path: Path, solo: bool) -> None:
    text = pdftotext(render_summary(summary_in("nl", solo)), tmp_path)
    assert "Verslag van onze sessie" in text and "dinsdag 1 december 2026" in text
    found = [piece for piece in fixed_pieces("en", "nl") if piece in text]
    assert found == []
    assert ENGLISH_DATE.findall(text) == []


@pytest.mark.parametrize("solo", [False, True])
def test_the_worksheet_in_english(tmp_path: Path, solo: bool) -> None:
    sheet = Worksheet("Zoë & René", (ZOE, replace(RENE, attended=not solo)), Practice(), "en")
    text = pdftotext(render_worksheet(sheet), tmp_path)
    assert "Deciding together" in text and "My voice is in it:" in text
    assert ("Worksheet for Zoë" if solo else "Worksheet for Zoë and René") in text
    assert [piece for piece in fixed_pieces("nl", "en") if piece in text] == []
    assert worksheet_file_name(sheet).startswith("Worksheet deciding together Zoë")


@pytest.fixture(scope="module")
def english() -> Method:
    return load_method("en", resource_path("content")).method


def test_the_report_takes_the_questions_of_its_language(
    services: Services, english: Method, tmp_path: Path
) -> None:
    sample = make_sample(services)
    dutch = load_method("nl", resource_path("content")).method
    assert in_language(dutch, "en").steps[0].title == english.steps[0].title
    summary = services.summary.build(sample.session_id, in_language(dutch, "en"))
    assert summary.language == "en"
    text = pdftotext(render_summary(summary), tmp_path)
    assert english.checkin.prompts[0].text in text
    assert dutch.checkin.prompts[0].text not in text
    assert "Tuesday 2 June 2026" in text and "dinsdag" not in text


def test_the_e_mail_in_english(services: Services, english: Method) -> None:
    sample = make_sample(services)
    summary = services.summary.build(sample.session_id, english)
    profile = services.profile.get()  # the shipped Dutch subject and text
    draft = make_draft(
        summary, subject_template(summary, profile), body_template(summary, profile), True
    )
    assert draft.subject == "Report of our session of Tuesday 2 June 2026"
    assert draft.body.startswith("Dear Sanne and Joost,\n")
    assert "I will give you the password by phone" in draft.body
    assert "Beste" not in draft.body and "wachtwoord" not in draft.body
    assert pdf_file_name(summary) == "Session report Sanne and Joost 2026-06-02.pdf"

    own = replace(profile, mail_subject="Ons gesprek {datum}", mail_body="Hoi {namen}")
    hers = make_draft(summary, subject_template(summary, own), body_template(summary, own), False)
    assert (hers.subject, hers.body) == ("Ons gesprek Tuesday 2 June 2026", "Hoi Sanne and Joost\n")


def test_the_export_headings_in_english(services: Services) -> None:
    sample = make_sample(services)
    dutch = load_method("nl", resource_path("content")).method
    data = services.privacy.export_couple(sample.couple_id, dutch).data
    shown = export_headings(data, "en")
    assert export_headings(data, "nl") is data

    def keys(value: object, path: str = "") -> set[str]:
        if isinstance(value, list):
            return {k for item in value for k in keys(item, path)}
        if not isinstance(value, dict):
            return set()
        found = set()
        for key, item in value.items():
            found.add(key)
            if key not in ("choices", "coach_observations"):  # their keys are data
                found |= keys(item, key)
        return found

    assert keys(shown) <= set(EXPORT_KEYS_EN.values())
    assert isinstance(shown, dict) and shown["export"]["kind"] == "couple"
    assert "Sanne" in export_about("Sanne", "en") and export_about(None, "en").startswith("All")
