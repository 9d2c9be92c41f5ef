"""A blank one-page "Samen besluiten" worksheet to print, with the couple's names on it.

The four steps of the exercise; in the steps written alone each partner has a half of
the page, so the sheet can be folded along the dashed line and filled in hidden. For a
partner who came alone the sheet speaks to that one person: their own preference, what
they think their partner would choose, and what they find out at home.
"""

from __future__ import annotations

from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from stellenstof_desktop.report.charts import partner_colour
from stellenstof_desktop.report.fonts import (
    FONT,
    FONT_BOLD,
    draw_text,
    markup,
    printable,
    text_width,
)
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
from stellenstof_desktop.report.text import names_list

LINE_GAP = 8.2 * mm
GUTTER = 8 * mm
LABEL_SIZES = (8.5, 7.5)  # a label shrinks once, then wraps
LABEL_LINES = 2
GAP_SCALES = (1.0, 0.9, 0.8, 0.7)  # writing lines move closer until the sheet is one page


def _split(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` wrapped at spaces (and at line breaks) into lines of at most `width`."""
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


def fit_lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """`text` wrapped to `width`, in at most `most` lines; the last one ends in "…" if cut."""
    lines: list[str] = []
    for line in _split(text, font, size, width):
        while text_width(line, font, size) > width:  # one word longer than the line
            cut = len(line)
            while cut > 1 and text_width(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    if len(lines) <= most:
        return lines

    last = " ".join(lines[most - 1 :])
    while last and text_width(last + "…", font, size) > width:
        last = last[:-1]
    return [*lines[: most - 1], last.rstrip() + "…"]


def shortened(text: str, font: str, size: float, width: float, most: int) -> str:
    """`text` cut with "…" into at most `most` lines of `width`, joined by line breaks."""
    return "\n".join(fit_lines(text, font, size, width, most))


class WritingLines(Flowable):
    """A label and `count` ruled lines to write on; a long label shrinks, then wraps."""

    def __init__(self, label: str, count: int, width: float, gap: float = LINE_GAP) -> None:
        super().__init__()
        self.count, self.width, self.gap = count, width, gap
        text = printable(label)
        for size in LABEL_SIZES:  # the first size at which the label fits on one line
            self.size = size
            self.lines = fit_lines(text, FONT, size, width, LABEL_LINES)
            if len(self.lines) == 1:
                break
        self.leading = self.size + 2
        self.height = 5 * mm + (len(self.lines) - 1) * self.leading + count * gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setFont(FONT, self.size)
        canvas.setFillColor(MUTED)
        for index, line in enumerate(self.lines):
            y = self.height - 3.2 * mm - index * self.leading
            draw_text(canvas, 0, y, line, FONT, self.size)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        top = self.height - 3 * mm - (len(self.lines) - 1) * self.leading
        for index in range(1, self.count + 1):
            canvas.line(0, top - index * self.gap, self.width, top - index * self.gap)


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
        draw_text(canvas, 0, self.height - 3.2 * mm, self.label, FONT, 8.5)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.7)
        x, box = 0.0, 3.2 * mm
        for option in self.options:
            canvas.rect(x, 1.2 * mm, box, box)
            draw_text(canvas, x + box + 1.8 * mm, 1.9 * mm, option, FONT, 8.5)
            x += box + 4 * mm + text_width(option, FONT, 8.5) + 3 * mm


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
    half = (CONTENT_WIDTH - GUTTER) / 2
    name = shortened(printable(person.name), FONT_BOLD, st.cell.fontSize, half, 2)
    return Paragraph(f'<font color="#{colour}"><b>{markup(name)}</b></font>', st.cell)


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
    # Two lines at most, so the sheet stays one page with names up to NAME_MAX.
    who = shortened(
        printable(who), st.subtitle.fontName, st.subtitle.fontSize, CONTENT_WIDTH - 80, 2
    )
    return [
        Paragraph("Samen besluiten", st.title),
        Paragraph(f"Werkblad voor {markup(who)}", st.subtitle),
        Paragraph(intro, st.body),
    ]


def _voice(width: float) -> Choices:
    return Choices("Mijn stem zit erin:", ("helemaal", "voor een deel", "(nog) niet"), width)


def solo_story(sheet: Worksheet, gap: float = LINE_GAP) -> list[Flowable]:
    """The sheet for one partner: written by one person, checked at home."""
    st = styles()
    ruled = partial(WritingLines, gap=gap)
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
    story.append(ruled("De beslissing:", 1, CONTENT_WIDTH))
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
                ruled("Mijn voorkeur:", 3, half),
                ruled("Waarom is dit belangrijk voor mij?", 2, half),
            ],
            [
                _name(None, "Mijn partner", st),
                ruled("Wat denk ik dat mijn partner zou kiezen?", 3, half),
                ruled("Waarom zou dat belangrijk zijn voor mijn partner?", 2, half),
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
            [ruled("Wat mijn partner zou kiezen:", 3, half)],
            [ruled("Wat spreekt mij daarin aan?", 3, half)],
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
        ruled("Mijn voorstel:", 3, CONTENT_WIDTH),
        Spacer(1, 2 * mm),
        _voice(half),  # one person's sheet: no name needed before the voice
    ]
    story.append(KeepTogether(proposal))
    return story


def worksheet_story(sheet: Worksheet, gap: float = LINE_GAP) -> list[Flowable]:
    if sheet.for_one:
        return solo_story(sheet, gap)
    st = styles()
    ruled = partial(WritingLines, gap=gap)
    half = (CONTENT_WIDTH - GUTTER) / 2
    people: list[Person | None] = [*sheet.partners[:2]]
    while len(people) < 2:
        people.append(None)
    first, second = people
    first_name = first.name if first else "partner 1"
    second_name = second.name if second else "mijn partner"
    who = names_list([p.name for p in sheet.partners]) or sheet.couple_name
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
    story.append(ruled("Onze beslissing:", 1, CONTENT_WIDTH))

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
            ruled("Mijn voorkeur:", 3, half),
            ruled("Waarom is dit belangrijk voor mij?", 2, half),
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
            [ruled(f"Wat spreekt mij aan in de voorkeur van {second_name}?", 3, half)],
            [ruled(f"Wat spreekt mij aan in de voorkeur van {first_name}?", 3, half)],
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
        ruled("Ons besluit:", 3, CONTENT_WIDTH),
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
    """The worksheet as PDF bytes: one A4 page, the writing lines closer if need be."""
    from pypdf import PdfReader

    pdf = b""
    for scale in GAP_SCALES:
        pdf = build_pdf(worksheet_story(sheet, LINE_GAP * scale), _info(sheet))
        if len(PdfReader(BytesIO(pdf)).pages) == 1:
            break
    return pdf
