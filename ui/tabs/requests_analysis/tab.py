"""The Service-requests analysis page: cards for on time, satisfied with speed, their gap
and the median time to resolve; then the gap by month, priorities and times."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QTabWidget

from cxdesk.db.queries.filters import Filters
from cxdesk.insights.headlines import PageResult, page_result, requests_headlines
from cxdesk.insights.requests import requests_insights
from cxdesk.services.analysis_cards import Headline
from ui.analysis_page import AnalysisPage
from ui.tabs.analysis_kit.cards import CardFormat, CardRow
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


class RequestsAnalysisTab(AnalysisPage):
    page_name = "requests_analysis_tab"

    def _build_ui(self) -> None:
        self.result: PageResult | None = None
        self.cards = CardRow(("on_time", "satisfied", "gap", "resolve"))
        self.body_layout.addWidget(self.cards)
        self.speed = SpeedPanel()
        self.priorities = PrioritiesPanel()
        self.times = TimesPanel()
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        for panel in self.panels():
            self.sections.addTab(panel, "")
        self.body_layout.addWidget(self.sections, 1)

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
        titles = (self.tr("On time and speed"), self.tr("By priority"), self.tr("Times"))
        for index, title in enumerate(titles):
            self.sections.setTabText(index, title)
        if self.result is not None:
            self._paint_cards()

    # computing

    def compute(self, filters: Filters, comparison: Filters | None) -> None:
        db = self._ctx.db
        self.worker.submit(
            lambda: page_result(db, filters, comparison, requests_insights,
                                requests_headlines),
            self.show_result)

    def show_result(self, result: PageResult) -> None:
        self.result = result
        self._paint_cards()
        for panel in self.panels():
            panel.show_data(result.insights)
        self.figures_shown_now()

    def _paint_cards(self) -> None:
        result = self.result
        assert result is not None
        cards = tuple(in_hours(h) if h.key == "resolve" else h for h in result.headlines)
        self.cards.show_headlines(cards, result.compared, FORMATS)
