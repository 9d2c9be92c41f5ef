"""The embedded fonts of every PDF, and user text made safe for them and for markup.

Bitstream Vera (shipped in resources/fonts/ with its licence, because PyInstaller does
not bundle ReportLab's own font folder) covers Dutch and the West-European languages.
What it lacks is replaced on purpose instead of printing as a black box: accented
letters fall back to their base letter, emoji and other pictographs are left out, and
letters of other scripts become "?".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from stellenstof_desktop.paths import resource_path

FONT = "Vera"
FONT_BOLD = "Vera-Bold"
FONT_ITALIC = "Vera-Italic"
FONT_BOLD_ITALIC = "Vera-BoldItalic"
_FILES = {
    FONT: "Vera.ttf",
    FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf",
    FONT_BOLD_ITALIC: "VeraBI.ttf",
}
# Readable stand-ins for common characters Vera lacks.
_STAND_INS = {
    "\u2010": "-", "\u2011": "-", "\u2012": "–", "\u2212": "-",
    "\u2192": "->", "\u2190": "<-", "\u2194": "<->", "\u21d2": "=>",
    "\u2713": "v", "\u2714": "v", "\u2717": "x", "\u2718": "x",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "\t": "    ",
}  # fmt: skip
_REPLACED = "\ufffd"  # marks a run of unsupported letters until runs are merged
_RUNS = re.compile(f"{_REPLACED}(?:[ {_REPLACED}]*{_REPLACED})?")


@cache
def register() -> None:
    """Register the Vera family with ReportLab once per process."""
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


@cache
def covered() -> frozenset[str]:
    """Every character the regular face can draw."""
    from reportlab.pdfbase.ttfonts import TTFont

    face = TTFont("coverage", str(resource_path(f"fonts/{_FILES[FONT]}"))).face
    return frozenset(chr(cp) for cp in face.charToGlyph if 32 <= cp < 0xFFFE)


def _substitute(ch: str, have: frozenset[str]) -> str:
    if ch in _STAND_INS:
        return _STAND_INS[ch]
    category = unicodedata.category(ch)
    if category[0] == "C" or category in ("Mn", "Me", "Sk", "So"):
        # Controls, bidi marks, joiners, variation selectors, emoji: nothing to print.
        return ""
    if category[0] == "Z":
        return " "
    compat = unicodedata.normalize("NFKC", ch)  # "ĳ" -> "ij", "ﬀ" -> "ff", "²" -> "2"
    if compat != ch and all(c in have for c in compat):
        return compat
    base = "".join(
        c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
    )  # "ő" -> "o", "ț" -> "t"
    if base and all(c in have for c in base):
        return base
    return _REPLACED


def printable(text: str) -> str:
    """`text` with only characters the font has; line breaks kept."""
    have = covered()
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if all(ch in have or ch == "\n" for ch in text):
        return text
    out = "".join(ch if ch in have or ch == "\n" else _substitute(ch, have) for ch in text)
    # A word or sentence in another script becomes one "?", not a row of them.
    return _RUNS.sub("?", out)


def markup(text: str) -> str:
    """User text as safe Paragraph markup: printable, escaped, line breaks as <br/>."""
    return escape(printable(text)).replace("\n", "<br/>")
