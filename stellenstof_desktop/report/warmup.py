"""The PDF machinery loaded ahead of need, so the coach's first PDF is as quick as later ones.

The first report in a process used to pay ~0.5 s for importing ReportLab (platypus, the
canvas, the chart graphics), pypdf (the password), Pillow's image formats (the logo) and
reading the embedded fonts. The app starts `start()` once the window is ready; it imports
and registers exactly what a report uses on a daemon thread and renders nothing, so it
touches no client text. Right-to-left shaping (arabic-reshaper, python-bidi) stays loaded
on first use: few reports need it.
"""

from __future__ import annotations

import logging
import threading

logger = logging.getLogger(__name__)


def warm_up() -> None:
    """Import the report modules and register their fonts (thread-safe, idempotent)."""
    import pypdf  # noqa: F401  # encrypt() imports it for a PDF with a password
    from PIL import Image

    from stellenstof_desktop.report import charts, fonts, pdf, worksheet  # noqa: F401

    Image.preinit()  # the image formats of a practice logo: ~15 ms on its first open
    fonts.register()
    fonts.covered()  # which font draws which character: read from the font files once
    fonts.fallback_covered()


def _run() -> None:
    try:
        warm_up()
    except Exception as error:  # the first PDF then loads it all itself, as before
        logger.warning(
            "PDF warm-up failed (%s); the first PDF loads it itself", type(error).__name__
        )


def start() -> threading.Thread:
    """Warm up on a daemon thread (it never keeps the app from quitting); the thread."""
    thread = threading.Thread(target=_run, name="stellenstof-pdf-warmup", daemon=True)
    thread.start()
    return thread
