"""The summary PDF: what it shows and hides, hostile text, fonts, metadata, password, CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from io import BytesIO
from pathlib import Path
from typing import get_args

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from pypdf.generic import DictionaryObject, PdfObject

from stellenstof_desktop.cli import main
from stellenstof_desktop.content import Method, load_method
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.report.fonts import covered, fallback_covered, markup, printable
from stellenstof_desktop.report.model import Item, Person, Practice, SessionSummary, Worksheet
from stellenstof_desktop.report.pdf import RENDERERS, encrypt, render_summary
from stellenstof_desktop.report.worksheet import render_worksheet
from stellenstof_desktop.services.container import Services
from tests.sample_session import SECRETS, SHARED, make_sample

HOSTILE = (
    '<b>vet</b> R&D &amp; ]]> <img src="/etc/passwd"/> <para> <br> & < >\n'
    "emoji 😀👨‍👩‍👧👍🏽 klaar\n"
    "rechts naar links: مرحبا بكم ‏שלום‎ einde\n"
    "\x00\x07\x1b controle \u202eomgekeerd\u202c tab\there\n"
    "Zoë, Joël, ĳsje, café, naïef — “quotes” ‘ook’ …"
)


@pytest.fixture(scope="module")
def method() -> Method:
    return load_method("nl", resource_path("content")).method


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def tool(name: str, package: str) -> str:
    """A PDF checking tool; skipped without it locally, a failure in CI (which installs it)."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing in CI; .ci/run installs {package} via bootstrap.sh")
        pytest.skip(f"{name} is not installed (Debian package {package}); .ci/run installs it")
    return found


def qpdf_check(pdf: bytes, tmp_path: Path, *extra: str) -> None:
    qpdf = tool("qpdf", "qpdf")
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        [qpdf, *extra, "--check", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def summary(services: Services, method: Method) -> SessionSummary:
    return services.summary.build(make_sample(services).session_id, method)


def test_pdf_shows_what_is_shared_and_nothing_private(
    summary: SessionSummary, tmp_path: Path
) -> None:
    pdf = render_summary(summary)
    assert pdf.startswith(b"%PDF-")
    text = text_of(pdf)
    for marker in SHARED:
        assert marker in text.replace("\n", " "), marker
    for marker in SECRETS:
        assert marker not in text and marker.encode() not in pdf, marker
    for expected in (
        "Verslag van onze sessie",
        "dinsdag 2 juni 2026",
        "Praktijk Samen Verder",
        "Hoe het nu met jullie gaat",
        "Stap 1 · Het patroon is van ons samen",
        "Zo willen jullie het houden",
        "Het verloop over de sessies",
        "Hartelijke groet",
        "Zoë’s verjaardag — “fijn” ĳs",
    ):
        assert expected in text, expected
    qpdf_check(pdf, tmp_path)


def test_pdftotext_agrees(summary: SessionSummary, tmp_path: Path) -> None:
    pdftotext = tool("pdftotext", "poppler-utils")
    path = tmp_path / "s.pdf"
    path.write_bytes(render_summary(summary))
    out = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()
    assert "GEDEELD-NOTITIE" in out and "GEHEIM" not in out


def _dictionary(value: PdfObject) -> DictionaryObject:
    """A PDF dictionary entry that holds a dictionary (pypdf types every entry as any object)."""
    assert isinstance(value, DictionaryObject), type(value)
    return value


def test_pages_are_numbered_and_metadata_is_dutch(summary: SessionSummary) -> None:
    reader = PdfReader(BytesIO(render_summary(summary)))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"pagina {number} van {total}" in page.extract_text()
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Sessieverslag Sanne & Joost de Vries, dinsdag 2 juni 2026"
    assert meta.author == "Marieke Jansen"
    assert meta.subject == "Verslag van een coachingsessie"
    assert _dictionary(reader.trailer["/Root"])["/Lang"] == "nl-NL"


def test_fonts_are_embedded_truetype(summary: SessionSummary) -> None:
    reader = PdfReader(BytesIO(render_summary(summary)))
    fonts = _dictionary(_dictionary(reader.pages[0]["/Resources"])["/Font"])
    names = set()
    for ref in fonts.values():
        font = ref.get_object()
        assert isinstance(font, DictionaryObject)
        if font.get("/Subtype") == "/Type1" and "Helvetica" in str(font.get("/BaseFont")):
            pytest.fail("a built-in, non-embedded font slipped in")
        descriptor = font.get("/FontDescriptor")
        if descriptor is not None:
            assert "/FontFile2" in descriptor.get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
    assert {
        "BitstreamVeraSans-Roman",
        "BitstreamVeraSans-Bold",
        "BitstreamVeraSans-Oblique",
    } <= names


def test_hostile_text_gives_a_valid_pdf(services: Services, method: Method, tmp_path: Path) -> None:
    sample = make_sample(services, notes=HOSTILE)
    services.answers.save_text(sample.session_id, "patroon.wie_beslist", None, HOSTILE)
    services.profile.save(services.profile.get().__class__(coach_name="<i>Coach</i> & Co 😀"))
    pdf = render_summary(services.summary.build(sample.session_id, method))
    text = text_of(pdf)
    assert '<b>vet</b> R&D &amp; ]]> <img src="/etc/passwd"/>' in text
    assert "emoji (emoji) klaar" in " ".join(text.split())
    assert "Zoë, Joël, ĳsje, café, naïef" in text
    assert "<i>Coach</i> & Co (emoji)" in text
    qpdf_check(pdf, tmp_path)


def test_a_huge_note_flows_over_many_pages(
    services: Services, method: Method, tmp_path: Path
) -> None:
    words = ("Zoë en Joël spraken af dat ze samen kiezen. " * 5000)[:200_000]
    sample = make_sample(services, notes="EERSTE " + words + " LAATSTE")
    pdf = render_summary(services.summary.build(sample.session_id, method))
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) > 20
    assert "EERSTE" in reader.pages[2].extract_text() or "EERSTE" in text_of(pdf)
    assert "LAATSTE" in "".join(p.extract_text() for p in reader.pages[-3:])
    qpdf_check(pdf, tmp_path)


def test_printable_keeps_every_letter_and_replaces_emoji_visibly() -> None:
    assert printable("Zoë’s ĳs — “ja” … €5") == "Zoë’s ĳs — “ja” … €5"
    assert printable("fijn 😀👍🏽 dag") == "fijn (emoji) dag"
    assert printable("hallo مرحبا بكم daar") == "hallo مرحبا بكم daar"
    assert printable("ő ț ł") == "ő ț ł"
    assert printable("e\u0301 n\u0308") == "é n\u0308"  # NFC; no precomposed n-umlaut
    assert printable("你好 daar") == "? daar"  # a script neither font has
    assert printable("a\u200fb\u202ec\x00d") == "abcd"
    assert markup("<b>R&D</b>\nregel") == "&lt;b&gt;R&amp;D&lt;/b&gt;<br/>regel"
    assert markup("αβ mega") == '<font name="DejaVuSans">αβ </font>mega'
    have = covered() | fallback_covered()
    sample = "".join(chr(cp) for cp in range(0x20, 0x3000) if unicodedata.category(chr(cp)) != "Cs")
    assert set(printable(sample)) <= have | {"\n"}


def test_a_damaged_logo_or_none_still_renders(summary: SessionSummary) -> None:
    for logo in (None, b"\x89PNG\r\n\x1a\nkapot"):
        practice = Practice(coach_name="M", logo=logo)
        pdf = render_summary(summary.__class__(**{**vars(summary), "practice": practice}))
        assert "Verslag van onze sessie" in text_of(pdf)


def test_every_summary_item_has_a_renderer() -> None:
    assert set(RENDERERS) == set(get_args(Item))


def test_password_protects_with_aes256(summary: SessionSummary, tmp_path: Path) -> None:
    pdf = encrypt(render_summary(summary), "geheim wachtwoord")
    assert b"GEDEELD-NOTITIE" not in pdf
    locked = PdfReader(BytesIO(pdf))
    assert locked.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        _ = locked.pages[0].extract_text()
    assert not locked.decrypt("fout")
    reader = PdfReader(BytesIO(pdf))
    assert reader.decrypt("geheim wachtwoord")
    assert reader.metadata is not None and reader.metadata.title
    assert "GEDEELD-NOTITIE" in "".join(p.extract_text() for p in reader.pages)
    assert "/AESV3" in str(_dictionary(reader.trailer["/Encrypt"])["/CF"])
    qpdf_check(pdf, tmp_path, "--password=geheim wachtwoord")


def test_worksheet_is_one_page_with_the_names(tmp_path: Path) -> None:
    sheet = Worksheet(
        "Sanne & Joost",
        (Person(1, "Sanne", None, True), Person(2, "Joël 😀", None, True)),
        Practice(coach_name="Marieke", practice_name="Samen Verder"),
    )
    pdf = render_worksheet(sheet)
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("Samen besluiten", "Sanne", "Joël", "Samen Verder", "Besluit samen"):
        assert expected in text
    qpdf_check(pdf, tmp_path)


def test_summary_tab_and_mail_do_not_load_reportlab() -> None:
    code = (
        "import stellenstof_desktop.ui.summary.view, stellenstof_desktop.report.mail\n"
        "import stellenstof_desktop.services.summary, sys\n"
        "print('reportlab' in sys.modules, 'pypdf' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "False"]


# command line ----------------------------------------------------------------------------
def test_cli_writes_the_same_pdf(
    services: Services, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = make_sample(services)
    out = tmp_path / "verslag.pdf"
    assert main(["pdf", str(sample.session_id), "-o", str(out), "--data-dir", str(data_dir)]) == 0
    assert "Verslag geschreven" in capsys.readouterr().out
    assert "GEDEELD-NOTITIE" in text_of(out.read_bytes())

    locked = tmp_path / "slot.pdf"
    argv = ["pdf", str(sample.session_id), "-o", str(locked), "--password", "pw"]
    assert main([*argv, "--data-dir", str(data_dir)]) == 0
    reader = PdfReader(locked)
    assert reader.is_encrypted and reader.decrypt("pw")


def test_cli_unknown_session(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["pdf", "999", "-o", str(out), "--data-dir", str(data_dir)]) == 2
    assert "bestaat niet meer" in capsys.readouterr().err
    assert not out.exists()


def test_cli_pdf_renders_without_qt(services: Services, data_dir: Path, tmp_path: Path) -> None:
    sample = make_sample(services)
    out = tmp_path / "x.pdf"
    code = (
        "import sys; from stellenstof_desktop.cli import main\n"
        f"code = main(['pdf', '{sample.session_id}', '-o', {str(out)!r}, "
        f"'--data-dir', {str(data_dir)!r}])\n"
        "print(code, 'PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split()[-2:] == ["0", "False"], result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_the_next_appointment_has_its_hour(services: Services, method: Method) -> None:
    from datetime import date, time

    from stellenstof_desktop.domain import NextAppointment

    session_id = make_sample(services).session_id
    services.agreements.set_next_appointment_at(
        session_id, NextAppointment(date(2026, 6, 16), time(19, 30))
    )
    text = text_of(render_summary(services.summary.build(session_id, method)))
    assert "dinsdag 16 juni 2026, 19:30 uur" in text.replace("\n", " ")
