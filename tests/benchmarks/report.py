"""PDF export of a full session, against a trivial one-paragraph ReportLab PDF in the same run."""

from __future__ import annotations

import time
from collections.abc import Callable
from io import BytesIO

from stellenstof_desktop.content import load_method
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.services.container import open_services
from tests.benchmarks.core import Context, Row, median_or_none
from tests.sample_session import make_sample


def _ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _trivial_pdf() -> bytes:
    """The least ReportLab can do: one paragraph on one page, built-in font."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer)
    doc.build([Paragraph("Verslag van onze sessie.", getSampleStyleSheet()["Normal"])])
    return buffer.getvalue()


def pdf_export(ctx: Context) -> list[Row]:
    """Summary read + PDF rendered for a rich session (3 pages, charts, logo); warm process."""
    services = open_services(ctx.tmp / "pdf")
    try:
        sample = make_sample(services)
        method = load_method("nl", resource_path("content")).method

        def export() -> bytes:
            from stellenstof_desktop.report.pdf import render_summary  # as the app: on use

            return render_summary(services.summary.build(sample.session_id, method))

        first = _ms(export)  # the first export also imports ReportLab and reads the fonts
        from pypdf import PdfReader

        from stellenstof_desktop.report.pdf import encrypt

        _ms(_trivial_pdf)
        app: list[float] = []
        baseline: list[float] = []
        locked: list[float] = []
        for _ in range(ctx.runs):
            baseline.append(_ms(_trivial_pdf))
            app.append(_ms(export))
            pdf = export()
            locked.append(_ms(lambda: encrypt(pdf, "wachtwoord")))  # noqa: B023  # runs at once
        pages = len(PdfReader(BytesIO(export())).pages)
    finally:
        services.db.close()
    return [
        Row(
            "PDF export, full session",
            median_or_none(app),
            median_or_none(baseline),
            max_app=300,
            note=f"summary from the database + {pages}-page PDF; baseline: one-paragraph PDF",
            samples={"app": app, "baseline": baseline},
        ),
        Row(
            "PDF export, first in process",
            first,
            note="includes importing ReportLab and registering the fonts",
        ),
        Row(
            "PDF password (AES-256, pypdf)",
            median_or_none(locked),
            max_app=100,
            samples={"encrypt": locked},
        ),
    ]
