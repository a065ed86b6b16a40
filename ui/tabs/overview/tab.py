"""The Overview page: a card per headline figure against the comparison period, the monthly
NPS with its 95% band, and the locations best to worst (a click narrows every page)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from cxdesk.charts_build import by_location_spec, nps_trend_spec
from cxdesk.db.queries.filters import Filters
from cxdesk.services.analysis import LocationFigures, OverviewData, overview
from cxdesk.services.analysis_cards import HEADLINES, Headline
from ui import analysis_labels as labels
from ui.analysis_page import AnalysisPage
from ui.tabs.overview.locations import LocationsFiguresModel
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable
from ui.widgets.metric_card import CardFigure, MetricCard
from ui.widgets.section import Section

# how each card writes its figure: (decimals, as a percentage)
CARD_FORMAT = {"nps": (1, False), "csat": (1, True), "ces": (2, False), "mystery": (1, True),
               "standards": (1, True), "sla": (1, True), "complaints": (1, True)}
CARDS_PER_ROW = 4
CHART_HEIGHT = 330


class OverviewTab(AnalysisPage):
    page_name = "overview_tab"

    def _build_ui(self) -> None:
        self.data: OverviewData | None = None
        self.cards: dict[str, MetricCard] = {key: MetricCard() for key in HEADLINES}
        grid = QGridLayout()
        grid.setSpacing(8)
        for number, card in enumerate(self.cards.values()):
            grid.addWidget(card, number // CARDS_PER_ROW, number % CARDS_PER_ROW)
        for column in range(CARDS_PER_ROW):
            grid.setColumnStretch(column, 1)
        self.body_layout.addLayout(grid)

        self.trend_chart = ChartView()
        self.location_chart = ChartView()
        for chart in (self.trend_chart, self.location_chart):
            chart.setMaximumHeight(CHART_HEIGHT)
        self.location_chart.set_clickable(True)
        charts = QHBoxLayout()
        charts.addWidget(self.trend_chart, 3, Qt.AlignmentFlag.AlignTop)
        charts.addWidget(self.location_chart, 2, Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        holder.setLayout(charts)
        charts.setContentsMargins(0, 0, 0, 0)
        self.charts_section = Section()
        self.charts_section.add(holder)
        self.body_layout.addWidget(self.charts_section)

        self.locations_model = LocationsFiguresModel()
        self.locations_table = FigureTable(self.locations_model,
                                           stretch=LocationsFiguresModel.NAME)
        self.locations_section = Section()
        self.locations_section.add(self.locations_table)
        self.body_layout.addWidget(self.locations_section)
        self.body_layout.addStretch(1)

    def _connect(self) -> None:
        self.location_chart.category_clicked.connect(self._location_bar_clicked)
        self.locations_table.cell_clicked.connect(self._location_cell_clicked)

    def retranslate(self) -> None:
        for key, card in self.cards.items():
            card.set_title(labels.metric_label(key), labels.metric_tooltip(key))
        self.charts_section.set_title(self.tr("Trend and locations"), self.tr(
            "The band around the NPS line is its 95% interval: months whose bands overlap "
            "may differ by chance. Click a location's bar to look at it alone."))
        self.locations_section.set_title(self.tr("Locations, best to worst"))
        self.locations_table.retranslate()
        if self.data is not None:
            self._paint()

    # computing

    def compute(self, filters: Filters, comparison: Filters | None) -> None:
        today = self.state.today()
        self.worker.submit(self.read(overview, filters, comparison, today), self.show_result)

    def show_result(self, data: OverviewData) -> None:
        self.data = data
        self.paint_in_steps(self._paint_cards, self._paint_trend, self._paint_locations,
                            self._paint_table)

    def _paint(self) -> None:
        """Everything at once (a language switch)."""
        for step in (self._paint_cards, self._paint_trend, self._paint_locations,
                     self._paint_table):
            step()

    def _paint_cards(self) -> None:
        data = self.data
        assert data is not None
        compared = data.comparison is not None
        for headline in data.headlines:
            self.cards[headline.key].set_figure(self._card(headline, compared))

    def _paint_trend(self) -> None:
        points = self.data.trend.points  # type: ignore[union-attr]
        self.trend_chart.set_spec(nps_trend_spec(
            [labels.period_key_label(p.key, "month") for p in points],
            [p.result for p in points],  # type: ignore[misc]
            title=self.tr("NPS by month, with its 95% band")))

    def _paint_locations(self) -> None:
        data = self.data
        assert data is not None
        self.location_chart.set_spec(by_location_spec(
            [row.name for row in data.locations], [row.nps for row in data.locations],
            data.figures.nps, title=self.tr("NPS by location")))

    def _paint_table(self) -> None:
        self.locations_table.set_rows(self.data.locations)  # type: ignore[union-attr]

    def _card(self, headline: Headline, compared: bool) -> CardFigure:
        decimals, percent = CARD_FORMAT[headline.key]
        detail = ""
        if headline.visits is not None:
            detail = self.tr("%n visits", "", headline.visits)
        return CardFigure.of(headline, compared=compared, decimals=decimals, percent=percent,
                             detail=detail)

    # narrowing

    def _location_bar_clicked(self, index: int) -> None:
        if self.data is not None and 0 <= index < len(self.data.locations):
            self._narrow(self.data.locations[index])

    def _location_cell_clicked(self, row: LocationFigures, column: int) -> None:
        if column == LocationsFiguresModel.NAME:
            self._narrow(row)

    def _narrow(self, row: LocationFigures) -> None:
        """Every analysis page shows this location alone (the filter bar says so)."""
        if row.key is not None:
            self.state.set_location(int(row.key))
