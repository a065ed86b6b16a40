"""The Mystery shop tab."""

from ui.tabs.mystery.tab import MysteryTab

__all__ = ["MysteryTab"]
