"""What the couple's view shows of each part of the hour, as plain blocks of text.

Read from the services for the open session: the check-in scales, the step's explanation
and questions with the answers given (a hidden-first answer only as "opgeschreven" until
it is revealed), the exercise (its preferences only after the reveal), the agreements, the
next appointment, who gave a check-out, the shared note. Nothing here asks for a private
note, a coach tip, an observation or a check-out's content, so none can reach the TV.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from stellenstof_desktop.enums import AgreementReview
from stellenstof_desktop.ui.kit.format import clock, long_date

if TYPE_CHECKING:
    from stellenstof_desktop.content import Method, Prompt, Route
    from stellenstof_desktop.domain import ExerciseInfo, PartnerInfo, SessionAnswers, SessionDetails
    from stellenstof_desktop.services.container import Services


@dataclass(frozen=True)
class Part:
    """Which part of the hour the laptop shows: what the couple's view needs to know."""

    kind: str  # checkin, review, step, exercise, agreements, closing, notes, other
    title: str  # the laptop's title of the part
    number: int | None = None  # a step's number in the session's route
    exercise_id: int | None = None  # the exercise the laptop shows


@dataclass(frozen=True)
class Block:
    """One piece of the couple's view, as plain data: compared before anything is rebuilt."""

    kind: str  # heading, text, question, muted, columns, grid
    text: str = ""
    cells: tuple[tuple[str, ...], ...] = ()  # columns: (name, text) each; grid: rows


class PartReader(QObject):
    """Builds the blocks of one part from the services' data (a QObject for its tr())."""

    def __init__(self, services: Services, method: Method, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._method = method

    def blocks(self, session: SessionDetails, part: Part) -> list[Block]:
        route = self._method.route(session.route)
        if part.kind == "checkin":
            return self._checkin(session, route)
        if part.kind == "review":
            return self._review(session)
        if part.kind == "step" and part.number is not None:
            return self._step(session, route, part.number)
        if part.kind == "exercise":
            return self._exercise(session, part.exercise_id)
        if part.kind == "agreements":
            return [*self._agreements(session), *self._appointment(session)]
        if part.kind == "closing":
            return [*self._appointment(session), *self._checkouts(session)]
        if part.kind == "notes":
            shared = self._services.notes.get(session.id).shared  # the shared note only
            return [Block("text", shared.strip() or "—")]
        return []

    def _checkin(self, session: SessionDetails, route: Route) -> list[Block]:
        data = self._services.answers.for_session(session.id)
        blocks = [Block("muted", route.checkin.intro)]
        for prompt in route.checkin.prompts:
            blocks += self._prompt(prompt, session, data)
        return blocks

    def _review(self, session: SessionDetails) -> list[Block]:
        agreements = self._services.agreements
        previous = agreements.previous_session(session.id)
        if previous is None:
            return [Block("text", self.tr("Dit is de eerste sessie."))]
        items = agreements.for_session(previous[0])
        blocks = [
            Block("muted", self.tr("Afspraken van {date}").format(date=long_date(previous[1])))
        ]
        if not items:
            return [*blocks, Block("text", self.tr("Vorige keer zijn er geen afspraken gemaakt."))]
        owners = _owners(session)
        labels = {
            AgreementReview.DONE: self.tr("gelukt"),
            AgreementReview.PARTLY: self.tr("deels"),
            AgreementReview.NOT_DONE: self.tr("niet gelukt"),
        }
        for item in items:
            blocks.append(Block("question", f"{item.text} ({owners(item.partner_id)})"))
            how = labels.get(item.review, "—") if item.review is not None else "—"
            note = f" · {item.review_note.strip()}" if item.review_note.strip() else ""
            blocks.append(Block("text", how + note))
        return blocks

    def _step(self, session: SessionDetails, route: Route, number: int) -> list[Block]:
        step = route.step(number)  # its explanation and prompts; never its coach tip
        data = self._services.answers.for_session(session.id)
        blocks = [Block("muted", step.explanation)]  # the title is the part's title already
        for prompt in step.prompts:
            blocks += self._prompt(prompt, session, data)
        return blocks

    def _prompt(self, prompt: Prompt, session: SessionDetails, data: SessionAnswers) -> list[Block]:
        blocks = [Block("question", prompt.text)]
        people = session.attendees
        if prompt.kind == "shared":
            text = data.get(prompt.key, None).text.strip()
            blocks.append(Block("text", text or "—"))
        elif prompt.kind == "per_partner":
            cells = tuple((p.name, data.get(prompt.key, p.id).text.strip()) for p in people)
            blocks.append(Block("columns", cells=cells))
        elif prompt.kind == "scale":
            blocks.append(Block("muted", f"0 = {prompt.low} · 10 = {prompt.high}"))
            cells = tuple((p.name, _scale(data.get(prompt.key, p.id).value)) for p in people)
            blocks.append(Block("columns", cells=cells))
        elif prompt.kind == "private_first":
            cells = tuple((p.name, _hidden_first(data, prompt.key, p)) for p in people)
            blocks.append(Block("columns", cells=cells))
        elif prompt.kind == "decision_map":
            blocks.append(Block("grid", cells=_decision_map(prompt, session, data)))
        return blocks

    def _exercise(self, session: SessionDetails, exercise_id: int | None) -> list[Block]:
        exercises = self._services.exercises
        info: ExerciseInfo | None = None
        if exercise_id is not None:
            info = exercises.get(exercise_id)
        else:  # the laptop shows none yet: the session's latest, as its tab would
            items = exercises.list_for_session(session.id)
            info = items[-1] if items else None
        if info is None or info.session_id != session.id:
            return [Block("muted", self.tr("Straks kiezen jullie samen een kleine beslissing."))]
        blocks = [Block("heading", info.topic.strip() or "…")]
        if not info.revealed:  # who wrote something down, never what
            cells = tuple(
                (
                    p.name,
                    self.tr("opgeschreven ✓") if p.id in info.entered else self.tr("nog niet"),
                )
                for p in info.participants
            )
            return [*blocks, Block("columns", cells=cells)]
        blocks.append(
            Block(
                "columns",
                cells=tuple(
                    (e.partner.name, _preference(e.preference, e.reason)) for e in info.entries
                ),
            )
        )
        appeals = tuple((e.partner.name, e.appeal.strip()) for e in info.entries)
        if any(text for _name, text in appeals):
            blocks.append(Block("question", self.tr("Wat spreekt je aan in de ander?")))
            blocks.append(Block("columns", cells=appeals))
        if info.decision.strip():
            decided = self.tr("Voorstel voor thuis") if info.solo else self.tr("Besluit")
            blocks += [Block("question", decided), Block("text", info.decision.strip())]
        if info.follow_up.strip():
            blocks += [Block("question", self.tr("Wie regelt wat")), Block("text", info.follow_up)]
        return blocks

    def _agreements(self, session: SessionDetails) -> list[Block]:
        items = self._services.agreements.for_session(session.id)
        if not items:
            return [Block("muted", self.tr("Nog geen afspraken."))]
        owners = _owners(session)
        blocks = []
        for item in items:
            text = f"• {item.text} ({owners(item.partner_id)})"
            if item.due_date is not None:
                text += " · " + self.tr("voor {date}").format(date=long_date(item.due_date))
            blocks.append(Block("text", text))
        return blocks

    def _appointment(self, session: SessionDetails) -> list[Block]:
        when = self._services.agreements.next_appointment_at(session.id)
        if when is None:
            return []
        text = long_date(when.date)
        if when.time is not None:
            text = self.tr("{date} om {time}").format(date=text, time=clock(when.time))
        return [Block("question", self.tr("Volgende afspraak")), Block("text", text)]

    def _checkouts(self, session: SessionDetails) -> list[Block]:
        entered = self._services.checkouts.entered(session.id)  # who, never what
        cells = tuple(
            (
                p.name,
                self.tr("check-out gegeven ✓") if p.id in entered else self.tr("nog niet"),
            )
            for p in session.attendees
        )
        return [Block("question", self.tr("Check-out")), Block("columns", cells=cells)]


# plain helpers -------------------------------------------------------------------------


def block_text(block: Block) -> str:
    return "\n".join([block.text, *("\t".join(row) for row in block.cells)])


def _scale(value: int | None) -> str:
    if value is None:
        return "—"
    return f"{'●' * value}{'○' * (10 - value)}  {value}"


def _hidden_first(data: SessionAnswers, key: str, partner: PartnerInfo) -> str:
    answer = data.get(key, partner.id)
    if answer.hidden:  # entered, not revealed: the service gave no text, and we say no more
        return QCoreApplication.translate("PartReader", "opgeschreven, nog niet zichtbaar")
    return answer.text.strip()


def _preference(preference: str, reason: str) -> str:
    reason = reason.strip()
    return preference.strip() + (f"\n\n{reason}" if reason else "")


def _owners(session: SessionDetails) -> _Owners:
    return _Owners({p.id: p.name for p in session.partners})


class _Owners:
    """Whose agreement: a partner's name, or "samen"."""

    def __init__(self, by_id: dict[int, str]) -> None:
        self._by_id = by_id

    def __call__(self, partner_id: int | None) -> str:
        if partner_id is None:
            return QCoreApplication.translate("PartReader", "samen")
        return self._by_id.get(partner_id, "")


def _decision_map(
    prompt: Prompt, session: SessionDetails, data: SessionAnswers
) -> tuple[tuple[str, ...], ...]:
    """Rows of the decision map: area, who decides now, who each partner would like to."""
    by_position = {str(p.position): p.name for p in session.partners}
    by_position["samen"] = QCoreApplication.translate("PartReader", "samen")
    people = session.attendees
    header = (
        QCoreApplication.translate("PartReader", "Onderwerp"),
        QCoreApplication.translate("PartReader", "Nu"),
        *(
            QCoreApplication.translate("PartReader", "{name} zou willen").format(name=p.name)
            for p in people
        ),
    )
    now = data.get(prompt.key, None).data
    wishes = [data.get(prompt.key, p.id).data for p in people]
    rows = [header]
    for area in prompt.areas:
        cells = [by_position.get(now.get(area.key, ""), "—")]
        cells += [by_position.get(wish.get(area.key, ""), "—") for wish in wishes]
        rows.append((area.label, *cells))
    return tuple(rows)
