"""The coach's method, loaded from one TOML file per language.

Two routes of the same shape (a check-in and five steps): the couple route, and the
solo route for the partner who comes alone ("Alleen verder").

Pure standard library on purpose: the store, the services and the report read prompt
keys and kinds from here, and none of them may pull in Qt or the database.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

PROMPT_KINDS = ("shared", "per_partner", "private_first", "scale", "decision_map")
SCHEMA = 1
DEFAULT_LANGUAGE = "nl"
# The session overview and the progress chart look these up by key.
CHECKIN_KEYS = ("checkin.gelijkwaardig", "checkin.ruimte")
SOLO_CHECKIN_KEYS = ("solo_checkin.wachten", "solo_checkin.groei")
COUPLE, SOLO = "couple", "solo"
ROUTE_KEYS = (COUPLE, SOLO)
# Nothing is hidden from oneself, and a decision map needs two people.
SOLO_KINDS = ("shared", "per_partner", "scale")
STEP_COUNT = 5
MIN_PROMPTS, MAX_PROMPTS = 3, 5

# Keys are stored with every answer, so they must stay plain and stable.
_SLUG = re.compile(r"[a-z0-9_]+")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
# Each table lists its fields so that a typo ("hnit") fails loudly instead of vanishing.
_TOP_FIELDS = frozenset({"schema", "language", COUPLE, "checkin", "steps", SOLO})
_COUPLE_FIELDS = frozenset({"title", "intro"})
_SOLO_FIELDS = frozenset({"title", "intro", "checkin", "steps"})
_CHECKIN_FIELDS = frozenset({"title", "intro", "prompts"})
_STEP_FIELDS = frozenset({"number", "key", "title", "tab", "explanation", "coach_tip", "prompts"})
_PROMPT_FIELDS = frozenset({"key", "kind", "text", "hint", "low", "high", "areas"})
_AREA_FIELDS = frozenset({"key", "label"})
_PER_PARTNER_KINDS = frozenset({"per_partner", "private_first", "scale", "decision_map"})


class ContentError(Exception):
    """A method file that cannot be used; the Dutch message says where and why."""

    def __init__(
        self,
        path: Path,
        problem: str,
        *,
        step: int | None = None,
        key: str | None = None,
        place: str | None = None,
        route: str | None = None,
    ) -> None:
        self.path = path
        self.problem = problem
        self.step = step
        self.key = key
        self.route = route
        where = [path.name]
        if route is not None:
            where.append(f"[{route}]")
        if step is not None:
            where.append(f"stap {step}")
        elif place:
            where.append(place)
        if key:
            where.append(f"vraag '{key}'")
        super().__init__(f"{', '.join(where)}: {problem}")


@dataclass(frozen=True)
class DecisionArea:
    """One recurring area of decisions on the decision map."""

    key: str
    label: str


@dataclass(frozen=True)
class Prompt:
    """One question of the check-in or of a step."""

    key: str
    kind: str
    text: str
    hint: str = ""
    low: str = ""
    high: str = ""
    areas: tuple[DecisionArea, ...] = ()

    @property
    def per_partner(self) -> bool:
        """Whether each partner gives an own answer."""
        return self.kind in _PER_PARTNER_KINDS

    @property
    def hidden_first(self) -> bool:
        """Whether answers are entered hidden and revealed later."""
        return self.kind == "private_first"


@dataclass(frozen=True)
class Step:
    """One of the five steps of the method."""

    number: int
    key: str
    title: str
    explanation: str
    coach_tip: str
    prompts: tuple[Prompt, ...]
    tab: str = ""  # a short tab label; the title when empty

    @property
    def tab_label(self) -> str:
        """What the step's tab shows: "1 · Patroon"."""
        return f"{self.number} · {self.tab or self.title}"


@dataclass(frozen=True)
class Checkin:
    """The short check-in at the start of every session."""

    title: str
    intro: str
    prompts: tuple[Prompt, ...]


@dataclass(frozen=True)
class Route:
    """One way through the method: "couple" (the five steps) or "solo" (Alleen verder)."""

    key: str
    title: str
    intro: str
    checkin: Checkin
    steps: tuple[Step, ...]

    def prompts(self) -> tuple[Prompt, ...]:
        """Every prompt of the route, the check-in first."""
        return (*self.checkin.prompts, *(p for s in self.steps for p in s.prompts))

    def step(self, number: int) -> Step:
        """The step with this number (1..5); KeyError for any other."""
        for step in self.steps:
            if step.number == number:
                return step
        raise KeyError(number)


@dataclass(frozen=True)
class Method:
    """The whole method in one language: both routes."""

    language: str
    couple: Route
    solo: Route
    source: Path
    # Where `load_method` looked, so that `in_language` finds the same method in another.
    builtin_dir: Path | None = None
    override_dir: Path | None = None

    @property
    def checkin(self) -> Checkin:
        """The couple route's check-in."""
        return self.couple.checkin

    @property
    def steps(self) -> tuple[Step, ...]:
        """The couple route's five steps."""
        return self.couple.steps

    @property
    def routes(self) -> tuple[Route, ...]:
        return (self.couple, self.solo)

    def route(self, key: str) -> Route:
        """The route "couple" or "solo"; KeyError for any other."""
        for route in self.routes:
            if route.key == key:
                return route
        raise KeyError(key)

    def prompt(self, key: str) -> Prompt | None:
        """The prompt with this key, from either route's check-in or steps."""
        for route in self.routes:
            for prompt in route.prompts():
                if prompt.key == key:
                    return prompt
        return None

    def step(self, number: int) -> Step:
        """The couple route's step with this number (1..5); KeyError for any other."""
        return self.couple.step(number)


@dataclass(frozen=True)
class LoadResult:
    """The method to use, and why a coach's own copy was ignored (if it was)."""

    method: Method
    problem: ContentError | None = None


@dataclass(frozen=True)
class _Where:
    """Where in the file we are, so every error can point there."""

    path: Path
    step: int | None = None
    key: str | None = None
    place: str | None = None
    route: str | None = None  # None: the couple route, which is the file's top level

    def error(self, problem: str) -> ContentError:
        return ContentError(
            self.path, problem, step=self.step, key=self.key, place=self.place, route=self.route
        )

    def at(self, **changes: Any) -> _Where:
        """The same place, narrowed (a step, a prompt)."""
        return replace(self, **changes)


@dataclass(frozen=True)
class _RouteRules:
    """What one route may hold."""

    checkin_keys: tuple[str, ...]
    kinds: tuple[str, ...]


_RULES = {
    COUPLE: _RouteRules(CHECKIN_KEYS, PROMPT_KINDS),
    SOLO: _RouteRules(SOLO_CHECKIN_KEYS, SOLO_KINDS),
}


def parse_method(path: Path) -> Method:
    """Read and validate one method file; ContentError on any problem."""
    return _method(_read(path), _Where(path))


def _read(path: Path) -> dict[str, Any]:
    where = _Where(path)
    try:
        # utf-8-sig: Windows editors may add a byte-order mark that TOML rejects.
        source = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise where.error(f"kan niet worden gelezen ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise where.error("is niet als UTF-8 opgeslagen") from exc
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(path, exc) from exc


def load_method(language: str, builtin_dir: Path, override_dir: Path | None = None) -> LoadResult:
    """The method for `language`: the coach's own copy if valid, else the built-in one."""
    # Accept a locale name such as "en_GB" or "nl-BE"; anything unknown gets Dutch.
    language = re.split(r"[-_]", language, maxsplit=1)[0].lower()
    if not _LANGUAGE.fullmatch(language) or not (builtin_dir / _file_name(language)).is_file():
        language = DEFAULT_LANGUAGE
    name = _file_name(language)
    problem: ContentError | None = None
    if override_dir is not None and (override_dir / name).is_file():
        try:
            data = _read(override_dir / name)
            missing = [table for table in ROUTE_KEYS if table not in data]
            if missing:
                # Her copy predates the route tables: keep her texts, add the shipped ones.
                builtin = _read(builtin_dir / name)
                data.update({table: builtin.get(table) for table in missing})
            method = _method(data, _Where(override_dir / name))
            return LoadResult(replace(method, builtin_dir=builtin_dir, override_dir=override_dir))
        except ContentError as exc:
            # A typo in her own copy must not stop a session: fall back and tell her.
            problem = exc
    method = parse_method(builtin_dir / name)
    return LoadResult(replace(method, builtin_dir=builtin_dir, override_dir=override_dir), problem)


def in_language(method: Method, language: str) -> Method:
    """`method` in another language, from the same folders: the report may speak another
    language than the window. The coach's own copy when valid, else the built-in one."""
    if language == method.language:
        return method
    builtin = method.builtin_dir or method.source.parent
    return load_method(language, builtin, method.override_dir).method


def _file_name(language: str) -> str:
    return f"method.{language}.toml"


def _syntax_error(path: Path, exc: tomllib.TOMLDecodeError) -> ContentError:
    """Turn tomllib's "... (at line 3, column 7)" into a Dutch place."""
    message = str(exc)
    match = _TOML_POSITION.search(message)
    if match is None:
        return ContentError(path, f"ongeldige TOML ({message})")
    line, column = match.groups()
    reason = message[: match.start()]
    return ContentError(path, f"ongeldige TOML ({reason})", place=f"regel {line}, kolom {column}")


def _method(data: dict[str, Any], where: _Where) -> Method:
    _only_known(data, _TOP_FIELDS, where)
    schema = data.get("schema")
    if schema != SCHEMA or isinstance(schema, bool):
        raise where.error(f"'schema' moet {SCHEMA} zijn, gevonden: {schema!r}")
    language = _text(data, "language", where)
    expected = where.path.name.removeprefix("method.").removesuffix(".toml")
    if where.path.name == _file_name(expected) and language != expected:
        raise where.error(f"'language' is '{language}', maar de bestandsnaam zegt '{expected}'")

    seen: set[str] = set()  # prompt keys, unique in the whole file
    step_keys: set[str] = set()  # step keys, unique across both routes
    couple = _route(COUPLE, _table(data, COUPLE, where), data, where, seen, step_keys)
    solo_table = _table(data, SOLO, where)
    solo = _route(SOLO, solo_table, solo_table, where.at(route=SOLO), seen, step_keys)
    return Method(language=language, couple=couple, solo=solo, source=where.path)


def _route(
    key: str,
    info: dict[str, Any],
    body: dict[str, Any],
    where: _Where,
    seen: set[str],
    step_keys: set[str],
) -> Route:
    """One route: title and intro from `info`, check-in and steps from `body`."""
    rules = _RULES[key]
    # The couple route's title and intro have a table of their own beside the top level.
    info_where = where if info is body else where.at(place=f"[{key}]")
    _only_known(info, _SOLO_FIELDS if info is body else _COUPLE_FIELDS, info_where)
    checkin_where = where.at(place="check-in")
    checkin_table = _table(body, "checkin", checkin_where)
    _only_known(checkin_table, _CHECKIN_FIELDS, checkin_where)
    # The check-in is charted over sessions, so it only takes numbers.
    prefix, keys = rules.checkin_keys[0].partition(".")[0], rules.checkin_keys
    checkin_prompts = _prompts(checkin_table, prefix, checkin_where, seen, kinds=("scale",))
    if tuple(p.key for p in checkin_prompts) != keys:
        raise checkin_where.error(f"de check-in heeft precies de vragen {', '.join(keys)}")
    checkin = Checkin(
        title=_text(checkin_table, "title", checkin_where),
        intro=_text(checkin_table, "intro", checkin_where),
        prompts=checkin_prompts,
    )

    raw_steps = _tables(body, "steps", where)
    if len(raw_steps) != STEP_COUNT:
        raise where.error(
            f"er moeten precies {STEP_COUNT} stappen zijn, gevonden: {len(raw_steps)}"
        )
    steps = tuple(
        _step(raw, position, where.at(step=position), seen, step_keys, rules.kinds)
        for position, raw in enumerate(raw_steps, start=1)
    )
    return Route(
        key=key,
        title=_text(info, "title", info_where),
        intro=_reflow(_text(info, "intro", info_where)),
        checkin=checkin,
        steps=steps,
    )


def _step(
    data: dict[str, Any],
    position: int,
    where: _Where,
    seen: set[str],
    step_keys: set[str],
    kinds: tuple[str, ...],
) -> Step:
    _only_known(data, _STEP_FIELDS, where)
    number = data.get("number")
    # The position in the file is the step number; a gap or swap is a mistake.
    if number != position or isinstance(number, bool):
        raise where.error(f"'number' moet {position} zijn, gevonden: {number!r}")
    key = _slug(data, "key", where)
    if key in step_keys:
        raise where.error(f"de sleutel '{key}' komt al bij een andere stap voor")
    step_keys.add(key)
    prompts = _prompts(data, key, where, seen, kinds)
    if not MIN_PROMPTS <= len(prompts) <= MAX_PROMPTS:
        raise where.error(
            f"een stap heeft {MIN_PROMPTS} tot {MAX_PROMPTS} vragen, gevonden: {len(prompts)}"
        )
    return Step(
        number=position,
        key=key,
        title=_text(data, "title", where),
        tab=_text(data, "tab", where, required=False),
        explanation=_reflow(_text(data, "explanation", where)),
        coach_tip=_reflow(_text(data, "coach_tip", where)),
        prompts=prompts,
    )


def _prompts(
    data: dict[str, Any],
    prefix: str,
    where: _Where,
    seen: set[str],
    kinds: tuple[str, ...] = PROMPT_KINDS,
) -> tuple[Prompt, ...]:
    return tuple(
        _prompt(raw, prefix, position, where, seen, kinds)
        for position, raw in enumerate(_tables(data, "prompts", where), start=1)
    )


def _prompt(
    data: dict[str, Any],
    prefix: str,
    position: int,
    where: _Where,
    seen: set[str],
    kinds: tuple[str, ...],
) -> Prompt:
    raw_key = data.get("key")
    if not isinstance(raw_key, str) or not raw_key.strip():
        raise where.error(f"vraag {position} heeft geen 'key'")
    where = where.at(key=raw_key)
    _only_known(data, _PROMPT_FIELDS, where)
    stem, _, slug = raw_key.partition(".")
    if stem != prefix or not _SLUG.fullmatch(slug):
        raise where.error(f"de sleutel moet de vorm '{prefix}.naam' hebben (a-z, 0-9, _)")
    if raw_key in seen:
        raise where.error("deze sleutel komt al eerder in het bestand voor")
    seen.add(raw_key)
    kind = _text(data, "kind", where)
    if kind not in PROMPT_KINDS:
        raise where.error(f"onbekende soort '{kind}' (kies uit {', '.join(kinds)})")
    if kind not in kinds:
        raise where.error(f"soort '{kind}' kan hier niet (kies uit {', '.join(kinds)})")
    # Fields that belong to another kind are a mix-up, not something to ignore.
    for name, owner in (("low", "scale"), ("high", "scale"), ("areas", "decision_map")):
        if name in data and kind != owner:
            raise where.error(f"'{name}' hoort alleen bij soort '{owner}'")
    scale = kind == "scale"
    return Prompt(
        key=raw_key,
        kind=kind,
        text=_text(data, "text", where),
        hint=_text(data, "hint", where, required=False),
        low=_text(data, "low", where, required=scale),
        high=_text(data, "high", where, required=scale),
        areas=_areas(data, where) if kind == "decision_map" else (),
    )


def _areas(data: dict[str, Any], where: _Where) -> tuple[DecisionArea, ...]:
    raw_areas = _tables(data, "areas", where)
    if len(raw_areas) < 2:
        raise where.error("'areas' heeft minstens twee onderwerpen nodig")
    areas: list[DecisionArea] = []
    for raw in raw_areas:
        _only_known(raw, _AREA_FIELDS, where)
        area = DecisionArea(key=_slug(raw, "key", where), label=_text(raw, "label", where))
        if any(existing.key == area.key for existing in areas):
            raise where.error(f"onderwerp '{area.key}' staat twee keer in 'areas'")
        areas.append(area)
    return tuple(areas)


def _only_known(data: dict[str, Any], known: frozenset[str], where: _Where) -> None:
    unknown = sorted(set(data) - known)
    if unknown:
        raise where.error(f"onbekend veld '{unknown[0]}' (tikfout?)")


def _text(data: dict[str, Any], name: str, where: _Where, *, required: bool = True) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise where.error(f"'{name}' moet tekst zijn")
    value = value.strip()
    if required and not value:
        raise where.error(f"'{name}' ontbreekt of is leeg")
    return value


def _slug(data: dict[str, Any], name: str, where: _Where) -> str:
    value = _text(data, name, where)
    if not _SLUG.fullmatch(value):
        raise where.error(f"'{name}' mag alleen a-z, 0-9 en _ bevatten: '{value}'")
    return value


def _table(data: dict[str, Any], name: str, where: _Where) -> dict[str, Any]:
    value = data.get(name)
    if not isinstance(value, dict):
        raise where.error(f"het onderdeel [{name}] ontbreekt")
    return value


def _tables(data: dict[str, Any], name: str, where: _Where) -> list[dict[str, Any]]:
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise where.error(f"'{name}' moet een lijst van tabellen zijn")
    return value


def _reflow(text: str) -> str:
    """Join wrapped lines; keep blank-line paragraph breaks."""
    # The coach edits these in a plain text editor and wraps lines wherever she likes.
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)
