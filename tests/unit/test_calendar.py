"""The calendar invitation (.ics) for the next appointment, read back with icalendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from stellenstof_desktop.domain import (
    CoachProfile,
    CoupleDetails,
    CoupleInput,
    NextAppointment,
    PartnerInput,
    SessionDetails,
    SessionInput,
)
from stellenstof_desktop.errors import ValidationError
from stellenstof_desktop.services.calendar import CalendarService, local_zone
from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.store.models import Setting
from tests.unit import pairs

ANNE, BRAM = "Anne-Marie", "Bramwell"
ANNE_MAIL, BRAM_MAIL = "anne@example.nl", "bramwell.geheim@example.nl"
WHEN = NextAppointment(date(2026, 12, 15), time(19, 30))


def _couple(services: Services, anne: str = ANNE, bram: str = BRAM) -> CoupleDetails:
    return pairs.pair(services, anne, bram, (ANNE_MAIL, BRAM_MAIL), f"{anne} & {bram} Stelnaam")


def _session(
    services: Services,
    couple: CoupleDetails,
    *present: int,
    when: NextAppointment | None = WHEN,
    day: date = date(2026, 12, 1),
) -> SessionDetails:
    """A held session of 75 minutes whose next appointment is `when`."""
    session = pairs.session(services, couple, day, *present, start=time(19, 30), minutes=75)
    if when is not None:
        services.agreements.set_next_appointment_at(session.id, when)
    return session


def _profile(services: Services, **changes: Any) -> None:
    values: dict[str, Any] = {
        "coach_name": "Marieke",
        "practice_name": "Praktijk Samen",
        "email": "marieke@example.nl",
        "address": "Dorpsstraat 1\n1234 AB Ergens",
    }
    services.profile.save(CoachProfile(**(values | changes)))


def _parse(data: bytes) -> tuple[Any, Any]:
    calendar = Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    return calendar, event


def test_no_appointment_no_invitation(services: Services) -> None:
    session = _session(services, _couple(services), when=None)
    assert services.calendar.invite(session.id) is None


def test_the_invitation_holds_what_a_calendar_needs(services: Services) -> None:
    _profile(services)
    session = _session(services, _couple(services))
    invite = services.calendar.invite(session.id)
    assert invite is not None
    assert invite.filename == "Afspraak 2026-12-15.ics"
    calendar, event = _parse(invite.data)

    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Stellenstof//")
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert len(calendar.walk("VEVENT")) == 1
    for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        assert name in event, name
    start = event.decoded("DTSTART")
    assert start == datetime(2026, 12, 15, 19, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert calendar.get_missing_tzids() == set()
    assert event.decoded("DTEND") - start == timedelta(minutes=75)  # this session's length
    assert str(event["SUMMARY"]) == "Sessie bij Praktijk Samen"
    assert str(event["LOCATION"]) == "Dorpsstraat 1, 1234 AB Ergens"
    assert str(event["ORGANIZER"]) == "mailto:marieke@example.nl"
    assert event["ORGANIZER"].params["CN"] == "Praktijk Samen"
    attendees = event["ATTENDEE"]
    assert sorted(str(a) for a in attendees) == [f"mailto:{ANNE_MAIL}", f"mailto:{BRAM_MAIL}"]
    assert sorted(a.params["CN"] for a in attendees) == [ANNE, BRAM]
    assert str(event["DESCRIPTION"]) == f"Volgende sessie voor {ANNE} en {BRAM}."

    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(hours=-24)
    assert b"TRIGGER:-PT24H\r\n" in invite.data  # exactly 24 hours, not a nominal day
    assert str(alarm["DESCRIPTION"]) == "Morgen: Sessie bij Praktijk Samen"
    assert all(len(line) <= 75 for line in invite.data.split(b"\r\n"))  # folded by octets


def test_the_length_is_the_next_planned_sessions(services: Services) -> None:
    pair = _couple(services)
    session = _session(services, pair)
    services.sessions.create(
        pair.id,
        SessionInput(date(2026, 12, 15), time(19, 30), 45, frozenset(p.id for p in pair.partners)),
    )
    invite = services.calendar.invite(session.id)
    assert invite is not None
    _calendar, event = _parse(invite.data)
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=45)


def test_the_uid_stays_for_a_session_and_differs_between_sessions(
    services: Services, data_dir: Path
) -> None:
    pair = _couple(services)
    one = _session(services, pair)
    other = _session(services, pair, day=date(2026, 12, 2))

    def uid(svc: Services, session_id: int) -> str:
        invite = svc.calendar.invite(session_id)
        assert invite is not None
        return str(_parse(invite.data)[1]["UID"])

    first = uid(services, one.id)
    services.agreements.set_next_appointment_at(one.id, NextAppointment(date(2026, 12, 16), None))
    assert uid(services, one.id) == first  # moved: the calendar updates the same event
    assert uid(services, other.id) != first
    services.db.close()
    reopened = open_services(data_dir)
    try:
        assert uid(reopened, one.id) == first
        with reopened.db.transaction() as s:
            s.delete(s.get(Setting, "calendar.install_id"))  # another database: other UIDs
        assert uid(reopened, one.id) != first
    finally:
        reopened.db.close()
    assert ANNE not in first and str(one.id) != first


def test_a_solo_invitation_names_only_who_came(services: Services) -> None:
    _profile(services)
    pair = _couple(services)
    anne = pair.partners[0]
    invite = services.calendar.invite(_session(services, pair, anne.id).id)
    assert invite is not None
    for absent in (BRAM, BRAM_MAIL, "bramwell", "Stelnaam"):
        assert absent.encode() not in invite.data
        assert absent.lower().encode() not in invite.data.lower()
    _calendar, event = _parse(invite.data)
    assert str(event["ATTENDEE"]) == f"mailto:{ANNE_MAIL}"
    assert str(event["DESCRIPTION"]) == f"Volgende sessie voor {ANNE}."


def test_without_address_email_or_partner_mail_those_lines_stay_out(services: Services) -> None:
    _profile(services, practice_name="", email="", address="")
    pair = services.couples.create(CoupleInput("Zonder", (PartnerInput("Ria"),)))
    invite = services.calendar.invite(_session(services, pair).id)
    assert invite is not None
    _calendar, event = _parse(invite.data)
    for name in ("LOCATION", "ORGANIZER", "ATTENDEE"):
        assert name not in event
    assert str(event["SUMMARY"]) == "Sessie bij Marieke"  # the coach when there is no practice
    assert str(event["DESCRIPTION"]) == "Volgende sessie voor Ria."


def test_a_day_without_an_hour_is_an_all_day_event_with_its_reminder(services: Services) -> None:
    when = NextAppointment(date(2026, 12, 24), None)
    invite = services.calendar.invite(_session(services, _couple(services), when=when).id)
    assert invite is not None
    assert b"DTSTART;VALUE=DATE:20261224\r\n" in invite.data
    _calendar, event = _parse(invite.data)
    assert event.decoded("DTSTART") == date(2026, 12, 24)
    assert event.decoded("DTEND") == date(2026, 12, 25)
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(hours=-24)
    assert invite.filename == "Afspraak 2026-12-24.ics"


def test_markup_emoji_and_long_names_come_back_as_typed(services: Services) -> None:
    practice = 'R&D <Praktijk> "Samen"; 👪, voor ouders ' + "en kinderen " * 8
    address = "Straat <1> & zo, 👪"
    _profile(services, practice_name=practice.strip(), address=address)
    anne = "Zoë 👩‍👧 <Anne> & " + "van Oud-Beijerland-" * 6 + "Ende"
    bram = 'Bram; "B", de tweede'
    invite = services.calendar.invite(_session(services, _couple(services, anne, bram)).id)
    assert invite is not None
    assert all(len(line) <= 75 for line in invite.data.split(b"\r\n"))
    _calendar, event = _parse(invite.data)
    assert str(event["SUMMARY"]) == f"Sessie bij {practice.strip()}"
    assert str(event["LOCATION"]) == address
    assert sorted(a.params["CN"] for a in event["ATTENDEE"]) == sorted([anne, bram])
    assert str(event["DESCRIPTION"]) == f"Volgende sessie voor {anne} en {bram}."


def test_an_english_invitation(services: Services) -> None:
    _profile(services)
    invite = services.calendar.invite(_session(services, _couple(services)).id, language="en")
    assert invite is not None
    assert invite.filename == "Appointment 2026-12-15.ics"
    _calendar, event = _parse(invite.data)
    assert str(event["SUMMARY"]) == "Session with Praktijk Samen"
    assert str(event["DESCRIPTION"]) == f"Next session for {ANNE} and {BRAM}."
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == "Tomorrow: Session with Praktijk Samen"


def test_the_zone_is_the_machines_when_it_names_one(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert local_zone() == "America/New_York"
    for unusable in ("UTC", "Etc/UTC", "Nergens/Land", "/etc/localtime"):
        monkeypatch.setenv("TZ", unusable)
        found = local_zone()
        assert found != unusable and not found.startswith(("UTC", "Etc/"))
        ZoneInfo(found)  # a real zone: the machine's link, or Europe/Amsterdam

    session = _session(services, _couple(services))
    invite = CalendarService(services.db, zone="America/New_York").invite(session.id)
    assert invite is not None
    calendar, event = _parse(invite.data)
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]


# The profile's new fields -----------------------------------------------------------------


def test_address_and_report_language_are_stored_and_checked(services: Services) -> None:
    saved = services.profile.save(
        CoachProfile(address="  Dorpsstraat   1 \n\n 1234 AB  Ergens ", report_language="en")
    )
    assert saved.address == "Dorpsstraat 1\n1234 AB Ergens"
    assert services.profile.get() == saved
    assert services.profile.save(CoachProfile(address="x" * 300)).address == "x" * 300
    with pytest.raises(ValidationError) as info:
        services.profile.save(CoachProfile(address="x" * 301))
    assert info.value.field == "address"
    with pytest.raises(ValidationError) as info:
        services.profile.save(CoachProfile(report_language="fr"))
    assert info.value.field == "report_language"


def test_an_older_profile_loads_with_the_new_fields_empty(services: Services) -> None:
    with services.db.transaction() as s:
        s.merge(Setting(key="profile", value={"coach_name": "Marieke", "email": "m@example.nl"}))
    profile = services.profile.get()
    assert (profile.coach_name, profile.address, profile.report_language) == ("Marieke", "", "")
    with services.db.transaction() as s:  # a later release's language, or a wrong type
        s.merge(Setting(key="profile", value={"report_language": "de", "address": 12}))
    assert (services.profile.get().report_language, services.profile.get().address) == ("", "")
