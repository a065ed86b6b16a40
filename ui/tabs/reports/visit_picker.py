"""The visit report's picker: the visits handed in during the period, newest first."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesk.services.visit_list import VisitRow, list_visits
from ui.context import AppContext
from ui.qtcompat import emit
from ui.tabs.reports.visits_model import VisitsModel

log = logging.getLogger(__name__)


class VisitPicker(QWidget):
    changed = Signal()  # the list or the chosen visit changed
    activated = Signal()  # a visit was double-clicked (or Enter pressed on it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0  # answers of older reads are dropped when they come late
        self.model = VisitsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(VisitsModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VisitsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VisitsModel.SHOPPER, QHeaderView.ResizeMode.Stretch)
        self.hint_label = QLabel()
        self.hint_label.setStyleSheet("color: #616e7c;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        self.table.selectionModel().selectionChanged.connect(lambda *_: emit(self.changed))
        self.table.activated.connect(lambda _index: emit(self.activated))
        self.retranslate()

    def retranslate(self) -> None:
        self.model.retranslate()
        count = self.model.rowCount()
        self.hint_label.setText(
            self.tr("%n visits handed in during the period", None, count) if count
            else self.tr("No visit was handed in during this period at this location."))

    def reload(self, first: date, last: date, location_id: int | None) -> None:
        """Read the submitted visits of the period (at one location, or all)."""
        self._generation += 1
        generation, db = self._generation, self._ctx.db
        self._ctx.tasks.run(
            lambda: list_visits(db, location_id, None, first, last, "submitted"),
            lambda rows: self._loaded(generation, rows),
            lambda error: log.warning("visits not read: %s", error))

    def _loaded(self, generation: int, rows: list[VisitRow]) -> None:
        if generation != self._generation:
            return
        kept = self.visit_id()
        self.model.set_rows(rows)
        self.select_visit(kept)
        self.retranslate()
        emit(self.changed)

    def visit(self) -> VisitRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def visit_id(self) -> int | None:
        visit = self.visit()
        return visit.id if visit is not None else None

    def select_visit(self, visit_id: int | None) -> None:
        """Choose the visit (the newest when it is gone); nothing when the list is empty."""
        row = self.model.row_of(visit_id) if visit_id is not None else None
        if row is None and self.model.rowCount():
            row = self.proxy.mapToSource(self.proxy.index(0, 0)).row()
        if row is None:
            self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
