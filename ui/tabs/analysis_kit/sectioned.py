"""SectionedPage: the frame of the analysis pages that are a row of cards over sub-pages
(Mystery-shopping, Customers-and-sales, Service-requests).

    class MysteryAnalysisTab(SectionedPage):
        def _build_ui(self) -> None:
            self.add_cards(("score", "passed"))
            self.visits = VisitsPanel()               # each a ResultPanel: show_data(insights)
            self.add_sections()                       # one tab per panel, in panels() order

        def panels(self): return (self.visits, …)

        def retranslate(self) -> None:
            self.cards.set_title("score", self.tr("Mystery-shop score"), …)
            self.set_section_titles((self.tr("Visits"), …))   # repaints the cards if shown

        def compute(self, filters, comparison) -> None:
            self.compute_page(filters, comparison, mystery_insights, mystery_headlines)

        def _paint_cards(self) -> None: …             # self.result is set

The frame holds no texts of its own: every title stays a self.tr() of the page, filed under
the page's class name, where lupdate and PySide look it up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QTabWidget

from cxdesk.db.queries.filters import Filters
from cxdesk.insights.headlines import PageResult, page_result
from ui.analysis_page import AnalysisPage
from ui.tabs.analysis_kit.cards import CardRow
from ui.widgets.result_panel import ResultPanel


class SectionedPage(AnalysisPage):
    result: PageResult | None
    cards: CardRow
    sections: QTabWidget

    def add_cards(self, keys: tuple[str, ...]) -> None:
        """No result yet, and the row of cards on top of the page."""
        self.result = None
        self.cards = CardRow(keys)
        self.body_layout.addWidget(self.cards)

    def add_sections(self) -> None:
        """The sub-pages below the cards: one tab per panel, titled by set_section_titles."""
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        for panel in self.panels():
            self.sections.addTab(panel, "")
        self.body_layout.addWidget(self.sections, 1)

    def panels(self) -> Sequence[ResultPanel]:
        raise NotImplementedError

    def set_section_titles(self, titles: Sequence[str]) -> None:
        """The tabs' titles, in panels() order; the cards repainted in the language too."""
        for index, title in enumerate(titles):
            self.sections.setTabText(index, title)
        if self.result is not None:
            self._paint_cards()

    # computing

    def compute_page(self, filters: Filters, comparison: Filters | None,
                     insights: Callable, headlines: Callable) -> None:
        """page_result(...) off the GUI thread, then show_result with it."""
        self.worker.submit(self.read(page_result, filters, comparison, insights, headlines),
                           self.show_result)

    def show_result(self, result: PageResult) -> None:
        self.result = result
        self._paint_cards()
        for panel in self.panels():
            panel.show_data(result.insights)
        self.figures_shown_now()

    def _paint_cards(self) -> None:
        raise NotImplementedError
