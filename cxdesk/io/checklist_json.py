"""A checklist version as plain JSON data, its fingerprint, and finding or recreating it."""

from __future__ import annotations

import json
import math
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.models import (
    AnswerKind,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    JourneyStage,
    Standard,
)
from cxdesk.io.checksum import sha256_hex

KINDS = frozenset(kind.value for kind in AnswerKind)


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object")
    return value


def _texts(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueError(f"{where}: expected texts by language")
    return dict(value)


def _code(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        raise ValueError(f"{where}: expected a code")
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{where}: expected true or false")
    return value


def fingerprint(data: dict[str, Any]) -> str:
    """SHA-256 of what decides a visit's meaning and score: sections, items, weights, kinds,
    flags and standards (not the name, the description or the hints)."""
    core = [
        {
            "code": s["code"],
            "title": s["title"],
            "items": [
                {
                    "code": i["code"],
                    "text": i["text"],
                    "kind": i["kind"],
                    "weight": float(i["weight"]),
                    "critical": i["critical"],
                    "required": i["required"],
                    "standard": i.get("standard"),
                }
                for i in s["items"]
            ],
        }
        for s in data["sections"]
    ]
    canonical = json.dumps(core, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return sha256_hex(canonical.encode("utf-8"))


def template_data(session: Session, template: ChecklistTemplate) -> dict[str, Any]:
    """The whole checklist version, with the standards its items check (by code)."""
    standards: dict[str, dict[str, Any]] = {}
    sections = []
    for section in template.sections:
        items = []
        for item in section.items:
            code = None
            if item.standard_id is not None:
                standard = session.get_one(Standard, item.standard_id)
                code = standard.code
                stage = standard.stage
                standards[code] = {
                    "code": code,
                    "text": dict(standard.text),
                    "stage": {
                        "code": stage.code,
                        "name": dict(stage.name),
                        "position": stage.position,
                    },
                }
            items.append(
                {
                    "code": item.code,
                    "text": dict(item.text),
                    "hint": dict(item.hint or {}),
                    "kind": str(item.kind),
                    "weight": float(item.weight),
                    "critical": bool(item.critical),
                    "required": bool(item.required),
                    "standard": code,
                }
            )
        sections.append({"code": section.code, "title": dict(section.title), "items": items})
    data = {
        "family": template.family,
        "version": template.version,
        "name": dict(template.name),
        "description": dict(template.description or {}),
        "sections": sections,
        "standards": sorted(standards.values(), key=lambda s: s["code"]),
    }
    data["fingerprint"] = fingerprint(data)
    return data


def check_template_data(data: Any) -> dict[str, Any]:
    """Validate template JSON read from a file; raises ValueError naming the fault."""
    _obj(data, "template")
    _code(data.get("family"), "template family")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("template: bad version")
    _texts(data.get("name"), "template name")
    _texts(data.get("description", {}), "template description")
    sections = data.get("sections")
    if not isinstance(sections, list) or not sections:
        raise ValueError("template: no sections")
    standards = data.get("standards", [])
    if not isinstance(standards, list):
        raise ValueError("template: bad standards")
    known = set()
    for standard in standards:
        _obj(standard, "standard")
        known.add(_code(standard.get("code"), "standard"))
        _texts(standard.get("text"), "standard text")
        stage = standard.get("stage")
        if not isinstance(stage, dict) or not isinstance(stage.get("position"), int):
            raise ValueError("standard: bad stage")
        _code(stage.get("code"), "stage")
        _texts(stage.get("name"), "stage name")
    section_codes = set()
    for section in sections:
        code = _code(_obj(section, "section").get("code"), "section")
        if code in section_codes:
            raise ValueError(f"section {code}: twice")
        section_codes.add(code)
        _texts(section.get("title"), f"section {code}")
        items = section.get("items")
        if not isinstance(items, list) or not items:
            raise ValueError(f"section {code}: no items")
        item_codes = set()
        for item in items:
            where = f"item {code}.{_code(_obj(item, 'item').get('code'), 'item')}"
            if item["code"] in item_codes:
                raise ValueError(f"{where}: twice")
            item_codes.add(item["code"])
            _texts(item.get("text"), where)
            _texts(item.get("hint", {}), where)
            if not isinstance(item.get("kind"), str) or item["kind"] not in KINDS:
                raise ValueError(f"{where}: unknown kind")
            weight = item.get("weight")
            if (
                not isinstance(weight, int | float)
                or isinstance(weight, bool)
                or not math.isfinite(weight)
                or weight <= 0
            ):
                raise ValueError(f"{where}: bad weight")
            _bool(item.get("critical"), where)
            _bool(item.get("required"), where)
            if item.get("standard") is not None and item["standard"] not in known:
                raise ValueError(f"{where}: unknown standard")
    if data.get("fingerprint") != fingerprint(data):
        raise ValueError("template: the fingerprint does not match its content")
    return data


def _standard_ids(session: Session, standards: list[dict[str, Any]]) -> dict[str, int]:
    ids = {}
    for entry in standards:
        standard = session.scalar(select(Standard).where(Standard.code == entry["code"]))
        if standard is None:
            stage_data = entry["stage"]
            stage = session.scalar(
                select(JourneyStage).where(JourneyStage.code == stage_data["code"])
            )
            if stage is None:
                stage = JourneyStage(
                    code=stage_data["code"],
                    position=stage_data["position"],
                    name=stage_data["name"],
                )
                session.add(stage)
                session.flush()
            standard = Standard(code=entry["code"], stage_id=stage.id, text=entry["text"])
            session.add(standard)
            session.flush()
        ids[entry["code"]] = standard.id
    return ids


def find_or_create_template(session: Session, data: dict[str, Any]) -> ChecklistTemplate:
    """The version of `data`'s family with the same fingerprint (the same version number
    preferred), else a copy of it saved as a new version: current only if the family is new."""
    family = session.scalars(
        select(ChecklistTemplate).where(ChecklistTemplate.family == data["family"])
    ).all()
    same = [t for t in family if fingerprint(template_data(session, t)) == data["fingerprint"]]
    if same:
        return min(same, key=lambda t: (t.version != data["version"], t.version))
    taken = {t.version for t in family}
    version = data["version"] if data["version"] not in taken else max(taken) + 1
    standard_ids = _standard_ids(session, data.get("standards", []))
    template = ChecklistTemplate(
        family=data["family"],
        version=version,
        name=data["name"],
        description=data.get("description", {}),
        builtin=False,
        current=not family,
        sections=[
            ChecklistSection(
                position=n,
                code=s["code"],
                title=s["title"],
                items=[
                    ChecklistItem(
                        position=m,
                        code=i["code"],
                        text=i["text"],
                        hint=i.get("hint", {}),
                        kind=AnswerKind(i["kind"]),
                        weight=float(i["weight"]),
                        critical=i["critical"],
                        required=i["required"],
                        standard_id=standard_ids.get(i["standard"]) if i["standard"] else None,
                    )
                    for m, i in enumerate(s["items"], start=1)
                ],
            )
            for n, s in enumerate(data["sections"], start=1)
        ],
    )
    session.add(template)
    session.flush()
    return template
