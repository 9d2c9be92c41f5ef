"""The coach's profile: letterhead, closing text and e-mail templates for the summary.

Stored in the `settings` table: key "profile" holds a JSON object, key "profile.logo"
the logo's bytes. Keys this version does not know are kept when saving, so an older
release never throws away what a newer one stored; a key an older release did not
write (the texts for one partner, say) loads as its default.
"""

from __future__ import annotations

from dataclasses import asdict, fields, replace

from sqlalchemy.orm import Session

from stellenstof_desktop.domain import CoachProfile
from stellenstof_desktop.errors import ValidationError
from stellenstof_desktop.i18n import QT_TRANSLATE_NOOP
from stellenstof_desktop.report.model import Practice
from stellenstof_desktop.services.text import clean_email
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import Setting

PROFILE_KEY = "profile"
LOGO_KEY = "profile.logo"
LOGO_MAX_BYTES = 2 * 1024 * 1024
FIELD_MAX = 200
TEXT_MAX = 5_000
ADDRESS_MAX = 300
REPORT_LANGUAGES = ("", "nl", "en")  # "": the language of the interface
PLACEHOLDERS = ("namen", "datum", "coach", "praktijk")


_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


def letterhead(profile: CoachProfile, logo: bytes | None) -> Practice:
    """The letterhead the report is given."""
    return Practice(
        coach_name=profile.coach_name,
        practice_name=profile.practice_name,
        email=profile.email,
        phone=profile.phone,
        website=profile.website,
        logo=logo,
        closing_text=profile.closing_text,
        closing_text_solo=profile.closing_text_solo,
    )


_FIELDS = {f.name: f for f in fields(CoachProfile)}


def _from_json(value: object) -> CoachProfile:
    """A profile from what is stored; wrong types fall back to the default, never crash."""
    if not isinstance(value, dict):
        return CoachProfile()
    defaults = CoachProfile()
    known: dict[str, object] = {}
    for name in _FIELDS:
        stored = value.get(name)
        if isinstance(stored, type(getattr(defaults, name))):
            known[name] = stored
    if known.get("report_language", "") not in REPORT_LANGUAGES:
        del known["report_language"]  # a language this release cannot write
    return replace(defaults, **known)  # type: ignore[arg-type]


def _too_long(field: str, limit: int) -> ValidationError:
    return ValidationError(
        field,
        QT_TRANSLATE_NOOP("errors", "Deze tekst is te lang (hoogstens {max} tekens)."),
        max=limit,
    )


def _clean(profile: CoachProfile) -> CoachProfile:
    single = {
        name: " ".join(str(getattr(profile, name)).split())
        for name in ("coach_name", "practice_name", "phone", "website", "mail_subject")
    }
    for name, value in single.items():
        if len(value) > FIELD_MAX:
            raise _too_long(name, FIELD_MAX)
    texts = {
        name: str(getattr(profile, name)).strip()
        for name in ("closing_text", "mail_body", "closing_text_solo", "mail_body_solo")
    }
    for name, value in texts.items():
        if len(value) > TEXT_MAX:
            raise _too_long(name, TEXT_MAX)
    email = clean_email(profile.email, "email") or ""
    # An address may take a few lines; blank ones and stray spaces go.
    lines = (" ".join(line.split()) for line in str(profile.address).splitlines())
    address = "\n".join(line for line in lines if line)
    if len(address) > ADDRESS_MAX:
        raise _too_long("address", ADDRESS_MAX)
    if profile.report_language not in REPORT_LANGUAGES:
        raise ValidationError(
            "report_language",
            QT_TRANSLATE_NOOP("errors", "Kies Nederlands of Engels voor het verslag."),
        )
    return replace(
        profile,
        **single,  # type: ignore[arg-type]
        **texts,  # type: ignore[arg-type]
        email=email,
        address=address,
    )


def check_logo(data: bytes) -> None:
    """Refuse what the PDF cannot show: only PNG or JPEG, at most 2 MB."""
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP(
                "errors", "Dit logo is groter dan 2 MB. Kies een kleinere afbeelding."
            ),
        )
    if not data.startswith((_PNG, _JPEG)):
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP(
                "errors", "Dit bestand is geen afbeelding. Kies een PNG- of JPEG-bestand."
            ),
        )


class ProfileService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> CoachProfile:
        with self._db.transaction() as s:
            return self.read(s)[0]

    def save(self, profile: CoachProfile) -> CoachProfile:
        """Store the profile (validated and tidied); returns what was stored."""
        cleaned = _clean(profile)
        with self._db.transaction() as s:
            row = s.get(Setting, PROFILE_KEY)
            stored = dict(row.value) if row and isinstance(row.value, dict) else {}
            stored.update(asdict(cleaned))
            if row is None:
                s.add(Setting(key=PROFILE_KEY, value=stored))
            else:
                row.value = stored
        return cleaned

    def logo(self) -> bytes | None:
        with self._db.transaction() as s:
            return self.read(s)[1]

    def set_logo(self, data: bytes | None) -> None:
        """Store the logo (PNG or JPEG, at most 2 MB), or remove it with None."""
        if data is not None:
            check_logo(data)
        with self._db.transaction() as s:
            row = s.get(Setting, LOGO_KEY)
            if data is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(Setting(key=LOGO_KEY, blob=data))
            else:
                row.blob = data

    def practice(self) -> Practice:
        with self._db.transaction() as s:
            profile, logo = self.read(s)
        return letterhead(profile, logo)

    @staticmethod
    def read(s: Session) -> tuple[CoachProfile, bytes | None]:
        """Profile and logo inside a caller's transaction (the summary reads them with the rest)."""
        row = s.get(Setting, PROFILE_KEY)
        logo = s.get(Setting, LOGO_KEY)
        return _from_json(row.value if row else None), (logo.blob if logo else None)
