"""The demo database for tests: generated once per session into a template file (seed 1, a
year up to 30 June 2026, the demo's last day); each caller copies the file into its own folder,
per test or per module, as the migrated template is copied for the empty `db`."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from cxdesk.db.database import Database, open_database
from cxdesk.demo import generate_demo

DEMO_SEED = 1
DEMO_TODAY = date(2026, 6, 30)


def build_demo_template(tmp_path_factory: pytest.TempPathFactory, migrated: Path) -> Path:
    """The migrated template with the demo generated into it, flushed to one file."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    shutil.copyfile(migrated, path)
    db = open_database(path)
    try:
        generate_demo(db, seed=DEMO_SEED, today=DEMO_TODAY)
    finally:
        db.dispose()  # the last connection checkpoints the WAL into the file
    return path


def copy_demo(template: Path, folder: Path, name: str = "demo.db") -> Path:
    """A private copy of the demo template in `folder`."""
    path = folder / name
    shutil.copyfile(template, path)
    return path


def open_demo_copy(template: Path, folder: Path, name: str = "demo.db") -> Database:
    """Open a private copy of the demo template; the caller disposes of it."""
    return open_database(copy_demo(template, folder, name))
