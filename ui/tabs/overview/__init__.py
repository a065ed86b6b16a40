"""The Overview page: the headline figures, the NPS trend and the locations side by side."""

from ui.tabs.overview.tab import OverviewTab

__all__ = ["OverviewTab"]
