"""The Locations and staff tab."""

from ui.tabs.org.tab import OrgTab

__all__ = ["OrgTab"]
