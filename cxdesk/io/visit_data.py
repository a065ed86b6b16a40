"""visit.json: check what a visit file says about the visit before anything is written."""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Any

from cxdesk.db.models import VisitStatus
from cxdesk.errors import ValidationError
from cxdesk.services.visit_photos import EXTENSIONS, detect_mime
from cxdesk.services.visit_rules import check_shopper, check_text, check_value

_SHA = re.compile(r"[0-9a-f]{64}")
_STATUSES = frozenset(status.value for status in VisitStatus)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list")
    return value


def _name(value: Any, where: str, limit: int = 200) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise ValueError(f"{where}: expected a name")
    return value.strip()


def _when(value: Any, where: str, *, required: bool = False) -> datetime | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected a date and time")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not a date and time") from None


def _text(value: Any, where: str) -> str:
    try:
        return check_text(value, where)
    except ValidationError as exc:
        raise ValueError(str(exc)) from None


def _photo(entry: Any, where: str, photos: dict[str, bytes]) -> dict[str, Any]:
    entry = _obj(entry, where)
    digest, mime = entry.get("sha256"), entry.get("mime")
    if not isinstance(digest, str) or not _SHA.fullmatch(digest) or digest not in photos:
        raise ValueError(f"{where}: a photo is missing from the file")
    if mime not in EXTENSIONS or detect_mime(photos[digest]) != mime:
        raise ValueError(f"{where}: a photo is not the image it claims to be")
    return {
        "sha256": digest,
        "mime": mime,
        "filename": _name(entry.get("filename"), where, 255),
        "created_at": _when(entry.get("created_at"), where),
    }


def _answers(values: Any, template: dict[str, Any], photos: dict[str, bytes]) -> list[dict]:
    kinds = {(s["code"], i["code"]): i["kind"] for s in template["sections"] for i in s["items"]}
    seen: set[tuple[str, str]] = set()
    answers = []
    for entry in _list(values, "answers"):
        entry = _obj(entry, "answer")
        key = (entry.get("section"), entry.get("item"))
        where = f"answer {key[0]}.{key[1]}"
        if key not in kinds or key in seen:
            raise ValueError(f"{where}: not an item of the checklist, or given twice")
        seen.add(key)
        value = {
            "choice": entry.get("choice"),
            "scale": entry.get("scale"),
            "text": entry.get("text"),
        }
        if any(v is not None for v in value.values()):
            try:
                checked = check_value(kinds[key], where, **value)
            except ValidationError as exc:
                raise ValueError(str(exc)) from None
            value = {"choice": checked.choice, "scale": checked.scale, "text": checked.text}
        answers.append(
            {
                "section": key[0],
                "item": key[1],
                **value,
                "comment": _text(entry.get("comment", ""), where),
                "updated_at": _when(entry.get("updated_at"), where),
                "photos": [_photo(p, where, photos) for p in _list(entry.get("photos", []), where)],
            }
        )
    return answers


def _score(value: Any) -> float | None:
    if value is None:
        return None
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or not math.isfinite(value)
        or not 0 <= value <= 100
    ):
        raise ValueError("score: expected a percentage")
    return float(value)


def check_visit_data(data: Any, template: dict[str, Any], photos: dict[str, bytes]) -> dict:
    """The visit as checked plain data (datetimes parsed); ValueError naming the first fault."""
    data = _obj(data, "visit")
    uid = data.get("uid")
    if not isinstance(uid, str) or not 8 <= len(uid) <= 36:
        raise ValueError("visit: bad uid")
    ref = _obj(data.get("template"), "visit template")
    if (ref.get("family"), ref.get("version"), ref.get("fingerprint")) != (
        template["family"],
        template["version"],
        template["fingerprint"],
    ):
        raise ValueError("visit: the template does not match template.json")
    location = _obj(data.get("location"), "location")
    status = data.get("status")
    if status not in _STATUSES:
        raise ValueError("visit: bad status")
    passed = data.get("passed")
    if passed is not None and not isinstance(passed, bool):
        raise ValueError("visit: bad passed flag")
    try:
        shopper = check_shopper(data.get("shopper"))
    except ValidationError as exc:
        raise ValueError(str(exc)) from None
    staff = []
    for person in _list(data.get("staff", []), "staff"):
        person = _obj(person, "staff")
        staff.append(
            {
                "name": _name(person.get("name"), "staff"),
                "role": _text(person.get("role", ""), "staff role"),
            }
        )
    return {
        "uid": uid,
        "shopper": shopper,
        "status": status,
        "location": {
            "name": _name(location.get("name"), "location"),
            "address": _text(location.get("address", ""), "location address"),
        },
        "visited_at": _when(data.get("visited_at"), "visited_at", required=True),
        "started_at": _when(data.get("started_at"), "started_at"),
        "ended_at": _when(data.get("ended_at"), "ended_at"),
        "submitted_at": _when(data.get("submitted_at"), "submitted_at"),
        "updated_at": _when(data.get("updated_at"), "updated_at"),
        "notes": _text(data.get("notes", ""), "notes"),
        "score": _score(data.get("score")),
        "passed": passed,
        "staff": staff,
        "answers": _answers(data.get("answers", []), template, photos),
    }
