"""The Improvement actions tab."""

from ui.tabs.actions.tab import ActionsTab

__all__ = ["ActionsTab"]
