"""The Customers tab: find, add, change, delete customers and erase their personal data."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence
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

from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from cxdesk.services import customers
from cxdesk.services.customers import CustomerForm, CustomerRow
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.customer_dialog import CustomerDialog
from ui.qtcompat import emit
from ui.shortcuts import shortcut
from ui.tabs.customers.model import CustomersModel

log = logging.getLogger(__name__)

CELL_PADDING = 20  # the style's cell margins, with room to spare
HEADER_PADDING = 28  # the header also draws the sort arrow


MAX_COLUMN_WIDTH = 200


class CustomersTab(QWidget):
    page_name = "customers_tab"  # the objectName the window remembers as the last page
    customers_changed = Signal()  # after any add, change, delete or erase

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.page_name)
        self._ctx = ctx
        self._generation = 0  # answers of older searches are dropped when they come late
        self._total = 0
        self._build_ui()
        self._connect()
        self.retranslate()
        self.refresh()

    def _build_ui(self) -> None:
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.erase_button = QPushButton()
        self.search_edit = QLineEdit(clearButtonEnabled=True)
        top = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.erase_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.search_edit)

        self.model = CustomersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(CustomersModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CustomersModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(
            CustomersModel.NAME, QHeaderView.ResizeMode.Stretch
        )

        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_buttons()

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_customer)
        self.edit_button.clicked.connect(self.edit_customer)
        self.delete_button.clicked.connect(self.delete_customer)
        self.erase_button.clicked.connect(self.erase_customer)
        self.search_edit.textChanged.connect(lambda _text: self.refresh())
        self.table.doubleClicked.connect(lambda _index: self.edit_customer())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        shortcuts = (
            (QKeySequence.StandardKey.New, self.add_customer),
            (QKeySequence.StandardKey.Find, self.search_edit.setFocus),
        )
        for key, slot in shortcuts:
            shortcut(key, self, slot)
        for key, slot in ((Qt.Key.Key_Return, self.edit_customer),
                          (Qt.Key.Key_Delete, self.delete_customer)):
            shortcut(QKeySequence(key), self.table, slot, Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.erase_button.setText(self.tr("E&rase personal data"))
        self.erase_button.setToolTip(self.tr(
            "Remove name, phone, e-mail and notes for good; their answers stay, anonymised."
        ))
        self.search_edit.setPlaceholderText(self.tr("Search by name, phone or e-mail"))
        placeholder = self.search_edit.fontMetrics().horizontalAdvance(
            self.search_edit.placeholderText()
        )
        self.search_edit.setMinimumWidth(max(280, placeholder + 48))  # room for the clear button
        self.model.retranslate()
        self._fit_columns()
        self._show_count()

    def _fit_columns(self) -> None:
        """Size each column for its typical widest text in this language; Name takes the rest."""
        cells = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column in range(CustomersModel.COLUMNS):
            if column == CustomersModel.NAME:
                continue
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(
                [header.fontMetrics().horizontalAdvance(title) + HEADER_PADDING]
                + [cells.horizontalAdvance(text) + CELL_PADDING
                   for text in self.model.samples(column)]
            )
            # a long e-mail must not squeeze the names: cap every column, tooltips show the rest
            header.resizeSection(column, min(width, MAX_COLUMN_WIDTH))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # loading

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list through the service (it searches Cyrillic in any case)."""
        self._generation += 1
        generation = self._generation
        search = self.search_edit.text()
        db = self._ctx.db
        self._ctx.tasks.run(
            lambda: (customers.list_customers(db, search), customers.count_customers(db)),
            lambda result: self._loaded(generation, result, select_id),
            self._failed,
        )

    def _loaded(self, generation: int, result, select_id: int | None) -> None:
        if generation != self._generation:
            return
        keep = select_id if select_id is not None else self._selected_id()
        rows, self._total = result
        self.model.set_rows(rows)
        self._show_count()
        if keep is not None:
            self._select(keep)
        self._update_buttons()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self.search_edit.text().strip():
            self.count_label.setText(self.tr("%n customers found", None, shown))
        else:
            self.count_label.setText(self.tr("%n customers", None, self._total))

    # selection

    def selected_row(self) -> CustomerRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.proxy.data(indexes[0], CustomersModel.ROW_ROLE)

    def _selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def _select(self, customer_id: int) -> None:
        source_row = self.model.row_of(customer_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None and not row.erased)
        self.delete_button.setEnabled(row is not None)
        self.erase_button.setEnabled(row is not None and not row.erased)

    # actions

    def add_customer(self) -> None:
        form = CustomerDialog.edit(self, None)
        if form is not None:
            self._write(lambda: customers.create_customer(self._ctx.db, form))

    def edit_customer(self) -> None:
        row = self.selected_row()
        if row is None or row.erased:
            return
        form: CustomerForm | None = CustomerDialog.edit(self, row)
        if form is not None:
            self._write(lambda: customers.update_customer(self._ctx.db, row.id, form), row.id)

    def delete_customer(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        name = row.name if not row.erased else fill(self.tr("anonymised #%1"), row.id)
        text = fill(self.tr("Delete the customer “%1”? This cannot be undone."), name)
        if messages.confirm(self, self.tr("Delete customer"), text, destructive=True):
            self._write(lambda: customers.delete_customer(self._ctx.db, row.id))

    def erase_customer(self) -> None:
        row = self.selected_row()
        if row is None or row.erased:
            return
        text = fill(self.tr(
            "Erase the personal data of “%1”? Name, phone, e-mail and notes are removed for "
            "good. Their survey answers, complaints and purchases stay, anonymised."
        ), row.name)
        if messages.confirm(self, self.tr("Erase personal data"), text, destructive=True):
            self._write(lambda: customers.erase_customer(self._ctx.db, row.id), row.id)

    def _write(self, func, select_id: int | None = None) -> None:
        def done(result) -> None:
            self.refresh(select_id if select_id is not None else result)
            emit(self.customers_changed)

        self._ctx.tasks.run(func, done, self._failed, write=True)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, CxdeskError):
            text = str(error)
        else:  # a bug: say so plainly, keep the details in the log
            log.error("customers tab", exc_info=error)
            text = fill(self.tr("Something went wrong: %1"), error)
        messages.show_error(self, self.tr("Customers"), text)
