"""One running cxdesk per database: a lock file in the data folder, named after the database."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QLockFile

from cxdesk.paths import data_dir


def lock_path(database: str) -> str:
    # a hash keeps any URL or path a valid file name; the readable part helps whoever looks
    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
    folder = data_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / f"cxdesk-{digest}.lock")


def acquire(database: str) -> QLockFile | None:
    """The held lock for `database`, or None when another running cxdesk holds it.
    A lock left by a crashed process is taken over (Qt checks whether its PID still runs)."""
    lock = QLockFile(lock_path(database))
    lock.setStaleLockTime(0)  # age alone never makes a live instance's lock stale
    if lock.tryLock(100):
        return lock
    return None
