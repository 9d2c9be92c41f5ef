"""The report's own words in Dutch and English: sentences, dates, lists of names, file names.

One table (`WORDING`) holds every text the report, the worksheet and the e-mail write
themselves, per language and as (to the couple, to one partner who came alone); dates and
lists of names have small tables of their own. Stdlib only: the CLI renders summaries
without Qt, so neither QLocale nor Qt's translations can do this here, and Babel would add
megabytes to the bundle for two languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from stellenstof_desktop.domain import (
    DEFAULT_BODY,
    DEFAULT_BODY_SOLO,
    DEFAULT_CLOSING,
    DEFAULT_CLOSING_SOLO,
    DEFAULT_SUBJECT,
)
from stellenstof_desktop.report.model import DecisionChoice, DecisionRow, Person

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
PDF_LANGUAGE = {"nl": "nl-NL", "en": "en-GB"}  # the PDF's /Lang, for screen readers

_DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
_AND = {"nl": "en", "en": "and"}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")
_UNSAFE_IN_FILE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')

Text = str | tuple[str, str]  # one text for both, or (to the couple, to one partner)

# Every text the report, the worksheet and the e-mail write themselves. A pair is (to the
# couple, to one partner who came alone): a solo session is a session *for* that partner
# (issue 13), so its texts say "je" and "jouw", never "jullie" or "allebei".
WORDING: dict[str, dict[str, Text]] = {
    "nl": {
        # the report
        "title": "Verslag van onze sessie",
        "date": "Datum",
        "present": "Aanwezig",
        "next_appointment": "Volgende afspraak",
        "at_time": "{date}, {time} uur",
        "absent_one": "{present} ({absent} was er deze keer niet bij)",
        "absent_more": "{present} ({absent} waren er deze keer niet bij)",
        "checkin": ("Hoe het nu met jullie gaat", "Hoe het nu met je gaat"),
        "checkin_intro": (
            "Aan het begin van de sessie gaf ieder een cijfer van 0 tot 10.",
            "Aan het begin van de sessie gaf je een cijfer van 0 tot 10.",
        ),
        "steps": "Wat we besproken hebben",
        "step": "Stap {number} · {title}",
        "step_discussed": (
            "Deze stap hebben we samen besproken.",
            "Deze stap hebben we besproken.",
        ),
        "area": "Onderwerp",
        "decides_now": "Nu beslist",
        "would_like": "{name} zou willen",
        "together": "samen",
        "exercises": "Samen besluiten",
        "topic_missing": ("Een beslissing samen", "Een kleine beslissing"),
        "preference": ("Ieders voorkeur", "Jouw voorkeur"),
        "reason": "Waarom",
        "expected_other": (
            "Wat ik verwacht dat de ander kiest",
            "Wat je denkt dat je partner zou kiezen",
        ),
        "appeal": (
            "Wat spreekt je hierin aan?",
            "Wat spreekt je aan in wat je partner misschien kiest?",
        ),
        "talk": "Uit het gesprek",
        "decision": ("Jullie besluit", "Jouw voorstel voor thuis"),
        "voices": ("Zo zit ieders stem erin", "Zo zit jouw stem erin"),
        "follow_up": "Hoe verder",
        "review": "Terugblik op de afspraken van {date}",
        "agreements": "Afspraken tot de volgende keer",
        "notes": "Notities",
        "progress": "Het verloop over de sessies",
        "greeting": "Hartelijke groet,",
        "page": "pagina {page} van {total}",
        "doc_title": "Sessieverslag {reader}, {date}",
        "doc_subject": "Verslag van een coachingsessie",
        "footer": "Sessieverslag · {reader} · {date}",
        "file": "Sessieverslag {who} {date}",
        # outcomes
        "review.done": "gelukt",
        "review.partly": "deels gelukt",
        "review.not": "(nog) niet gelukt",
        "voice.fully": "helemaal",
        "voice.partly": "voor een deel",
        "voice.not": "(nog) niet",
        "due_today": "vandaag nog",
        "due_next": "vóór de volgende sessie",
        "due_by": "uiterlijk {date}",
        # the decision map in sentences
        "keep": ("Zo willen jullie het houden: {areas}.", "Zo wil je het houden: {areas}."),
        "now_together": ("nu beslissen jullie samen", "nu beslis je samen met je partner"),
        "now_mostly": "nu beslist vooral {name}",
        "both_want": ("jullie willen allebei {wish}", "ook je partner wil {wish}"),
        "wants": "{name} wil {wish}",
        "wish_together": "samen beslissen",
        "wish_self": "zelf beslissen",
        "wish_other": "dat de ander beslist",
        "wish_partner": "dat {name} beslist",
        # the e-mail
        "password_note": (
            "Het verslag is beveiligd met een wachtwoord. Dat wachtwoord krijgen jullie "
            "telefonisch van mij, niet per e-mail.",
            "Het verslag is beveiligd met een wachtwoord. Dat wachtwoord krijg je telefonisch "
            "van mij, niet per e-mail.",
        ),
        "default_subject": DEFAULT_SUBJECT,
        "default_body": (DEFAULT_BODY, DEFAULT_BODY_SOLO),
        "default_closing": (DEFAULT_CLOSING, DEFAULT_CLOSING_SOLO),
        # the worksheet
        "ws_title": "Samen besluiten",
        "ws_for": "Werkblad voor {who}",
        "ws_intro": (
            "Een kleine oefening in vier stappen. Het gaat niet om gelijk krijgen, maar om "
            "allebei gehoord worden. Neem er rustig de tijd voor.",
            "Een kleine oefening in vier stappen, voor jezelf. Het gaat niet om gelijk "
            "krijgen, maar om je eigen stem te laten horen. Neem er rustig de tijd voor.",
        ),
        "ws_step1": ("Kies samen een kleine beslissing", "Kies een kleine beslissing"),
        "ws_step1_hint": (
            "Iets wat de komende week speelt, bijvoorbeeld wat jullie in het weekend doen.",
            "Iets wat de komende week speelt, bijvoorbeeld wat je in het weekend doet.",
        ),
        "ws_topic": ("Onze beslissing:", "De beslissing:"),
        "ws_step2": ("Schrijf ieder apart je voorkeur op", "Schrijf je voorkeur op"),
        "ws_step2_hint": (
            "Vouw het blad dubbel langs de stippellijn, zodat je niet ziet wat de ander "
            "schrijft. Pas openvouwen als jullie allebei klaar zijn.",
            "Eerst wat je zelf wilt, daarna wat je denkt dat je partner zou kiezen.",
        ),
        "ws_preference": "Mijn voorkeur:",
        "ws_why": "Waarom is dit belangrijk voor mij?",
        "ws_partner": "Mijn partner",
        "ws_partner_choice": "Wat denk ik dat mijn partner zou kiezen?",
        "ws_partner_why": "Waarom zou dat belangrijk zijn voor mijn partner?",
        "ws_step3": ("Laat elkaars voorkeur zien en praat erover", "Ga het thuis na"),
        "ws_step3_hint": (
            "Nog niet beslissen en niet meteen naar een compromis. Vraag eerst: wat spreekt "
            "je hierin aan?",
            "Vraag thuis rustig wat je partner zou kiezen. Nog niet beslissen en niet meteen "
            "naar een compromis: kijk eerst wat je daarin aanspreekt.",
        ),
        "ws_appeal_of": "Wat spreekt mij aan in de voorkeur van {name}?",
        "ws_partner_would": "Wat mijn partner zou kiezen:",
        "ws_appeal": "Wat spreekt mij daarin aan?",
        "ws_step4": ("Besluit samen", "Doe een voorstel"),
        "ws_step4_hint": (
            "Kies een besluit waarin jullie allebei iets van jezelf terugzien.",
            "Kies een voorstel waarin je jezelf terugziet, en ook iets van je partner.",
        ),
        "ws_decision": ("Ons besluit:", "Mijn voorstel:"),
        "ws_voice": "Mijn stem zit erin:",
        "ws_first": "partner 1",
        "ws_second": "mijn partner",
        "ws_doc_title": "Werkblad samen besluiten, {reader}",
        "ws_doc_subject": "Werkblad voor de oefening samen besluiten",
        "ws_footer": "Werkblad samen besluiten · {reader}",
        "ws_file": "Werkblad samen besluiten {who}",
    },
    "en": {
        "title": "Report of our session",
        "date": "Date",
        "present": "Present",
        "next_appointment": "Next appointment",
        "at_time": "{date}, {time}",
        "absent_one": "{present} ({absent} was not there this time)",
        "absent_more": "{present} ({absent} were not there this time)",
        "checkin": "How you are doing now",
        "checkin_intro": (
            "At the start of the session each of you gave a score from 0 to 10.",
            "At the start of the session you gave a score from 0 to 10.",
        ),
        "steps": "What we talked about",
        "step": "Step {number} · {title}",
        "step_discussed": ("We talked about this step together.", "We talked about this step."),
        "area": "Topic",
        "decides_now": "Decides now",
        "would_like": "{name} would like",
        "together": "together",
        "exercises": "Deciding together",
        "topic_missing": ("A decision together", "A small decision"),
        "preference": ("Each one's preference", "Your preference"),
        "reason": "Why",
        "expected_other": (
            "What I expect the other to choose",
            "What you think your partner would choose",
        ),
        "appeal": (
            "What appeals to you in this?",
            "What appeals to you in what your partner might choose?",
        ),
        "talk": "From the conversation",
        "decision": ("Your decision", "Your proposal for home"),
        "voices": ("How each voice is in it", "How your voice is in it"),
        "follow_up": "Next steps",
        "review": "Looking back on the agreements of {date}",
        "agreements": "Agreements until next time",
        "notes": "Notes",
        "progress": "Progress over the sessions",
        "greeting": "Kind regards,",
        "page": "page {page} of {total}",
        "doc_title": "Session report {reader}, {date}",
        "doc_subject": "Report of a coaching session",
        "footer": "Session report · {reader} · {date}",
        "file": "Session report {who} {date}",
        "review.done": "done",
        "review.partly": "partly done",
        "review.not": "not done (yet)",
        "voice.fully": "fully",
        "voice.partly": "partly",
        "voice.not": "not (yet)",
        "due_today": "today",
        "due_next": "before the next session",
        "due_by": "by {date}",
        "keep": "You want to keep it this way: {areas}.",
        "now_together": ("now you decide together", "now you decide together with your partner"),
        "now_mostly": "now mostly {name} decides",
        "both_want": ("you would both like {wish}", "your partner would also like {wish}"),
        "wants": "{name} would like {wish}",
        "wish_together": "to decide together",
        "wish_self": "to be the one who decides",
        "wish_other": "the other to decide",
        "wish_partner": "{name} to decide",
        "password_note": (
            "The report is protected with a password. I will give you the password by "
            "phone, not by e-mail."
        ),
        "default_subject": "Report of our session of {datum}",
        "default_body": (
            "Dear {namen},\n\n"
            "Attached you will find the report of our session of {datum}. Feel free to read "
            "it through together once more, at your leisure.\n\n"
            "See you next time!\n\n"
            "Kind regards,\n"
            "{coach}\n"
            "{praktijk}",
            "Dear {namen},\n\n"
            "Attached you will find the report of our session of {datum}. Feel free to read "
            "it through once more, at a moment that suits you.\n\n"
            "See you next time!\n\n"
            "Kind regards,\n"
            "{coach}\n"
            "{praktijk}",
        ),
        "default_closing": (
            "Thank you both for the open conversation. Feel free to read this report "
            "together once more and choose one small step that works this week. In our next "
            "session we will look back together on your agreements. If anything comes up in "
            "the meantime, do get in touch.",
            "Thank you for the open conversation. Feel free to read this report once more and "
            "choose one small step that works this week, whatever your partner does. In our "
            "next session we will look back on what you did and what changed because of it. "
            "If anything comes up in the meantime, do get in touch.",
        ),
        "ws_title": "Deciding together",
        "ws_for": "Worksheet for {who}",
        "ws_intro": (
            "A small exercise in four steps. It is not about being right, but about both of "
            "you being heard. Take your time.",
            "A small exercise in four steps, for yourself. It is not about being right, but "
            "about letting your own voice be heard. Take your time.",
        ),
        "ws_step1": ("Choose a small decision together", "Choose a small decision"),
        "ws_step1_hint": (
            "Something coming up in the next week, for example what you do at the weekend."
        ),
        "ws_topic": ("Our decision:", "The decision:"),
        "ws_step2": ("Each write down your preference on your own", "Write down your preference"),
        "ws_step2_hint": (
            "Fold the sheet along the dotted line, so that you cannot see what the other "
            "writes. Only unfold it when you are both done.",
            "First what you want yourself, then what you think your partner would choose.",
        ),
        "ws_preference": "My preference:",
        "ws_why": "Why does this matter to me?",
        "ws_partner": "My partner",
        "ws_partner_choice": "What do I think my partner would choose?",
        "ws_partner_why": "Why would that matter to my partner?",
        "ws_step3": ("Show each other your preference and talk about it", "Check it at home"),
        "ws_step3_hint": (
            "Do not decide yet, and do not rush to a compromise. First ask: what appeals to "
            "you in this?",
            "At home, calmly ask what your partner would choose. Do not decide yet, and do "
            "not rush to a compromise: first see what appeals to you in it.",
        ),
        "ws_appeal_of": "What appeals to me in the preference of {name}?",
        "ws_partner_would": "What my partner would choose:",
        "ws_appeal": "What appeals to me in it?",
        "ws_step4": ("Decide together", "Make a proposal"),
        "ws_step4_hint": (
            "Choose a decision in which you both see something of yourselves.",
            "Choose a proposal in which you see yourself, and something of your partner too.",
        ),
        "ws_decision": ("What we decided:", "My proposal:"),
        "ws_voice": "My voice is in it:",
        "ws_first": "partner 1",
        "ws_second": "my partner",
        "ws_doc_title": "Worksheet deciding together, {reader}",
        "ws_doc_subject": "Worksheet for the exercise deciding together",
        "ws_footer": "Worksheet deciding together · {reader}",
        "ws_file": "Worksheet deciding together {who}",
    },
}


def language_of(chosen: str, interface: str = DEFAULT_LANGUAGE) -> str:
    """The report's language: the coach's choice, else the interface's ("en_GB" is "en")."""
    for candidate in (chosen, interface):
        code = re.split(r"[-_]", candidate or "", maxsplit=1)[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def _table(language: str) -> dict[str, Text]:
    return WORDING.get(language, WORDING[DEFAULT_LANGUAGE])


def wording(for_one: bool, language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The report's own texts in `language`, for the couple or for one partner."""
    return {
        key: text if isinstance(text, str) else text[1 if for_one else 0]
        for key, text in _table(language).items()
    }


def long_date(value: date, language: str = DEFAULT_LANGUAGE) -> str:
    """'dinsdag 3 juni 2025', 'Tuesday 3 June 2025'."""
    days, months = _DAYS.get(language, _DAYS["nl"]), _MONTHS.get(language, _MONTHS["nl"])
    return f"{days[value.weekday()]} {value.day} {months[value.month - 1]} {value.year}"


def day_month(value: date, language: str = DEFAULT_LANGUAGE) -> str:
    """'3 jun', '3 Jun': for chart axes."""
    return f"{value.day} {_MONTHS.get(language, _MONTHS['nl'])[value.month - 1][:3]}"


def names_list(items: Iterable[str], language: str = DEFAULT_LANGUAGE) -> str:
    """'Anne', 'Anne en Bram', 'Anne, Bram en Cas' ('and' in English); blanks left out.

    The same name twice stays twice: two partners may share a first name.
    """
    parts = [" ".join(x.split()) for x in items if x.strip()]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {_AND.get(language, _AND['nl'])} {parts[-1]}"


names = names_list  # the older name; report/mail.py and the worksheet import it


def in_language(text: str, key: str, for_one: bool, language: str) -> str:
    """The coach's own text; if she kept the shipped Dutch default, that default in `language`.

    `key` names the default in WORDING: "default_subject", "default_body", "default_closing".
    """
    if language == DEFAULT_LANGUAGE or text.strip() != wording(for_one)[key].strip():
        return text
    return wording(for_one, language)[key]


def due_phrase(
    due: date | None,
    session_day: date,
    next_appointment: date | None,
    language: str = DEFAULT_LANGUAGE,
) -> str:
    """When an agreement is due, as the report says it: 'vandaag nog', 'uiterlijk ...'."""
    if due is None:
        return ""
    words = wording(False, language)
    if due == session_day:
        return words["due_today"]
    if due == next_appointment:
        return words["due_next"]
    return words["due_by"].format(date=long_date(due, language))


def agreement_detail(
    partner: str | None,
    due: date | None,
    session_day: date,
    next_appointment: date | None,
    language: str = DEFAULT_LANGUAGE,
) -> str:
    """What follows an agreement: whose it is (nothing when it is for both) and when."""
    when = due_phrase(due, session_day, next_appointment, language)
    return ", ".join(x for x in (partner or "", when) if x)


def _wish(who: Person, choice: DecisionChoice, words: Mapping[str, str]) -> str:
    if choice.partner is None:
        return words["wish_together"]
    if choice.partner.position == who.position:
        return words["wish_self"]
    if choice.partner.name == who.name:  # two partners with one first name
        return words["wish_other"]
    return words["wish_partner"].format(name=choice.partner.name)


def _shared_wish(choice: DecisionChoice, words: Mapping[str, str]) -> str:
    if choice.partner is None:
        return words["wish_together"]
    return words["wish_partner"].format(name=choice.partner.name)


def decision_sentences(
    rows: Iterable[DecisionRow], for_one: bool = False, language: str = DEFAULT_LANGUAGE
) -> tuple[str, ...]:
    """The decision map in plain sentences: what stays, and where a wish differs from now."""
    words = wording(for_one, language)
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
                else words["now_mostly"].format(name=row.now.partner.name)
            )
        if len(wishes) == 1 and len(row.wishes) > 1:
            wish = words["both_want"].format(wish=_shared_wish(row.wishes[0].choice, words))
        else:
            wish = "; ".join(
                words["wants"].format(name=w.partner.name, wish=_wish(w.partner, w.choice, words))
                for w in row.wishes
            )
        lines.append(f"{row.area}: " + ", ".join(x for x in (now, wish) if x) + ".")
    if keep:
        lines.insert(0, words["keep"].format(areas=names_list(keep, language)))
    return tuple(lines)


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """Replace the known {placeholders}; unknown ones and stray braces stay as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def file_name(stem: str, suffix: str = ".pdf") -> str:
    """`stem` made safe as a file name on Windows, macOS and Linux."""
    cleaned = " ".join(_UNSAFE_IN_FILE_NAME.sub(" ", stem).split()).strip(" .")
    return (cleaned[:150].rstrip(" .") or "Sessieverslag") + suffix


# The readable export (services/privacy.py writes it with Dutch headings) ---------------
# Its JSON keys in English; a key not listed keeps its name. The keys inside "keuzes" (the
# method's area keys) and "observaties_coach" (step titles) are data, not headings.
EXPORT_KEYS_EN = {
    "export": "export", "soort": "kind", "voor": "for", "gemaakt_op": "made_on",
    "programma": "program", "toelichting": "explanation", "stel": "couple", "id": "id",
    "naam": "name", "toegevoegd_op": "added_on", "partners": "partners",
    "positie": "position", "e-mail": "e-mail", "sessies": "sessions", "datum": "date",
    "begintijd": "start_time", "geplande_minuten": "planned_minutes", "status": "status",
    "volgende_afspraak": "next_appointment", "volgende_afspraak_tijd": "next_appointment_time",
    "aanwezig": "present", "gedeelde_notities": "shared_notes", "antwoorden": "answers",
    "onderdeel": "part", "vraag": "question", "van": "from", "tekst": "text",
    "waarde": "value", "keuzes": "choices", "nog_niet_getoond": "not_yet_revealed",
    "afspraken": "agreements", "uiterlijk": "due", "gedaan": "done",
    "terugblik": "review", "toelichting_terugblik": "review_note",
    "samen_besluiten": "deciding_together", "onderwerp": "topic", "fase": "phase",
    "gesprek": "conversation", "besluit": "decision", "vervolg": "follow_up",
    "per_partner": "per_partner", "voorkeur": "preference", "waarom": "reason",
    "verwachting_van_de_ander": "expected_of_the_other", "wat_spreekt_aan": "appeal",
    "stem_in_besluit": "voice_in_decision", "besproken_stappen": "steps_discussed",
    "privenotities_coach": "coach_private_notes", "observaties_coach": "coach_observations",
    "check_outs": "check_outs", "gehoord_en_begrepen": "heard_and_understood",
    "gewerkt_aan_wat_belangrijk_is": "worked_on_what_matters", "woorden": "words",
}  # fmt: skip
_EXPORT_DATA_KEYS = frozenset({"keuzes", "observaties_coach"})
# Fixed Dutch words the export writes as values, per key.
_EXPORT_VALUES_EN = {
    "soort": {"stel": "couple"},
    "van": {"samen": "together"},
    "voor": {"samen": "together"},
    "onderdeel": {"eerdere vraag": "earlier question"},
}
# The names inside the export's zip, per language (domain.Export writes the first two).
EXPORT_FILES = {
    "nl": {
        "data": "gegevens.json",
        "reports": "verslagen",
        "report": "verslag-{date}-sessie-{id}.pdf",
    },
    "en": {"data": "data.json", "reports": "reports", "report": "report-{date}-session-{id}.pdf"},
}
_EXPORT_ABOUT = {
    "nl": (
        "Alle gegevens van dit stel in Stellenstof, ook de privénotities en observaties van "
        "de coach en antwoorden die nog niet getoond zijn. De check-outs staan er niet in: "
        "die zijn van elke partner zelf en staan in de export van die partner.",
        "De gegevens van {name}: wat van {name} is of van het stel samen, met de eigen "
        "check-outs. Niet opgenomen: wat alleen van de andere partner is, sessies waar alleen "
        "de andere partner was, en de privénotities van de coach.",
    ),
    "en": (
        "All data about this couple in Stellenstof, including the coach's private notes and "
        "observations and answers not yet revealed. The check-outs are not included: each "
        "belongs to one partner and is in that partner's export.",
        "The data of {name}: what belongs to {name} or to the couple together, with their "
        "own check-outs. Not included: what belongs to the other partner alone, sessions "
        "only the other partner attended, and the coach's private notes.",
    ),
}


def export_about(partner: str | None, language: str = DEFAULT_LANGUAGE) -> str:
    """The export's explanation: of the couple's whole export, or of one partner's."""
    couple, one = _EXPORT_ABOUT.get(language, _EXPORT_ABOUT[DEFAULT_LANGUAGE])
    return couple if partner is None else one.format(name=partner)


def export_headings(data: object, language: str = DEFAULT_LANGUAGE) -> object:
    """The export's data with its headings (and fixed words) in `language`; Dutch as is."""
    if language != "en":
        return data
    return _export_en(data)


def _export_en(data: object) -> object:
    if isinstance(data, list):
        return [_export_en(item) for item in data]
    if not isinstance(data, dict):
        return data
    out: dict[object, object] = {}
    for key, value in data.items():
        if key in _EXPORT_DATA_KEYS:
            shown = value
        elif isinstance(value, str) and key in _EXPORT_VALUES_EN:
            shown = _EXPORT_VALUES_EN[key].get(value, value)
        else:
            shown = _export_en(value)
        out[EXPORT_KEYS_EN.get(key, key) if isinstance(key, str) else key] = shown
    return out
