"""The session summary as an A4 PDF (ReportLab platypus), and a password on it (pypdf).

Modelled on pretix's invoice renderer: registered TrueType fonts, one stylesheet, a
page template that draws the letterhead, a canvas that prints "pagina x van y", output
to BytesIO. All user text goes through `fonts.markup()` before it becomes markup, and through
`fonts.draw_text()` before it is drawn on the canvas. Every word the report writes itself
comes from `report/text.py` in the summary's language.

This module imports ReportLab at the top; the app imports it only when it renders
(`tests/unit/test_pdf.py` checks that the summary tab's module does not load it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from stellenstof_desktop import APP_NAME
from stellenstof_desktop.report import fonts
from stellenstof_desktop.report.charts import ScoreBar, partner_colour, progress_chart
from stellenstof_desktop.report.fonts import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    draw_text,
    has_rtl,
    is_rtl,
    markup,
    printable,
    text_width,
    wrap_words,
)
from stellenstof_desktop.report.model import (
    DecisionChoice,
    DecisionMapItem,
    ExerciseSummary,
    Item,
    Person,
    Practice,
    ScaleItem,
    SessionSummary,
    TextItem,
)
from stellenstof_desktop.report.text import (
    DEFAULT_LANGUAGE,
    PDF_LANGUAGE,
    agreement_detail,
    decision_sentences,
    in_language,
    long_date,
    names_list,
    wording,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 31 * mm  # room for the letterhead
MARGIN_BOTTOM = 20 * mm
RULE_FROM_TOP = 24 * mm  # the letterhead's line
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#2b2b2b")
MUTED = colors.HexColor("#6f6a62")
PRIMARY = colors.HexColor("#2f5f63")
RULE = colors.HexColor("#d9d2c5")
SOFT = colors.HexColor("#f5f2ec")
DECISION = colors.HexColor("#eaf1f0")
OUTCOME_COLOURS = {"done": "#3d7a4f", "partly": "#a0712b", "not": "#8a5a55"}

Cell = Flowable | str | list[Flowable]  # what a table cell may hold

SIDE_BY_SIDE_MAX = 1_200  # longer answers go under each other: a table row cannot split
CHUNK = 3_000  # a huge paragraph is cut into pieces, so page breaks stay fast


# styles ------------------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    question: ParagraphStyle
    body: ParagraphStyle
    continued: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    right: ParagraphStyle


@cache
def styles() -> Styles:
    fonts.register()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=10, leading=14.5, textColor=INK, spaceAfter=5
    )
    return Styles(
        title=ParagraphStyle(
            "title", fontName=FONT_BOLD, fontSize=21, leading=26, textColor=PRIMARY, spaceAfter=2
        ),
        subtitle=ParagraphStyle(
            "subtitle", fontName=FONT, fontSize=11.5, leading=16, textColor=MUTED, spaceAfter=12
        ),
        h1=ParagraphStyle(
            "h1",
            fontName=FONT_BOLD,
            fontSize=13.5,
            leading=18,
            textColor=PRIMARY,
            spaceBefore=18,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=INK,
            spaceBefore=11,
            spaceAfter=3,
            keepWithNext=1,
        ),
        question=ParagraphStyle(
            "question",
            fontName=FONT_ITALIC,
            fontSize=9.5,
            leading=13,
            textColor=MUTED,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=body,
        continued=ParagraphStyle("continued", parent=body, spaceBefore=0, spaceAfter=0),
        bullet=ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=1, bulletFontName=FONT
        ),
        small=ParagraphStyle("small", fontName=FONT, fontSize=8, leading=11, textColor=MUTED),
        label=ParagraphStyle(
            "label", fontName=FONT_BOLD, fontSize=9, leading=12.5, textColor=MUTED
        ),
        cell=ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=13, textColor=INK),
        right=ParagraphStyle(
            "right", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_RIGHT
        ),
    )


# user text ---------------------------------------------------------------------
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def _chunks(text: str) -> Iterable[str]:
    """`text` in pieces of at most CHUNK characters, cut after a sentence or a word."""
    while len(text) > CHUNK:
        # Prefer a sentence end: the piece then ends the way a line of prose may end.
        ends = [text.rfind(mark, CHUNK // 2, CHUNK) for mark in (". ", "! ", "? ", "\n")]
        cut = max(ends) + 1 if max(ends) > 0 else text.rfind(" ", CHUNK // 2, CHUNK)
        cut = cut if cut > 0 else CHUNK
        yield text[:cut]
        text = text[cut:]
    yield text


class UserParagraph(Paragraph):
    """A paragraph of user text; with right-to-left letters in it, wrapped before ordered.

    `markup()` puts each line it is given in visual order, but ReportLab wraps a paragraph
    only later, so a wrapped Arabic or Hebrew paragraph would read its lines bottom-up
    (ReportLab's own bidi needs `rlbidi`, which we do not ship). Here such a paragraph is
    wrapped in logical order at the width ReportLab offers, each line then put in visual
    order, and the lines given to ReportLab as they are; one that reads right to left as a
    whole is right-aligned.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,  # ReportLab's keyword
        frags: Any = None,
        **kwargs: Any,
    ) -> None:
        # `split()` makes the pieces through this class with frags and no text: those
        # pieces are already wrapped and ordered.
        self._logical = text if frags is None and text is not None and has_rtl(text) else None
        self._wrapped_at: float | None = None
        rtl = self._logical is not None and is_rtl(self._logical)
        if rtl and style.alignment == TA_LEFT:
            style = ParagraphStyle("rtl", parent=style, alignment=TA_RIGHT)
        self._rtl = rtl
        shown = markup(text, rtl) if text is not None and frags is None else ""
        super().__init__(shown, style, bulletText=bulletText, frags=frags, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        width = availWidth - style.leftIndent - style.rightIndent - style.firstLineIndent
        if self._logical is not None and width != self._wrapped_at:
            self._wrapped_at = width
            # A hair narrower than the frame: ReportLab must not break a line once more.
            lines = wrap_words(self._logical, style.fontName, style.fontSize, width * 0.98)
            # Paragraph's own parse step (not in the stubs): the new markup replaces the old.
            self._setup(  # type: ignore[attr-defined]
                markup("\n".join(lines), self._rtl),
                style,
                self.bulletText,
                None,
                lambda text: text,
            )
        return super().wrap(availWidth, availHeight)


def user_text(text: str, style: ParagraphStyle, st: Styles | None = None) -> list[Flowable]:
    """Free text as paragraphs: blank lines start a new one, single line breaks are kept."""
    out: list[Flowable] = []
    for paragraph in _BLANK_LINES.split(text.strip()):
        pieces = list(_chunks(paragraph))
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            piece_style = style if last else ParagraphStyle("piece", parent=style, spaceAfter=0)
            out.append(UserParagraph(piece, piece_style))
    return out


def _plain(text: str, style: ParagraphStyle) -> Paragraph:
    """A short line of user text (a name, a label) as one paragraph."""
    return Paragraph(markup(text), style)


def _coloured(person: Person, style: ParagraphStyle, suffix: str = "") -> Paragraph:
    colour = partner_colour(person.position).hexval()[2:]
    return Paragraph(f'<font color="#{colour}"><b>{markup(person.name)}</b></font>{suffix}', style)


@dataclass(frozen=True)
class Words:
    """The report's own texts (report/text.py), with whom and in which language they speak."""

    texts: Mapping[str, str]
    for_one: bool
    language: str

    @classmethod
    def of(cls, for_one: bool, language: str) -> Words:
        return cls(wording(for_one, language), for_one, language)

    def __getitem__(self, key: str) -> str:
        return self.texts[key]


# the page ------------------------------------------------------------------------
@dataclass(frozen=True)
class PageInfo:
    """What every page shows around the content, and the document's metadata."""

    practice: Practice
    title: str
    subject: str
    footer: str
    language: str = DEFAULT_LANGUAGE


def _logo(practice: Practice) -> ImageReader | None:
    if not practice.logo:
        return None
    try:
        reader = ImageReader(BytesIO(practice.logo))
        reader.getSize()
    except Exception:  # a damaged logo must not cost the coach her summary
        return None
    return reader


def _draw_letterhead(canvas: Canvas, info: PageInfo, logo: ImageReader | None) -> None:
    practice = info.practice
    top = PAGE_HEIGHT - 13 * mm
    canvas.saveState()
    name = printable(practice.practice_name or practice.coach_name)
    below = " · ".join(
        printable(x)
        for x in (practice.coach_name if practice.practice_name else "", *practice.contact)
        if x
    )
    room = CONTENT_WIDTH - (45 * mm if logo else 0)
    if name:
        canvas.setFont(FONT_BOLD, 11)
        canvas.setFillColor(PRIMARY)
        draw_text(canvas, MARGIN_X, top - 4, _fit(name, FONT_BOLD, 11, room), FONT_BOLD, 11)
    if below:
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        draw_text(canvas, MARGIN_X, top - 16, _fit(below, FONT, 8, room), FONT, 8)
    if logo is not None:
        width, height = logo.getSize()
        box_w, box_h = 42 * mm, 13 * mm  # right-aligned, sitting just above the rule
        scale = min(box_w / width, box_h / height)
        w, h = width * scale, height * scale
        bottom = PAGE_HEIGHT - RULE_FROM_TOP + 2 * mm
        canvas.drawImage(logo, PAGE_WIDTH - MARGIN_X - w, bottom, w, h, mask="auto")
    if name or logo is not None:  # without a letterhead a lone rule looks like a mistake
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule = PAGE_HEIGHT - RULE_FROM_TOP
        canvas.line(MARGIN_X, rule, PAGE_WIDTH - MARGIN_X, rule)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    footer = _fit(printable(info.footer), FONT, 7.5, 130 * mm)
    draw_text(canvas, MARGIN_X, 11 * mm, footer, FONT, 7.5)
    canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten `text` with an ellipsis until it fits `width` points."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _NumberedCanvas(Canvas):
    """Holds pages back until the end, so each can say "pagina x van y"."""

    def __init__(self, *args: Any, page_label: str = "{page}/{total}", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._page_label = page_label

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # Canvas's own page reset

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            label = self._page_label.format(page=number, total=total)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, 11 * mm, label)
            self.restoreState()
            super().showPage()
        super().save()


def build_pdf(story: list[Flowable], info: PageInfo) -> bytes:
    """Lay out `story` on A4 pages with the letterhead and page numbers; the PDF's bytes."""
    fonts.register()
    buffer = BytesIO()
    logo = _logo(info.practice)
    author = info.practice.coach_name or info.practice.practice_name or APP_NAME
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=printable(info.title),
        author=printable(author),
        subject=printable(info.subject),
        creator=APP_NAME,
        lang=PDF_LANGUAGE.get(info.language, PDF_LANGUAGE[DEFAULT_LANGUAGE]),
        initialFontName=FONT,  # else every page declares a non-embedded Helvetica
        initialFontSize=10,
    )
    frame = Frame(
        MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="content", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates(
        PageTemplate(
            id="page",
            frames=[frame],
            onPage=lambda canvas, _doc: _draw_letterhead(canvas, info, logo),
        )
    )
    page_label = wording(False, info.language)["page"]
    doc.build(keep_headings(story), canvasmaker=partial(_NumberedCanvas, page_label=page_label))
    return buffer.getvalue()


def encrypt(pdf: bytes, password: str) -> bytes:
    """The same PDF, opening only with `password` (AES-256)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


# blocks --------------------------------------------------------------------------
def table_style(commands: list[Any]) -> TableStyle:
    """`commands` in our font: a table's default Helvetica would be listed unembedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def _box(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    background: colors.Color = SOFT,
    padding: float = 7,
) -> Table:
    table = Table([list(r) for r in rows], colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), padding / 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding / 2),
                ("TOPPADDING", (0, 0), (-1, 0), padding),
                ("BOTTOMPADDING", (0, -1), (-1, -1), padding),
            ]
        )
    )
    return table


def _facts(summary: SessionSummary, st: Styles, words: Words) -> Table:
    language = summary.language
    when = long_date(summary.date, language)
    if summary.start_time:
        when = words["at_time"].format(date=when, time=f"{summary.start_time:%H:%M}")
    present = names_list([p.name for p in summary.attendees], language) or "—"
    if summary.solo and not summary.for_one:  # a report for one partner is about them only
        absent = names_list([p.name for p in summary.absent], language)
        sentence = words["absent_one" if len(summary.absent) == 1 else "absent_more"]
        present = sentence.format(present=present, absent=absent)
    rows: list[list[Cell]] = [
        [Paragraph(words["date"], st.label), _plain(when, st.cell)],
        [Paragraph(words["present"], st.label), _plain(present, st.cell)],
    ]
    if summary.next_appointment:
        upcoming = long_date(summary.next_appointment, language)
        if summary.next_appointment_time is not None:
            at = f"{summary.next_appointment_time:%H:%M}"
            upcoming = words["at_time"].format(date=upcoming, time=at)
        rows.append([Paragraph(words["next_appointment"], st.label), _plain(upcoming, st.cell)])
    return _box(rows, [42 * mm, CONTENT_WIDTH - 42 * mm])


def _scale(item: ScaleItem, st: Styles, words: Words) -> list[Flowable]:
    rows = [
        [
            _coloured(score.partner, st.cell),
            ScoreBar(score.value, score.partner.position, width=95 * mm),
            Paragraph(f"<b>{score.value}</b>", st.right),
        ]
        for score in item.scores
    ]
    table = Table(rows, colWidths=[40 * mm, 100 * mm, 12 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    ends = f"0 = {item.low} · 10 = {item.high}" if item.low or item.high else ""
    block: list[Flowable] = [_plain(item.question, st.question), table]
    if ends:
        block.append(_plain(ends, st.small))
    block.append(Spacer(1, 4))
    return [KeepTogether(block)]


def _answers_side_by_side(pairs: Sequence[tuple[Person, str]], st: Styles) -> list[Flowable]:
    """Each partner's answer: in columns when short, else under each other."""
    if len(pairs) == 2 and all(len(text) <= SIDE_BY_SIDE_MAX for _p, text in pairs):
        half = (CONTENT_WIDTH - 6 * mm) / 2
        cells = [
            [_coloured(person, st.label), *user_text(text, st.cell, st)] for person, text in pairs
        ]
        table = Table([cells], colWidths=[half, half], hAlign="LEFT", spaceAfter=4)
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), 6 * mm),
                    ("LINEBEFORE", (1, 0), (1, 0), 0.6, RULE),
                    ("LEFTPADDING", (1, 0), (1, 0), 3 * mm),
                ]
            )
        )
        return [table]
    out: list[Flowable] = []
    for person, text in pairs:
        out.append(_coloured(person, st.label))
        out += user_text(text, st.body, st)
    return out


def _text(item: TextItem, st: Styles, words: Words) -> list[Flowable]:
    out: list[Flowable] = [_plain(item.question, st.question)]
    if item.shared:
        out += user_text(item.shared, st.body, st)
    if item.answers:
        out += _answers_side_by_side([(a.partner, a.text) for a in item.answers], st)
    return out


def _choice(choice: DecisionChoice | None, st: Styles, words: Words) -> Paragraph:
    if choice is None:
        return Paragraph("–", st.cell)
    if choice.partner is None:
        return Paragraph(words["together"], st.cell)
    return _coloured(choice.partner, st.cell)


def _decision_map(item: DecisionMapItem, st: Styles, words: Words) -> list[Flowable]:
    people: list[Person] = []
    for row in item.rows:
        for wish in row.wishes:
            if wish.partner not in people:
                people.append(wish.partner)
    people.sort(key=lambda p: p.position)
    head: list[Cell] = [
        Paragraph(words["area"], st.label),
        Paragraph(words["decides_now"], st.label),
    ]
    head += [Paragraph(words["would_like"].format(name=markup(p.name)), st.label) for p in people]
    rows: list[list[Cell]] = [head]
    for row in item.rows:
        wishes = {w.partner: w.choice for w in row.wishes}
        line: list[Cell] = [_plain(row.area, st.cell), _choice(row.now, st, words)]
        line += [_choice(wishes.get(p), st, words) for p in people]
        rows.append(line)
    area_width = 58 * mm
    rest = (CONTENT_WIDTH - area_width) / (1 + len(people))
    table = Table(rows, colWidths=[area_width] + [rest] * (1 + len(people)), repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SOFT]),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    out: list[Flowable] = [_plain(item.question, st.question), table, Spacer(1, 6)]
    # report/text.py is the one place for these sentences ("René wil zelf beslissen").
    sentences = decision_sentences(item.rows, words.for_one, words.language)
    out += [Paragraph(markup(line), st.bullet, bulletText="•") for line in sentences]
    return out


# One renderer per kind of summary item; a new kind of prompt adds one here.
RENDERERS: dict[type, Callable[[Any, Styles, Words], list[Flowable]]] = {
    TextItem: _text,
    ScaleItem: _scale,
    DecisionMapItem: _decision_map,
}


def _item(item: Item, st: Styles, words: Words) -> list[Flowable]:
    return RENDERERS[type(item)](item, st, words)


def _exercise(exercise: ExerciseSummary, st: Styles, words: Words) -> list[Flowable]:
    out: list[Flowable] = [_plain(exercise.topic or words["topic_missing"], st.h2)]
    for attribute in ("preference", "reason", "expected_other", "appeal"):
        label = words[attribute]
        pairs = [
            (part.partner, getattr(part, attribute))
            for part in exercise.parts
            if getattr(part, attribute).strip()
        ]
        if not pairs:
            continue
        out.append(Paragraph(label, st.question))
        if len(exercise.parts) == 1:  # one person's exercise: no name above each text
            out += user_text(pairs[0][1], st.body, st)
        else:
            out += _answers_side_by_side(pairs, st)
    if exercise.talk_notes.strip():
        out.append(Paragraph(words["talk"], st.question))
        out += user_text(exercise.talk_notes, st.body, st)
    if exercise.decision.strip():
        decision: list[Flowable] = [Paragraph(words["decision"], st.label)]
        decision += user_text(exercise.decision, st.continued, st)
        voices = [(p.partner.name, words[f"voice.{p.voice}"]) for p in exercise.parts if p.voice]
        if voices:
            # One person's exercise: the voice is theirs, a name before it would be odd.
            said = (
                voices[0][1]
                if len(exercise.parts) == 1
                else " · ".join(f"{markup(who)}: {how}" for who, how in voices)
            )
            decision += [Spacer(1, 4), Paragraph(f"{words['voices']} — {said}", st.small)]
        if len(exercise.decision) <= SIDE_BY_SIDE_MAX:
            out += [Spacer(1, 4), _box([[decision]], [CONTENT_WIDTH], DECISION, padding=8)]
        else:
            out += decision
    if exercise.follow_up.strip():
        out.append(Paragraph(words["follow_up"], st.question))
        out += user_text(exercise.follow_up, st.body, st)
    # One page where it fits, so the decision stays beside the preferences; a longer block
    # is split by KeepTogether itself, starting on a fresh page.
    return [KeepTogether(out)]


def _agreements(summary: SessionSummary, st: Styles, words: Words) -> list[Flowable]:
    out: list[Flowable] = []
    for line in summary.agreements:
        who = line.partner.name if line.partner else None  # for both: no name needed
        detail = agreement_detail(
            who, line.due_date, summary.date, summary.next_appointment, words.language
        )
        muted = f" <font color='#{MUTED.hexval()[2:]}'>— {markup(detail)}</font>" if detail else ""
        out.append(Paragraph(f"{markup(line.text)}{muted}", st.bullet, bulletText="•"))
    return out


def _reviews(summary: SessionSummary, st: Styles, words: Words) -> list[Flowable]:
    out: list[Flowable] = []
    for line in summary.reviewed:
        outcome = ""
        if line.review is not None:
            colour = OUTCOME_COLOURS[line.review.value]
            label = words[f"review.{line.review}"]
            outcome = f" <font color='{colour}'><b>{label}</b></font>"
        who = "" if line.partner is None else f" ({markup(line.partner.name)})"
        out.append(Paragraph(f"{markup(line.text)}{who} —{outcome}", st.bullet, bulletText="•"))
        if line.note.strip():
            note = ParagraphStyle("note", parent=st.bullet, textColor=MUTED, fontName=FONT_ITALIC)
            out += user_text(line.note, note, st)
    return out


def _progress(summary: SessionSummary, st: Styles, words: Words) -> list[Flowable]:
    out: list[Flowable] = []
    for chart in summary.progress:
        out.append(
            KeepTogether(
                [
                    _plain(chart.question, st.question),
                    progress_chart(chart, CONTENT_WIDTH, 58 * mm, words.language),
                    Spacer(1, 4),
                ]
            )
        )
    return out


def _closing(practice: Practice, st: Styles, words: Words) -> list[Flowable]:
    text = in_language(
        practice.closing(words.for_one), "default_closing", words.for_one, words.language
    )
    out: list[Flowable] = [Spacer(1, 14)]
    if text.strip():
        out += user_text(text, st.body, st)
    signature: list[str] = []
    if practice.coach_name:
        signature.append(f"<b>{markup(practice.coach_name)}</b>")
    if practice.practice_name:
        signature.append(markup(practice.practice_name))
    if practice.contact:
        signature.append(
            f"<font color='#{MUTED.hexval()[2:]}'>"
            + " · ".join(markup(x) for x in practice.contact)
            + "</font>"
        )
    if signature:
        out += [Spacer(1, 6), Paragraph(words["greeting"], st.body)]
        out.append(Paragraph("<br/>".join(signature), st.body))
    return [KeepTogether(out)]


def _flat(flowables: Sequence[Flowable]) -> list[Flowable]:
    """The content of nested KeepTogethers, one level: ReportLab measures a KeepTogether
    inside another as 0xffffff points tall, so the outer one would always start a page."""
    out: list[Flowable] = []
    for flowable in flowables:
        out += (
            _flat(vars(flowable)["_content"]) if isinstance(flowable, KeepTogether) else [flowable]
        )
    return out


def keep_headings(story: Sequence[Flowable]) -> list[Flowable]:
    """`story` with every heading (a keepWithNext flowable) bound to the flowable after it.

    ReportLab's own keepWithNext leaves a heading alone when the next flowable is a
    KeepTogether (doctemplate's `_ktAllow` refuses containers), which put "Het verloop over
    de sessies" at the foot of a page and its chart on the next. Here such a heading joins
    the KeepTogether's content instead. Inside a block ReportLab's own rule suffices (when
    a block longer than a page is split, its headings are followed by plain flowables).
    """
    out: list[Flowable] = []
    pending: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            content = _flat(vars(flowable)["_content"])
            flowable = KeepTogether([*pending, *content], maxHeight=vars(flowable)["_maxHeight"])
        elif flowable.getKeepWithNext():  # type: ignore[no-untyped-call]  # ReportLab's
            pending.append(flowable)
            continue
        elif pending:
            flowable = KeepTogether([*pending, flowable])
        pending = []
        out.append(flowable)
    return out + pending


def _section(title: str, body: list[Flowable], st: Styles) -> list[Flowable]:
    return [Paragraph(title, st.h1), *body] if body else []


def summary_story(summary: SessionSummary) -> list[Flowable]:
    """The flowables of the summary, in reading order; empty sections are left out."""
    st = styles()
    words = Words.of(summary.for_one, summary.language)
    story: list[Flowable] = [
        Paragraph(words["title"], st.title),
        _plain(f"{summary.reader} · {long_date(summary.date, summary.language)}", st.subtitle),
        _facts(summary, st, words),
    ]
    checkin: list[Flowable] = []
    for scale in summary.checkin:
        checkin += _scale(scale, st, words)
    if checkin:
        checkin.insert(0, Paragraph(words["checkin_intro"], st.small))
    story += _section(words["checkin"], checkin, st)

    steps: list[Flowable] = []
    for step in summary.steps:
        steps.append(_plain(words["step"].format(number=step.number, title=step.title), st.h2))
        for item in step.items:
            steps += _item(item, st, words)
        if not step.items:
            steps.append(Paragraph(words["step_discussed"], st.body))
    story += _section(words["steps"], steps, st)

    exercises: list[Flowable] = []
    for exercise in summary.exercises:
        exercises += _exercise(exercise, st, words)
    story += _section(words["exercises"], exercises, st)

    if summary.reviewed_date is not None:
        title = words["review"].format(date=long_date(summary.reviewed_date, summary.language))
        story += _section(title, _reviews(summary, st, words), st)
    story += _section(words["agreements"], _agreements(summary, st, words), st)
    if summary.shared_notes.strip():
        story += _section(words["notes"], user_text(summary.shared_notes, st.body, st), st)
    if any(len(chart.dates) > 1 for chart in summary.progress):
        story += _section(words["progress"], _progress(summary, st, words), st)
    story += _closing(summary.practice, st, words)
    return story


def summary_info(summary: SessionSummary) -> PageInfo:
    words = wording(summary.for_one, summary.language)
    when = long_date(summary.date, summary.language)
    return PageInfo(
        practice=summary.practice,
        title=words["doc_title"].format(reader=summary.reader, date=when),
        subject=words["doc_subject"],
        footer=words["footer"].format(reader=summary.reader, date=when),
        language=summary.language,
    )


def render_summary(summary: SessionSummary) -> bytes:
    """The summary as PDF bytes."""
    return build_pdf(summary_story(summary), summary_info(summary))
