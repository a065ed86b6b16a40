"""The Standards analysis page: compliance per journey stage × role and per standard, with
the checks behind every figure."""

from ui.tabs.standards_analysis.tab import StandardsAnalysisTab

__all__ = ["StandardsAnalysisTab"]
