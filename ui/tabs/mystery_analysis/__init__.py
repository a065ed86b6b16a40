"""The Mystery-shopping analysis page: visits, sections by location, critical failures,
the score trend and the shoppers side by side."""

from ui.tabs.mystery_analysis.tab import MysteryAnalysisTab

__all__ = ["MysteryAnalysisTab"]
