"""The next appointment as a calendar invitation (.ics) for the people who were there.

One VEVENT with a UID that stays the same for a session, so sending it again after a
change updates the appointment in the couple's calendar instead of adding a second one.
It names only the partners who attended the session it was made in (what was said, and
agreed, belongs to those who were there): a partner who came alone gets an invitation
that does not mention the other.

`icalendar` is imported when an invitation is made (it costs ~0.1 s), not at start.
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from stellenstof_desktop import APP_NAME, ORG_NAME
from stellenstof_desktop.domain import CoachProfile, Invite, NextAppointment, PartnerInfo
from stellenstof_desktop.services.agreements import appointment_of, next_planned
from stellenstof_desktop.services.audience import attendees
from stellenstof_desktop.services.profile import ProfileService
from stellenstof_desktop.services.sessions import load_session
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import Setting

DEFAULT_ZONE = "Europe/Amsterdam"
INSTALL_KEY = "calendar.install_id"  # a random UUID, made once: the root of every UID
PRODID = f"-//{ORG_NAME}//{APP_NAME}//NL"
REMIND_HOURS = 24
# A laptop set to UTC is a container or a setting nobody chose; the coach meets at local time.
_NOT_LOCAL = ("UTC", "Etc/", "GMT", "Universal", "Zulu")

_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "summary": "Sessie",
        "summary_at": "Sessie bij {who}",
        "description": "Volgende sessie voor {names}.",
        "alarm": "Morgen: {summary}",
        "file": "Afspraak {date}.ics",
        "and": "en",
    },
    "en": {
        "summary": "Session",
        "summary_at": "Session with {who}",
        "description": "Next session for {names}.",
        "alarm": "Tomorrow: {summary}",
        "file": "Appointment {date}.ics",
        "and": "and",
    },
}


def local_zone() -> str:
    """The machine's IANA time zone when it can be read without a new dependency.

    TZ, else the target of /etc/localtime (Linux, macOS); Windows names its zones
    differently, so there (and when nothing usable is found) Europe/Amsterdam.
    """
    link = os.path.realpath("/etc/localtime").partition("zoneinfo/")[2]
    for name in (os.environ.get("TZ", "").lstrip(":"), link):
        if name and not name.startswith(_NOT_LOCAL):
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
            return name
    return DEFAULT_ZONE


def _names(partners: list[PartnerInfo], word_and: str) -> str:
    names = [p.name for p in partners]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {word_and} {names[-1]}"


class _ExactHours:
    """A duration in hours: icalendar writes -24 hours as "-P1D", a nominal day that is 23
    or 25 hours across a change to or from summer time; the reminder is meant exactly."""

    def __init__(self, hours: int) -> None:
        self.hours = hours

    def to_ical(self) -> bytes:
        sign = "-" if self.hours < 0 else ""
        return f"{sign}PT{abs(self.hours)}H".encode()


def _install_id(s: Session) -> uuid.UUID:
    """This database's random id, made on first use; it travels with backups and restores."""
    row = s.get(Setting, INSTALL_KEY)
    try:
        return uuid.UUID(str(row.value)) if row is not None else _new_install_id(s)
    except ValueError:
        return _new_install_id(s)


def _new_install_id(s: Session) -> uuid.UUID:
    made = uuid.uuid4()
    s.merge(Setting(key=INSTALL_KEY, value=str(made)))
    return made


class CalendarService:
    def __init__(self, db: Database, zone: str | None = None) -> None:
        self._db = db
        self._zone = zone  # None: the machine's, read when an invitation is made

    def invite(self, session_id: int, language: str = "nl") -> Invite | None:
        """The .ics for the next appointment set in this session; None when none is set."""
        with self._db.transaction() as s:
            session = load_session(s, session_id)
            when = appointment_of(session)
            if when is None:
                return None
            present = attendees(s, session_id)
            partners = [
                PartnerInfo(p.id, p.position, p.name, p.email)
                for p in session.couple.partners
                if p.id in present
            ]
            planned = next_planned(s, session_id)
            minutes = (planned or session).planned_minutes
            profile = ProfileService.read(s)[0]
            uid = self._uid(s, session_id)
        texts = _TEXTS.get(language, _TEXTS["nl"])
        data = self._calendar(when, minutes, partners, profile, uid, texts)
        return Invite(texts["file"].format(date=when.date.isoformat()), data)

    @staticmethod
    def _uid(s: Session, session_id: int) -> str:
        """The same for a session every time; no name or session number can be read from it."""
        return str(uuid.uuid5(_install_id(s), f"session:{session_id}"))

    def _calendar(
        self,
        when: NextAppointment,
        minutes: int,
        partners: list[PartnerInfo],
        profile: CoachProfile,
        uid: str,
        texts: dict[str, str],
    ) -> bytes:
        from icalendar import Alarm, Calendar, Event

        who = profile.practice_name or profile.coach_name
        summary = texts["summary_at"].format(who=who) if who else texts["summary"]
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
        start: date | datetime
        if when.time is None:  # the day is agreed, the hour not yet: an all-day event
            start, end = when.date, when.date + timedelta(days=1)
        else:
            start = datetime.combine(when.date, when.time, ZoneInfo(self._zone or local_zone()))
            end = start + timedelta(minutes=minutes)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", summary)
        if partners:
            names = _names(partners, texts["and"])
            event.add("description", texts["description"].format(names=names))
        if profile.address:
            event.add("location", ", ".join(profile.address.splitlines()))
        if profile.email:
            event.add("organizer", _address(profile.email, who))
        for partner in partners:
            if partner.email:  # an ATTENDEE is an address: none is made up for who has none
                event.add("attendee", _address(partner.email, partner.name))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", _ExactHours(-REMIND_HOURS), encode=False)
        alarm.add("description", texts["alarm"].format(summary=summary))
        event.add_component(alarm)

        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("method", "PUBLISH")
        calendar.add_component(event)
        # Without this icalendar leaves out the VTIMEZONE that RFC 5545 requires for a
        # TZID; a few years around the appointment keep the block short.
        calendar.add_missing_timezones(
            first_date=date(when.date.year - 1, 1, 1), last_date=date(when.date.year + 2, 1, 1)
        )
        return bytes(calendar.to_ical())


def _address(email: str, name: str) -> Any:
    """mailto:`email` with the common name `name` (if any)."""
    from icalendar import vCalAddress, vText

    value = vCalAddress(f"mailto:{email}")
    if name:
        value.params["CN"] = vText(name)
    return value
