"""A blank one-page "Samen besluiten" worksheet to print, with the couple's names on it.

The four steps of the exercise; in the steps written alone each partner has a half of
the page, so the sheet can be folded along the dashed line and filled in hidden. For a
partner who came alone the sheet speaks to that one person: their own preference, what
they think their partner would choose, and what they find out at home.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from stellenstof_desktop.report.charts import partner_colour
from stellenstof_desktop.report.fonts import FONT, markup, printable
from stellenstof_desktop.report.model import Person, Worksheet
from stellenstof_desktop.report.pdf import (
    CONTENT_WIDTH,
    MUTED,
    RULE,
    PageInfo,
    Styles,
    build_pdf,
    styles,
    table_style,
)
from stellenstof_desktop.report.text import names

LINE_GAP = 8.2 * mm
GUTTER = 8 * mm


class WritingLines(Flowable):
    """A label and `count` ruled lines to write on."""

    def __init__(self, label: str, count: int, width: float) -> None:
        super().__init__()
        self.label, self.count, self.width = printable(label), count, width
        self.height = 5 * mm + count * LINE_GAP

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, self.height - 3.2 * mm, self.label)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        for index in range(1, self.count + 1):
            y = self.height - 3 * mm - index * LINE_GAP
            canvas.line(0, y, self.width, y)


class Choices(Flowable):
    """Empty boxes to tick, each with its label, on one line."""

    def __init__(self, label: str, options: tuple[str, ...], width: float) -> None:
        super().__init__()
        self.label, self.options, self.width = label, options, width
        self.height = 11 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, self.height - 3.2 * mm, self.label)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.7)
        x, box = 0.0, 3.2 * mm
        for option in self.options:
            canvas.rect(x, 1.2 * mm, box, box)
            canvas.drawString(x + box + 1.8 * mm, 1.9 * mm, option)
            x += box + 4 * mm + canvas.stringWidth(option, FONT, 8.5) + 3 * mm


def _step(number: int, title: str, hint: str, st: Styles) -> list[Flowable]:
    return [
        Paragraph(f"{number} · {title}", st.h2),
        Paragraph(hint, st.small),
        Spacer(1, 2 * mm),
    ]


def _name(person: Person | None, fallback: str, st: Styles) -> Paragraph:
    if person is None:
        return Paragraph(f"<b>{fallback}</b>", st.cell)
    colour = partner_colour(person.position).hexval()[2:]
    return Paragraph(f'<font color="#{colour}"><b>{markup(person.name)}</b></font>', st.cell)


def _halves(left: list[Flowable], right: list[Flowable], fold: bool) -> Table:
    half = (CONTENT_WIDTH - GUTTER) / 2
    table = Table([[left, right]], colWidths=[half + GUTTER / 2, half + GUTTER / 2])
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), GUTTER / 2),
        ("LEFTPADDING", (1, 0), (1, -1), GUTTER / 2),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    if fold:
        commands.append(("LINEBEFORE", (1, 0), (1, -1), 0.8, MUTED, 1, (2.5, 2.5)))
    table.setStyle(table_style(commands))
    return table


def _title(who: str, st: Styles, intro: str) -> list[Flowable]:
    who = who if len(who) <= 80 else who[:79].rstrip() + "…"  # the sheet stays one page
    return [
        Paragraph("Samen besluiten", st.title),
        Paragraph(f"Werkblad voor {markup(who)}", st.subtitle),
        Paragraph(intro, st.body),
    ]


def _voice(width: float) -> Choices:
    return Choices("Mijn stem zit erin:", ("helemaal", "voor een deel", "(nog) niet"), width)


def solo_story(sheet: Worksheet) -> list[Flowable]:
    """The sheet for one partner: written by one person, checked at home."""
    st = styles()
    half = (CONTENT_WIDTH - GUTTER) / 2
    person = sheet.attendees[0]
    story = _title(
        person.name,
        st,
        "Een kleine oefening in vier stappen, voor jezelf. Het gaat niet om gelijk krijgen, "
        "maar om je eigen stem te laten horen. Neem er rustig de tijd voor.",
    )
    story += _step(
        1,
        "Kies een kleine beslissing",
        "Iets wat de komende week speelt, bijvoorbeeld wat je in het weekend doet.",
        st,
    )
    story.append(WritingLines("De beslissing:", 1, CONTENT_WIDTH))
    story += _step(
        2,
        "Schrijf je voorkeur op",
        "Eerst wat je zelf wilt, daarna wat je denkt dat je partner zou kiezen.",
        st,
    )
    story.append(
        _halves(
            [
                _name(person, person.name, st),
                WritingLines("Mijn voorkeur:", 3, half),
                WritingLines("Waarom is dit belangrijk voor mij?", 2, half),
            ],
            [
                _name(None, "Mijn partner", st),
                WritingLines("Wat denk ik dat mijn partner zou kiezen?", 3, half),
                WritingLines("Waarom zou dat belangrijk zijn voor mijn partner?", 2, half),
            ],
            False,
        )
    )
    story += _step(
        3,
        "Ga het thuis na",
        "Vraag thuis rustig wat je partner zou kiezen. Nog niet beslissen en niet meteen naar "
        "een compromis: kijk eerst wat je daarin aanspreekt.",
        st,
    )
    story.append(
        _halves(
            [WritingLines("Wat mijn partner zou kiezen:", 3, half)],
            [WritingLines("Wat spreekt mij daarin aan?", 3, half)],
            False,
        )
    )
    proposal: list[Flowable] = [
        *_step(
            4,
            "Doe een voorstel",
            "Kies een voorstel waarin je jezelf terugziet, en ook iets van je partner.",
            st,
        ),
        WritingLines("Mijn voorstel:", 3, CONTENT_WIDTH),
        Spacer(1, 2 * mm),
        _voice(half),  # one person's sheet: no name needed before the voice
    ]
    story.append(KeepTogether(proposal))
    return story


def worksheet_story(sheet: Worksheet) -> list[Flowable]:
    if sheet.for_one:
        return solo_story(sheet)
    st = styles()
    half = (CONTENT_WIDTH - GUTTER) / 2
    people: list[Person | None] = [*sheet.partners[:2]]
    while len(people) < 2:
        people.append(None)
    first, second = people
    first_name = first.name if first else "partner 1"
    second_name = second.name if second else "mijn partner"
    who = names([p.name for p in sheet.partners]) or sheet.couple_name
    story = _title(
        who,
        st,
        "Een kleine oefening in vier stappen. Het gaat niet om gelijk krijgen, maar om "
        "allebei gehoord worden. Neem er rustig de tijd voor.",
    )
    story += _step(
        1,
        "Kies samen een kleine beslissing",
        "Iets wat de komende week speelt, bijvoorbeeld wat jullie in het weekend doen.",
        st,
    )
    story.append(WritingLines("Onze beslissing:", 1, CONTENT_WIDTH))

    story += _step(
        2,
        "Schrijf ieder apart je voorkeur op",
        "Vouw het blad dubbel langs de stippellijn, zodat je niet ziet wat de ander schrijft. "
        "Pas openvouwen als jullie allebei klaar zijn.",
        st,
    )

    def preference(person: Person | None, fallback: str) -> list[Flowable]:
        return [
            _name(person, fallback, st),
            WritingLines("Mijn voorkeur:", 3, half),
            WritingLines("Waarom is dit belangrijk voor mij?", 2, half),
        ]

    story.append(_halves(preference(first, first_name), preference(second, second_name), True))

    story += _step(
        3,
        "Laat elkaars voorkeur zien en praat erover",
        "Nog niet beslissen en niet meteen naar een compromis. Vraag eerst: wat spreekt je "
        "hierin aan?",
        st,
    )
    story.append(
        _halves(
            [WritingLines(f"Wat spreekt mij aan in de voorkeur van {second_name}?", 3, half)],
            [WritingLines(f"Wat spreekt mij aan in de voorkeur van {first_name}?", 3, half)],
            False,
        )
    )

    decision: list[Flowable] = [
        *_step(
            4,
            "Besluit samen",
            "Kies een besluit waarin jullie allebei iets van jezelf terugzien.",
            st,
        ),
        WritingLines("Ons besluit:", 3, CONTENT_WIDTH),
        Spacer(1, 2 * mm),
    ]
    decision.append(
        _halves(
            [_name(first, first_name, st), _voice(half)],
            [_name(second, second_name, st), _voice(half)],
            False,
        )
    )
    story.append(KeepTogether(decision))
    return story


def _info(sheet: Worksheet) -> PageInfo:
    return PageInfo(
        practice=sheet.practice,
        title=f"Werkblad samen besluiten, {sheet.reader}",
        subject="Werkblad voor de oefening samen besluiten",
        footer=f"Werkblad samen besluiten · {sheet.reader}",
    )


def render_worksheet(sheet: Worksheet) -> bytes:
    """The worksheet as PDF bytes (one A4 page)."""
    return build_pdf(worksheet_story(sheet), _info(sheet))
