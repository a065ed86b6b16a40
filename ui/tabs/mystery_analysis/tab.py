"""The Mystery-shopping analysis page: cards for the score and the visits passed, then the
visits, sections by location, critical failures, trend and shoppers as sub-pages."""

from __future__ import annotations

from cxdesk.db.queries.filters import Filters
from cxdesk.insights.headlines import mystery_headlines
from cxdesk.insights.mystery import mystery_insights
from ui.tabs.analysis_kit.cards import CardFormat
from ui.tabs.analysis_kit.sectioned import SectionedPage
from ui.tabs.mystery_analysis.panels import (
    FailuresPanel,
    SectionsPanel,
    ShoppersPanel,
    TrendPanel,
    VisitsPanel,
)

FORMATS = {"score": CardFormat(1, True), "passed": CardFormat(1, True)}


class MysteryAnalysisTab(SectionedPage):
    page_name = "mystery_analysis_tab"

    def _build_ui(self) -> None:
        self.add_cards(("score", "passed"))
        self.visits = VisitsPanel()
        self.sections_panel = SectionsPanel()
        self.failures = FailuresPanel()
        self.trend = TrendPanel()
        self.shoppers = ShoppersPanel()
        self.add_sections()

    def panels(self):
        return (self.visits, self.sections_panel, self.failures, self.trend, self.shoppers)

    def retranslate(self) -> None:
        self.cards.set_title("score", self.tr("Mystery-shop score"), self.tr(
            "Weighted % of the checklist points earned, over every visit of the period"))
        self.cards.set_title("passed", self.tr("Visits passed"), self.tr(
            "% of visits without a failed critical item"))
        self.set_section_titles((self.tr("Visits"), self.tr("Sections by location"),
                                 self.tr("Critical failures"), self.tr("Trend"),
                                 self.tr("Shoppers")))

    # computing

    def compute(self, filters: Filters, comparison: Filters | None) -> None:
        self.compute_page(filters, comparison, mystery_insights, mystery_headlines)

    def _paint_cards(self) -> None:
        result = self.result
        assert result is not None
        visits = result.insights.rollup.n_visits
        self.cards.show_headlines(result.headlines, result.compared, FORMATS,
                                  {"score": self.tr("%n visits", "", visits)})
