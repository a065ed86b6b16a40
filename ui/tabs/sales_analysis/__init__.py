"""The Customers-and-sales analysis page: growth, ABC × XYZ, Pareto, loyalty types, and the
promoters and detractors among known customers."""

from ui.tabs.sales_analysis.tab import SalesAnalysisTab

__all__ = ["SalesAnalysisTab"]
