"""Photos of a visit: checked by their first bytes, limited in size, stored in the database."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from cxdesk.db.database import Database
from cxdesk.db.models import VisitAnswer, VisitPhoto
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.services.visit_detail import draft_visit
from cxdesk.services.visit_rules import checklist_item

MAX_PHOTO_BYTES = 15 * 1024 * 1024
MAX_PHOTO_MB = MAX_PHOTO_BYTES // (1024 * 1024)
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp"}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif"}


def detect_mime(data: bytes) -> str | None:
    """The image type from the magic bytes (never from the file name), or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def check_photo(data: bytes, filename: str) -> str:
    """The mime type of an acceptable photo; a ValidationError a shopper can act on otherwise."""
    if not data:
        raise ValidationError(fill(translate("Visits", "%1 is empty"), filename), "photo")
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError(
            fill(
                translate("Visits", "%1 is too large (%2 MB): a photo may be at most %3 MB"),
                filename,
                f"{len(data) / 1024 / 1024:.1f}",
                MAX_PHOTO_MB,
            ),
            "photo",
        )
    mime = detect_mime(data)
    if mime is None:
        if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
            raise ValidationError(
                fill(
                    translate(
                        "Visits",
                        "%1 is a HEIC/HEIF photo, which cxdesk cannot show: save it as JPEG or PNG and attach it again",  # noqa: E501
                    ),
                    filename,
                ),
                "photo",
            )
        raise ValidationError(
            fill(translate("Visits", "%1 is not a JPEG, PNG, GIF or WebP image"), filename), "photo"
        )
    return mime


def _read(source: str | os.PathLike[str] | bytes, filename: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), (filename or "photo")
    path = Path(source)
    name = filename or path.name
    try:
        if path.stat().st_size > MAX_PHOTO_BYTES:  # refuse before reading a huge file
            raise ValidationError(
                fill(
                    translate("Visits", "%1 is too large (%2 MB): a photo may be at most %3 MB"),
                    name,
                    f"{path.stat().st_size / 1024 / 1024:.1f}",
                    MAX_PHOTO_MB,
                ),
                "photo",
            )
        return path.read_bytes(), name
    except OSError as exc:
        raise ValidationError(
            fill(translate("Visits", "Cannot read %1: %2"), str(path), exc.strerror or exc), "photo"
        ) from exc


def add_photo(
    db: Database,
    visit_id: int,
    item_id: int,
    source: str | os.PathLike[str] | bytes,
    filename: str | None = None,
) -> int:
    """Attach a photo (a file path or its bytes) to an item; returns the photo's id.

    The same picture attached twice to one item is kept once (its id is returned).
    """
    data, name = _read(source, filename)
    name = Path(name.replace("\\", "/")).name[:255] or "photo"
    mime = check_photo(data, name)
    digest = hashlib.sha256(data).hexdigest()
    now = datetime.now()
    with db.begin() as session:
        visit = draft_visit(session, visit_id)
        checklist_item(session, visit, item_id)
        answer = session.scalar(
            select(VisitAnswer).where(
                VisitAnswer.visit_id == visit_id, VisitAnswer.item_id == item_id
            )
        )
        if answer is None:
            answer = VisitAnswer(visit_id=visit_id, item_id=item_id, comment="", updated_at=now)
            session.add(answer)
            session.flush()
        existing = session.scalar(
            select(VisitPhoto.id).where(
                VisitPhoto.answer_id == answer.id, VisitPhoto.sha256 == digest
            )
        )
        if existing is not None:
            return existing
        photo = VisitPhoto(answer_id=answer.id, filename=name, mime=mime, sha256=digest, data=data)
        session.add(photo)
        answer.updated_at = now
        visit.updated_at = now
        session.flush()
        return photo.id


def remove_photo(db: Database, photo_id: int) -> None:
    """Detach a photo from a draft visit."""
    with db.begin() as session:
        row = session.execute(
            select(VisitPhoto.id, VisitAnswer.visit_id)
            .join(VisitAnswer, VisitAnswer.id == VisitPhoto.answer_id)
            .where(VisitPhoto.id == photo_id)
        ).first()
        if row is None:
            raise NotFoundError(translate("Visits", "The photo no longer exists"))
        visit = draft_visit(session, row.visit_id)
        photo = session.get_one(VisitPhoto, photo_id)
        answer = photo.answer
        session.delete(photo)
        now = datetime.now()
        answer.updated_at = now
        visit.updated_at = now
