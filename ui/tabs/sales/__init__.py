"""The Sales figures tab."""

from ui.tabs.sales.tab import SalesTab

__all__ = ["SalesTab"]
