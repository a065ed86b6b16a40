"""The Survey entry tab: paper cards typed in batches, by keyboard alone."""

from ui.tabs.survey_entry.tab import SurveyEntryTab

__all__ = ["SurveyEntryTab"]
