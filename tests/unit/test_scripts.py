"""Every script, every mark (issue 14): Arabic, Hebrew, Greek, Cyrillic and combining marks
come out of the report and the worksheet as the letters they are, via DejaVu Sans."""

from __future__ import annotations

import subprocess
import unicodedata
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from stellenstof_desktop.content import load_method
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.report.model import Person, Practice, Worksheet
from stellenstof_desktop.report.pdf import render_summary
from stellenstof_desktop.report.worksheet import render_worksheet
from stellenstof_desktop.services.container import Services
from tests.sample_session import make_sample
from tests.unit.test_pdf import tool

ARABIC, HEBREW, GREEK, CYRILLIC = "مريم", "שרה", "Ελένη", "Жанна"
MARKS = ("n\u0308", "e\u0301")  # n-umlaut has no precomposed form; e-acute becomes "é"
WORDS = (ARABIC, HEBREW, GREEK, CYRILLIC, *MARKS)
PLAIN = ("Maria", "Sara", "Eleni", "Janna", "n", "e")  # the same document in ASCII


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "scripts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        [tool("pdftotext", "poppler-utils"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    # Arabic comes back as presentation forms (shaped letters): NFKC maps them back.
    return unicodedata.normalize("NFKC", out)


def assert_every_word(text: str) -> None:
    from bidi import get_display

    # pdftotext may give right-to-left runs in visual order; get_display turns such a
    # line back (it is its own inverse for a line with one direction change or none).
    lines = [(line, get_display(line)) for line in text.split("\n")]
    for word in WORDS:
        nfc = unicodedata.normalize("NFC", word)
        found = [
            line for line, logical in lines if nfc in line or nfc in logical or nfc[::-1] in line
        ]
        assert found, word


def assert_no_question_marks_added(text: str, control: str) -> None:
    """`control` is the same document with plain ASCII words: any extra "?" is a lost letter."""
    assert text.count("?") == control.count("?"), (text.count("?"), control.count("?"))


def embedded_fonts(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts = resources["/Font"].get_object()
        assert isinstance(fonts, DictionaryObject)
        for ref in fonts.values():
            font = ref.get_object()
            if font.get("/FontDescriptor") is not None:
                assert "/FontFile2" in font["/FontDescriptor"].get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def _report(services: Services, words: tuple[str, ...]) -> bytes:
    method = load_method("nl", resource_path("content")).method
    text = " ".join(words)
    sample = make_sample(services, notes=f"Notitie: {text} einde")
    services.answers.save_text(sample.session_id, "patroon.wie_beslist", None, text)
    coach = f"{words[0]} {words[2]}"
    services.profile.save(services.profile.get().__class__(coach_name=coach))
    return render_summary(services.summary.build(sample.session_id, method))


def test_the_report_keeps_every_script_and_mark(services: Services, tmp_path: Path) -> None:
    pdf = _report(services, WORDS)
    out = pdftotext(pdf, tmp_path)
    assert_every_word(out)
    assert_no_question_marks_added(out, pdftotext(_report(services, PLAIN), tmp_path))
    assert "DejaVuSans" in embedded_fonts(pdf)


def _worksheet(words: tuple[str, ...]) -> bytes:
    arabic, hebrew, greek, cyrillic, *marks = words
    return render_worksheet(
        Worksheet(
            f"{greek} & {cyrillic} {' '.join(marks)}",
            (Person(1, arabic, None, True), Person(2, hebrew, None, True)),
            Practice(coach_name=cyrillic, practice_name=f"{greek} {arabic}"),
        )
    )


def test_the_worksheet_keeps_every_script_and_mark(tmp_path: Path) -> None:
    pdf = _worksheet(WORDS)
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    out = pdftotext(pdf, tmp_path)
    assert_every_word(out)
    assert_no_question_marks_added(out, pdftotext(_worksheet(PLAIN), tmp_path))
    fonts = embedded_fonts(pdf)
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts, fonts


@pytest.mark.parametrize("word", WORDS)
def test_no_word_falls_back_to_a_question_mark(word: str) -> None:
    from stellenstof_desktop.report.fonts import markup, printable

    assert printable(word) == unicodedata.normalize("NFC", word)
    assert "?" not in markup(word)


def test_a_wrapped_right_to_left_paragraph_reads_its_first_line_first(tmp_path: Path) -> None:
    """Wrapped in logical order, then each line ordered: line 1 holds the first words."""
    from stellenstof_desktop.report.pdf import PageInfo, build_pdf, styles, user_text

    letters = "אבגדהוזחטיכלמנסעפצקרשת"
    words = [letters[i // 22] + letters[i % 22] + letters[(i * 5 + 1) % 22] for i in range(70)]
    pdf = build_pdf(user_text(" ".join(words), styles().body), PageInfo(Practice(), "t", "s", ""))
    lines = [
        line.strip("\u202a\u202b\u202c ").split()
        for line in pdftotext(pdf, tmp_path).split("\n")
        if any(ch in letters for ch in line)
    ]
    assert len(lines) >= 3  # it wraps
    start = 0
    for line in lines:  # each line holds the next words, in whichever visual order
        assert set(line) == set(words[start : start + len(line)]), (start, line)
        start += len(line)
    assert start == len(words)
