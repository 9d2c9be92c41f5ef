"""The PDF warm-up: off the UI thread, harmless when it fails, and no race with a real PDF."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from textwrap import dedent

import pytest

from stellenstof_desktop.report import fonts, warmup


def test_warm_up_runs_on_a_daemon_thread_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[threading.Thread] = []
    monkeypatch.setattr(warmup, "warm_up", lambda: seen.append(threading.current_thread()))
    thread = warmup.start()
    thread.join(timeout=30)
    assert seen == [thread]
    assert thread is not threading.main_thread() and thread.daemon


def test_a_failing_warm_up_is_logged_without_detail(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise OSError("Vera.ttf van Zoë en Joël")  # a message must not reach the log

    monkeypatch.setattr(warmup, "warm_up", broken)
    with caplog.at_level(logging.WARNING, logger=warmup.__name__):
        warmup.start().join(timeout=30)
    assert "OSError" in caplog.text
    assert "Zoë" not in caplog.text


def test_warm_up_registers_the_report_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics

    warmup.warm_up()
    warmup.warm_up()  # a second call costs nothing and changes nothing
    assert {fonts.FONT, fonts.FONT_BOLD, fonts.FALLBACK} <= set(pdfmetrics.getRegisteredFontNames())


def test_a_pdf_made_while_warming_up_embeds_its_fonts() -> None:
    """In a fresh process: the UI thread makes a PDF at once, racing the warm-up thread."""
    script = dedent(
        """
        from io import BytesIO
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph, SimpleDocTemplate
        from stellenstof_desktop.report import fonts, warmup

        thread = warmup.start()
        fonts.register()
        style = ParagraphStyle("body", fontName=fonts.FONT, fontSize=10)
        buffer = BytesIO()
        text = "Zoë <b>en</b> Joël: ŝ ж"
        SimpleDocTemplate(buffer).build([Paragraph(fonts.markup(text), style)])
        thread.join(timeout=60)
        pdf = buffer.getvalue()
        assert pdf.startswith(b"%PDF") and b"Vera" in pdf and b"DejaVuSans" in pdf, pdf[:200]
        assert not thread.is_alive()
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_warm_up_reads_the_logo_formats_ahead_of_the_first_pdf() -> None:
    """A practice logo (PNG or JPEG) made the first PDF open Pillow's formats: ~15 ms."""
    probe = (
        "import sys; from stellenstof_desktop.report import warmup; CALL"
        "print(all(f'PIL.{m}ImagePlugin' in sys.modules for m in ('Png', 'Jpeg')))"
    )
    seen = [
        subprocess.run(
            [sys.executable, "-c", probe.replace("CALL", call)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for call in ("from stellenstof_desktop.report import pdf; ", "warmup.warm_up(); ")
    ]
    assert seen == ["False", "True"]  # the report modules alone do not load them
