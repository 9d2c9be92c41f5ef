"""The e-mail draft to the couple: an .eml with the summary attached, or a mailto: link.

A draft goes only to the partners who attended: a solo session's summary never reaches
the partner who was not there. `X-Unsent: 1` makes Outlook and Windows Mail open the
file as a new message to send, rather than as a received one.

Each attachment's name is written twice: as `filename` on Content-Disposition (RFC 2231
when it is not plain ASCII) and as a plain `name` on Content-Type, which older mail
readers read instead; for a non-ASCII name that plain one is an ASCII look-alike. Beside
the PDF a draft may carry more attachments: the calendar invitation for the next
appointment, as `text/calendar; method=PUBLISH`, which mail programs offer to add.

The draft speaks the summary's language; the coach's own subject and text are used as she
wrote them, and the shipped Dutch defaults become the shipped defaults of that language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import quote

from stellenstof_desktop.domain import CoachProfile, Invite
from stellenstof_desktop.files import make_private_dir, write_atomic
from stellenstof_desktop.report.model import SessionSummary
from stellenstof_desktop.report.text import (
    file_name,
    fill_template,
    in_language,
    long_date,
    names,
    wording,
)

PASSWORD_NOTE = wording(False)["password_note"]
CALENDAR_TYPE = "text/calendar; method=PUBLISH; charset=utf-8"

# Written with long lines allowed (RFC 5322's limit is 998), so that a long file name
# stays one plain `name="..."` instead of RFC 2231 pieces that older readers drop.
EML_POLICY = policy.SMTP.clone(max_line_length=998)


@dataclass(frozen=True)
class Attachment:
    """A file the draft carries beside the PDF."""

    filename: str
    mime_type: str  # with its parameters: "text/calendar; method=PUBLISH; charset=utf-8"
    data: bytes


def invite_attachment(invite: Invite) -> Attachment:
    """The calendar invitation for the next appointment, as mail programs recognise one."""
    return Attachment(invite.filename, CALENDAR_TYPE, invite.data)


@dataclass(frozen=True)
class Draft:
    """What the mail says; also enough for a mailto: link when no mail program opens files."""

    to: tuple[Address, ...]
    sender: Address | None
    subject: str
    body: str
    attachments: tuple[Attachment, ...] = ()  # beside the PDF (a mailto: link has none)


def template_values(summary: SessionSummary) -> dict[str, str]:
    """The values of {namen}, {datum}, {coach} and {praktijk}."""
    return {
        "namen": names([p.name for p in summary.attendees], summary.language),
        "datum": long_date(summary.date, summary.language),
        "coach": summary.practice.coach_name,
        "praktijk": summary.practice.practice_name,
    }


def body_template(summary: SessionSummary, profile: CoachProfile) -> str:
    """The coach's mail text for the couple, or the one for a partner who came alone."""
    text = profile.mail_body_solo if summary.for_one else profile.mail_body
    return in_language(text, "default_body", summary.for_one, summary.language)


def subject_template(summary: SessionSummary, profile: CoachProfile) -> str:
    """The coach's subject line, in the summary's language if she kept the default."""
    return in_language(profile.mail_subject, "default_subject", summary.for_one, summary.language)


def pdf_file_name(summary: SessionSummary) -> str:
    """'Sessieverslag Sanne en Joost 2026-06-02.pdf', in the summary's language."""
    who = names([p.name for p in summary.attendees], summary.language) or summary.couple_name
    stem = wording(summary.for_one, summary.language)["file"]
    return file_name(stem.format(who=who, date=summary.date.isoformat()))


def _address(name: str, email: str) -> Address | None:
    try:
        return Address(display_name=" ".join(name.split()), addr_spec=email.strip())
    except (ValueError, IndexError, HeaderParseError):  # one the e-mail package cannot write
        return None


def _with_note(body: str, note: str) -> str:
    """`note` as a paragraph before the greeting (the last paragraph), else at the end."""
    paragraphs = body.split("\n\n")
    if len(paragraphs) >= 3:
        paragraphs.insert(len(paragraphs) - 1, note)
    else:
        paragraphs.append(note)
    return "\n\n".join(paragraphs)


def make_draft(
    summary: SessionSummary,
    subject_template: str,
    body_template: str,
    protected: bool,
    attachments: Sequence[Attachment] = (),
) -> Draft:
    values = template_values(summary)
    to = tuple(
        address
        for p in summary.attendees
        if p.email and (address := _address(p.name, p.email)) is not None
    )
    practice = summary.practice
    sender = _address(practice.coach_name, practice.email) if practice.email else None
    subject = " ".join(fill_template(subject_template, values).split())
    body = "\n".join(line.rstrip() for line in fill_template(body_template, values).splitlines())
    body = body.strip()
    if protected:
        body = _with_note(body, wording(summary.for_one, summary.language)["password_note"])
    return Draft(to, sender, subject, body + "\n", tuple(attachments))


def _attach(message: EmailMessage, attachment: Attachment) -> None:
    kind, *parameters = (part.strip() for part in attachment.mime_type.split(";"))
    maintype, _, subtype = kind.partition("/")
    params = dict(p.split("=", 1) for p in parameters if "=" in p)
    message.add_attachment(
        attachment.data,
        maintype=maintype,
        subtype=subtype,
        filename=attachment.filename,
        params=params,
    )
    *_before, added = message.iter_attachments()
    added.set_param("name", ascii_name(attachment.filename), header="Content-Type")


def build_message(draft: Draft, pdf: bytes, attachment_name: str) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    if draft.to:
        message["To"] = draft.to
    if draft.sender is not None:
        message["From"] = draft.sender
    message["Subject"] = draft.subject
    message["X-Unsent"] = "1"
    message.set_content(draft.body)
    for attachment in (Attachment(attachment_name, "application/pdf", pdf), *draft.attachments):
        _attach(message, attachment)
    return message


def ascii_name(name: str) -> str:
    """`name` in plain ASCII for readers that know no RFC 2231: 'Zoë' becomes 'Zoe'."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    plain = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    plain = " ".join(plain.replace('"', " ").replace("\\", " ").split()) or "Sessieverslag"
    return f"{plain}.{suffix}" if dot else plain


def eml_bytes(message: EmailMessage) -> bytes:
    """The .eml file's bytes (CRLF lines, long header lines allowed)."""
    return message.as_bytes(policy=EML_POLICY)


def write_draft(folder: Path, draft: Draft, pdf: bytes, attachment_name: str) -> tuple[Path, Path]:
    """Write the PDF and the .eml side by side in `folder` (private); returns (pdf, eml)."""
    make_private_dir(folder)
    pdf_path = write_atomic(folder / attachment_name, pdf)
    eml_path = pdf_path.with_suffix(".eml")
    write_atomic(eml_path, eml_bytes(build_message(draft, pdf, attachment_name)))
    return pdf_path, eml_path


def mailto_url(draft: Draft) -> str:
    """A mailto: link with recipients, subject and body (attachments cannot go in one)."""
    to = ",".join(quote(a.addr_spec, safe="@") for a in draft.to)
    body = draft.body.replace("\n", "\r\n")
    return f"mailto:{to}?subject={quote(draft.subject, safe='')}&body={quote(body, safe='')}"


def clipboard_text(draft: Draft) -> str:
    """Subject and body for pasting into webmail: the subject on the first line."""
    return f"{draft.subject}\n\n{draft.body}"
