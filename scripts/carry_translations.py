"""Fill unfinished messages of a .ts file with the translation of the same Dutch source.

lupdate keys translations by context (the class that calls tr()), so a string that moves
to another class arrives untranslated although its English exists. Run after lupdate with
the file as it was before, e.g.: python scripts/carry_translations.py OLD.ts NEW.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def known_translations(ts: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type"):
            continue
        if source.text and translation.text:
            found.setdefault(source.text, translation.text)
    return found


def carry(old: Path, new: Path) -> int:
    """Fill `new` in place from `old` (and from itself); returns how many were filled."""
    known = known_translations(old) | known_translations(new)
    tree = ET.parse(new)
    filled = 0
    for message in tree.getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") != "unfinished":
            continue
        english = known.get(source.text or "")
        if english is not None:
            translation.text = english
            del translation.attrib["type"]
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    new.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


if __name__ == "__main__":
    print(f"{carry(Path(sys.argv[1]), Path(sys.argv[2]))} translations carried over")
