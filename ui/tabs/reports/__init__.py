"""The Reports page and the window's Reports menu: the PDFs the manager prints."""

from ui.tabs.reports.menu import ReportsMenu
from ui.tabs.reports.tab import ReportsTab

__all__ = ["ReportsMenu", "ReportsTab"]
