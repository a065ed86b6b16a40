"""Turn templates back into plain data (and YAML) that the parse functions read again."""

from __future__ import annotations

from typing import Any

import yaml

from cxdesk.templates.model import (
    ChecklistTemplate,
    I18n,
    ItemTemplate,
    JourneyTemplate,
    QuestionTemplate,
    SurveyTemplate,
)

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump_i18n(text: I18n) -> dict[str, str]:
    return {"ru": text.ru, "uk": text.uk, "en": text.en}


def _question(q: QuestionTemplate) -> dict[str, Any]:
    data: dict[str, Any] = {"code": q.code, "kind": q.kind, "text": dump_i18n(q.text)}
    if not q.required:
        data["required"] = False
    if q.scale is not None:
        data["scale"] = list(q.scale)
    if q.label_min is not None and q.label_max is not None:
        data["labels"] = {"min": dump_i18n(q.label_min), "max": dump_i18n(q.label_max)}
    if q.options:
        data["options"] = [{"code": o.code, "text": dump_i18n(o.text)} for o in q.options]
    if q.dimension is not None:
        data["dimension"] = q.dimension
    if q.reverse:
        data["reverse"] = True
    if q.role is not None:
        data["role"] = q.role
    if q.unit is not None:
        data["unit"] = dump_i18n(q.unit)
    return data


def dump_survey(t: SurveyTemplate) -> dict[str, Any]:
    """Plain data of a survey template: parse_survey(dump_survey(t)) == t."""
    return {
        "key": t.key,
        "kind": t.kind,
        "name": dump_i18n(t.name),
        "description": dump_i18n(t.description),
        "questions": [_question(q) for q in t.questions],
    }


def _item(item: ItemTemplate) -> dict[str, Any]:
    data: dict[str, Any] = {"code": item.code, "text": dump_i18n(item.text), "kind": item.kind}
    if item.weight != 1:
        data["weight"] = item.weight
    if item.critical:
        data["critical"] = True
    if item.required != (item.kind != "text"):
        data["required"] = item.required
    if item.standard is not None:
        data["standard"] = item.standard
    if item.hint is not None:
        data["hint"] = dump_i18n(item.hint)
    return data


def dump_checklist(t: ChecklistTemplate) -> dict[str, Any]:
    """Plain data of a checklist template: parse_checklist(dump_checklist(t)) == t."""
    return {
        "key": t.key,
        "name": dump_i18n(t.name),
        "description": dump_i18n(t.description),
        "sections": [
            {
                "code": s.code,
                "title": dump_i18n(s.title),
                "items": [_item(item) for item in s.items],
            }
            for s in t.sections
        ],
    }


def dump_journey(t: JourneyTemplate) -> dict[str, Any]:
    """Plain data of service standards: parse_journey(dump_journey(t)) == t."""
    data: dict[str, Any] = {"key": t.key}
    if t.name is not None:
        data["name"] = dump_i18n(t.name)
    if t.description is not None:
        data["description"] = dump_i18n(t.description)
    data["stages"] = [
        {"code": s.code, "name": dump_i18n(s.name), "description": dump_i18n(s.description)}
        for s in t.stages
    ]
    data["roles"] = [{"code": r.code, "name": dump_i18n(r.name)} for r in t.roles]
    data["stage_roles"] = [
        {"stage": d.stage, "role": d.role, "duties": dump_i18n(d.duties)} for d in t.stage_roles
    ]
    data["standards"] = [
        {"code": s.code, "stage": s.stage, "role": s.role, "text": dump_i18n(s.text)}
        for s in t.standards
    ]
    data["scenarios"] = [
        {
            "code": s.code,
            "stage": s.stage,
            "title": dump_i18n(s.title),
            "risk": dump_i18n(s.risk),
            "action": dump_i18n(s.action),
        }
        for s in t.scenarios
    ]
    return data


def to_yaml(data: dict[str, Any]) -> str:
    """YAML text of dumped template data, Cyrillic kept readable and fields in schema order."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
