"""Dutch words for dates, names and outcomes in the summary; mail templates; file names.

Stdlib only: the CLI renders summaries without Qt, so QLocale cannot do the dates here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from stellenstof_desktop.domain import AgreementReview, Voice
from stellenstof_desktop.report.model import DecisionChoice, DecisionRow, Person

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

# Every sentence the report and the e-mail write themselves, as (to the couple, to one
# partner who came alone). A solo session is a session *for* that partner (issue 13): its
# texts say "je" and "jouw", never "jullie" or "allebei", and do not address the absent one.
WORDING: dict[str, tuple[str, str]] = {
    "checkin": ("Hoe het nu met jullie gaat", "Hoe het nu met je gaat"),
    "checkin_intro": (
        "Aan het begin van de sessie gaf ieder een cijfer van 0 tot 10.",
        "Aan het begin van de sessie gaf je een cijfer van 0 tot 10.",
    ),
    "steps": ("Wat we besproken hebben", "Wat we besproken hebben"),
    "step_discussed": (
        "Deze stap hebben we samen besproken.",
        "Deze stap hebben we besproken.",
    ),
    "exercises": ("Samen besluiten", "Samen besluiten"),
    "topic_missing": ("Een beslissing samen", "Een kleine beslissing"),
    "preference": ("Ieders voorkeur", "Jouw voorkeur"),
    "reason": ("Waarom", "Waarom"),
    "expected_other": (
        "Wat ik verwacht dat de ander kiest",
        "Wat je denkt dat je partner zou kiezen",
    ),
    "appeal": (
        "Wat spreekt je hierin aan?",
        "Wat spreekt je aan in wat je partner misschien kiest?",
    ),
    "talk": ("Uit het gesprek", "Uit het gesprek"),
    "decision": ("Jullie besluit", "Jouw voorstel voor thuis"),
    "voices": ("Zo zit ieders stem erin", "Zo zit jouw stem erin"),
    "follow_up": ("Hoe verder", "Hoe verder"),
    "agreements": ("Afspraken tot de volgende keer", "Afspraken tot de volgende keer"),
    "notes": ("Notities", "Notities"),
    "progress": ("Het verloop over de sessies", "Het verloop over de sessies"),
    "keep": ("Zo willen jullie het houden: {areas}.", "Zo wil je het houden: {areas}."),
    "now_together": ("nu beslissen jullie samen", "nu beslis je samen met je partner"),
    "both_want": ("jullie willen allebei {wish}", "ook je partner wil {wish}"),
    "password_note": (
        "Het verslag is beveiligd met een wachtwoord. Dat wachtwoord krijgen jullie "
        "telefonisch van mij, niet per e-mail.",
        "Het verslag is beveiligd met een wachtwoord. Dat wachtwoord krijg je telefonisch "
        "van mij, niet per e-mail.",
    ),
}


def wording(for_one: bool) -> dict[str, str]:
    """The report's own sentences, for the couple or for one partner."""
    return {key: pair[1] if for_one else pair[0] for key, pair in WORDING.items()}


def long_date(value: date) -> str:
    """'dinsdag 3 juni 2025'."""
    return f"{_DAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]} {value.year}"


def day_month(value: date) -> str:
    """'3 jun', for chart axes."""
    return f"{value.day} {_MONTHS[value.month - 1][:3]}"


def names_list(items: Iterable[str]) -> str:
    """'Anne', 'Anne en Bram', 'Anne, Bram en Cas'; blank entries are left out.

    The same name twice stays twice: two partners may share a first name.
    """
    parts = [" ".join(x.split()) for x in items if x.strip()]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} en {parts[-1]}"


names = names_list  # the older name; report/mail.py and the worksheet import it


def due_phrase(due: date | None, session_day: date, next_appointment: date | None) -> str:
    """When an agreement is due, as the report says it: 'vandaag nog', 'uiterlijk ...'."""
    if due is None:
        return ""
    if due == session_day:
        return "vandaag nog"
    if due == next_appointment:
        return "vóór de volgende sessie"
    return f"uiterlijk {long_date(due)}"


def agreement_detail(
    partner: str | None, due: date | None, session_day: date, next_appointment: date | None
) -> str:
    """What follows an agreement: whose it is (nothing when it is for both) and when."""
    when = due_phrase(due, session_day, next_appointment)
    return ", ".join(x for x in (partner or "", when) if x)


def _wish(who: Person, choice: DecisionChoice) -> str:
    if choice.partner is None:
        return "samen beslissen"
    if choice.partner.position == who.position:
        return "zelf beslissen"
    if choice.partner.name == who.name:  # two partners with one first name
        return "dat de ander beslist"
    return f"dat {choice.partner.name} beslist"


def _shared_wish(choice: DecisionChoice) -> str:
    return "samen beslissen" if choice.partner is None else f"dat {choice.partner.name} beslist"


def decision_sentences(rows: Iterable[DecisionRow], for_one: bool = False) -> tuple[str, ...]:
    """The decision map in plain sentences: what stays, and where a wish differs from now."""
    words = wording(for_one)
    keep: list[str] = []
    lines: list[str] = []
    for row in rows:
        wishes = {w.choice for w in row.wishes}
        if row.now is not None and wishes == {row.now}:
            keep.append(row.area.lower())
            continue
        now = ""
        if row.now is not None:
            now = (
                words["now_together"]
                if row.now.partner is None
                else f"nu beslist vooral {row.now.partner.name}"
            )
        if len(wishes) == 1 and len(row.wishes) > 1:
            wish = words["both_want"].format(wish=_shared_wish(row.wishes[0].choice))
        else:
            wish = "; ".join(
                f"{w.partner.name} wil {_wish(w.partner, w.choice)}" for w in row.wishes
            )
        lines.append(f"{row.area}: " + ", ".join(x for x in (now, wish) if x) + ".")
    if keep:
        lines.insert(0, words["keep"].format(areas=names_list(keep)))
    return tuple(lines)


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """Replace the known {placeholders}; unknown ones and stray braces stay as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def file_name(stem: str, suffix: str = ".pdf") -> str:
    """`stem` made safe as a file name on Windows, macOS and Linux."""
    cleaned = " ".join(_UNSAFE_IN_FILE_NAME.sub(" ", stem).split()).strip(" .")
    return (cleaned[:150].rstrip(" .") or "Sessieverslag") + suffix
