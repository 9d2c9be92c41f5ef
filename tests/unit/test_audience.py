"""What was said belongs to those who were there: every output, with planted markers.

Anne & Bram have a joint session (J1), a joint session whose attendance the coach later
corrected to Anne alone after Bram wrote (CC), an Anne-solo (A1) and a Bram-solo (B1)
session, then a joint (J2) and an Anne-solo (A2) session. Every kind of item in every
session carries a marker "M<session><kind><who>"; each output must hold exactly the
markers its recipients may see.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import date, time
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import delete

from stellenstof_desktop.content import Method, load_method
from stellenstof_desktop.domain import (
    DEFAULT_BODY,
    DEFAULT_SUBJECT,
    AgreementInput,
    AgreementReview,
    CoupleInput,
    ExercisePhase,
    NoteKind,
    PartnerInput,
    SessionInput,
    SessionRoute,
    SessionStatus,
    Voice,
)
from stellenstof_desktop.errors import NotFoundError
from stellenstof_desktop.paths import DB_FILENAME, resource_path
from stellenstof_desktop.report.mail import make_draft
from stellenstof_desktop.report.model import DecisionMapItem, ScaleItem, SessionSummary
from stellenstof_desktop.report.pdf import render_summary
from stellenstof_desktop.services.audience import author_present, may_see
from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.services.exercise import PhaseError
from stellenstof_desktop.store.models import Attendance

EQUAL = "checkin.gelijkwaardig"
SHARED_WHO = "X"  # the couple together: no partner
# (tag, day, who was there when everything was written)
PLAN = (
    ("J1", date(2026, 1, 5), "AB"),
    ("CC", date(2026, 1, 12), "AB"),  # corrected to Anne alone afterwards
    ("A1", date(2026, 1, 19), "A"),
    ("B1", date(2026, 1, 26), "B"),
    ("J2", date(2026, 2, 2), "AB"),
    ("A2", date(2026, 2, 9), "A"),
)
# Distinct check-in scores per (session, partner), so every chart value says where it came from.
SCORES = {
    ("J1", "A"): 1,
    ("J1", "B"): 2,
    ("CC", "A"): 3,
    ("CC", "B"): 4,
    ("A1", "A"): 5,
    ("B1", "B"): 6,
    ("J2", "A"): 7,
    ("J2", "B"): 8,
    ("A2", "A"): 9,
}
VOICES = {
    ("J1", "A"): Voice.FULLY,
    ("J1", "B"): Voice.NOT,
    ("CC", "A"): Voice.PARTLY,
    ("CC", "B"): Voice.FULLY,
    ("A1", "A"): Voice.NOT,
    ("B1", "B"): Voice.PARTLY,
}
STEP = {"J1": "patroon", "CC": "verschil", "A1": "gelijk", "B1": "onderliggend"}

# Kinds of marker. Shared (who X): SH shared answer, NT shared note, PN private note, TP
# exercise topic, DC exercise decision. Per partner: PP per-partner answer, PF revealed
# hidden-first answer, HD hidden-first answer never revealed, PR preference, WY reason,
# GS guess of the other (solo), AP appeal. AG agreement and RV its review note: for A, B
# and both (S), planted in every session.
SUMMARY_KINDS = frozenset({"SH", "NT", "TP", "DC", "PP", "PF", "PR", "WY", "GS", "AP", "AG"})
REVIEW_KINDS = frozenset({"AG", "RV"})
HISTORY_KINDS = frozenset({"TP", "DC", "PR", "WY", "GS", "AP"})
EXPORT_KINDS = SUMMARY_KINDS | {"RV", "HD"}


@dataclass
class World:
    couple_id: int
    partner: dict[str, int]  # "A"/"B" -> partner id
    ids: dict[str, int]  # session tag -> session id
    exercise: dict[str, int] = field(default_factory=dict)
    planted: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # marker -> parts

    def marker(self, tag: str, kind: str, who: str) -> str:
        text = f"M{tag}{kind}{who}"
        self.planted[text] = (tag, kind, who)
        return text

    def pick(self, tag: str, kinds: frozenset[str], who: str) -> set[str]:
        """The markers of `tag` of these kinds, by these authors (X and S: shared)."""
        authors = set(who) | {SHARED_WHO, "S"}
        return {
            m for m, (t, k, w) in self.planted.items() if t == tag and k in kinds and w in authors
        }

    def pid(self, who: str | None) -> int | None:
        return None if who in (None, "S") else self.partner[who]


@pytest.fixture(scope="module")
def method() -> Method:
    return load_method("nl", resource_path("content")).method


def _plant(services: Services, w: World, tag: str, here: str) -> None:
    sid, answers = w.ids[tag], services.answers
    answers.save_text(sid, "patroon.wie_beslist", None, f"samen {w.marker(tag, 'SH', 'X')}")
    services.notes.save(sid, NoteKind.SHARED, f"notitie {w.marker(tag, 'NT', 'X')}")
    services.notes.save(sid, NoteKind.PRIVATE, f"prive {w.marker(tag, 'PN', 'X')}")
    answers.set_discussed(sid, STEP.get(tag, "autonomie"), True)
    for who in here:
        pid = w.partner[who]
        answers.save_value(sid, EQUAL, pid, SCORES[(tag, who)])
        answers.save_value(sid, "patroon.herkenning", pid, 10)
        answers.save_choices(sid, "gelijk.kaart", pid, {"eten": "samen"})
        answers.save_text(sid, "patroon.wat_het_oplevert", pid, w.marker(tag, "PP", who))
        answers.save_hidden(sid, "patroon.mijn_aandeel", pid, w.marker(tag, "PF", who))
        answers.save_hidden(sid, "onderliggend.liefde_angst", pid, w.marker(tag, "HD", who))
    answers.reveal(sid, "patroon.mijn_aandeel")
    for who in ("A", "B", "S"):
        made = services.agreements.add(
            sid, AgreementInput(f"afspraak {w.marker(tag, 'AG', who)}", w.pid(who))
        )
        services.agreements.set_review(
            made.id, AgreementReview.DONE, f"terugblik {w.marker(tag, 'RV', who)}"
        )
    exercises = services.exercises
    x = exercises.create(sid, f"onderwerp {w.marker(tag, 'TP', 'X')}")
    for who in here:
        guess = w.marker(tag, "GS", who) if len(here) == 1 else ""
        exercises.submit_hidden(
            x.id, w.partner[who], w.marker(tag, "PR", who), w.marker(tag, "WY", who), guess
        )
    exercises.reveal(x.id)
    for who in here:
        exercises.set_appeal(x.id, w.partner[who], w.marker(tag, "AP", who))
        if (tag, who) in VOICES:
            exercises.set_voice(x.id, w.partner[who], VOICES[(tag, who)])
    exercises.set_decision(x.id, f"besluit {w.marker(tag, 'DC', 'X')}")
    w.exercise[tag] = x.id


def attend(services: Services, w: World, tag: str, who: str) -> None:
    """The coach corrects who was there."""
    day = next(day for t, day, _here in PLAN if t == tag)
    services.sessions.update(
        w.ids[tag],
        SessionInput(
            day, time(19, 30), 90, frozenset(w.partner[p] for p in who), SessionStatus.HELD
        ),
    )


def _build(services: Services) -> World:
    couple = services.couples.create(
        CoupleInput(
            "Anne & Bram",
            (PartnerInput("Anne", "anne@example.nl"), PartnerInput("Bram", "bram@example.nl")),
        )
    )
    anne, bram = (p.id for p in couple.partners)
    w = World(couple.id, {"A": anne, "B": bram}, {})
    for tag, day, here in PLAN:
        present = frozenset(w.partner[p] for p in here)
        # The couple route also with one partner: the planted answers are to its prompts.
        data = SessionInput(day, time(19, 30), 90, present, SessionStatus.HELD, SessionRoute.COUPLE)
        w.ids[tag] = services.sessions.create(couple.id, data).id
        _plant(services, w, tag, here)
    attend(services, w, "CC", "A")  # Bram wrote; the coach then lists Anne alone
    return w


@pytest.fixture(scope="module")
def built(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """The world planted once (a few hundred commits); each test gets a copy of the file."""
    folder = tmp_path_factory.mktemp("audience")
    shutil.copy(template_db, folder / DB_FILENAME)
    services = open_services(folder)
    try:
        world = _build(services)
    finally:
        services.db.close()
    return folder / DB_FILENAME, world


@pytest.fixture
def data_dir(tmp_path: Path, built: tuple[Path, World]) -> Path:
    """Overrides the empty template of conftest.py: this module starts from the world."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(built[0], folder / DB_FILENAME)
    return folder


@pytest.fixture
def world(built: tuple[Path, World]) -> World:
    """Who and what was planted where; the `services` fixture opens the copy of it."""
    return built[1]


def exactly(text: str, w: World, expected: set[str]) -> None:
    """Every expected marker is in `text`, and no other planted marker."""
    assert expected, "an expectation must name something"
    missing = sorted(m for m in expected if m not in text)
    leaked = sorted(m for m in w.planted if m not in expected and m in text)
    assert (missing, leaked) == ([], [])


def summary_markers(w: World, tag: str, who: str, previous: str | None) -> set[str]:
    """A session's own shareable items by `who`, plus the previous session's reviews."""
    found = w.pick(tag, SUMMARY_KINDS, who)
    return found | (w.pick(previous, REVIEW_KINDS, who) if previous else set())


def pdf_text(summary: SessionSummary) -> str:
    pages = PdfReader(BytesIO(render_summary(summary))).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


# the rule ---------------------------------------------------------------------------
def test_the_rule_as_pure_functions() -> None:
    assert may_see(frozenset({1}), frozenset({1, 2}))  # a partner sees the joint session
    assert may_see(frozenset({1, 2}), frozenset({1, 2}))
    assert not may_see(frozenset({1, 2}), frozenset({1}))  # the couple never sees a solo one
    assert not may_see(frozenset({1}), frozenset({2}))  # nor one partner the other's
    assert author_present(None, frozenset({1})) and author_present(1, frozenset({1}))
    assert not author_present(2, frozenset({1}))


# the summary, the PDF and the e-mail ------------------------------------------------
@pytest.mark.parametrize(
    ("tag", "who", "previous"),
    [
        ("J1", "AB", None),
        ("CC", "A", None),  # Anne alone now: Bram's part is gone, nothing earlier of hers alone
        ("A1", "A", "CC"),  # her previous solo session is the corrected one
        ("B1", "B", None),
        ("J2", "AB", "J1"),
        ("A2", "A", "A1"),  # Anne's last solo session, not Bram's B1 in between
    ],
)
def test_every_summary_holds_exactly_what_its_readers_may_see(
    services: Services, method: Method, world: World, tag: str, who: str, previous: str | None
) -> None:
    summary = services.summary.build(world.ids[tag], method)
    expected = summary_markers(world, tag, who, previous)
    exactly(repr(summary), world, expected)
    exactly(pdf_text(summary), world, expected)
    addresses = [a.addr_spec for a in make_draft(summary, DEFAULT_SUBJECT, DEFAULT_BODY, False).to]
    assert addresses == [f"{'anne' if p == 'A' else 'bram'}@example.nl" for p in who]


def _chart(summary: SessionSummary) -> tuple[tuple[date, ...], dict[str, tuple[int | None, ...]]]:
    equal = summary.progress[0]
    return equal.dates, {line.partner.name: line.values for line in equal.lines}


def test_report_progress_draws_only_on_sessions_every_reader_attended(
    services: Services, method: Method, world: World
) -> None:
    day = {tag: d for tag, d, _here in PLAN}
    anne_alone = services.summary.build(world.ids["A2"], method)
    assert _chart(anne_alone) == (
        (day["J1"], day["CC"], day["A1"], day["J2"], day["A2"]),
        {"Anne": (1, 3, 5, 7, 9), "Bram": (2, None, None, 8, None)},  # never B1's 6 or CC's 4
    )
    joint = services.summary.build(world.ids["J2"], method)
    assert _chart(joint) == ((day["J1"], day["J2"]), {"Anne": (1, 7), "Bram": (2, 8)})
    bram_alone = services.summary.build(world.ids["B1"], method)
    assert _chart(bram_alone) == ((day["J1"], day["B1"]), {"Anne": (1, None), "Bram": (2, 6)})


def test_the_corrected_session_shows_only_annes_scores_and_choices(
    services: Services, method: Method, world: World
) -> None:
    summary = services.summary.build(world.ids["CC"], method)
    assert [(s.partner.name, s.value) for s in summary.checkin[0].scores] == [("Anne", 3)]
    items = [item for step in summary.steps for item in step.items]
    (scale,) = [i for i in items if isinstance(i, ScaleItem)]
    assert [s.partner.name for s in scale.scores] == ["Anne"]
    (kaart,) = [i for i in items if isinstance(i, DecisionMapItem)]
    assert {w.partner.name for row in kaart.rows for w in row.wishes} == {"Anne"}
    (exercise,) = summary.exercises
    assert [p.partner.name for p in exercise.parts] == ["Anne"]


# "Hoe ging het?" --------------------------------------------------------------------
def test_review_looks_back_on_the_last_session_with_the_same_people(
    services: Services, world: World
) -> None:
    agreements, ids, day = services.agreements, world.ids, {t: d for t, d, _h in PLAN}
    expected = {"J1": None, "CC": None, "A1": "CC", "B1": None, "J2": "J1", "A2": "A1"}
    for tag, previous in expected.items():
        found = agreements.previous_session(ids[tag])
        assert found == ((ids[previous], day[previous]) if previous else None), tag
        review = agreements.to_review(ids[tag])
        if previous is None:
            assert review == [], tag
        else:
            who = "AB" if tag == "J2" else "A"
            exactly(repr(review), world, world.pick(previous, REVIEW_KINDS, who))
    # The agreements of the session itself leave out the one for a partner not there.
    exactly(repr(agreements.for_session(ids["A1"])), world, world.pick("A1", REVIEW_KINDS, "A"))


def test_correcting_attendance_back_shows_the_hidden_entries_again(
    services: Services, method: Method, world: World
) -> None:
    cc = world.ids["CC"]
    attend(services, world, "CC", "AB")
    assert services.answers.hidden_by_attendance(cc) == 0
    summary = services.summary.build(cc, method)
    exactly(repr(summary), world, summary_markers(world, "CC", "AB", "J1"))
    assert services.agreements.previous_session(world.ids["J2"]) == (cc, date(2026, 1, 12))
    assert services.agreements.previous_session(world.ids["A1"]) is None
    progress = services.progress.for_session(world.ids["J2"])
    assert [s.id for s in progress.sessions] == [world.ids["J1"], cc, world.ids["J2"]]
    assert progress.sessions[1].scores[EQUAL] == {world.partner["A"]: 3, world.partner["B"]: 4}


def test_hidden_by_attendance_counts_what_the_correction_hid(
    services: Services, world: World
) -> None:
    # In CC Bram wrote: a per-partner answer, a hidden-first one, one never revealed, a
    # check-in score, a scale and a decision map row; an exercise entry; an agreement.
    assert services.answers.hidden_by_attendance(world.ids["CC"]) == 8
    # A solo session hides the agreement made for the partner who was not there.
    assert services.answers.hidden_by_attendance(world.ids["A1"]) == 1
    assert services.answers.hidden_by_attendance(world.ids["J1"]) == 0
    with pytest.raises(NotFoundError):
        services.answers.hidden_by_attendance(999)


# the screen: answers, progress, exercise history and balance ------------------------
def test_answers_of_a_partner_not_listed_are_not_handed_out(
    services: Services, world: World
) -> None:
    data = services.answers.for_session(world.ids["CC"])
    bram = world.partner["B"]
    assert all(partner_id != bram for _key, partner_id in data.answers)
    anne = world.partner["A"]
    assert data.get("patroon.wat_het_oplevert", anne).text == "MCCPPA"
    assert data.get(EQUAL, anne).value == 3


def test_a_reveal_does_not_reveal_the_entry_of_a_partner_not_listed(
    services: Services, world: World
) -> None:
    cc, key = world.ids["CC"], "onderliggend.liefde_angst"
    services.answers.reveal(cc, key)
    assert services.answers.for_session(cc).get(key, world.partner["A"]).text == "MCCHDA"
    attend(services, world, "CC", "AB")
    back = services.answers.for_session(cc).get(key, world.partner["B"])
    assert back.hidden and back.text == ""  # still waits for a reveal with Bram in the room


def test_progress_on_screen_follows_the_people_present(services: Services, world: World) -> None:
    ids, a, b = world.ids, world.partner["A"], world.partner["B"]
    anne = services.progress.for_session(ids["A2"])
    assert [s.id for s in anne.sessions] == [ids[t] for t in ("J1", "CC", "A1", "J2", "A2")]
    assert [s.score(EQUAL, b) for s in anne.sessions] == [2, None, None, 8, None]
    assert "onderliggend" not in set().union(*(s.discussed for s in anne.sessions))  # B1's step
    joint = services.progress.for_session(ids["J2"])
    assert [s.id for s in joint.sessions] == [ids["J1"], ids["J2"]]
    assert services.progress.progress(world.couple_id) == joint  # default: the couple together
    bram = services.progress.for_session(ids["B1"])
    assert [s.id for s in bram.sessions] == [ids["J1"], ids["B1"], ids["J2"]]
    assert [s.score(EQUAL, a) for s in bram.sessions] == [1, None, 7]
    explicit = services.progress.progress(world.couple_id, frozenset({b}))
    assert explicit == bram


def test_a_session_without_recorded_attendance_counts_as_seen_by_everyone(
    services: Services, world: World
) -> None:
    # Only possible when its one partner left the couple; an empty audience must not
    # then be allowed to see everything.
    with services.db.transaction() as s:
        s.execute(delete(Attendance).where(Attendance.session_id == world.ids["B1"]))
    shown = services.progress.for_session(world.ids["B1"])
    assert [s.id for s in shown.sessions] == [world.ids["J1"], world.ids["J2"]]


@pytest.mark.parametrize(
    ("shown", "visible"),
    [
        ("A2", (("J1", "AB"), ("CC", "A"), ("A1", "A"), ("J2", "AB"), ("A2", "A"))),
        ("B1", (("J1", "AB"), ("B1", "B"), ("J2", "AB"))),
        ("J2", (("J1", "AB"), ("J2", "AB"))),
    ],
)
def test_exercise_history_on_screen_follows_the_people_present(
    services: Services, world: World, shown: str, visible: tuple[tuple[str, str], ...]
) -> None:
    history = services.exercises.history_for_session(world.ids[shown])
    assert [item.exercise_id for item in history.items] == [world.exercise[t] for t, _ in visible]
    expected = set().union(*(world.pick(t, HISTORY_KINDS, who) for t, who in visible))
    exactly(repr(history), world, expected)


def test_balance_counts_only_voices_the_people_present_may_see(
    services: Services, world: World
) -> None:
    def counts(shown: str) -> dict[str, dict[Voice, int]]:
        balance = services.exercises.balance_for_session(world.ids[shown])
        return {p.partner.name: dict(p.counts) for p in balance.partners}

    assert counts("A2") == {
        "Anne": {Voice.FULLY: 1, Voice.PARTLY: 1, Voice.NOT: 1},
        "Bram": {Voice.NOT: 1},  # not his FULLY in the corrected session, not B1's PARTLY
    }
    assert counts("B1") == {"Anne": {Voice.FULLY: 1}, "Bram": {Voice.NOT: 1, Voice.PARTLY: 1}}
    assert counts("J2") == {"Anne": {Voice.FULLY: 1}, "Bram": {Voice.NOT: 1}}
    assert services.exercises.balance(world.couple_id) == services.exercises.balance_for_session(
        world.ids["J2"]
    )


def test_an_exercise_goes_on_without_the_partner_no_longer_listed(
    services: Services, world: World
) -> None:
    a, b = world.partner["A"], world.partner["B"]
    info = services.exercises.get(world.exercise["CC"])
    assert [e.partner.name for e in info.entries] == ["Anne"] and set(info.entered) == {a}
    day = date(2026, 3, 2)
    sid = services.sessions.create(
        world.couple_id, SessionInput(day, time(10), 90, frozenset({a, b}), SessionStatus.HELD)
    ).id
    x = services.exercises.create(sid, "Zondag")
    services.exercises.submit_hidden(x.id, a, "fietsen")
    services.exercises.submit_hidden(x.id, b, "MLATEPRB")
    services.exercises.reveal(x.id)
    services.sessions.update(
        sid, SessionInput(day, time(10), 90, frozenset({a}), SessionStatus.HELD)
    )
    assert "MLATEPRB" not in repr(services.exercises.list_for_session(sid))
    with pytest.raises(PhaseError):
        services.exercises.set_voice(x.id, b, Voice.FULLY)
    services.exercises.set_voice(x.id, a, Voice.PARTLY)
    services.exercises.set_decision(x.id, "Samen fietsen")
    services.exercises.advance(x.id)  # revealed -> talk
    services.exercises.advance(x.id)  # talk -> decide
    # Bram's kept entry has no voice, and needs none: he is not part of this session now.
    assert services.exercises.advance(x.id).phase is ExercisePhase.DONE


# the per-partner export -------------------------------------------------------------
@pytest.mark.parametrize(
    ("who", "sessions"),
    [("A", ("J1", "CC", "A1", "J2", "A2")), ("B", ("J1", "B1", "J2"))],
)
def test_partner_export_holds_their_sessions_and_own_entries_only(
    services: Services, method: Method, world: World, who: str, sessions: tuple[str, ...]
) -> None:
    export = services.privacy.export_partner(world.couple_id, world.partner[who], method)
    assert [s["id"] for s in export.data["sessies"]] == [world.ids[t] for t in sessions]
    expected = set().union(*(world.pick(t, EXPORT_KINDS, who) for t in sessions))
    exactly(json.dumps(export.data, ensure_ascii=False), world, expected)
