"""The Staff analysis page: per employee the SOCO score, the mystery-shop score of the visits
that observed them and the NPS of the customers they served, each with its n."""

from ui.tabs.staff_analysis.tab import StaffAnalysisTab

__all__ = ["StaffAnalysisTab"]
