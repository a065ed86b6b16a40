"""The Service requests tab."""

from ui.tabs.requests.tab import RequestsTab

__all__ = ["RequestsTab"]
