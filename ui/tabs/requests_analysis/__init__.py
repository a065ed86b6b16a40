"""The Service-requests analysis page: on time per SLA by priority, how long requests take,
and on time per SLA against satisfied with speed month by month."""

from ui.tabs.requests_analysis.tab import RequestsAnalysisTab

__all__ = ["RequestsAnalysisTab"]
