"""The solo route ("Alleen verder") in the method files: shipped, validated, fallen back."""

from __future__ import annotations

from pathlib import Path

import pytest

from stellenstof_desktop.content import (
    SOLO_CHECKIN_KEYS,
    SOLO_KINDS,
    ContentError,
    load_method,
    parse_method,
)
from tests.unit.test_content import (
    CONTENT,
    LANGUAGES,
    _edited,
    _nl_text,
    _shipped,
    _write,
    check_broken,
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_solo_route_speaks_to_one_person(language: str) -> None:
    method = _shipped(language)
    solo = method.route("solo")

    assert solo is method.solo and solo.key == "solo" and solo.title and solo.intro
    assert method.route("couple") is method.couple and method.couple.title
    assert (method.checkin, method.steps) == (method.couple.checkin, method.couple.steps)
    assert [p.key for p in solo.checkin.prompts] == list(SOLO_CHECKIN_KEYS)
    assert all(p.kind == "scale" and p.low and p.high for p in solo.checkin.prompts)
    assert [s.number for s in solo.steps] == [1, 2, 3, 4, 5]
    assert {p.kind for s in solo.steps for p in s.prompts} <= set(SOLO_KINDS)
    couple_keys = {s.key for s in method.couple.steps}
    for step in solo.steps:
        assert step.key not in couple_keys
        assert step.tab and len(step.title) <= 40
        assert 3 <= len(step.prompts) <= 5
        assert all(p.key.startswith(f"{step.key}.") for p in step.prompts)
        for text in (step.explanation, step.coach_tip, solo.intro):
            assert "\n" not in text.replace("\n\n", ""), "wrapped lines must be joined"
    # The lookup by key that answers, the summary and the PDF rely on covers both routes.
    found = method.prompt("solo_checkin.groei")
    assert found is not None and found is solo.checkin.prompts[1]
    assert method.prompt("solo_stap.stap") is solo.step(5).prompts[0]
    with pytest.raises(KeyError):
        method.route("samen")


def test_dutch_solo_texts_never_say_jullie() -> None:
    solo = _shipped("nl").solo
    texts = [solo.title, solo.intro, solo.checkin.title, solo.checkin.intro]
    for step in solo.steps:
        texts += [step.title, step.tab, step.explanation, step.coach_tip]
    for prompt in solo.prompts():
        texts += [prompt.text, prompt.hint, prompt.low, prompt.high]

    assert [t for t in texts if "jullie" in t.lower()] == []


# --- broken solo routes ---------------------------------------------------------

SOLO_BROKEN = [
    pytest.param(
        'key = "solo_checkin.groei"',
        'key = "solo_checkin.ander"',
        None,
        None,
        "precies de vragen solo_checkin.wachten, solo_checkin.groei",
        id="solo-checkin-keys",
    ),
    pytest.param(
        'key = "solo_checkin.groei"',
        'key = "checkin.groei"',
        None,
        "checkin.groei",
        "'solo_checkin.naam'",
        id="solo-checkin-prefix",
    ),
    pytest.param(
        'key = "solo_patroon.bewegen"\nkind = "shared"',
        'key = "solo_patroon.bewegen"\nkind = "private_first"',
        2,
        "solo_patroon.bewegen",
        "soort 'private_first' kan hier niet (kies uit shared, per_partner, scale)",
        id="solo-private-first",
    ),
    pytest.param(
        'key = "solo_ruimte.grens"\nkind = "shared"',
        'key = "solo_ruimte.grens"\nkind = "decision_map"',
        4,
        "solo_ruimte.grens",
        "soort 'decision_map' kan hier niet",
        id="solo-decision-map",
    ),
    pytest.param(
        'number = 3\nkey = "solo_loslaten"',
        'number = 3\nkey = "gelijk"',
        3,
        None,
        "'gelijk' komt al bij een andere stap voor",
        id="step-key-of-the-couple-route",
    ),
    pytest.param(
        'key = "solo_wachten.ook_waar"',
        'key = "solo_wachten.gedachte"',
        1,
        "solo_wachten.gedachte",
        "komt al eerder",
        id="duplicate-solo-prompt-key",
    ),
    pytest.param(
        'number = 5\nkey = "solo_stap"',
        'number = 6\nkey = "solo_stap"',
        5,
        None,
        "'number' moet 5 zijn",
        id="solo-step-number",
    ),
    pytest.param(
        'title = "Alleen verder"',
        'titel = "Alleen verder"',
        None,
        None,
        "onbekend veld 'titel'",
        id="solo-unknown-field",
    ),
    pytest.param(
        'tab = "Mijn patroon"',
        "tab = 2",
        2,
        None,
        "'tab' moet tekst zijn",
        id="solo-tab-not-text",
    ),
]

# Each case once per route it breaks: None for the couple route (the top level), or "solo".


@pytest.mark.parametrize(("old", "new", "step", "key", "fragment"), SOLO_BROKEN)
def test_broken_solo_route_names_the_route_step_and_key(
    tmp_path: Path, old: str, new: str, step: int | None, key: str | None, fragment: str
) -> None:
    check_broken(tmp_path, (old, new), step, key, fragment, route="solo")


def test_solo_route_needs_five_steps(tmp_path: Path) -> None:
    text = _nl_text()
    path = _write(tmp_path, text[: text.index("[[solo.steps]]\nnumber = 5")])

    with pytest.raises(ContentError, match=r"\[solo\]: er moeten precies 5 stappen zijn") as e:
        parse_method(path)
    assert e.value.route == "solo"


def _without_route_tables(text: str) -> str:
    """The Dutch file as a coach's copy from before the routes: no [couple], no [solo]."""
    start, end = text.index("[couple]"), text.index("[checkin]")
    text = text[:start] + text[end:]
    return text[: text.index("# De route voor één persoon")]


def test_a_file_without_route_tables_is_incomplete_on_its_own(tmp_path: Path) -> None:
    path = _write(tmp_path, _without_route_tables(_nl_text()))

    with pytest.raises(ContentError, match=r"het onderdeel \[couple\] ontbreekt"):
        parse_method(path)


def test_coach_copy_from_before_the_solo_route_keeps_her_texts(tmp_path: Path) -> None:
    text = _without_route_tables(_nl_text()).replace(
        'title = "Wat eronder ligt"', 'title = "Mijn eigen titel"'
    )
    path = _write(tmp_path / "data", text)

    result = load_method("nl", CONTENT, tmp_path / "data")

    assert result.problem is None
    assert result.method.source == path
    assert result.method.step(4).title == "Mijn eigen titel"
    assert result.method.solo == _shipped("nl").solo
    assert result.method.couple.title == _shipped("nl").couple.title


def test_broken_solo_route_in_override_falls_back_to_builtin(tmp_path: Path) -> None:
    override = tmp_path / "data"
    _edited(
        override,
        'key = "solo_patroon.bewegen"\nkind = "shared"',
        'key = "solo_patroon.bewegen"\nkind = "private_first"',
    )

    result = load_method("nl", CONTENT, override)

    assert result.method.source == CONTENT / "method.nl.toml"
    assert result.method.solo.step(2).prompts[2].kind == "shared"
    assert result.problem is not None
    assert (result.problem.route, result.problem.step) == ("solo", 2)
    assert result.problem.key == "solo_patroon.bewegen"
