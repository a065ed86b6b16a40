"""Write a finished PDF so that the target is either the old file or the whole new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from cxdesk.errors import CxdeskError


def check_target(path: str | Path) -> Path:
    """Refuse a target we could not write before any work is done (missing folder, a folder)."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise CxdeskError(f"{target} is a folder; give a file name such as report.pdf")
    folder = target.parent
    if not folder.is_dir():
        raise CxdeskError(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise CxdeskError(f"cannot write to the folder {folder}")
    return target


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644


def write_pdf_atomically(data: bytes, path: str | Path) -> Path:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it over
    `path`; on any error the temporary file is removed and `path` is untouched."""
    target = check_target(path)
    try:
        fd, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as exc:
        raise CxdeskError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        # mkstemp makes the file private (0600); a report is an ordinary document
        os.chmod(temp_name, _mode_for(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise CxdeskError(f"cannot write {target}: {exc.strerror or exc}") from exc
        raise
    return target
