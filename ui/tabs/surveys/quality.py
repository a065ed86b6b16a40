"""SERVQUAL gaps by dimension and item, and the key drivers (importance × performance)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from cxdesk.charts_build import drivers_spec, servqual_spec
from cxdesk.i18n import fill
from cxdesk.metrics import LOW_N, Driver, ItemGap
from cxdesk.services.analysis_questions import DriversData, ServqualData
from ui import analysis_labels as labels
from ui import figure_format as ff
from ui.qtmodels.rows_model import Column, RowsModel
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable
from ui.widgets.result_panel import ResultPanel
from ui.widgets.section import Section

MUTED = "color: #616e7c;"


class ServqualGapsModel(RowsModel):
    NUMBER, DIMENSION, STATEMENT, EXPECTATION, PERCEPTION, GAP, ANSWERS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("No."), lambda i: f"Q{self.positions.get(i.item, '')}",
                   sort=lambda i: float(self.positions.get(i.item, 0))),
            Column(lambda: self.tr("Dimension"), lambda i: labels.dimension_label(i.dimension)),
            Column(lambda: self.tr("Statement"), self.statement, tooltip=self.statement,
                   width=0),
            Column(lambda: self.tr("Expected"), lambda i: ff.number(i.expectation, 2),
                   numeric=True, sort=lambda i: ff.sort_value(i.expectation)),
            Column(lambda: self.tr("Perceived"), lambda i: ff.number(i.perception, 2),
                   numeric=True, sort=lambda i: ff.sort_value(i.perception)),
            Column(lambda: self.tr("Gap"), lambda i: ff.signed(i.gap, 2), numeric=True,
                   sort=lambda i: ff.sort_value(i.gap)),
            Column(lambda: self.tr("Answers"), lambda i: ff.count(i.n), numeric=True,
                   sort=lambda i: float(i.n)),
        ], parent, muted=lambda i: i.n < LOW_N)
        self.texts: dict = {}
        self.positions: dict[str, int] = {}

    def statement(self, item: ItemGap) -> str:
        return labels.text_of(self.texts.get(item.item)) or item.item


class KeyDriversModel(RowsModel):
    NUMBER, ATTRIBUTE, IMPORTANCE, PERFORMANCE, ANSWERS, QUADRANT = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("No."), lambda d: f"Q{self.positions.get(d.attribute, '')}",
                   sort=lambda d: float(self.positions.get(d.attribute, 0))),
            Column(lambda: self.tr("Question"), self.question, tooltip=self.question, width=0),
            Column(lambda: self.tr("Importance (r)"), lambda d: ff.number(d.correlation, 2),
                   numeric=True, sort=lambda d: ff.sort_value(d.correlation)),
            Column(lambda: self.tr("Performance (mean)"), lambda d: ff.number(d.mean, 2),
                   numeric=True, sort=lambda d: ff.sort_value(d.mean)),
            Column(lambda: self.tr("Answers"), lambda d: ff.count(d.n), numeric=True,
                   sort=lambda d: float(d.n)),
            Column(lambda: self.tr("Quadrant"), lambda d: labels.quadrant_label(d.quadrant)),
        ], parent, muted=lambda d: d.n < LOW_N)
        self.texts: dict = {}
        self.positions: dict[str, int] = {}

    def question(self, driver: Driver) -> str:
        return labels.text_of(self.texts.get(driver.attribute)) or driver.attribute


class ServqualPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet(MUTED)
        self.summary_label = QLabel()
        self.chart = ChartView()
        self.model = ServqualGapsModel()
        self.table = FigureTable(self.model, stretch=ServqualGapsModel.STATEMENT, max_rows=22)
        for widget in (self.empty_label, self.summary_label, self.chart, self.table):
            self.section.add(widget)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("SERVQUAL: perception against expectation"), self.tr(
            "Gap = what customers got − what they expect, on the 1–7 scale; below zero the "
            "service falls short."))
        self.empty_label.setText(self.tr("No SERVQUAL questionnaire was answered with this "
                                         "filter."))
        self.table.retranslate()

    def paint(self, data: ServqualData | None) -> None:
        has = data is not None
        for widget in (self.summary_label, self.chart, self.table):
            widget.setVisible(has)
        self.empty_label.setVisible(not has)
        if data is None:
            return
        result = data.result
        self.summary_label.setText(fill(self.tr("Overall gap %1 over %2 answered pairs"),
                                        ff.signed(result.overall, 2), ff.count(result.n)))
        self.chart.set_spec(servqual_spec(
            [labels.dimension_label(d.dimension) for d in result.dimensions], result.dimensions,
            title=self.tr("Gap by dimension")))
        self.model.texts, self.model.positions = data.texts, data.positions
        self.table.set_rows(result.items)


class KeyDriversPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet(MUTED)
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.chart = ChartView(height=420)
        self.model = KeyDriversModel()
        self.table = FigureTable(self.model, stretch=KeyDriversModel.ATTRIBUTE, max_rows=22)
        for widget in (self.empty_label, self.target_label, self.chart, self.table):
            self.section.add(widget)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Key drivers"), self.tr(
            "Importance: how closely a question's answers move with the overall score "
            "(correlation). Performance: its mean. High importance and low performance: "
            "concentrate here."))
        self.empty_label.setText(self.tr(
            "No survey with an overall question and at least two rated questions was "
            "answered with this filter."))
        self.table.retranslate()

    def paint(self, data: tuple[DriversData | None, dict[str, str]]) -> None:
        drivers, survey_names = data
        for widget in (self.target_label, self.chart, self.table):
            widget.setVisible(drivers is not None)
        self.empty_label.setVisible(drivers is None)
        if drivers is None:
            return
        self.model.texts, self.model.positions = drivers.texts, drivers.positions
        target = labels.text_of(drivers.texts.get(drivers.target)) or drivers.target
        self.target_label.setText(fill(self.tr(
            "Survey: %1. What the drivers explain: \u201c%2\u201d (%3 answers). Choose a "
            "survey in the filter to see another one."),
            survey_names.get(drivers.family, drivers.family), target,
            ff.count(drivers.result.n)))
        shown = drivers.result.drivers
        self.chart.set_spec(drivers_spec(
            [f"Q{drivers.positions.get(d.attribute, '')}" for d in shown], drivers.result,
            title=self.tr("Importance × performance")))
        self.table.set_rows(shown)
