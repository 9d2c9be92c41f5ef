"""Dutch words for dates, names and outcomes in the summary; mail templates; file names.

Stdlib only: the CLI renders summaries without Qt, so QLocale cannot do the dates here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from stellenstof_desktop.domain import AgreementReview, Voice

_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")
_UNSAFE_IN_FILE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')

REVIEW_LABELS = {
    AgreementReview.DONE: "gelukt",
    AgreementReview.PARTLY: "deels gelukt",
    AgreementReview.NOT_DONE: "(nog) niet gelukt",
}
VOICE_LABELS = {
    Voice.FULLY: "helemaal",
    Voice.PARTLY: "voor een deel",
    Voice.NOT: "(nog) niet",
}


def long_date(value: date) -> str:
    """'dinsdag 3 juni 2025'."""
    return f"{_DAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]} {value.year}"


def day_month(value: date) -> str:
    """'3 jun', for chart axes."""
    return f"{value.day} {_MONTHS[value.month - 1][:3]}"


def names(items: Iterable[str]) -> str:
    """'Anne', 'Anne en Bram', 'Anne, Bram en Cas'."""
    parts = list(items)
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} en {parts[-1]}"


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """Replace the known {placeholders}; unknown ones and stray braces stay as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def file_name(stem: str, suffix: str = ".pdf") -> str:
    """`stem` made safe as a file name on Windows, macOS and Linux."""
    cleaned = " ".join(_UNSAFE_IN_FILE_NAME.sub(" ", stem).split()).strip(" .")
    return (cleaned[:150].rstrip(" .") or "Sessieverslag") + suffix
