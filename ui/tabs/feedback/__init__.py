"""The Feedback log tab."""

from ui.tabs.feedback.tab import FeedbackTab

__all__ = ["FeedbackTab"]
