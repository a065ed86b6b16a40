"""The Customers-and-sales analysis page: cards for revenue, CAGR, the top-20% share and the
NPS of known customers, then growth, ABC × XYZ, Pareto, loyalty and known customers."""

from __future__ import annotations

from cxdesk.db.queries.filters import Filters
from cxdesk.i18n import fill
from cxdesk.insights.headlines import sales_headlines
from cxdesk.insights.sales import sales_insights
from ui.tabs.analysis_kit.cards import CardFormat
from ui.tabs.analysis_kit.sectioned import SectionedPage
from ui.tabs.analysis_kit.texts import period_label
from ui.tabs.sales_analysis.panels import (
    AbcPanel,
    GrowthPanel,
    KnownPanel,
    LoyaltyPanel,
    ParetoPanel,
)

FORMATS = {"revenue": CardFormat(0, sampled=False), "cagr": CardFormat(1, True, sampled=False),
           "pareto": CardFormat(1, True, sampled=False), "known_nps": CardFormat(1)}


class SalesAnalysisTab(SectionedPage):
    page_name = "sales_analysis_tab"

    def _build_ui(self) -> None:
        self.add_cards(("revenue", "cagr", "pareto", "known_nps"))
        self.growth = GrowthPanel()
        self.abc = AbcPanel()
        self.pareto = ParetoPanel()
        self.loyalty = LoyaltyPanel()
        self.known = KnownPanel()
        self.add_sections()

    def panels(self):
        return (self.growth, self.abc, self.pareto, self.loyalty, self.known)

    def retranslate(self) -> None:
        self.cards.set_title("revenue", self.tr("Revenue"), self.tr(
            "The period's revenue; n = the sales figures it adds up"))
        self.cards.set_title("cagr", self.tr("Growth a year (CAGR)"), self.tr(
            "(last month / first month)^(1 / years) − 1 over the period"))
        self.cards.set_title("pareto", self.tr("Top 20% of customers"), self.tr(
            "Share of the revenue the largest fifth of the customers bring"))
        self.cards.set_title("known_nps", self.tr("NPS of known customers"), self.tr(
            "NPS of the customers on the list, each by their latest answer"))
        self.set_section_titles((self.tr("Growth"), self.tr("ABC × XYZ"), self.tr("Pareto"),
                                 self.tr("Loyalty"), self.tr("Promoters and detractors")))

    # computing

    def compute(self, filters: Filters, comparison: Filters | None) -> None:
        self.compute_page(filters, comparison, sales_insights, sales_headlines)

    def _paint_cards(self) -> None:
        result = self.result
        assert result is not None
        data = result.insights
        months = data.months
        details = {
            "revenue": self.tr("%n months", "", len(months)),
            "pareto": fill(self.tr("top %1"), data.pareto.top_count),
        }
        if months:
            details["cagr"] = fill(self.tr("%1 – %2"), period_label(months[0].period),
                                   period_label(months[-1].period))
        self.cards.show_headlines(result.headlines, result.compared, FORMATS, details)
