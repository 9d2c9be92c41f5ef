"""Privacy (AVG/GDPR): export a couple or one partner, erase for good, retention reminder.

What the two exports hold:

- **The couple** (`export_couple`): everything the database holds about them — both
  partners, every session with its notes, answers, steps, agreements and exercises,
  including the coach's private notes and observations and answers not yet revealed
  (labelled as such), plus the summary PDF of every session. The coach reads it before
  handing it over. Not the check-outs: each is one partner's own word to the coach
  (`audience.private_to`), so it is in that partner's export only.
- **One partner** (`export_partner`): what belongs to that partner or to the couple
  together, nothing that belongs to the other partner alone. Left out: sessions the
  partner did not attend (the other came alone), every answer the other gave on their own
  (per partner, hidden-first, scales), the other's part of each exercise (the hidden
  preference, the reasons, what appealed, their voice), agreements for the other alone,
  the other's e-mail address, and the coach's private notes and observations (they are
  about both). Shared answers, shared notes and the joint decisions stay in, and so do the
  partner's own check-outs. No PDFs: a summary shows both partners' answers. Which
  sessions count is the rule of `services/audience.py` with the partner as the one
  recipient.

Erasing deletes the couple, then checkpoints the WAL and runs VACUUM, so the text is gone
from the database file itself (secure_delete is on too). The couple's id and the date go
on a list (table `erased_couples` and, mirrored, `gewiste-stellen.json` beside the
database, which a damaged database cannot take with it); whenever a database comes back
from a backup, everyone on that list is erased again. Older backups keep an erased couple
until they rotate out; the coach is told so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from stellenstof_desktop import APP_NAME, __version__
from stellenstof_desktop.domain import Checkout, Erased, Export, NoteKind, RetentionRow
from stellenstof_desktop.errors import NotFoundError
from stellenstof_desktop.files import PrivateFolder, write_atomic
from stellenstof_desktop.paths import private_dir
from stellenstof_desktop.report.text import (
    EXPORT_FILES,
    export_about,
    export_headings,
    language_of,
)
from stellenstof_desktop.services.audience import may_see
from stellenstof_desktop.services.checkout import checkouts_for
from stellenstof_desktop.store.engine import Database
from stellenstof_desktop.store.models import (
    Agreement,
    Answer,
    CoachingSession,
    Couple,
    ErasedCouple,
    Exercise,
    Note,
    Setting,
    StepState,
)

if TYPE_CHECKING:
    from stellenstof_desktop.content import Method

ERASED_MIRROR = "gewiste-stellen.json"
RETENTION_KEY = "privacy.retention_months"
KEPT_KEY = "privacy.kept"  # couple id -> the day the coach chose to keep them
DEFAULT_RETENTION_MONTHS = 24
EARLIER = "eerdere vraag"  # an answer whose question left the method file


def _months_ago(today: date, months: int) -> date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def _slug(text_: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", text_).strip("-").lower() or "stel"


class PrivacyService:
    def __init__(self, db: Database, private: Path | None = None) -> None:
        self._db = db
        # Copies made for "Openen" and e-mail; an erased couple's go with the couple.
        self._private = PrivateFolder(private if private is not None else private_dir())

    # erasing -----------------------------------------------------------------
    @property
    def mirror(self) -> Path:
        return self._db.path.parent / ERASED_MIRROR

    def erase_couple(self, couple_id: int, now: datetime | None = None) -> None:
        """Delete the couple with everything theirs, and scrub it from the file itself."""
        self.erase_couples([couple_id], now)

    def erase_couples(self, couple_ids: list[int], now: datetime | None = None) -> None:
        """Erase several couples in one transaction, then scrub the file once."""
        moment = now or datetime.now()
        with self._db.transaction() as s:
            for couple_id in couple_ids:
                couple = s.get(Couple, couple_id)
                if couple is None:
                    raise NotFoundError.couple(couple_id)
                s.delete(couple)
                if s.get(ErasedCouple, couple_id) is None:
                    s.add(ErasedCouple(couple_id=couple_id, erased_at=moment))
        self._write_mirror()
        self.scrub()
        for couple_id in couple_ids:
            self._private.remove_couple(couple_id)

    def scrub(self) -> None:
        """Fold the WAL in, rebuild the file without free pages (VACUUM), empty the WAL.

        Deleted rows can linger in free pages and in the -wal file; afterwards neither
        holds them. Runs outside any transaction, as VACUUM must.
        """
        with self._db.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def erased(self) -> list[Erased]:
        """Everyone erased, from the table and its mirror file together."""
        with self._db.transaction() as s:
            found = {row.couple_id: row.erased_at for row in s.scalars(select(ErasedCouple)).all()}
        for couple_id, when in self._read_mirror().items():
            found.setdefault(couple_id, when)
        return [Erased(i, when) for i, when in sorted(found.items())]

    def erase_again(self) -> list[int]:
        """Erase every listed couple that is in the database again (after a restore).

        Also completes the table from the mirror file and the mirror from the table.
        Returns the ids that had come back.
        """
        listed = {item.couple_id: item.erased_at for item in self.erased()}
        with self._db.transaction() as s:
            known = set(s.scalars(select(ErasedCouple.couple_id)).all())
            for couple_id, when in listed.items():
                if couple_id not in known:
                    s.add(ErasedCouple(couple_id=couple_id, erased_at=when))
            back = list(
                s.scalars(select(Couple.id).where(Couple.id.in_(listed))).all() if listed else []
            )
            for couple_id in back:
                couple = s.get(Couple, couple_id)
                if couple is not None:
                    s.delete(couple)
        if listed.keys() - self._read_mirror().keys():
            self._write_mirror()
        if back:
            self.scrub()
        return sorted(back)

    def _read_mirror(self) -> dict[int, datetime]:
        try:
            raw = json.loads(self.mirror.read_text(encoding="utf-8"))
            return {
                int(item["stel_id"]): datetime.fromisoformat(item["gewist_op"])
                for item in raw.get("gewist", [])
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}

    def _write_mirror(self) -> None:
        with self._db.transaction() as s:
            rows = s.scalars(select(ErasedCouple).order_by(ErasedCouple.couple_id)).all()
            listed = {row.couple_id: row.erased_at for row in rows}
        for couple_id, when in self._read_mirror().items():
            listed.setdefault(couple_id, when)
        content = {
            "toelichting": "Nummers van gewiste stellen, zodat een teruggezette back-up ze "
            "opnieuw wist. Geen namen of andere gegevens.",
            "gewist": [
                {"stel_id": i, "gewist_op": when.isoformat(timespec="seconds")}
                for i, when in sorted(listed.items())
            ],
        }
        write_atomic(self.mirror, (json.dumps(content, indent=2) + "\n").encode("utf-8"))

    # retention ---------------------------------------------------------------
    def retention_months(self) -> int:
        with self._db.transaction() as s:
            row = s.get(Setting, RETENTION_KEY)
            value = row.value if row is not None else None
        return value if isinstance(value, int) and value > 0 else DEFAULT_RETENTION_MONTHS

    def set_retention_months(self, months: int) -> None:
        with self._db.transaction() as s:
            s.merge(Setting(key=RETENTION_KEY, value=max(1, int(months))))

    def retention_due(self, today: date, months: int | None = None) -> list[RetentionRow]:
        """Couples whose last session (or addition, or "keep") is older than the period."""
        limit = _months_ago(today, months or self.retention_months())
        with self._db.transaction() as s:
            kept = self._kept(s)
            last = dict(
                s.execute(
                    select(CoachingSession.couple_id, func.max(CoachingSession.date)).group_by(
                        CoachingSession.couple_id
                    )
                )
                .tuples()
                .all()
            )
            rows = []
            for couple in s.scalars(select(Couple).order_by(Couple.display_name)).all():
                session_day = last.get(couple.id)
                started = session_day or couple.created_at.date()  # no sessions: when added
                activity = max(started, kept.get(couple.id, date.min))
                if activity < limit:
                    rows.append(RetentionRow(couple.id, couple.display_name, session_day, activity))
        return rows

    def keep(self, couple_ids: list[int], today: date) -> None:
        """The coach keeps these couples: remind again one period from `today`."""
        with self._db.transaction() as s:
            kept = {str(i): day.isoformat() for i, day in self._kept(s).items()}
            kept.update({str(i): today.isoformat() for i in couple_ids})
            s.merge(Setting(key=KEPT_KEY, value=kept))

    @staticmethod
    def _kept(s: Session) -> dict[int, date]:
        row = s.get(Setting, KEPT_KEY)
        found: dict[int, date] = {}
        if row is not None and isinstance(row.value, dict):
            for key, value in row.value.items():
                try:
                    found[int(key)] = date.fromisoformat(str(value))
                except ValueError:
                    continue
        return found

    # exporting ---------------------------------------------------------------
    def export_couple(self, couple_id: int, method: Method, now: datetime | None = None) -> Export:
        """Everything about one couple, with a summary PDF of every session."""
        from stellenstof_desktop.report.pdf import render_summary
        from stellenstof_desktop.services.summary import SummaryService

        language, report_method = self._language(method)
        data = self._export(couple_id, None, method, now or datetime.now(), language)
        summaries = SummaryService(self._db)
        pdfs = {}
        pattern = EXPORT_FILES[language]["report"]
        for session in data["sessies"]:
            name = pattern.format(date=session["datum"], id=session["id"])
            pdfs[name] = render_summary(summaries.build(session["id"], report_method))
        return self._in_language(data, pdfs, language)

    def export_partner(
        self, couple_id: int, partner_id: int, method: Method, now: datetime | None = None
    ) -> Export:
        """What belongs to one partner or to the couple together (see the module docstring)."""
        language, _method = self._language(method)
        data = self._export(couple_id, partner_id, method, now or datetime.now(), language)
        return self._in_language(data, {}, language)

    def _language(self, method: Method) -> tuple[str, Method]:
        """The export speaks the report's language (the coach's choice, else the app's)."""
        from stellenstof_desktop.content import in_language
        from stellenstof_desktop.services.profile import ProfileService

        with self._db.transaction() as s:
            profile, _logo = ProfileService.read(s)
        language = language_of(profile.report_language, method.language)
        return language, in_language(method, language)

    @staticmethod
    def _in_language(data: dict[str, Any], pdfs: dict[str, bytes], language: str) -> Export:
        headed = export_headings(data, language)
        assert isinstance(headed, dict)
        files = EXPORT_FILES[language]
        return Export(headed, pdfs, data_name=files["data"], reports_dir=files["reports"])

    def export_name(self, couple_id: int, partner_id: int | None, today: date) -> str:
        """A file name for the export, e.g. `export-anne-bram-2026-06-01.zip`."""
        with self._db.transaction() as s:
            couple = s.get(Couple, couple_id, options=[selectinload(Couple.partners)])
            if couple is None:
                raise NotFoundError.couple(couple_id)
            who = couple.display_name
            if partner_id is not None:
                who = next((p.name for p in couple.partners if p.id == partner_id), who)
        return f"export-{_slug(who)}-{today.isoformat()}.zip"

    def _export(
        self,
        couple_id: int,
        partner_id: int | None,
        method: Method,
        now: datetime,
        language: str = "nl",
    ) -> dict[str, Any]:
        questions = _questions(method)
        with self._db.transaction() as s:
            couple = s.get(Couple, couple_id, options=[selectinload(Couple.partners)])
            if couple is None:
                raise NotFoundError.couple(couple_id)
            names = {p.id: p.name for p in couple.partners}
            if partner_id is not None and partner_id not in names:
                raise NotFoundError.couple(couple_id)
            others = {i for i in names if partner_id is not None and i != partner_id}
            recipients = frozenset(names) if partner_id is None else frozenset({partner_id})

            def who(pid: int | None) -> str:
                return "samen" if pid is None else names.get(pid, "?")

            sessions = s.scalars(
                select(CoachingSession)
                .where(CoachingSession.couple_id == couple_id)
                .options(selectinload(CoachingSession.attendance))
                .order_by(CoachingSession.date, CoachingSession.id)
            ).all()
            out_sessions = []
            for session in sessions:
                present = {a.partner_id for a in session.attendance}
                if partner_id is not None and not may_see(frozenset({partner_id}), present):
                    continue  # the other partner came alone
                item = self._session(
                    s, session, present, others, partner_id is None, who, questions
                )
                if found := checkouts_for(s, couple_id, recipients, session.id):
                    item["check_outs"] = [_checkout(c, who) for c in found]
                out_sessions.append(item)
            partners = [
                {"positie": p.position, "naam": p.name, "e-mail": p.email}
                for p in couple.partners
                if p.id not in others
            ] + [{"positie": p.position, "naam": p.name} for p in couple.partners if p.id in others]
            partners.sort(key=lambda item: str(item["positie"]))
            about = export_about(None if partner_id is None else names[partner_id], language)
            return {
                "export": {
                    "soort": "stel" if partner_id is None else "partner",
                    "voor": couple.display_name if partner_id is None else names[partner_id],
                    "gemaakt_op": now.isoformat(timespec="seconds"),
                    "programma": f"{APP_NAME} {__version__}",
                    "toelichting": about,
                },
                "stel": {
                    "id": couple.id,
                    "naam": couple.display_name,
                    "toegevoegd_op": couple.created_at.isoformat(timespec="seconds"),
                },
                "partners": partners,
                "sessies": out_sessions,
            }

    @staticmethod
    def _session(
        s: Session,
        session: CoachingSession,
        present: set[int],
        others: set[int],
        complete: bool,
        who: Any,
        questions: dict[str, tuple[str, str]],
    ) -> dict[str, Any]:
        sid = session.id
        notes = dict(
            s.execute(select(Note.kind, Note.text).where(Note.session_id == sid)).tuples().all()
        )
        answers = []
        for answer in s.scalars(
            select(Answer).where(Answer.session_id == sid).order_by(Answer.id)
        ).all():
            if answer.partner_id in others:
                continue
            where, question = questions.get(answer.prompt_key, ("eerdere vraag", answer.prompt_key))
            item: dict[str, Any] = {
                "onderdeel": where,
                "vraag": question,
                "van": who(answer.partner_id),
            }
            if answer.text:
                item["tekst"] = answer.text
            if answer.value is not None:
                item["waarde"] = answer.value
            if answer.data:
                item["keuzes"] = answer.data
            if not answer.revealed:
                item["nog_niet_getoond"] = True
            answers.append(item)
        agreements = [
            {
                "tekst": a.text,
                "voor": who(a.partner_id),
                "uiterlijk": a.due_date.isoformat() if a.due_date else None,
                "gedaan": a.done,
                "terugblik": a.review.value if a.review else None,
                "toelichting_terugblik": a.review_note,
            }
            for a in s.scalars(
                select(Agreement).where(Agreement.session_id == sid).order_by(Agreement.position)
            ).all()
            if a.partner_id not in others
        ]
        exercises = []
        for exercise in s.scalars(
            select(Exercise)
            .where(Exercise.session_id == sid)
            .options(selectinload(Exercise.entries))
            .order_by(Exercise.position)
        ).all():
            exercises.append(
                {
                    "onderwerp": exercise.topic,
                    "fase": exercise.phase.value,
                    "gesprek": exercise.talk_notes,
                    "besluit": exercise.decision,
                    "vervolg": exercise.follow_up,
                    "per_partner": [
                        {
                            "van": who(entry.partner_id),
                            "voorkeur": entry.preference,
                            "waarom": entry.reason,
                            "verwachting_van_de_ander": entry.expected_other,
                            "wat_spreekt_aan": entry.appeal,
                            "stem_in_besluit": entry.voice.value if entry.voice else None,
                        }
                        for entry in exercise.entries
                        if entry.partner_id not in others
                    ],
                }
            )
        result: dict[str, Any] = {
            "id": sid,
            "datum": session.date.isoformat(),
            "begintijd": session.start_time.strftime("%H:%M") if session.start_time else None,
            "geplande_minuten": session.planned_minutes,
            "status": session.status.value,
            "volgende_afspraak": (
                session.next_appointment.isoformat() if session.next_appointment else None
            ),
            "volgende_afspraak_tijd": (
                session.next_appointment_time.strftime("%H:%M")
                if session.next_appointment and session.next_appointment_time
                else None
            ),
            "aanwezig": sorted(who(pid) for pid in present),
            "gedeelde_notities": notes.get(NoteKind.SHARED, ""),
            "antwoorden": answers,
            "afspraken": agreements,
            "samen_besluiten": exercises,
        }
        steps = s.scalars(select(StepState).where(StepState.session_id == sid)).all()
        title = {
            st.step_key: questions.get(f"step:{st.step_key}", (st.step_key, ""))[0] for st in steps
        }
        result["besproken_stappen"] = sorted(title[st.step_key] for st in steps if st.discussed)
        if complete:  # the coach's own words: only in the couple's complete export
            result["privenotities_coach"] = notes.get(NoteKind.PRIVATE, "")
            result["observaties_coach"] = {
                title[st.step_key]: st.observation for st in steps if st.observation
            }
        return result


def _checkout(checkout: Checkout, who: Callable[[int | None], str]) -> dict[str, Any]:
    return {
        "van": who(checkout.partner_id),
        "gehoord_en_begrepen": checkout.heard,
        "gewerkt_aan_wat_belangrijk_is": checkout.useful,
        "woorden": checkout.words,
    }


def _questions(method: Method) -> dict[str, tuple[str, str]]:
    """prompt key -> (where it is asked, the question); `step:<key>` -> (step title, "")."""
    found: dict[str, tuple[str, str]] = {}
    for route in method.routes:
        found.update({p.key: (route.checkin.title, p.text) for p in route.checkin.prompts})
        for step in route.steps:
            title = f"{step.number} · {step.title}"
            found[f"step:{step.key}"] = (title, "")
            for prompt in step.prompts:
                found[prompt.key] = (title, prompt.text)
    return found
