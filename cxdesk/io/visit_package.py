"""The .cxvisit container: build it from plain data, and read it back only if it is whole.

A .cxvisit file is a ZIP archive:

- `manifest.json`: {"format": "cxdesk-visit", "version": 1, "created", "app", "visit_uid",
  "sha256": {member name: SHA-256 of its bytes}} for every other member;
- `visit.json`: the header, the location and staff by name, the answers keyed by section and
  item code, each with its photos by SHA-256, and the template's family, version, fingerprint;
- `template.json`: the whole checklist version with the standards its items check;
- `photos/<sha256>.<ext>`: the photos, stored as they are;
- the archive comment `cxdesk-sha256:<hex>`: the SHA-256 of every byte of the file before
  those 64 hex digits (see `checksum.seal`), so a changed byte anywhere is detected.
"""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cxdesk import __version__
from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill, translate
from cxdesk.io.checklist_json import check_template_data
from cxdesk.io.checksum import SEAL_PLACEHOLDER, has_seal, seal, seal_ok, sha256_hex
from cxdesk.io.visit_data import check_visit_data
from cxdesk.services.visit_photos import EXTENSIONS, MAX_PHOTO_BYTES

FORMAT = "cxdesk-visit"
VERSION = 1
SUFFIX = ".cxvisit"
MANIFEST, VISIT, TEMPLATE = "manifest.json", "visit.json", "template.json"
MAX_JSON_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 5_000
# what reading a broken or crafted archive can raise, beside BadZipFile
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    OSError,
    ValueError,
)
_PHOTO_NAME = re.compile(r"photos/([0-9a-f]{64})\.(jpg|png|gif|webp)")


class VisitFileError(CxdeskError):
    """A visit file that cannot be imported; nothing was written."""


@dataclass(frozen=True)
class VisitPackage:
    manifest: dict[str, Any]
    visit: dict[str, Any]  # checked, with datetimes parsed (see visit_data.check_visit_data)
    template: dict[str, Any]
    photos: dict[str, bytes]  # sha256 -> bytes


def photo_member(sha256: str, mime: str) -> str:
    return f"photos/{sha256}.{EXTENSIONS[mime]}"


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def pack(
    visit: dict[str, Any],
    template: dict[str, Any],
    photos: dict[str, tuple[bytes, str]],
    created: datetime,
) -> bytes:
    """The sealed archive's bytes; `photos` maps sha256 -> (bytes, mime)."""
    members = {VISIT: _json_bytes(visit), TEMPLATE: _json_bytes(template)}
    for digest, (data, mime) in sorted(photos.items()):
        members[photo_member(digest, mime)] = data
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created": created.isoformat(),
        "app": f"cxdesk {__version__}",
        "visit_uid": visit["uid"],
        "sha256": {name: sha256_hex(data) for name, data in members.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST, _json_bytes(manifest), zipfile.ZIP_DEFLATED)
        for name, data in members.items():
            method = zipfile.ZIP_STORED if name.startswith("photos/") else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, method)
        archive.comment = SEAL_PLACEHOLDER
    return seal(buffer.getvalue())


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _load_json(archive: zipfile.ZipFile, name: str) -> Any:
    if archive.getinfo(name).file_size > MAX_JSON_BYTES:
        raise ValueError(f"{name} is too large")
    return json.loads(archive.read(name).decode("utf-8"), parse_constant=_refuse_constant)


def _manifest(archive: zipfile.ZipFile, label: str, sealed: bool) -> dict[str, Any]:
    foreign = VisitFileError(fill(translate("Visits", "%1 is not a cxdesk visit file"), label))
    if MANIFEST not in archive.namelist():
        raise foreign
    try:
        manifest = _load_json(archive, MANIFEST)
    except _ZIP_ERRORS as exc:
        raise _damaged(label, f"{MANIFEST}: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise foreign
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged(label, "the format version is missing")
    if version > VERSION:
        raise VisitFileError(
            fill(
                translate(
                    "Visits",
                    "%1 was written by a newer cxdesk (visit file version %2; this one reads up to %3): update cxdesk to import it",  # noqa: E501
                ),
                label,
                version,
                VERSION,
            )
        )
    if not sealed:
        raise _checksum_error(label)
    return manifest


def _checksum_error(label: str) -> VisitFileError:
    return VisitFileError(
        fill(
            translate(
                "Visits",
                "%1 is damaged: its checksum does not match, so it was changed or is incomplete. Ask for the file again",  # noqa: E501
            ),
            label,
        )
    )


def _damaged(label: str, detail: str) -> VisitFileError:
    return VisitFileError(
        fill(translate("Visits", "%1 is damaged and cannot be imported (%2)"), label, detail)
    )


def _members(archive: zipfile.ZipFile, manifest: dict[str, Any]) -> dict[str, bytes]:
    hashes = manifest.get("sha256")
    if not isinstance(hashes, dict) or len(hashes) > MAX_MEMBERS:
        raise ValueError("the manifest lists no checksums")
    names = set(archive.namelist()) - {MANIFEST}
    if set(hashes) != names:
        missing = sorted(set(hashes) - names) or sorted(names - set(hashes))
        raise ValueError(f"{missing[0]} is missing or not listed in the manifest")
    for required in (VISIT, TEMPLATE):
        if required not in names:
            raise ValueError(f"{required} is missing")
    contents = {}
    for name in sorted(names):
        limit = MAX_PHOTO_BYTES if name.startswith("photos/") else MAX_JSON_BYTES
        if archive.getinfo(name).file_size > limit:
            raise ValueError(f"{name} is too large")
        data = archive.read(name)
        if sha256_hex(data) != hashes[name]:
            raise ValueError(f"{name} does not match its checksum")
        contents[name] = data
    return contents


def _photos(contents: dict[str, bytes]) -> dict[str, bytes]:
    photos = {}
    for name, data in contents.items():
        if name in (VISIT, TEMPLATE):
            continue
        match = _PHOTO_NAME.fullmatch(name)
        if match is None or sha256_hex(data) != match.group(1):
            raise ValueError(f"unexpected member {name}")
        photos[match.group(1)] = data
    return photos


def unpack(data: bytes, label: str) -> VisitPackage:
    """Read and check a whole visit file; VisitFileError with a clear message otherwise."""
    sealed = has_seal(data)
    if sealed and not seal_ok(data):
        raise _checksum_error(label)
    if not data.startswith(b"PK\x03\x04"):
        raise VisitFileError(fill(translate("Visits", "%1 is not a cxdesk visit file"), label))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as exc:
        raise _damaged(label, translate("Visits", "the archive is incomplete or broken")) from exc
    with archive:
        manifest = _manifest(archive, label, sealed)
        try:
            contents = _members(archive, manifest)
            photos = _photos(contents)
            template = check_template_data(
                json.loads(contents[TEMPLATE].decode("utf-8"), parse_constant=_refuse_constant)
            )
            visit = check_visit_data(
                json.loads(contents[VISIT].decode("utf-8"), parse_constant=_refuse_constant),
                template,
                photos,
            )
        except (*_ZIP_ERRORS, TypeError, KeyError, AttributeError) as exc:
            raise _damaged(label, str(exc)) from exc
    if manifest.get("visit_uid") != visit["uid"]:
        raise _damaged(label, "the manifest names another visit")
    return VisitPackage(manifest, visit, template, photos)
