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
    wrap_words,
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
from stellenstof_desktop.report.text import file_name, names_list, wording

LINE_GAP = 8.2 * mm
GUTTER = 8 * mm
LABEL_SIZES = (8.5, 7.5)  # a label shrinks once, then wraps
LABEL_LINES = 2
GAP_SCALES = (1.0, 0.9, 0.8, 0.7)  # writing lines move closer until the sheet is one page


def fit_lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """`text` wrapped to `width`, in at most `most` lines; the last one ends in "…" if cut."""
    lines: list[str] = []
    for line in wrap_words(text, font, size, width):
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


def _title(who: str, st: Styles, words: dict[str, str]) -> list[Flowable]:
    # Two lines at most, so the sheet stays one page with names up to NAME_MAX.
    who = shortened(
        printable(who), st.subtitle.fontName, st.subtitle.fontSize, CONTENT_WIDTH - 80, 2
    )
    return [
        Paragraph(words["ws_title"], st.title),
        Paragraph(words["ws_for"].format(who=markup(who)), st.subtitle),
        Paragraph(words["ws_intro"], st.body),
    ]


def _voice(width: float, words: dict[str, str]) -> Choices:
    options = tuple(words[f"voice.{value}"] for value in ("fully", "partly", "not"))
    return Choices(words["ws_voice"], options, width)


def _steps(number: int, words: dict[str, str], st: Styles) -> list[Flowable]:
    return _step(number, words[f"ws_step{number}"], words[f"ws_step{number}_hint"], st)


def solo_story(sheet: Worksheet, gap: float = LINE_GAP) -> list[Flowable]:
    """The sheet for one partner: written by one person, checked at home."""
    st = styles()
    words = wording(True, sheet.language)
    ruled = partial(WritingLines, gap=gap)
    half = (CONTENT_WIDTH - GUTTER) / 2
    person = sheet.attendees[0]
    story = _title(person.name, st, words)
    story += _steps(1, words, st)
    story.append(ruled(words["ws_topic"], 1, CONTENT_WIDTH))
    story += _steps(2, words, st)
    story.append(
        _halves(
            [
                _name(person, person.name, st),
                ruled(words["ws_preference"], 3, half),
                ruled(words["ws_why"], 2, half),
            ],
            [
                _name(None, words["ws_partner"], st),
                ruled(words["ws_partner_choice"], 3, half),
                ruled(words["ws_partner_why"], 2, half),
            ],
            False,
        )
    )
    story += _steps(3, words, st)
    story.append(
        _halves(
            [ruled(words["ws_partner_would"], 3, half)],
            [ruled(words["ws_appeal"], 3, half)],
            False,
        )
    )
    proposal: list[Flowable] = [
        *_steps(4, words, st),
        ruled(words["ws_decision"], 3, CONTENT_WIDTH),
        Spacer(1, 2 * mm),
        _voice(half, words),  # one person's sheet: no name needed before the voice
    ]
    story.append(KeepTogether(proposal))
    return story


def worksheet_story(sheet: Worksheet, gap: float = LINE_GAP) -> list[Flowable]:
    if sheet.for_one:
        return solo_story(sheet, gap)
    st = styles()
    words = wording(False, sheet.language)
    ruled = partial(WritingLines, gap=gap)
    half = (CONTENT_WIDTH - GUTTER) / 2
    people: list[Person | None] = [*sheet.partners[:2]]
    while len(people) < 2:
        people.append(None)
    first, second = people
    first_name = first.name if first else words["ws_first"]
    second_name = second.name if second else words["ws_second"]
    who = names_list([p.name for p in sheet.partners], sheet.language) or sheet.couple_name
    story = _title(who, st, words)
    story += _steps(1, words, st)
    story.append(ruled(words["ws_topic"], 1, CONTENT_WIDTH))
    story += _steps(2, words, st)

    def preference(person: Person | None, fallback: str) -> list[Flowable]:
        return [
            _name(person, fallback, st),
            ruled(words["ws_preference"], 3, half),
            ruled(words["ws_why"], 2, half),
        ]

    story.append(_halves(preference(first, first_name), preference(second, second_name), True))

    story += _steps(3, words, st)
    appeal = words["ws_appeal_of"]
    story.append(
        _halves(
            [ruled(appeal.format(name=second_name), 3, half)],
            [ruled(appeal.format(name=first_name), 3, half)],
            False,
        )
    )

    decision: list[Flowable] = [
        *_steps(4, words, st),
        ruled(words["ws_decision"], 3, CONTENT_WIDTH),
        Spacer(1, 2 * mm),
    ]
    decision.append(
        _halves(
            [_name(first, first_name, st), _voice(half, words)],
            [_name(second, second_name, st), _voice(half, words)],
            False,
        )
    )
    story.append(KeepTogether(decision))
    return story


def _info(sheet: Worksheet) -> PageInfo:
    words = wording(sheet.for_one, sheet.language)
    return PageInfo(
        practice=sheet.practice,
        title=words["ws_doc_title"].format(reader=sheet.reader),
        subject=words["ws_doc_subject"],
        footer=words["ws_footer"].format(reader=sheet.reader),
        language=sheet.language,
    )


def worksheet_file_name(sheet: Worksheet) -> str:
    """'Werkblad samen besluiten Sanne en Joost.pdf', in the sheet's language."""
    who = names_list([p.name for p in sheet.attendees], sheet.language) or sheet.couple_name
    return file_name(wording(sheet.for_one, sheet.language)["ws_file"].format(who=who))


def render_worksheet(sheet: Worksheet) -> bytes:
    """The worksheet as PDF bytes: one A4 page, the writing lines closer if need be."""
    from pypdf import PdfReader

    pdf = b""
    for scale in GAP_SCALES:
        pdf = build_pdf(worksheet_story(sheet, LINE_GAP * scale), _info(sheet))
        if len(PdfReader(BytesIO(pdf)).pages) == 1:
            break
    return pdf
