"""The method texts: shipped files are valid and parallel; broken files say where they break."""

from __future__ import annotations

from pathlib import Path

import pytest

from stellenstof_desktop.content import (
    CHECKIN_KEYS,
    PROMPT_KINDS,
    ContentError,
    Method,
    Route,
    load_method,
    parse_method,
)

CONTENT = Path(__file__).resolve().parents[2] / "resources" / "content"
LANGUAGES = ("nl", "en")


def _shipped(language: str) -> Method:
    return parse_method(CONTENT / f"method.{language}.toml")


def _nl_text() -> str:
    return (CONTENT / "method.nl.toml").read_text(encoding="utf-8")


def _write(folder: Path, text: str, language: str = "nl") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"method.{language}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _edited(folder: Path, old: str, new: str) -> Path:
    """The Dutch file with one exact edit, written to `folder`."""
    text = _nl_text()
    assert text.count(old) == 1, f"test edit not unique: {old!r}"
    return _write(folder, text.replace(old, new))


# --- the shipped files ------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_file_is_valid_and_follows_the_method(language: str) -> None:
    method = _shipped(language)

    assert method.language == language
    assert method.source == CONTENT / f"method.{language}.toml"
    assert [p.key for p in method.checkin.prompts] == list(CHECKIN_KEYS)
    assert all(p.kind == "scale" and p.low and p.high for p in method.checkin.prompts)
    assert [s.number for s in method.steps] == [1, 2, 3, 4, 5]
    for step in method.steps:
        assert 3 <= len(step.prompts) <= 5
        assert len(step.title) <= 40
        assert {"shared", "per_partner"} & {p.kind for p in step.prompts}, step.key
        assert all(p.key.startswith(f"{step.key}.") for p in step.prompts)
    maps = [(s.number, p) for s in method.steps for p in s.prompts if p.kind == "decision_map"]
    assert len(maps) == 1 and maps[0][0] == 3
    assert 7 <= len(maps[0][1].areas) <= 8
    assert any(p.hidden_first for p in method.step(4).prompts)
    used = {p.kind for s in method.steps for p in s.prompts}
    assert used == set(PROMPT_KINDS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_long_texts_are_reflowed_into_paragraphs(language: str) -> None:
    for step in _shipped(language).steps:
        for text in (step.explanation, step.coach_tip):
            assert text == text.strip()
            assert "\n" not in text.replace("\n\n", ""), "wrapped lines must be joined"
            assert "  " not in text


def test_dutch_and_english_have_identical_structure() -> None:
    nl, en = _shipped("nl"), _shipped("en")

    def shape(route: Route) -> list[object]:
        prompts = [route.checkin.prompts, *(s.prompts for s in route.steps)]
        return [
            [(s.number, s.key, bool(s.tab)) for s in route.steps],
            [[(p.key, p.kind, tuple(a.key for a in p.areas)) for p in ps] for ps in prompts],
            [[(bool(p.hint), bool(p.low), bool(p.high)) for p in ps] for ps in prompts],
        ]

    for key in ("couple", "solo"):
        assert shape(nl.route(key)) == shape(en.route(key)), key
    # Same structure, but really translated.
    assert nl.step(1).title != en.step(1).title
    assert nl.prompt("gelijk.kaart") != en.prompt("gelijk.kaart")
    assert nl.solo.title != en.solo.title
    assert nl.prompt("solo_stap.stap") != en.prompt("solo_stap.stap")


def test_lookups_and_prompt_properties() -> None:
    method = _shipped("nl")

    assert method.step(3).key == "gelijk"
    with pytest.raises(KeyError):
        method.step(6)
    assert method.prompt("nope.nope") is None
    checkin = method.prompt("checkin.ruimte")
    assert checkin is not None and checkin.kind == "scale"

    kinds = {p.kind: p for s in method.steps for p in s.prompts}
    assert not kinds["shared"].per_partner
    assert all(kinds[k].per_partner for k in PROMPT_KINDS if k != "shared")
    assert [k for k in PROMPT_KINDS if kinds[k].hidden_first] == ["private_first"]
    decision_map = kinds["decision_map"]
    assert decision_map.areas[0].key == "eten"
    assert decision_map.areas[0].label == "Eten en boodschappen"


# --- broken files -----------------------------------------------------------------

BROKEN = [
    pytest.param(
        'kind = "decision_map"',
        "kind = decision_map",
        None,
        None,
        "ongeldige TOML",
        id="toml-syntax",
    ),
    pytest.param(
        'kind = "decision_map"',
        'kind = "foo"',
        3,
        "gelijk.kaart",
        "onbekende soort 'foo'",
        id="unknown-kind",
    ),
    pytest.param(
        'low = "Niet gehoord"\n',
        "",
        2,
        "verschil.gehoord",
        "'low' ontbreekt",
        id="missing-low",
    ),
    pytest.param(
        'high = "Helemaal gehoord"\n',
        'high = "   "\n',
        2,
        "verschil.gehoord",
        "'high'",
        id="blank-high",
    ),
    pytest.param(
        'key = "verschil.reageren"',
        'key = "verschil.gehoord"',
        2,
        "verschil.gehoord",
        "komt al eerder",
        id="duplicate-prompt-key",
    ),
    pytest.param(
        'hint = "Iets wat ik nu vaak zelf regel of beslis."',
        'hnit = "Iets wat ik nu vaak zelf regel of beslis."',
        5,
        "autonomie.loslaten",
        "onbekend veld 'hnit'",
        id="unknown-field",
    ),
    pytest.param(
        'number = 4\nkey = "onderliggend"',
        'number = 5\nkey = "onderliggend"',
        4,
        None,
        "'number' moet 4 zijn",
        id="step-out-of-order",
    ),
    pytest.param(
        'key = "verschil"',
        'key = "patroon"',
        2,
        None,
        "'patroon' komt al",
        id="duplicate-step-key",
    ),
    pytest.param(
        'title = "Wat eronder ligt"',
        'title = ""',
        4,
        None,
        "'title' ontbreekt",
        id="empty-title",
    ),
    pytest.param(
        'text = "Welke afspraak maken we tot de volgende sessie?"',
        'text = " "',
        5,
        "autonomie.afspraak",
        "'text' ontbreekt",
        id="blank-text",
    ),
    pytest.param(
        'key = "patroon.herkenning"\nkind = "scale"',
        'key = "patroon.herkenning"\nkind = "shared"',
        1,
        "patroon.herkenning",
        "'low' hoort alleen bij soort 'scale'",
        id="scale-field-on-other-kind",
    ),
    pytest.param(
        '    { key = "feestjes", label = "Kinderfeestjes en verjaardagen" },',
        '    { key = "eten", label = "Kinderfeestjes en verjaardagen" },',
        3,
        "gelijk.kaart",
        "'eten' staat twee keer",
        id="duplicate-area",
    ),
    pytest.param(
        '{ key = "vakantie", label = "Vakanties" }',
        '{ key = "vakantie", label = "" }',
        3,
        "gelijk.kaart",
        "'label' ontbreekt",
        id="empty-area-label",
    ),
    pytest.param(
        'key = "checkin.ruimte"\nkind = "scale"',
        'key = "checkin.ruimte"\nkind = "shared"',
        None,
        "checkin.ruimte",
        "soort 'shared' kan hier niet (kies uit scale)",
        id="checkin-not-scale",
    ),
    pytest.param(
        'key = "autonomie.afspraak"',
        'key = "patroon.afspraak"',
        5,
        "patroon.afspraak",
        "'autonomie.naam'",
        id="prompt-key-of-other-step",
    ),
    pytest.param("schema = 1", "schema = 2", None, None, "'schema' moet 1 zijn", id="schema"),
    pytest.param(
        'language = "nl"',
        'language = "en"',
        None,
        None,
        "bestandsnaam",
        id="language",
    ),
]


def check_broken(
    folder: Path,
    edit: tuple[str, str],
    step: int | None,
    key: str | None,
    fragment: str,
    route: str | None = None,
) -> None:
    """The Dutch file with one edit fails, and its message names file, route, step and key."""
    path = _edited(folder, *edit)

    with pytest.raises(ContentError) as caught:
        parse_method(path)

    error = caught.value
    message = str(error)
    assert error.path == path
    assert (error.route, error.step, error.key) == (route, step, key)
    assert message.startswith("method.nl.toml, [solo]" if route else "method.nl.toml")
    assert fragment in message
    if step is not None:
        assert f", stap {step}" in message
    if key is not None:
        assert f"vraag '{key}'" in message


@pytest.mark.parametrize(("old", "new", "step", "key", "fragment"), BROKEN)
def test_broken_file_names_file_step_and_key(
    tmp_path: Path, old: str, new: str, step: int | None, key: str | None, fragment: str
) -> None:
    check_broken(tmp_path, (old, new), step, key, fragment)


def test_unknown_kind_message_reads_as_documented(tmp_path: Path) -> None:
    path = _edited(tmp_path, 'kind = "decision_map"', 'kind = "foo"')
    with pytest.raises(
        ContentError,
        match=r"^method\.nl\.toml, stap 3, vraag 'gelijk\.kaart': "
        r"onbekende soort 'foo'",
    ):
        parse_method(path)


def test_toml_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    text = _nl_text()
    line = text[: text.index('kind = "decision_map"')].count("\n") + 1
    path = _edited(tmp_path, 'kind = "decision_map"', "kind = decision_map")

    with pytest.raises(ContentError, match=rf"^method\.nl\.toml, regel {line}, kolom \d+: "):
        parse_method(path)


def test_four_steps_is_an_error(tmp_path: Path) -> None:
    text = _nl_text()
    path = _write(tmp_path, text[: text.index("[[steps]]\nnumber = 5")])

    with pytest.raises(ContentError, match="precies 5 stappen zijn, gevonden: 4") as caught:
        parse_method(path)
    assert (caught.value.step, caught.value.key) == (None, None)


def test_too_few_prompts_in_a_step(tmp_path: Path) -> None:
    text = _nl_text()
    start = text.index('[[steps.prompts]]\nkey = "onderliggend.ruimte_geven"')
    end = text.index('[[steps.prompts]]\nkey = "onderliggend.wat_opviel"')
    path = _write(tmp_path, text[:start] + text[end:])

    with pytest.raises(ContentError, match="stap 4: een stap heeft 3 tot 5 vragen, gevonden: 2"):
        parse_method(path)


def test_decision_map_needs_two_areas(tmp_path: Path) -> None:
    text = _nl_text()
    start = text.index('    { key = "uitjes"')
    end = text.index("]\n", start)
    path = _write(tmp_path, text[:start] + text[end:])

    with pytest.raises(ContentError, match="minstens twee onderwerpen") as caught:
        parse_method(path)
    assert (caught.value.step, caught.value.key) == (3, "gelijk.kaart")


def test_byte_order_mark_from_windows_editors_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "method.nl.toml"
    path.write_bytes(b"\xef\xbb\xbf" + _nl_text().replace("\n", "\r\n").encode("utf-8"))

    assert parse_method(path).step(1).title == _shipped("nl").step(1).title


def test_unreadable_or_non_utf8_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="kan niet worden gelezen"):
        parse_method(tmp_path / "method.nl.toml")
    path = tmp_path / "method.nl.toml"
    path.write_bytes(_nl_text().encode("latin-1", errors="replace"))
    with pytest.raises(ContentError, match="UTF-8"):
        parse_method(path)


# --- load_method: the coach's own copy, with the built-in one as a safety net -----


def test_valid_override_is_used(tmp_path: Path) -> None:
    override = tmp_path / "data"
    path = _edited(
        override, 'title = "Wat eronder ligt"', 'title = "Wat er onder de oppervlakte ligt"'
    )

    result = load_method("nl", CONTENT, override)

    assert result.problem is None
    assert result.method.source == path
    assert result.method.step(4).title == "Wat er onder de oppervlakte ligt"


def test_broken_override_falls_back_to_builtin_with_problem(tmp_path: Path) -> None:
    override = tmp_path / "data"
    _edited(override, 'kind = "decision_map"', 'kind = "foo"')

    result = load_method("nl", CONTENT, override)

    assert result.method.source == CONTENT / "method.nl.toml"
    assert result.method.step(3).prompts[0].kind == "decision_map"
    assert result.problem is not None
    assert (result.problem.step, result.problem.key) == (3, "gelijk.kaart")


@pytest.mark.parametrize("language", LANGUAGES)
def test_missing_override_falls_back_silently(tmp_path: Path, language: str) -> None:
    for override in (tmp_path / "empty", tmp_path / "does-not-exist", None):
        if override is not None and override.name == "empty":
            override.mkdir()
        result = load_method(language, CONTENT, override)
        assert result.problem is None
        assert result.method.source == CONTENT / f"method.{language}.toml"


def test_override_only_for_the_requested_language(tmp_path: Path) -> None:
    override = tmp_path / "data"
    _edited(override, 'title = "Wat eronder ligt"', 'title = "Eigen titel"')

    assert load_method("en", CONTENT, override).method.language == "en"


@pytest.mark.parametrize(
    ("asked", "got"),
    [
        ("nl", "nl"),
        ("en", "en"),
        ("en_GB", "en"),
        ("nl-BE", "nl"),
        ("EN", "en"),
        ("fr", "nl"),
        ("", "nl"),
        ("../nl", "nl"),
    ],
)
def test_language_choice(asked: str, got: str) -> None:
    assert load_method(asked, CONTENT).method.language == got


def test_broken_builtin_raises(tmp_path: Path) -> None:
    builtin = tmp_path / "builtin"
    _edited(builtin, "schema = 1", "schema = 0")

    with pytest.raises(ContentError, match="schema"):
        load_method("nl", builtin, tmp_path / "no-override")
