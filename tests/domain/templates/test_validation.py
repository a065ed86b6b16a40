"""Broken templates raise TemplateError naming the file, the code and the fault."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from cxdesk.templates import (
    TemplateError,
    load_checklist,
    load_survey,
    load_template,
    parse_checklist,
    parse_journey,
    parse_survey,
)


def tr(en: str) -> dict[str, str]:
    return {"ru": f"{en} (ru)", "uk": f"{en} (uk)", "en": en}


def survey() -> dict[str, Any]:
    return {
        "key": "mini",
        "kind": "custom",
        "name": tr("Mini"),
        "description": tr("A small survey"),
        "questions": [
            {"code": "rec", "kind": "nps", "text": tr("Recommend?"), "scale": [0, 10],
             "role": "nps", "labels": {"min": tr("No"), "max": tr("Yes")}},
            {"code": "visit", "kind": "single", "text": tr("How often?"),
             "options": [{"code": "a", "text": tr("A")}, {"code": "b", "text": tr("B")}]},
            {"code": "sq", "kind": "servqual", "text": tr("Neat"), "scale": [1, 7],
             "dimension": "tangibles"},
            {"code": "wait", "kind": "number", "text": tr("Minutes"), "unit": tr("min")},
            {"code": "why", "kind": "text", "text": tr("Why?"), "role": "why", "required": False},
        ],
    }  # fmt: skip


def checklist() -> dict[str, Any]:
    return {
        "key": "mini_visit",
        "name": tr("Visit"),
        "description": tr("A small checklist"),
        "sections": [
            {"code": "floor", "title": tr("Floor"), "items": [
                {"code": "clean", "text": tr("Clean"), "kind": "yes_no_na", "weight": 2,
                 "critical": True, "standard": "floor_clean"},
                {"code": "look", "text": tr("Looks"), "kind": "scale_1_5", "hint": tr("Light")},
                {"code": "notes", "text": tr("Notes"), "kind": "text"},
            ]},
        ],
    }  # fmt: skip


def journey() -> dict[str, Any]:
    return {
        "key": "mini_journey",
        "stages": [{"code": "floor", "name": tr("Floor"), "description": tr("Inside")}],
        "roles": [{"code": "seller", "name": tr("Seller")}],
        "stage_roles": [{"stage": "floor", "role": "seller", "duties": tr("Greets")}],
        "standards": [{"code": "floor_clean", "stage": "floor", "role": "seller",
                       "text": tr("Clean floor")}],
        "scenarios": [{"code": "power_cut", "stage": "floor", "title": tr("Power cut"),
                       "risk": tr("Dark"), "action": tr("Torches")}],
    }  # fmt: skip


Mutation = Callable[[dict[str, Any]], None]


def q(n: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda d: d["questions"][n]


def test_minimal_templates_are_valid() -> None:
    parsed = parse_survey(survey(), source="mini.yaml")
    assert parsed.question("wait").scale is None
    assert parsed.question("why").required is False
    items = parse_checklist(checklist(), standards={"floor_clean"}).items()
    assert [i.required for i in items] == [True, True, False]
    assert parse_journey(journey()).standard_codes() == {"floor_clean"}


SURVEY_CASES: list[tuple[str, Mutation, list[str]]] = [
    ("missing language", lambda d: q(0)(d)["text"].pop("uk"), ["rec", "'uk'", "text"]),
    ("empty language", lambda d: q(0)(d)["text"].update(en=" "), ["rec", "empty 'en'"]),
    ("not a text", lambda d: q(0)(d)["text"].update(en=False), ["rec", "quote it"]),
    ("plain string", lambda d: q(0)(d).update(text="Hi"), ["rec", "ru: ..."]),
    ("extra language", lambda d: q(0)(d)["text"].update(de="Hallo"), ["rec", "de"]),
    ("unknown kind", lambda d: q(0)(d).update(kind="stars"), ["rec", "stars", "nps"]),
    ("unknown survey kind", lambda d: d.update(kind="quiz"), ["kind 'quiz'"]),
    ("scale missing", lambda d: q(0)(d).pop("scale"), ["rec", "needs a scale"]),
    ("min >= max", lambda d: q(0)(d).update(scale=[10, 0]), ["rec", "below max"]),
    ("wrong nps scale", lambda d: q(0)(d).update(scale=[1, 5]), ["rec", "[0, 10]", "[1, 5]"]),
    ("scale not numbers", lambda d: q(0)(d).update(scale=["a", "b"]), ["rec", "whole numbers"]),
    ("scale on text", lambda d: q(4)(d).update(scale=[1, 5]), ["why", "no scale"]),
    ("labels on text", lambda d: q(4)(d).update(labels={}), ["why", "no scale labels"]),
    ("one label", lambda d: q(0)(d)["labels"].pop("max"), ["rec", "labels", "'max'"]),
    ("duplicate code", lambda d: q(1)(d).update(code="rec"), ["duplicate question", "rec"]),
    ("bad code", lambda d: q(1)(d).update(code="How Often"), ["question #2", "a-z"]),
    ("missing code", lambda d: q(1)(d).pop("code"), ["question #2", "'code' is missing"]),
    ("typo field", lambda d: q(1)(d).update(requried=True), ["visit", "requried"]),
    ("one option", lambda d: q(1)(d)["options"].pop(), ["visit", "at least 2 options"]),
    ("duplicate option", lambda d: q(1)(d)["options"][1].update(code="a"), ["option", "'a'"]),
    ("options on nps", lambda d: q(0)(d).update(options=[]), ["rec", "no options"]),
    ("servqual no dimension", lambda d: q(2)(d).pop("dimension"), ["sq", "dimension"]),
    ("bad dimension", lambda d: q(2)(d).update(dimension="price"), ["sq", "'price'"]),
    ("dimension on nps", lambda d: q(0)(d).update(dimension="empathy"), ["rec", "servqual"]),
    ("reverse on nps", lambda d: q(0)(d).update(reverse=True), ["rec", "reverse"]),
    ("required not bool", lambda d: q(4)(d).update(required="no"), ["why", "true or false"]),
    ("unit on text", lambda d: q(4)(d).update(unit=tr("min")), ["why", "unit"]),
    ("two nps roles", lambda d: d["questions"].append({**q(0)(d), "code": "rec2"}),
     ["role nps", "'rec'", "'rec2'"]),
    ("unknown role", lambda d: q(4)(d).update(role="mood"), ["why", "mood"]),
    ("role on wrong kind", lambda d: q(4)(d).update(role="csat"), ["why", "role csat"]),
    ("no questions", lambda d: d.update(questions=[]), ["'questions' must be a non-empty list"]),
    ("missing name", lambda d: d.pop("name"), ["'name' is missing"]),
    ("bad key", lambda d: d.update(key="Exit Survey"), ["key", "a-z"]),
    ("long code", lambda d: q(4)(d).update(code="x" * 65), ["question #5", "1-64"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "mutate,words", [c[1:] for c in SURVEY_CASES], ids=[c[0] for c in SURVEY_CASES]
)
def test_survey_errors(mutate: Mutation, words: list[str]) -> None:
    data = copy.deepcopy(survey())
    mutate(data)
    with pytest.raises(TemplateError) as info:
        parse_survey(data, source="mini.yaml")
    message = str(info.value)
    assert message.startswith("mini.yaml: ")
    for word in words:
        assert word in message, message


def item(n: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda d: d["sections"][0]["items"][n]


CHECKLIST_CASES: list[tuple[str, Mutation, list[str]]] = [
    ("zero weight", lambda d: item(0)(d).update(weight=0), ["clean", "weight", "above 0"]),
    ("negative weight", lambda d: item(1)(d).update(weight=-1), ["look", "weight"]),
    ("text weight", lambda d: item(1)(d).update(weight="2"), ["look", "weight"]),
    ("unknown kind", lambda d: item(1)(d).update(kind="stars"), ["look", "stars"]),
    ("unknown standard", lambda d: item(0)(d).update(standard="greet_5s"),
     ["clean", "greet_5s", "unknown standard"]),
    ("critical scale", lambda d: item(1)(d).update(critical=True), ["look", "critical"]),
    ("duplicate item", lambda d: item(1)(d).update(code="clean"), ["duplicate item", "clean"]),
    ("duplicate section", lambda d: d["sections"].append(copy.deepcopy(d["sections"][0])),
     ["duplicate section", "floor"]),
    ("missing language", lambda d: item(1)(d)["hint"].pop("ru"), ["look", "hint", "'ru'"]),
    ("no items", lambda d: d["sections"][0].update(items=[]), ["floor", "'items' must be"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "mutate,words", [c[1:] for c in CHECKLIST_CASES], ids=[c[0] for c in CHECKLIST_CASES]
)
def test_checklist_errors(mutate: Mutation, words: list[str]) -> None:
    data = copy.deepcopy(checklist())
    mutate(data)
    with pytest.raises(TemplateError) as info:
        parse_checklist(data, source="visit.yaml", standards={"floor_clean"})
    message = str(info.value)
    assert message.startswith("visit.yaml: ")
    for word in words:
        assert word in message, message


def test_standards_unchecked_without_a_list() -> None:
    data = checklist()
    item(0)(data).update(standard="anything")
    assert parse_checklist(data).items()[0].standard == "anything"


JOURNEY_CASES: list[tuple[str, Mutation, list[str]]] = [
    ("unknown stage", lambda d: d["standards"][0].update(stage="door"),
     ["floor_clean", "stage 'door'"]),
    ("unknown role", lambda d: d["stage_roles"][0].update(role="guard"), ["role 'guard'"]),
    ("scenario stage", lambda d: d["scenarios"][0].update(stage="x"), ["power_cut", "'x'"]),
    ("duplicate standard", lambda d: d["standards"].append(copy.deepcopy(d["standards"][0])),
     ["duplicate standard", "floor_clean"]),
    ("duplicate duty", lambda d: d["stage_roles"].append(copy.deepcopy(d["stage_roles"][0])),
     ["duplicate stage_role", "floor/seller"]),
    ("missing language", lambda d: d["scenarios"][0]["action"].pop("en"),
     ["power_cut", "action", "'en'"]),
    ("no stages", lambda d: d.update(stages=[]), ["'stages' must be a non-empty list"]),
    ("no key", lambda d: d.pop("key"), ["'key' is missing"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "mutate,words", [c[1:] for c in JOURNEY_CASES], ids=[c[0] for c in JOURNEY_CASES]
)
def test_journey_errors(mutate: Mutation, words: list[str]) -> None:
    data = copy.deepcopy(journey())
    mutate(data)
    with pytest.raises(TemplateError) as info:
        parse_journey(data, source="journey.yaml")
    message = str(info.value)
    assert message.startswith("journey.yaml: ")
    for word in words:
        assert word in message, message


def test_file_errors(tmp_path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("key: [unclosed\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"broken\.yaml: not valid YAML at line"):
        load_survey(broken)
    with pytest.raises(TemplateError, match="missing.yaml: cannot read"):
        load_checklist(tmp_path / "missing.yaml")
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("key: опрос".encode("cp1251"))
    with pytest.raises(TemplateError, match="UTF-8"):
        load_survey(latin)
    listed = tmp_path / "list.yaml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="list.yaml: the template must be a mapping"):
        load_survey(listed)
    with pytest.raises(TemplateError, match="not a survey, checklist"):
        load_template(listed)


def test_template_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_survey({}, source="empty.yaml")
