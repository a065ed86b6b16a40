"""SHA-256 helpers and the seal: a whole-file checksum kept in a ZIP archive's own comment.

The comment is the last thing in a ZIP file, so the digest of every byte before it can be
written there: any changed, missing or added byte anywhere in the file breaks the seal.
"""

from __future__ import annotations

import hashlib

SEAL_PREFIX = b"cxdesk-sha256:"
_DIGEST_LEN = 64  # hex characters of a SHA-256
SEAL_PLACEHOLDER = SEAL_PREFIX + b"0" * _DIGEST_LEN


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def seal(archive: bytes) -> bytes:
    """Fill in the placeholder a ZIP was written with as its comment."""
    if not archive.endswith(SEAL_PLACEHOLDER):
        raise ValueError("the archive does not end with the seal placeholder")
    body = archive[:-_DIGEST_LEN]
    return body + sha256_hex(body).encode("ascii")


def has_seal(archive: bytes) -> bool:
    return archive[-len(SEAL_PLACEHOLDER) : -_DIGEST_LEN] == SEAL_PREFIX


def seal_ok(archive: bytes) -> bool:
    """True when the file ends with a seal that matches every byte before it."""
    if not has_seal(archive):
        return False
    body, digest = archive[:-_DIGEST_LEN], archive[-_DIGEST_LEN:]
    return sha256_hex(body).encode("ascii") == digest
