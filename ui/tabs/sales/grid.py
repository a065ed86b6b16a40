"""Sales figures typed in a grid or pasted from a spreadsheet, saved whole or not at all."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShowEvent
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
from cxdesk.services import sales
from cxdesk.services.sales_paste import PasteError
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.record_form import ERROR_STYLE
from ui.qtcompat import emit
from ui.shortcuts import shortcut
from ui.tabs.sales.grid_model import GridRow, SalesGridModel
from ui.tabs.sales.grid_view import ChoiceDelegate, GridFilter
from ui.tabs.sales.paste_dialog import SalesPasteDialog
from ui.widgets.choices import Choices, load_choices


class SalesGrid(QWidget):
    figures_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._choices = Choices()
        self._shown = False
        self._build_ui()
        self._connect()
        self.retranslate()

    def _build_ui(self) -> None:
        self.add_button, self.delete_button = QPushButton(), QPushButton()
        self.save_button, self.revert_button = QPushButton(), QPushButton()
        self.paste_button = QPushButton()
        self.search_edit = QLineEdit(clearButtonEnabled=True)
        top = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.save_button,
                       self.revert_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.paste_button)
        self.model = SalesGridModel(self)
        self.proxy = GridFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # newest month first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SalesGridModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column, chars in ((SalesGridModel.MONTH, 16), (SalesGridModel.LOCATION, 18),
                              (SalesGridModel.CUSTOMER, 22), (SalesGridModel.REVENUE, 16),
                              (SalesGridModel.QUANTITY, 10)):
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * chars + 24)
        self.table.setItemDelegateForColumn(SalesGridModel.LOCATION, ChoiceDelegate(
            lambda: [(c.id, c.name) for c in self._choices.locations if c.active],
            lambda: self.tr("— all locations —"), self))
        self.table.setItemDelegateForColumn(SalesGridModel.CUSTOMER, ChoiceDelegate(
            lambda: [(c.id, c.name) for c in self._choices.customers],
            lambda: self.tr("— all customers —"), self, searchable=True))
        self.count_label = QLabel()
        self.message_label = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.message_label.setObjectName("sales_message")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)
        self._update_buttons()

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_rows)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.paste_button.clicked.connect(self.paste_from_clipboard)
        self.search_edit.textChanged.connect(self._search)
        self.model.changed.connect(self._update_buttons)
        self.model.value_refused.connect(self.message_label.setText)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Ctrl+V anywhere on the page (a cell being edited pastes into itself first)
        shortcut(QKeySequence.StandardKey.Paste, self, self.paste_from_clipboard)
        shortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_rows,
                 Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add row"))
        self.delete_button.setText(self.tr("&Delete rows"))
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes not saved yet"))
        self.paste_button.setText(self.tr("&Paste from spreadsheet…"))
        self.paste_button.setToolTip(self.tr(
            "Copy the month, revenue (and quantity, product, location, customer) columns in "
            "Excel or Google Sheets, then press Ctrl+V here"))
        self.search_edit.setPlaceholderText(self.tr(
            "Search product, location, customer, month"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page reloads it, unless it holds changes not saved yet."""
        if self._shown and not event.spontaneous() and not self.model.has_changes():
            self.refresh()
        self._shown = True
        super().showEvent(event)

    # loading

    def refresh(self) -> None:
        db = self._ctx.db
        self._ctx.tasks.run(lambda: (sales.list_figures(db), load_choices(db)), self._loaded,
                            self._failed)

    def _loaded(self, result) -> None:
        figures, self._choices = result
        self.model.locations = {c.id: c.name for c in self._choices.locations}
        self.model.customers = {c.id: c.name for c in self._choices.customers}
        self.model.set_rows([GridRow.of(row) for row in figures])
        self._show_count()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_count()

    def _show_count(self) -> None:
        n = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n figures found", "", n) if self.proxy.searching()
                                 else self.tr("%n figures", "", n))

    def _update_buttons(self) -> None:
        changed = self.model.has_changes()
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)
        self.delete_button.setEnabled(bool(self._selected_positions()))
        self._show_count()

    def _selected_positions(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        return sorted(self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in rows)

    # editing

    def add_row(self) -> None:
        """A new row for this month at the chosen row's location; the revenue to type."""
        positions = self._selected_positions()
        model_rows = self.model.rows()
        like = model_rows[positions[0]] if positions else None
        today = date.today()
        position = self.model.add_row(GridRow(
            None, like.period if like else date(today.year, today.month, 1), None,
            location_id=like.location_id if like else None))
        index = self.proxy.mapFromSource(self.model.index(position, SalesGridModel.REVENUE))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)
        self.table.edit(index)

    def delete_rows(self) -> None:
        positions = self._selected_positions()
        if not positions:
            return
        rows = self.model.rows()
        stored = [rows[p].id for p in positions if rows[p].id is not None]
        if not stored:
            self.model.remove_rows(positions)
            return
        text = self.tr("Delete %n figures from the database? This cannot be undone.", "",
                       len(stored))
        if not messages.confirm(self, self.tr("Delete figures"), text, destructive=True):
            return
        db = self._ctx.db
        self._ctx.tasks.run(lambda: sales.delete_figures(db, stored),
                            lambda _n: self._deleted(stored, positions), self._failed,
                            write=True)

    def _deleted(self, ids: list[int], positions: list[int]) -> None:
        rows = self.model.rows()
        self.model.remove_rows([p for p in positions if rows[p].id is None or rows[p].id in ids])
        emit(self.figures_saved)

    def save(self) -> None:
        """Every row in one transaction: a bad one saves nothing, and is marked."""
        if not self.model.has_changes():
            return
        self.table.setFocus()  # closes an open editor, so its value is in the model
        problems = self.model.incomplete()
        if problems:
            self._show_problems(problems)
            return
        forms, db = [row.form() for row in self.model.rows()], self._ctx.db
        self._ctx.tasks.run(lambda: sales.upsert_figures(db, forms), self._saved,
                            self._failed, write=True)

    def _saved(self, result: tuple[int, int]) -> None:
        added, updated = result
        self.refresh()
        self.message_label.setStyleSheet("")
        self.message_label.setText(fill(self.tr("Saved: %1 added, %2 updated."), added,
                                        updated))
        emit(self.figures_saved)

    def _show_problems(self, problems: dict[int, str]) -> None:
        self.model.mark_problems(problems)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText("\n".join(problems[n] for n in sorted(problems)[:10]))
        first = self.proxy.mapFromSource(self.model.index(min(problems), 0))
        if first.isValid():
            self.table.scrollTo(first)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PasteError):  # line n is the grid's row n
            self._show_problems({line - 1: text for line, text in error.lines})
            return
        text = str(error) if isinstance(error, CxdeskError) else fill(
            self.tr("Something went wrong: %1"), error)
        messages.show_error(self, self.tr("Sales figures"), text)

    def revert(self) -> None:
        if self.model.has_changes() and not messages.confirm(
                self, self.tr("Revert"), self.tr("Forget the changes not saved yet?"),
                destructive=True):
            return
        self.message_label.clear()
        self.refresh()

    # pasting

    def paste_from_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Preview pasted spreadsheet lines, then import them whole (or nothing)."""
        if self.model.has_changes():
            messages.show_info(self, self.tr("Paste"), self.tr(
                "Save or revert the changes in the grid first."))
            return
        result = SalesPasteDialog.ask(self, self._ctx, text)
        if result is None:
            return
        added, updated = result
        self.refresh()
        self.message_label.setStyleSheet("")
        self.message_label.setText(fill(self.tr("Imported: %1 added, %2 updated."), added,
                                        updated))
        emit(self.figures_saved)
