"""The embedded fonts of every PDF, and user text made safe for them and for markup.

Bitstream Vera draws Dutch and the West-European languages; DejaVu Sans (both shipped in
resources/fonts/ with their licences, because PyInstaller does not bundle ReportLab's own
font folder) is the fallback for every character Vera lacks: Latin with any diacritic or
combining mark, Greek, Cyrillic, Arabic, Hebrew and more. User text enters a PDF through
`markup()` (Paragraph) or `draw_text()` (canvas) only; both put each run of characters
Vera lacks in DejaVu Sans. Right-to-left runs are shaped (Arabic letters joined, with
`arabic-reshaper`) and put in visual order (`python-bidi`) line by line. Visual order is
only right for a line as it is printed, so a paragraph with right-to-left text is first
wrapped in logical order (`wrap_words`, done by the report's user-text paragraphs at the
width they are given) and then ordered line by line; else a wrapped Arabic paragraph
would print its last words on its first line.

What neither font has is replaced on purpose instead of printing as a black box: emoji
and other pictographs become "(emoji)" (no colour-emoji font works with ReportLab), a
letter with no glyph falls back to its compatibility form or base letter, and a run of
letters of a script neither font covers (Chinese, Devanagari, ...) becomes one "?".
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from stellenstof_desktop.paths import resource_path

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

FONT = "Vera"
FONT_BOLD = "Vera-Bold"
FONT_ITALIC = "Vera-Italic"
FONT_BOLD_ITALIC = "Vera-BoldItalic"
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"
_FILES = {
    FONT: "Vera.ttf",
    FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf",
    FONT_BOLD_ITALIC: "VeraBI.ttf",
    FALLBACK: "DejaVuSans.ttf",
    FALLBACK_BOLD: "DejaVuSans-Bold.ttf",
}
# No DejaVu oblique is shipped: a fallback run in italic text stays upright.
_FALLBACK_OF = {
    FONT: FALLBACK,
    FONT_ITALIC: FALLBACK,
    FONT_BOLD: FALLBACK_BOLD,
    FONT_BOLD_ITALIC: FALLBACK_BOLD,
    FALLBACK: FALLBACK,
    FALLBACK_BOLD: FALLBACK_BOLD,
}
EMOJI = "(emoji)"  # what an emoji or pictograph that no font has becomes, documented above
# Readable stand-ins for characters better printed otherwise.
_STAND_INS = {
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "\t": "    ",
}  # fmt: skip
_REPLACED = "\ufffd"  # marks a run of unsupported letters until runs are merged
_PICTOGRAPH = "\ue000"  # marks an emoji until runs are merged
_RUNS = re.compile(f"{_REPLACED}(?:[ {_REPLACED}]*{_REPLACED})?")
_PICTOGRAPHS = re.compile(f"{_PICTOGRAPH}+")
_RTL = frozenset(("R", "AL"))


_REGISTERING = threading.Lock()  # the PDF warm-up thread and the UI thread may both ask


def register() -> None:
    """Register the Vera and DejaVu Sans families with ReportLab once per process."""
    # functools.cache does not stop two threads running the body at once; ReportLab's
    # registry keeps the first of two objects per name, so a document could mix them.
    with _REGISTERING:
        _register()


@cache
def _register() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{file}"))))
    # So that <b> and <i> in paragraph markup pick the right faces.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    addMapping(FALLBACK, 0, 0, FALLBACK)
    addMapping(FALLBACK, 1, 0, FALLBACK_BOLD)
    addMapping(FALLBACK, 0, 1, FALLBACK)
    addMapping(FALLBACK, 1, 1, FALLBACK_BOLD)


@cache
def _coverage(file: str) -> frozenset[str]:
    from reportlab.pdfbase.ttfonts import TTFont

    face = TTFont("coverage", str(resource_path(f"fonts/{file}"))).face
    return frozenset(chr(cp) for cp in face.charToGlyph if cp >= 32 and cp != 0xFFFE)


def covered() -> frozenset[str]:
    """Every character Vera (the main face) can draw."""
    return _coverage(_FILES[FONT])


def fallback_covered() -> frozenset[str]:
    """Every character DejaVu Sans (the fallback face) can draw."""
    return _coverage(_FILES[FALLBACK])


@cache
def _drawable() -> frozenset[str]:
    return covered() | fallback_covered()


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _clusters(text: str) -> Iterator[str]:
    """`text` as base characters, each with the combining marks that follow it."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not _is_mark(text[index]):
            yield text[start:index]
            start = index


def _is_pictograph(ch: str) -> bool:
    # The emoji planes. DejaVu Sans draws a few of them (😀) but not most (👍): all of
    # them become EMOJI, so that a row of emoji does not come out half drawn.
    return 0x1F000 <= ord(ch) <= 0x1FAFF


def _substitute(cluster: str, have: frozenset[str]) -> str:
    ch = cluster[0]
    if ch in _STAND_INS:
        return _STAND_INS[ch]
    category = unicodedata.category(ch)
    if category[0] == "C" or ch in "\ufe0e\ufe0f":
        # Controls, bidi marks, joiners, variation selectors: nothing to print.
        return ""
    if category[0] == "Z":
        return " "
    if _is_pictograph(ch):
        return _PICTOGRAPH  # with whatever modifiers follow it
    if all(c in have for c in cluster):
        return cluster
    if category in ("So", "Sk"):
        return _PICTOGRAPH
    marks = "".join(c for c in cluster[1:] if c in have)  # a mark no font has is dropped
    compat = unicodedata.normalize("NFKC", ch)  # "ﬀ" -> "ff", "²" -> "2"
    if compat != ch and all(c in have for c in compat):
        return compat + marks
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not _is_mark(c))
    if base and all(c in have for c in base):
        return base + marks
    return _REPLACED


def _kept(ch: str, have: frozenset[str]) -> bool:
    if ch == "\n":
        return True
    if ch not in have or ch in _STAND_INS or _is_pictograph(ch):
        return False
    return unicodedata.category(ch)[0] != "C"  # bidi controls and joiners are dropped


def printable(text: str) -> str:
    """`text` in NFC with only characters the two fonts have, in logical order."""
    have = _drawable()
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if all(_kept(ch, have) for ch in text):
        return text
    out = "".join(c if _kept(c, have) else _substitute(c, have) for c in _clusters(text))
    out = _PICTOGRAPHS.sub(EMOJI, out.replace(f"{_PICTOGRAPH} {_PICTOGRAPH}", _PICTOGRAPH * 2))
    # A word or sentence in a script no font has becomes one "?", not a row of them.
    return _RUNS.sub("?", out)


@cache
def _reshaper() -> Callable[[str], str]:
    import arabic_reshaper

    have = fallback_covered()
    config: dict[str, object] = {"delete_harakat": False}  # vowel marks are letters too
    for name, (_, forms) in arabic_reshaper.ligatures.LIGATURES:
        if not all(c in have for form in forms for c in form):
            config[name] = False  # a ligature DejaVu Sans cannot draw
    reshape: Callable[[str], str] = arabic_reshaper.ArabicReshaper(config).reshape
    return reshape


def has_rtl(text: str) -> bool:
    """Whether `text` holds any right-to-left letter (Hebrew, Arabic, ...)."""
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


def is_rtl(text: str) -> bool:
    """Whether `text` reads right to left as a whole: its first strong letter does."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in _RTL:
            return True
    return False


def _visual_line(line: str, rtl: bool) -> str:
    kinds = {unicodedata.bidirectional(ch) for ch in line}
    if not kinds & _RTL:
        return line
    from bidi import get_display

    if "AL" in kinds:
        line = _reshaper()(line)
    # Left-to-right base unless asked: user text sits inside Dutch sentences ("Werkblad voor
    # ..."), so "مريم en שרה" must keep its names in reading order around "en".
    shown: str = get_display(line, base_dir="R" if rtl else "L")
    return shown


def visual(text: str, rtl: bool = False) -> str:
    """Printable `text` with right-to-left runs shaped and in visual order, line by line.

    `rtl`: each line's base direction is right to left (a paragraph that reads so).
    """
    return "\n".join(_visual_line(line, rtl) for line in printable(text).split("\n"))


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` wrapped at spaces (and at its line breaks) into lines of at most `width`.

    In logical order: put each line in visual order after wrapping, never before.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and text_width(candidate, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def runs(text: str, rtl: bool = False) -> list[tuple[str, bool]]:
    """Visual `text` as (piece, needs the fallback font) runs; spaces join either kind."""
    vera = covered()
    out: list[tuple[str, bool]] = []
    for cluster in _clusters(visual(text, rtl)):
        if cluster == "\n" or cluster.isspace():
            fallback = out[-1][1] if out else False
        else:
            fallback = not all(c in vera for c in cluster)
        if out and out[-1][1] == fallback:
            out[-1] = (out[-1][0] + cluster, fallback)
        else:
            out.append((cluster, fallback))
    return out


def markup(text: str, rtl: bool = False) -> str:
    """User text as safe Paragraph markup: escaped, DejaVu runs, line breaks as <br/>."""
    pieces = (
        f'<font name="{FALLBACK}">{escape(piece)}</font>' if fallback else escape(piece)
        for piece, fallback in runs(text, rtl)
    )
    return "".join(pieces).replace("\n", "<br/>")


def text_width(text: str, font: str, size: float) -> float:
    """How wide `text` prints in `font` at `size`, fallback runs included."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register()
    return sum(
        stringWidth(piece, _FALLBACK_OF.get(font, FALLBACK) if fallback else font, size)
        for piece, fallback in runs(text)
    )


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, right: bool = False
) -> None:
    """Draw one line of user text at (x, y), or ending at x when `right`, in runs of font."""
    register()
    if right:
        x -= text_width(text, font, size)
    for piece, fallback in runs(text):
        face = _FALLBACK_OF.get(font, FALLBACK) if fallback else font
        canvas.setFont(face, size)
        canvas.drawString(x, y, piece)
        x += canvas.stringWidth(piece, face, size)
    canvas.setFont(font, size)
