"""The Surveys page's scores: NPS, CSAT and CES, the promoter/passive/detractor split, the
answers per NPS score, and the score of every question."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout

from cxdesk.charts import ChartSpec, Series
from cxdesk.charts_build import distribution_spec
from cxdesk.db.models import QuestionKind
from cxdesk.i18n import fill
from cxdesk.metrics import LOW_N
from cxdesk.services.analysis_questions import QuestionScore
from cxdesk.services.analysis_surveys import SurveyBreakdowns
from ui import analysis_labels as labels
from ui import figure_format as ff
from ui.qtmodels.rows_model import Column, RowsModel
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable
from ui.widgets.metric_card import CardFigure, MetricCard
from ui.widgets.result_panel import ResultPanel
from ui.widgets.section import Section


class QuestionScoresModel(RowsModel):
    SURVEY, QUESTION, SCALE, MEAN, MARGIN, TOP, ANSWERS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Survey"), lambda q: self.survey_names.get(q.family, q.family)),
            Column(lambda: self.tr("Question"), lambda q: labels.text_of(q.text) or q.code,
                   tooltip=lambda q: labels.text_of(q.text) or None, width=0),
            Column(lambda: self.tr("Scale"), self._scale),
            Column(lambda: self.tr("Mean"), self._mean, numeric=True,
                   sort=lambda q: ff.sort_value(None if _yes_no(q) else q.mean)),
            Column(lambda: self.tr("± margin"), lambda q: "" if _yes_no(q) else
                   ff.margin(q.moe, 2), numeric=True,
                   sort=lambda q: ff.sort_value(q.moe)),
            Column(lambda: self.tr("Top two / yes"), lambda q: ff.percent(q.top2),
                   numeric=True, sort=lambda q: ff.sort_value(q.top2),
                   tooltip=lambda q: self.tr("% of answers in the top two points of the "
                                             "scale; for a yes/no question, % yes")),
            Column(lambda: self.tr("Answers"), lambda q: ff.count(q.n), numeric=True,
                   sort=lambda q: float(q.n)),
        ], parent, muted=lambda q: q.n < LOW_N)
        self.survey_names: dict[str, str] = {}

    def _scale(self, q: QuestionScore) -> str:
        if _yes_no(q):
            return self.tr("yes / no")
        if q.kind == QuestionKind.NUMBER:
            return self.tr("number")
        if q.scale is None:
            return ""
        return f"{q.scale[0]}–{q.scale[1]}"

    def _mean(self, q: QuestionScore) -> str:
        if _yes_no(q):
            return ff.DASH
        text = ff.number(q.mean, 2)
        if q.expectation is not None:  # SERVQUAL: the perception, with what was expected
            return fill(self.tr("%1 (expected %2)"), text, ff.number(q.expectation, 2))
        return text


def _yes_no(q: QuestionScore) -> bool:
    return q.kind == QuestionKind.YES_NO


class SurveyScoresPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.nps_card, self.csat_card, self.ces_card = MetricCard(), MetricCard(), MetricCard()
        cards = QHBoxLayout()
        for card in (self.nps_card, self.csat_card, self.ces_card):
            cards.addWidget(card, 1)
        self.panel_layout.addLayout(cards)
        self.groups_chart = ChartView()
        self.distribution_chart = ChartView(height=260)
        charts = QHBoxLayout()
        charts.addWidget(self.groups_chart, 2, Qt.AlignmentFlag.AlignTop)
        charts.addWidget(self.distribution_chart, 3, Qt.AlignmentFlag.AlignTop)
        self.panel_layout.addLayout(charts)
        self.questions_model = QuestionScoresModel()
        self.questions_table = FigureTable(
            self.questions_model, stretch=QuestionScoresModel.QUESTION, max_rows=12)
        self.questions_section = Section()
        self.questions_section.add(self.questions_table)
        self.panel_layout.addWidget(self.questions_section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.nps_card.set_title(labels.metric_label("nps"), labels.metric_tooltip("nps"))
        self.csat_card.set_title(labels.metric_label("csat"), labels.metric_tooltip("csat"))
        self.ces_card.set_title(labels.metric_label("ces"), labels.metric_tooltip("ces"))
        self.questions_section.set_title(self.tr("Score per question"), self.tr(
            "Every scored question of the surveys in the filter; grey rows rest on fewer "
            "than 30 answers."))
        self.questions_table.retranslate()

    def set_survey_names(self, names: dict[str, str]) -> None:
        self.questions_model.survey_names = names

    def paint(self, data: SurveyBreakdowns) -> None:
        self.nps_card.set_figure(CardFigure(data.nps.value, data.nps.n, moe=data.nps.moe))
        self.csat_card.set_figure(CardFigure(data.csat.value, data.csat.n, percent=True,
                                             low=data.csat.low, high=data.csat.high))
        self.ces_card.set_figure(CardFigure(data.ces.value, data.ces.n, decimals=2,
                                            moe=data.ces.moe))
        nps = data.nps
        self.groups_chart.set_spec(ChartSpec(
            "hbar", self.tr("Promoters, passives and detractors, %"),
            [Series(self.tr("% of answers"), values=[nps.promoters_pct, nps.passives_pct,
                                                      nps.detractors_pct])],
            x_labels=[self.tr("Promoters (9–10)"), self.tr("Passives (7–8)"),
                      self.tr("Detractors (0–6)")],
            y_range=(0, 100), decimals=1,
            notes=[self.tr("n < 30: the shares can move a lot by chance")]
            if 0 < nps.n < LOW_N else []))
        self.distribution_chart.set_spec(distribution_spec(
            data.distribution, title=self.tr("Answers per NPS score")))
        self.questions_table.set_rows(data.questions)
