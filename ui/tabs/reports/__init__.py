"""The Reports page and the window's Reports menu: the PDFs the manager prints."""

from __future__ import annotations

from typing import Any

from ui.tabs.reports.menu import ReportsMenu


def __getattr__(name: str) -> Any:
    # the page (and reportlab behind it) loads when first asked for, not with the menu
    if name == "ReportsTab":
        from ui.tabs.reports.tab import ReportsTab

        return ReportsTab
    raise AttributeError(name)


__all__ = ["ReportsMenu", "ReportsTab"]
