"""The customers' own words: the detractors to call back, and "what to improve" by theme."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from cxdesk.charts_build import themes_spec
from cxdesk.i18n import fill
from cxdesk.metrics import Theme
from cxdesk.services.analysis_surveys import Detractor, SurveyBreakdowns
from ui import analysis_labels as labels
from ui import figure_format as ff
from ui.formatting import format_datetime, sort_key
from ui.qtmodels.rows_model import Column, RowsModel
from ui.widgets.chart_view import ChartView
from ui.widgets.figure_table import FigureTable
from ui.widgets.result_panel import ResultPanel
from ui.widgets.section import Section

ANONYMOUS = QColor("#7b8794")


class DetractorsModel(RowsModel):
    WHEN, LOCATION, STAFF, CHANNEL, SCORE, COMMENT, CONTACT = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("When"), lambda d: format_datetime(d.taken_at),
                   sort=lambda d: sort_key(d.taken_at)),
            Column(lambda: self.tr("Location"), lambda d: d.location),
            Column(lambda: self.tr("Served by"), lambda d: d.staff),
            Column(lambda: self.tr("Channel"), lambda d: labels.channel_label(d.channel)),
            Column(lambda: self.tr("Score"), lambda d: str(d.score), numeric=True,
                   sort=lambda d: float(d.score)),
            Column(lambda: self.tr("Comment"), lambda d: " ".join(d.comment.split()),
                   tooltip=lambda d: d.comment or None, width=0),
            Column(lambda: self.tr("Call back"), self.contact,
                   color=lambda d: ANONYMOUS if d.name is None else None,
                   tooltip=lambda d: None if d.name is not None else self.tr(
                       "No consent to keep personal data (or none given): the answer "
                       "stays anonymous")),
        ], parent)

    def contact(self, row: Detractor) -> str:
        """Name and phone for a customer who consented; otherwise "anonymous"."""
        if row.name is None:
            return self.tr("anonymous")
        return ", ".join(part for part in (row.name, row.phone) if part)


class DetractorsPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.count_label = QLabel()
        self.model = DetractorsModel()
        self.table = FigureTable(self.model, stretch=DetractorsModel.COMMENT, max_rows=18)
        self.section.add(self.count_label)
        self.section.add(self.table)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("Detractors to call back"), self.tr(
            "Customers who gave 0–6, newest first, with what they wrote. Name and phone "
            "show only for customers who agreed to keep their data."))
        self.table.retranslate()

    def paint(self, data: SurveyBreakdowns) -> None:
        shown, total = len(data.detractors), data.detractors_total
        if total == shown:
            self.count_label.setText(self.tr("%n detractors in the period", "", total))
        else:
            self.count_label.setText(fill(self.tr("%1 detractors in the period; the newest "
                                                  "%2 are listed"), ff.count(total), shown))
        self.table.set_rows(data.detractors)


class ImprovementThemesModel(RowsModel):
    THEME, ANSWERS, SHARE, EXAMPLES = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Theme"), lambda t: labels.theme_label(t.theme, t.builtin)),
            Column(lambda: self.tr("Answers"), lambda t: ff.count(t.n), numeric=True,
                   sort=lambda t: float(t.n)),
            Column(lambda: self.tr("% of answers"), lambda t: ff.percent(self.share(t)),
                   numeric=True, sort=lambda t: float(t.n)),
            Column(lambda: self.tr("For example"), lambda t: "; ".join(t.examples), width=0,
                   tooltip=lambda t: "\n".join(t.examples) or None),
        ], parent)
        self.answers = 0

    def share(self, theme: Theme) -> float | None:
        return 100.0 * theme.n / self.answers if self.answers else None


class ImprovementThemesPanel(ResultPanel):
    def _build_ui(self) -> None:
        self.section = Section()
        self.chart = ChartView()
        self.model = ImprovementThemesModel()
        self.table = FigureTable(self.model, stretch=ImprovementThemesModel.EXAMPLES, max_rows=12)
        self.section.add(self.chart)
        self.section.add(self.table)
        self.panel_layout.addWidget(self.section)
        self.panel_layout.addStretch(1)

    def retranslate(self) -> None:
        self.section.set_title(self.tr("What customers would improve"), self.tr(
            "The answers to \u201cwhat should we improve\u201d, split into items and "
            "grouped by theme; one answer counts once per theme."))
        self.table.retranslate()

    def paint(self, data: SurveyBreakdowns) -> None:
        themes = data.themes
        self.model.answers = themes.n
        self.chart.set_spec(themes_spec(
            [labels.theme_label(t.theme, t.builtin) for t in themes.themes], themes.themes,
            themes.n, title=fill(self.tr("The 10 most mentioned, % of %1 answers"),
                                 ff.count(themes.n))))
        self.table.set_rows(themes.themes)
