"""The e-mail draft: recipients who attended, filled-in templates, the PDF attached intact."""

from __future__ import annotations

import email
from datetime import date, time
from email import policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from stellenstof_desktop.content import Method, load_method
from stellenstof_desktop.domain import (
    DEFAULT_BODY,
    DEFAULT_SUBJECT,
    CoupleInput,
    Invite,
    PartnerInput,
    SessionInput,
)
from stellenstof_desktop.paths import resource_path
from stellenstof_desktop.report.mail import (
    PASSWORD_NOTE,
    ascii_name,
    clipboard_text,
    invite_attachment,
    mailto_url,
    make_draft,
    pdf_file_name,
    write_draft,
)
from stellenstof_desktop.report.model import SessionSummary
from stellenstof_desktop.services.container import Services
from tests.sample_session import make_sample

PDF = b"%PDF-1.4\n% not a real pdf, but bytes to compare\n" + bytes(range(256)) * 40


@pytest.fixture(scope="module")
def method() -> Method:
    return load_method("nl", resource_path("content")).method


def summary_of(services: Services, method: Method, **options: object) -> SessionSummary:
    sample = make_sample(services, **options)  # type: ignore[arg-type]
    return services.summary.build(sample.session_id, method)


def parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_eml_parses_back_with_the_pdf_byte_for_byte(
    services: Services, method: Method, tmp_path: Path
) -> None:
    summary = summary_of(services, method)
    draft = make_draft(summary, DEFAULT_SUBJECT, DEFAULT_BODY, protected=False)
    name = pdf_file_name(summary)
    assert name == "Sessieverslag Sanne en Joost 2026-06-02.pdf"
    pdf_path, eml_path = write_draft(tmp_path / "uit", draft, PDF, name)
    assert pdf_path.read_bytes() == PDF and eml_path.suffix == ".eml"
    assert pdf_path.parent == eml_path.parent

    message = parse(eml_path)
    assert message["X-Unsent"] == "1"
    assert [a.addr_spec for a in message["To"].addresses] == [
        "sanne@example.nl",
        "joost@example.nl",
    ]
    assert message["From"].addresses[0].display_name == "Marieke Jansen"
    assert message["Subject"] == "Verslag van onze sessie van dinsdag 2 juni 2026"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")  # .eml lines end in CRLF, as RFC 5322 says
    assert text.startswith("Beste Sanne en Joost,\n")
    assert "Marieke Jansen\nPraktijk Samen Verder" in text
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == name
    assert attachment.get_content() == PDF


def test_solo_session_goes_to_the_attending_partner_only(
    services: Services, method: Method, tmp_path: Path
) -> None:
    summary = summary_of(services, method, solo=True)
    draft = make_draft(summary, DEFAULT_SUBJECT, DEFAULT_BODY, protected=False)
    assert [a.addr_spec for a in draft.to] == ["sanne@example.nl"]
    _pdf, eml = write_draft(tmp_path, draft, PDF, pdf_file_name(summary))
    raw = eml.read_bytes()
    assert b"joost@example.nl" not in raw
    assert parse(eml)["To"].addresses[0].display_name == "Sanne"
    assert draft.body.startswith("Beste Sanne,")
    assert pdf_file_name(summary) == "Sessieverslag Sanne 2026-06-02.pdf"


def test_partners_without_address_are_left_out(services: Services, method: Method) -> None:
    couple = services.couples.create(
        CoupleInput("Zoë & Bram", (PartnerInput("Zoë", "zoe@example.nl"), PartnerInput("Bram")))
    )
    session = services.sessions.create(
        couple.id,
        SessionInput(date(2026, 1, 5), time(9), 60, frozenset(p.id for p in couple.partners)),
    )
    summary = services.summary.build(session.id, method)
    draft = make_draft(summary, "{praktijk}", "Beste {namen}", protected=False)  # no profile
    assert [str(a) for a in draft.to] == ["Zoë <zoe@example.nl>"]
    assert draft.sender is None and draft.subject == ""
    message = parse(write_draft(services.db.path.parent / "uit", draft, PDF, "v.pdf")[1])
    assert message["To"].addresses[0].display_name == "Zoë"


def test_templates_keep_unknown_placeholders_and_one_line_subjects(
    services: Services, method: Method
) -> None:
    summary = summary_of(services, method)
    draft = make_draft(
        summary, "Verslag\n{datum} {onbekend}", "Hoi {namen} {x} {} {", protected=False
    )
    assert draft.subject == "Verslag dinsdag 2 juni 2026 {onbekend}"
    assert draft.body == "Hoi Sanne en Joost {x} {} {\n"


def test_a_protected_pdf_gets_a_note_before_the_greeting(
    services: Services, method: Method
) -> None:
    summary = summary_of(services, method)
    body = make_draft(summary, DEFAULT_SUBJECT, DEFAULT_BODY, protected=True).body
    paragraphs = body.strip().split("\n\n")
    assert paragraphs[-2] == PASSWORD_NOTE
    assert paragraphs[-1].startswith("Hartelijke groet")
    assert "wachtwoord" not in make_draft(summary, "x", DEFAULT_BODY, protected=False).body


def test_mailto_fallback_carries_recipients_subject_and_body(
    services: Services, method: Method
) -> None:
    summary = summary_of(services, method)
    draft = make_draft(summary, DEFAULT_SUBJECT, "Beste {namen} & co?\nTot snel", protected=False)
    url = urlsplit(mailto_url(draft))
    assert url.scheme == "mailto"
    assert unquote(url.path) == "sanne@example.nl,joost@example.nl"
    query = parse_qs(url.query)
    assert query["subject"] == ["Verslag van onze sessie van dinsdag 2 juni 2026"]
    assert query["body"] == ["Beste Sanne en Joost & co?\r\nTot snel\r\n"]


def test_attachment_has_a_plain_name_for_older_readers(
    services: Services, method: Method, tmp_path: Path
) -> None:
    summary = summary_of(services, method)
    draft = make_draft(summary, DEFAULT_SUBJECT, DEFAULT_BODY, protected=False)
    long_name = "Sessieverslag Annemarie-Josephine en Maximiliaan van den Berghe 2026-06-02.pdf"
    _pdf, eml = write_draft(tmp_path, draft, PDF, long_name)
    raw = eml.read_text("ascii")
    assert f'name="{long_name}"' in raw  # one plain parameter, not RFC 2231 pieces
    assert f'filename="{long_name}"' in raw
    (attachment,) = list(parse(eml).iter_attachments())
    assert attachment.get_param("name") == long_name


def test_a_non_ascii_name_keeps_rfc_2231_and_gets_an_ascii_name(
    services: Services, method: Method, tmp_path: Path
) -> None:
    summary = summary_of(services, method)
    draft = make_draft(summary, DEFAULT_SUBJECT, DEFAULT_BODY, protected=False)
    _pdf, eml = write_draft(tmp_path, draft, PDF, "Sessieverslag Zoë en Bram 2026-06-02.pdf")
    raw = eml.read_text("ascii")
    assert 'name="Sessieverslag Zoe en Bram 2026-06-02.pdf"' in raw
    assert "filename*=utf-8''Sessieverslag%20Zo%C3%AB%20en%20Bram" in raw
    (attachment,) = list(parse(eml).iter_attachments())
    assert attachment.get_filename() == "Sessieverslag Zoë en Bram 2026-06-02.pdf"
    assert attachment.get_content() == PDF


def test_ascii_name_falls_back_sensibly() -> None:
    assert (
        ascii_name("Sessieverslag Zoë & Ilse-Bruïne.pdf") == "Sessieverslag Zoe & Ilse-Bruine.pdf"
    )
    assert ascii_name("Ørjan 😀.pdf") == "rjan.pdf"
    assert ascii_name("😀.pdf") == "Sessieverslag.pdf"


def test_clipboard_text_is_subject_then_body(services: Services, method: Method) -> None:
    draft = make_draft(summary_of(services, method), "Onderwerp", "Tekst\nregel", protected=False)
    assert clipboard_text(draft) == "Onderwerp\n\nTekst\nregel\n"


ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Sessie Zo\xc3\xab\r\nEND:VEVENT\r\n"
)


def test_a_calendar_invitation_travels_beside_the_pdf(
    services: Services, method: Method, tmp_path: Path
) -> None:
    summary = summary_of(services, method)
    invite = invite_attachment(Invite("Afspraak 2026-06-16.ics", ICS))
    draft = make_draft(summary, DEFAULT_SUBJECT, DEFAULT_BODY, False, (invite,))
    _pdf, eml = write_draft(tmp_path / "uit", draft, PDF, pdf_file_name(summary))
    pdf_part, ics_part = parse(eml).iter_attachments()
    assert pdf_part.get_content_type() == "application/pdf"
    assert ics_part.get_content_type() == "text/calendar"
    assert ics_part.get_param("method") == "PUBLISH"
    assert ics_part.get_param("charset") == "utf-8"
    assert ics_part.get_filename() == "Afspraak 2026-06-16.ics"
    assert ics_part.get_param("name") == "Afspraak 2026-06-16.ics"
    assert ics_part.get_payload(decode=True) == ICS  # byte for byte, CRLF lines as RFC 5545


def test_without_an_invitation_only_the_pdf_is_attached(
    services: Services, method: Method, tmp_path: Path
) -> None:
    summary = summary_of(services, method)
    draft = make_draft(summary, DEFAULT_SUBJECT, DEFAULT_BODY, False)
    _pdf, eml = write_draft(tmp_path / "uit", draft, PDF, pdf_file_name(summary))
    assert [a.get_content_type() for a in parse(eml).iter_attachments()] == ["application/pdf"]
