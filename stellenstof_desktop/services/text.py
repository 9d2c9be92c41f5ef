"""Small text rules shared by the services: cleaning input and matching searches."""

from __future__ import annotations

from stellenstof_desktop.errors import ValidationError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP

NAME_MAX = 200


def clean_name(value: str, field: str) -> str:
    """A name with surrounding and repeated spaces removed; refuses empty and over-long ones."""
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Vul een naam in."))
    if len(cleaned) > NAME_MAX:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Deze naam is te lang (hoogstens {max} tekens)."),
            max=NAME_MAX,
        )
    return cleaned


def clean_email(value: str, field: str) -> str | None:
    """An e-mail address or None; only checks the shape, the coach knows her clients."""
    cleaned = value.strip()
    if not cleaned:
        return None
    local, at, domain = cleaned.partition("@")
    if not at or not local or "." not in domain or any(ch.isspace() for ch in cleaned):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "Dit lijkt geen e-mailadres (voorbeeld: naam@voorbeeld.nl)."
            ),
        )
    if len(cleaned) > 320:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Dit e-mailadres is te lang."))
    return cleaned
