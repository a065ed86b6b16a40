"""The Templates page: survey templates and mystery-shopper checklists, their files."""

from ui.tabs.templates.tab import TemplatesTab

__all__ = ["TemplatesTab"]
