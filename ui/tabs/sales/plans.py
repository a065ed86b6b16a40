"""Sample plans ("5 customers a day for 5 days") and how far each has got."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.db.database import Database
from cxdesk.i18n import fill
from cxdesk.metrics.exit_survey import PlanProgress
from cxdesk.services import sales
from cxdesk.services.sales import SamplePlanRow
from cxdesk.services.search import localized, matches, terms
from cxdesk.services.survey_templates import list_surveys
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.sample_plan_dialog import SamplePlanDialog
from ui.formatting import format_date, sort_key
from ui.qtmodels.record_rows import Column, RecordRowsModel
from ui.widgets.choices import load_choices
from ui.widgets.record_list import RecordList

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PlanItem:
    plan: SamplePlanRow
    progress: PlanProgress

    @property
    def id(self) -> int:
        return self.plan.id


def load_plans(db: Database, search: str, lang: str) -> list[PlanItem]:
    words = terms(search)
    return [PlanItem(plan, sales.sample_plan_progress(db, plan.id).progress)
            for plan in sales.list_sample_plans(db)
            if matches(words, plan.survey_name, plan.location_name, plan.survey_family)]


class PlansModel(RecordRowsModel):
    SURVEY, LOCATION, STARTS, ENDS, TARGET, DONE, PROGRESS = range(7)

    def __init__(self, language, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Survey"),
                   lambda i: localized(i.plan.survey_name, language()) or i.plan.survey_family,
                   width=0),
            Column(lambda: self.tr("Location"),
                   lambda i: i.plan.location_name or self.tr("All locations"), width=14),
            Column(lambda: self.tr("First day"), lambda i: format_date(i.plan.starts_on),
                   sort=lambda i: sort_key(i.plan.starts_on), width=11),
            Column(lambda: self.tr("Last day"), lambda i: format_date(i.plan.ends_on),
                   sort=lambda i: sort_key(i.plan.ends_on), width=11),
            Column(lambda: self.tr("Target"), lambda i: str(i.plan.target),
                   sort=lambda i: float(i.plan.target), numeric=True, width=7),
            Column(lambda: self.tr("Done"), lambda i: str(i.progress.done),
                   sort=lambda i: float(i.progress.done), numeric=True, width=7),
            Column(lambda: self.tr("Progress"), self._progress,
                   sort=lambda i: float(i.progress.pct or 0), width=26),
        ], parent)

    def _progress(self, item: PlanItem) -> str:
        pct = item.progress.pct or 0.0
        if item.progress.remaining == 0:
            return fill(self.tr("%1% — reached"), f"{pct:.0f}")
        return fill(self.tr("%1% — %2 to go"), f"{pct:.0f}", item.progress.remaining)


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar with its text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(RecordRowsModel.ROW_ROLE)
        if not isinstance(item, PlanItem):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 2, -2, -2)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = int(min(100.0, item.progress.pct or 0.0))
        bar.text = index.data()
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class PlansPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        db, language = ctx.db, lambda: ctx.translations.language
        self.model = PlansModel(language, self)
        self.records = RecordList(ctx, self.model,
                                  lambda search: load_plans(db, search, language()))
        self.records.table.setItemDelegateForColumn(PlansModel.PROGRESS, ProgressDelegate(self))
        self.records.count_text = lambda n, found: (
            self.tr("%n plans found", "", n) if found else self.tr("%n plans", "", n))
        QVBoxLayout(self).addWidget(self.records)
        self.records.add_button.clicked.connect(lambda: self.edit_plan(None))
        self.records.edit_button.clicked.connect(self._edit_selected)
        self.records.activated.connect(self._edit_selected)
        self.records.delete_button.clicked.connect(self.delete_plan)
        self.retranslate()

    def retranslate(self) -> None:
        self.records.set_search_placeholder(self.tr("Search survey or location"))
        self.records.error_title = self.tr("Sample plans")
        self.records.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _edit_selected(self) -> None:
        item = self.records.selected_row()
        if item is not None:
            self.edit_plan(item.plan)

    def edit_plan(self, row: SamplePlanRow | None) -> None:
        db, lang = self._ctx.db, self._ctx.translations.language

        def lookups():
            surveys = [(s.family, localized(s.name, lang) or s.family)
                       for s in list_surveys(db, include_archived=False)]
            return surveys, load_choices(db, with_customers=False).locations

        def ask(found) -> None:
            surveys, locations = found
            if row is None:
                self.records.ask_and_save(
                    lambda form, error: SamplePlanDialog.edit(self, None, surveys, locations,
                                                              form, error),
                    lambda form: sales.create_sample_plan(db, form))
            else:
                self.records.ask_and_save(
                    lambda form, error: SamplePlanDialog.edit(self, row, surveys, locations,
                                                              form, error),
                    lambda form: sales.update_sample_plan(db, row.id, form), row.id)

        self._ctx.tasks.run(lookups, ask, self.records.show_failure)

    def delete_plan(self) -> None:
        item, db = self.records.selected_row(), self._ctx.db
        if item is None:
            return
        if messages.confirm(self, self.tr("Delete sample plan"), self.tr(
                "Delete this sample plan? The survey answers stay."), destructive=True):
            self.records.write(lambda: sales.delete_sample_plan(db, item.id))

    def refresh(self) -> None:
        self.records.refresh()

