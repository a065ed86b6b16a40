"""The Service-requests analysis page: cards for on time, satisfied with speed, their gap
and the median time to resolve; then the gap by month, priorities and times."""

from __future__ import annotations

from dataclasses import replace

from cxdesk.db.queries.filters import Filters
from cxdesk.insights.headlines import requests_headlines
from cxdesk.insights.requests import requests_insights
from cxdesk.services.analysis_cards import Headline
from ui.tabs.analysis_kit.cards import CardFormat
from ui.tabs.analysis_kit.sectioned import SectionedPage
from ui.tabs.requests_analysis.panels import PrioritiesPanel, SpeedPanel, TimesPanel

MINUTES_PER_HOUR = 60
FORMATS = {"on_time": CardFormat(1, True), "satisfied": CardFormat(1, True),
           "gap": CardFormat(1, higher_is_better=False),
           "resolve": CardFormat(1, higher_is_better=False)}


def in_hours(headline: Headline) -> Headline:
    """The median time to resolve in hours: a card reads "5.3", not "318"."""
    def hours(minutes: float | None) -> float | None:
        return None if minutes is None else minutes / MINUTES_PER_HOUR

    return replace(headline, value=hours(headline.value), previous=hours(headline.previous),
                   change=hours(headline.change))


class RequestsAnalysisTab(SectionedPage):
    page_name = "requests_analysis_tab"

    def _build_ui(self) -> None:
        self.add_cards(("on_time", "satisfied", "gap", "resolve"))
        self.speed = SpeedPanel()
        self.priorities = PrioritiesPanel()
        self.times = TimesPanel()
        self.add_sections()

    def panels(self):
        return (self.speed, self.priorities, self.times)

    def retranslate(self) -> None:
        self.cards.set_title("on_time", self.tr("Requests on time"), self.tr(
            "% of service requests resolved within the SLA target of their priority"))
        self.cards.set_title("satisfied", self.tr("Satisfied with speed"), self.tr(
            "% of survey answers 4 or 5 to \"satisfied with the speed of service\""))
        self.cards.set_title("gap", self.tr("Gap, points"), self.tr(
            "On time minus satisfied with speed: large means the SLA misses what customers "
            "feel"))
        self.cards.set_title("resolve", self.tr("Time to resolve, hours"), self.tr(
            "Median time from registration to resolution"))
        self.set_section_titles(
            (self.tr("On time and speed"), self.tr("By priority"), self.tr("Times")))

    # computing

    def compute(self, filters: Filters, comparison: Filters | None) -> None:
        self.compute_page(filters, comparison, requests_insights, requests_headlines)

    def _paint_cards(self) -> None:
        result = self.result
        assert result is not None
        cards = tuple(in_hours(h) if h.key == "resolve" else h for h in result.headlines)
        self.cards.show_headlines(cards, result.compared, FORMATS)
