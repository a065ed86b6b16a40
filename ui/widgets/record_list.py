"""A searchable, sortable list of records with its count and Add, Edit and Delete buttons.

The page gives it a RecordRowsModel and a `load(search)` function (a service call); the list
runs loads and writes in the background, keeps the selection across reloads, re-asks a form
whose save the service refused with a ValidationError, and shows any other refusal."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesk.errors import CxdeskError, ValidationError
from cxdesk.i18n import fill
from cxdesk.services.sales_paste import PasteError
from ui.context import AppContext
from ui.dialogs import messages
from ui.qtcompat import emit
from ui.qtmodels.record_rows import RecordRowsModel
from ui.shortcuts import shortcut

log = logging.getLogger(__name__)

CELL_PADDING = 20
HEADER_PADDING = 28  # the header also draws the sort arrow

Ask = Callable[[Any, ValidationError | None], Any]  # (form shown again, its error) -> form


class RecordList(QWidget):
    selection_changed = Signal()
    activated = Signal()  # double click or Return on a row: the page edits it
    cell_clicked = Signal(int)  # the model column clicked on the selected row (links)
    saved = Signal()  # after a write went through
    loaded = Signal()

    def __init__(self, ctx: AppContext, model: RecordRowsModel,
                 load: Callable[[str], Sequence[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = model
        self._load = load
        self._generation = 0
        self._shown = False
        self.error_title = ""
        self.count_text: Callable[[int, bool], str] = lambda n, _filtered: str(n)
        self.filters_active: Callable[[], bool] = lambda: False
        self._build_ui()
        self._connect()
        self.retranslate()

    def _build_ui(self) -> None:
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.search_edit = QLineEdit(clearButtonEnabled=True)
        # two rows, so a page with many buttons and filters still fits 1366 px in any language
        self.toolbar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.toolbar.addWidget(button)
        self._actions_end = self.toolbar.count()
        self.toolbar.addStretch(1)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search_edit, 1)

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RecordRowsModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setHighlightSections(False)

        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_buttons()

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _text: self.refresh())
        self.table.doubleClicked.connect(lambda _index: emit(self.activated))
        self.table.clicked.connect(self._clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())
        shortcut(QKeySequence.StandardKey.New, self, self.add_button.click)
        shortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        for key, slot in ((Qt.Key.Key_Return, lambda: emit(self.activated)),
                          (Qt.Key.Key_Delete, self.delete_button.click)):
            shortcut(QKeySequence(key), self.table, slot, Qt.ShortcutContext.WidgetShortcut)

    def sort_by(self, column: int, descending: bool = False) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)

    def add_action(self, widget: QWidget) -> None:
        """Put a page's own button after Delete."""
        self.toolbar.insertWidget(self._actions_end, widget)
        self._actions_end += 1

    def add_filter(self, widget: QWidget) -> None:
        """Put a filter (a combo, a check box) in the second row, before the search box."""
        self.filter_bar.insertWidget(self.filter_bar.indexOf(self.search_edit), widget)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.model.retranslate()
        self.fit_columns()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page reloads it: another page may have changed its records."""
        if self._shown and not event.spontaneous():
            self.refresh()
        self._shown = True
        super().showEvent(event)

    def set_search_placeholder(self, text: str) -> None:
        self.search_edit.setPlaceholderText(text)
        width = self.search_edit.fontMetrics().horizontalAdvance(text)
        self.search_edit.setMinimumWidth(min(320, max(180, width + 48)))

    def fit_columns(self) -> None:
        """Each column as wide as its typical text or its title; a width of 0 stretches."""
        header = self.table.horizontalHeader()
        cells = self.table.fontMetrics()
        bold_font = self.table.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        for number, column in enumerate(self.model.columns):
            if column.width == 0:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
                continue
            widths = [header.fontMetrics().horizontalAdvance(column.title()) + HEADER_PADDING,
                      cells.averageCharWidth() * column.width + CELL_PADDING]
            metrics = bold if column.bold else cells
            widths += [metrics.horizontalAdvance(text) + CELL_PADDING
                       for text in (column.samples() if column.samples else [])]
            header.resizeSection(number, max(widths))

    # loading

    def refresh(self, select_id: int | None = None) -> None:
        """Reload through the service (it searches Cyrillic in any case)."""
        self._generation += 1
        generation = self._generation
        search = self.search_edit.text()
        self._ctx.tasks.run(lambda: self._load(search),
                            lambda rows: self._loaded(generation, rows, select_id),
                            self.show_failure)

    def _loaded(self, generation: int, rows: Sequence[Any], select_id: int | None) -> None:
        if generation != self._generation:
            return  # an older search answered late
        keep = select_id if select_id is not None else self._selected_id()
        self.model.set_rows(rows)
        if keep is not None:
            self.select(keep)
        self._show_count()
        self._update_buttons()
        emit(self.loaded)

    def _show_count(self) -> None:
        filtered = bool(self.search_edit.text().strip()) or self.filters_active()
        self.count_label.setText(self.count_text(self.proxy.rowCount(), filtered))

    # selection

    def selected_row(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.data(indexes[0], RecordRowsModel.ROW_ROLE) if indexes else None

    def _selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select(self, row_id: int) -> None:
        source_row = self.model.row_of(row_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _selection_moved(self) -> None:
        self._update_buttons()
        emit(self.selection_changed)

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            emit(self.cell_clicked, index.column())

    # writing

    def write(self, func: Callable[[], Any], select_id: int | None = None,
              failed: Callable[[BaseException], None] | None = None) -> None:
        """Run a service call that writes; then reload, selecting `select_id` or the new id."""
        def done(result: Any) -> None:
            new_id = result if isinstance(result, int) and not isinstance(result, bool) else None
            self.refresh(select_id if select_id is not None else new_id)
            emit(self.saved)

        self._ctx.tasks.run(func, done, failed or self.show_failure, write=True)

    def ask_and_save(self, ask: Ask, save: Callable[[Any], Any], select_id: int | None = None,
                     form: Any = None, error: ValidationError | None = None) -> None:
        """Ask for a form, save it; when the service refuses a value, ask again with the
        user's form and the reason next to its field."""
        answer = ask(form, error)
        if answer is None:
            return

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and not isinstance(exc, PasteError):
                self.ask_and_save(ask, save, select_id, answer, exc)
            else:
                self.show_failure(exc)

        self.write(lambda: save(answer), select_id, failed)

    def show_failure(self, error: BaseException) -> None:
        if isinstance(error, CxdeskError):
            text = str(error)
        else:  # a bug: say so plainly, keep the details in the log
            log.error("%s", self.error_title, exc_info=error)
            text = fill(self.tr("Something went wrong: %1"), error)
        messages.show_error(self, self.error_title, text)
