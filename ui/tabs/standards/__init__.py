"""The Standards page: the customer journey, roles, standards, hard cases, the handbook."""

from ui.tabs.standards.tab import StandardsTab

__all__ = ["StandardsTab"]
