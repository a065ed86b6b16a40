"""Dumped templates parse back to equal objects, through plain data and through YAML."""

from __future__ import annotations

import dataclasses

import pytest
import yaml

from cxdesk.templates import (
    builtin_checklists,
    builtin_journey,
    builtin_surveys,
    dump_checklist,
    dump_journey,
    dump_survey,
    load_survey,
    load_template,
    parse_checklist,
    parse_journey,
    parse_survey,
    to_yaml,
)


@pytest.mark.parametrize("survey", builtin_surveys(), ids=lambda s: s.key)
def test_survey_round_trip(survey) -> None:
    assert parse_survey(dump_survey(survey)) == survey
    assert parse_survey(yaml.safe_load(to_yaml(dump_survey(survey)))) == survey


def test_checklist_round_trip() -> None:
    standards = builtin_journey().standard_codes()
    for checklist in builtin_checklists():
        data = dump_checklist(checklist)
        assert parse_checklist(data, standards=standards) == checklist
        assert parse_checklist(yaml.safe_load(to_yaml(data))) == checklist


def test_journey_round_trip() -> None:
    journey = builtin_journey()
    assert parse_journey(dump_journey(journey)) == journey
    assert parse_journey(yaml.safe_load(to_yaml(dump_journey(journey)))) == journey
    bare = dataclasses.replace(journey, name=None, description=None)
    assert "name" not in dump_journey(bare)
    assert parse_journey(dump_journey(bare)) == bare


def test_changed_defaults_survive_the_round_trip() -> None:
    survey = builtin_surveys()[0]
    changed = dataclasses.replace(
        survey,
        questions=tuple(dataclasses.replace(q, required=not q.required) for q in survey.questions),
    )
    assert parse_survey(dump_survey(changed)) == changed
    (checklist,) = builtin_checklists()
    section = checklist.sections[0]
    items = tuple(
        dataclasses.replace(i, required=not i.required, weight=1.5) for i in section.items
    )
    changed_list = dataclasses.replace(
        checklist, sections=(dataclasses.replace(section, items=items), *checklist.sections[1:])
    )
    assert parse_checklist(dump_checklist(changed_list)) == changed_list


def test_exported_yaml_keeps_cyrillic_readable(tmp_path) -> None:
    survey = builtin_surveys()[0]
    text = to_yaml(dump_survey(survey))
    assert "Как часто вы к нам заходите?" in text
    path = tmp_path / "мой_опрос.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_survey(path) == survey


def test_templates_are_frozen() -> None:
    survey = builtin_surveys()[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        survey.key = "other"  # type: ignore[misc]
    assert hash(survey) == hash(parse_survey(dump_survey(survey)))


def test_exported_files_import_by_content(tmp_path) -> None:
    exports = {
        "survey.yaml": dump_survey(builtin_surveys()[-1]),
        "checklist.yaml": dump_checklist(builtin_checklists()[0]),
        "journey.yaml": dump_journey(builtin_journey()),
    }
    for name, data in exports.items():
        path = tmp_path / name
        path.write_text(to_yaml(data), encoding="utf-8")
        assert load_template(path).key == data["key"]
