"""The five analysis pages of this kit, importable from one place (the main window's list)."""

from ui.tabs.mystery_analysis import MysteryAnalysisTab
from ui.tabs.requests_analysis import RequestsAnalysisTab
from ui.tabs.sales_analysis import SalesAnalysisTab
from ui.tabs.staff_analysis import StaffAnalysisTab
from ui.tabs.standards_analysis import StandardsAnalysisTab

__all__ = ["MysteryAnalysisTab", "RequestsAnalysisTab", "SalesAnalysisTab", "StaffAnalysisTab",
           "StandardsAnalysisTab"]
