"""Where cxdesk keeps its data, backups and resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "cxdesk"
ENV_DATABASE_URL = "CXDESK_DATABASE_URL"
ENV_DATA_DIR = "CXDESK_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder (overridable by CXDESK_DATA_DIR, e.g. for tests)."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "cxdesk.db"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_dir() -> Path:
    """The shipped resources: inside a frozen build, else the installed `resources` package."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    import resources  # the package that ships fonts, templates and translations

    return Path(resources.__file__).resolve().parent


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"
