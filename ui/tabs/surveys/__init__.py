"""The Surveys page: everything the customer surveys of the filter say."""

from ui.tabs.surveys.tab import SurveysTab

__all__ = ["SurveysTab"]
