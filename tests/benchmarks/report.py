"""PDF export of a full session, against a trivial one-paragraph ReportLab PDF in the same run."""

from __future__ import annotations

import time
from collections.abc import Callable
from io import BytesIO

from stellenstof_desktop.content import load_method
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.services.container import open_services
from tests.benchmarks.core import Context, Row, median_or_none, start_until
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

        _ms(export)  # the first export also imports ReportLab and reads the fonts
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
        *_first_pdf(ctx),
        Row(
            "PDF password (AES-256, pypdf)",
            median_or_none(locked),
            max_app=100,
            samples={"encrypt": locked},
        ),
    ]


def _first_pdf(ctx: Context) -> list[Row]:
    """The first PDF of a fresh process, cold and after the app's warm-up, interleaved."""
    times: dict[str, list[float]] = {"cold": [], "warm": [], "later": []}
    for round_ in range(max(3, ctx.runs)):
        for mode in ("cold", "warm") if round_ % 2 else ("warm", "cold"):
            folder = ctx.tmp / f"pdf-first-{mode}-{round_}"
            _, lines = start_until(
                ctx, ["-m", "tests.benchmarks.pdf_first", mode, str(folder)], None
            )
            values = dict(line.split() for line in lines if line.startswith(("first ", "later ")))
            times[mode].append(float(values["first"]))
            times["later"].append(float(values["later"]))
    later = median_or_none(times["later"])
    return [
        Row(
            "PDF, first in process (cold)",
            median_or_none(times["cold"]),
            later,
            note="imports ReportLab and pypdf and reads the fonts; baseline: later PDFs",
            samples=times,
        ),
        Row(
            "PDF, first after warm-up",
            median_or_none(times["warm"]),
            later,
            max_ratio=1.3,
            max_app=400,
            note="report/warmup.py ran on its thread first, as the app starts it after 'ready'",
        ),
    ]
