"""Typed access to the user's QSettings: one property per setting, with its default."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from cxdesk.i18n import LANGUAGES

ORGANIZATION = "cxdesk"
APPLICATION = "cxdesk"


class Settings:
    """The few things the GUI remembers between starts; the data itself lives in the database."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )  # INI everywhere: readable, and no registry on Windows

    def _str(self, key: str) -> str | None:
        value = self._store.value(key)
        return str(value) if value not in (None, "") else None

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def language(self) -> str | None:
        """The chosen interface language, or None to follow the system."""
        value = self._str("ui/language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        self._store.setValue("ui/language", value or "")

    @property
    def last_tab(self) -> str | None:
        """The object name of the tab shown when the window closed."""
        return self._str("window/last_tab")

    @last_tab.setter
    def last_tab(self, value: str | None) -> None:
        self._store.setValue("window/last_tab", value or "")

    @property
    def recent_database(self) -> str | None:
        return self._str("database/recent")

    @recent_database.setter
    def recent_database(self, value: str | None) -> None:
        self._store.setValue("database/recent", value or "")

    @property
    def analysis_filter(self) -> dict[str, Any]:
        """The analysis pages' last filter (ui.analysis_state.Selection as plain values)."""
        try:
            value = json.loads(self._str("analysis/filter") or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    @analysis_filter.setter
    def analysis_filter(self, value: dict[str, Any]) -> None:
        self._store.setValue("analysis/filter", json.dumps(value, ensure_ascii=False))

    @property
    def reports_folder(self) -> str | None:
        """The folder the last report was saved to."""
        return self._str("reports/folder")

    @reports_folder.setter
    def reports_folder(self, value: str | None) -> None:
        self._store.setValue("reports/folder", value or "")

    def sync(self) -> None:
        self._store.sync()
