"""The Mystery-shopping analysis page: cards for the score and the visits passed, then the
visits, sections by location, critical failures, trend and shoppers as sub-pages."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from cxdesk.db.queries.filters import Filters
from cxdesk.insights.headlines import PageResult, mystery_headlines, page_result
from cxdesk.insights.mystery import mystery_insights
from ui.analysis_page import AnalysisPage
from ui.tabs.analysis_kit.cards import CardFormat, CardRow
from ui.tabs.mystery_analysis.panels import (
    FailuresPanel,
    SectionsPanel,
    ShoppersPanel,
    TrendPanel,
    VisitsPanel,
)

FORMATS = {"score": CardFormat(1, True), "passed": CardFormat(1, True)}


class MysteryAnalysisTab(AnalysisPage):
    page_name = "mystery_analysis_tab"

    def _build_ui(self) -> None:
        self.result: PageResult | None = None
        self.cards = CardRow(("score", "passed"))
        self.body_layout.addWidget(self.cards)
        self.visits = VisitsPanel()
        self.sections_panel = SectionsPanel()
        self.failures = FailuresPanel()
        self.trend = TrendPanel()
        self.shoppers = ShoppersPanel()
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        for panel in self.panels():
            self.sections.addTab(panel, "")
        self.body_layout.addWidget(self.sections, 1)

    def panels(self):
        return (self.visits, self.sections_panel, self.failures, self.trend, self.shoppers)

    def retranslate(self) -> None:
        self.cards.set_title("score", self.tr("Mystery-shop score"), self.tr(
            "Weighted % of the checklist points earned, over every visit of the period"))
        self.cards.set_title("passed", self.tr("Visits passed"), self.tr(
            "% of visits without a failed critical item"))
        titles = (self.tr("Visits"), self.tr("Sections by location"),
                  self.tr("Critical failures"), self.tr("Trend"), self.tr("Shoppers"))
        for index, title in enumerate(titles):
            self.sections.setTabText(index, title)
        if self.result is not None:
            self._paint_cards()

    # computing

    def compute(self, filters: Filters, comparison: Filters | None) -> None:
        db = self._ctx.db
        self.worker.submit(
            lambda: page_result(db, filters, comparison, mystery_insights, mystery_headlines),
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
        visits = result.insights.rollup.n_visits
        self.cards.show_headlines(result.headlines, result.compared, FORMATS,
                                  {"score": self.tr("%n visits", "", visits)})
