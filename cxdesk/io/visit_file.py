"""File → Export visit / Import visit: one .cxvisit file carries a visit between databases.

The format is described in `visit_package`. Export writes the file atomically; import checks
the whole file first and then adds the visit in one transaction, or refuses it untouched.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    ChecklistTemplate,
    Location,
    Staff,
    Visit,
    VisitAnswer,
    VisitPhoto,
    VisitStatus,
)
from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill, translate
from cxdesk.io.checklist_json import find_or_create_template, template_data
from cxdesk.io.visit_data import iso
from cxdesk.io.visit_package import SUFFIX, VisitFileError, VisitPackage, pack, unpack
from cxdesk.services.visit_detail import get_visit, template_sections

__all__ = ["SUFFIX", "VisitFileError", "export_visit", "import_visit", "read_visit_file"]


def _visit_data(session: Session, visit: Visit, template: dict[str, Any]) -> tuple[dict, dict]:
    keys = {
        item.id: (section.code, item.code)
        for section in template_sections(session, visit.template_id)
        for item in section.items
    }
    location = session.get_one(Location, visit.location_id)
    photos: dict[str, tuple[bytes, str]] = {}
    answers = []
    for answer in sorted(visit.answers, key=lambda a: a.id):
        section, item = keys[answer.item_id]
        for photo in answer.photos:
            photos[photo.sha256] = (photo.data, photo.mime)
        answers.append(
            {
                "section": section,
                "item": item,
                "choice": answer.choice,
                "scale": answer.scale,
                "text": answer.text,
                "comment": answer.comment or "",
                "updated_at": iso(answer.updated_at),
                "photos": [
                    {
                        "sha256": p.sha256,
                        "mime": p.mime,
                        "filename": p.filename,
                        "created_at": iso(p.created_at),
                    }
                    for p in answer.photos
                ],
            }
        )
    data = {
        "uid": visit.uid,
        "template": {k: template[k] for k in ("family", "version", "fingerprint")},
        "location": {"name": location.name, "address": location.address or ""},
        "shopper": visit.shopper,
        "status": str(visit.status),
        "visited_at": iso(visit.visited_at),
        "started_at": iso(visit.started_at),
        "ended_at": iso(visit.ended_at),
        "submitted_at": iso(visit.submitted_at),
        "updated_at": iso(visit.updated_at),
        "notes": visit.notes or "",
        "score": visit.score,
        "passed": visit.passed,
        "staff": [
            {"name": s.name, "role": s.role or ""} for s in sorted(visit.staff, key=lambda s: s.id)
        ],
        "answers": answers,
    }
    return data, photos


def _write_atomically(path: Path, data: bytes) -> None:
    """A complete file or none: written beside the target, synced, then renamed over it."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def export_visit(db: Database, visit_id: int, path: str | os.PathLike[str]) -> Path:
    """Write one visit with its answers, photos and checklist version to a .cxvisit file."""
    target = Path(path)
    with db.session() as session:
        visit = get_visit(session, visit_id)
        template = template_data(session, session.get_one(ChecklistTemplate, visit.template_id))
        data, photos = _visit_data(session, visit, template)
    archive = pack(data, template, photos, datetime.now())
    try:
        _write_atomically(target, archive)
    except OSError as exc:
        raise CxdeskError(
            fill(translate("Visits", "Cannot write %1: %2"), str(target), exc.strerror or exc)
        ) from exc
    return target


def read_visit_file(path: str | os.PathLike[str]) -> VisitPackage:
    """Read and check a visit file without touching any database."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise VisitFileError(
            fill(translate("Visits", "Cannot read %1: %2"), str(source), exc.strerror or exc)
        ) from exc
    return unpack(data, source.name)


def _location(session: Session, name: str, address: str) -> Location:
    found = session.scalar(select(Location).where(Location.name == name))
    if found is None:  # SQLite folds only ASCII case, so compare Cyrillic names in Python
        wanted = name.casefold()
        found = next(
            (
                loc
                for loc in session.scalars(select(Location))
                if loc.name.strip().casefold() == wanted
            ),
            None,
        )
    if found is None:
        found = Location(name=name, address=address)
        session.add(found)
        session.flush()
    return found


def _staff(session: Session, location: Location, name: str, role: str) -> Staff:
    wanted = name.casefold()
    same = [s for s in session.scalars(select(Staff)) if s.name.strip().casefold() == wanted]
    # active or not: a person who has left is still the person the shopper saw
    for place in (location.id, None):
        match = next((s for s in same if s.location_id == place), None)
        if match is not None:
            return match
    person = Staff(name=name, role=role, location_id=location.id)
    session.add(person)
    session.flush()
    return person


def _add(session: Session, package: VisitPackage) -> int:
    data = package.visit
    template = find_or_create_template(session, package.template)
    items = {
        (section.code, item.code): item.id
        for section in template_sections(session, template.id)
        for item in section.items
    }
    location = _location(session, data["location"]["name"], data["location"]["address"])
    now = datetime.now()
    visit = Visit(
        uid=data["uid"],
        template_id=template.id,
        location_id=location.id,
        shopper=data["shopper"],
        visited_at=data["visited_at"],
        started_at=data["started_at"],
        ended_at=data["ended_at"],
        status=VisitStatus(data["status"]),
        notes=data["notes"],
        score=data["score"],
        passed=data["passed"],
        submitted_at=data["submitted_at"],
        updated_at=data["updated_at"] or now,
        created_at=now,
        staff=list(
            {
                p.id: p
                for p in (_staff(session, location, s["name"], s["role"]) for s in data["staff"])
            }.values()
        ),
    )
    for entry in data["answers"]:
        answer = VisitAnswer(
            item_id=items[(entry["section"], entry["item"])],
            choice=entry["choice"],
            scale=entry["scale"],
            text=entry["text"],
            comment=entry["comment"],
            updated_at=entry["updated_at"] or now,
        )
        for photo in entry["photos"]:
            answer.photos.append(
                VisitPhoto(
                    filename=photo["filename"],
                    mime=photo["mime"],
                    sha256=photo["sha256"],
                    data=package.photos[photo["sha256"]],
                    created_at=photo["created_at"] or now,
                )
            )
        visit.answers.append(answer)
    session.add(visit)
    session.flush()
    return visit.id


def import_visit(db: Database, path: str | os.PathLike[str]) -> int:
    """Add the visit in a .cxvisit file to this database; returns its new id.

    Refused, with nothing written, when the file is damaged or foreign, or when this visit
    is already here. The location and staff are matched by name (created when missing), the
    checklist version by its content (saved as a new version of its family when missing).
    """
    package = read_visit_file(path)
    uid = package.visit["uid"]
    try:
        with db.begin() as session:
            existing = session.scalar(select(Visit).where(Visit.uid == uid))
            if existing is not None:
                raise VisitFileError(
                    fill(
                        translate(
                            "Visits",
                            "This visit was already imported on %1 (visit #%2): it was not imported again",  # noqa: E501
                        ),
                        f"{existing.created_at:%Y-%m-%d}",
                        existing.id,
                    )
                )
            return _add(session, package)
    except IntegrityError as exc:  # another copy imported the same file at the same moment
        raise VisitFileError(translate("Visits", "This visit is already in the database")) from exc
