"""FigureTable: a table of figures that sorts by clicking a header and copies to the clipboard.

    table = FigureTable(RowsModel([Column(...), ...]), stretch=0)
    table.set_rows(groups)

Ctrl+C (or the context menu) copies the selected cells as tab-separated text with the
column titles on the first line, in the order shown, ready to paste into a spreadsheet;
"Copy the whole table" copies every row. `cell_clicked(row, column)` reports a click on a
cell with the row object and the model column (a page makes a column act as a link).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ui.qtcompat import emit
from ui.qtmodels.rows_model import RowsModel


class FigureTable(QTableView):
    cell_clicked = Signal(object, int)  # the row object, the model column

    def __init__(self, model: RowsModel, parent: QWidget | None = None, *,
                 stretch: int | None = None, max_rows: int = 15) -> None:
        super().__init__(parent)
        self.rows_model = model
        model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(RowsModel.SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order given until clicked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        # sized once per update (fit_columns), not on every change as ResizeToContents does
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self._stretch = stretch
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.max_rows = max_rows
        self.clicked.connect(self._clicked)
        self._fit_height()

    def set_rows(self, rows) -> None:
        self.rows_model.set_rows(rows)
        self.fit_columns()
        self._fit_height()

    def retranslate(self) -> None:
        self.rows_model.retranslate()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its widest cell or title; the stretch column takes the rest."""
        for column in range(self.rows_model.columnCount()):
            if column != self._stretch:
                self.resizeColumnToContents(column)

    def shown_rows(self) -> list:
        """The row objects in the order shown (after sorting)."""
        return [self.proxy.data(self.proxy.index(r, 0), RowsModel.ROW_ROLE)
                for r in range(self.proxy.rowCount())]

    def _fit_height(self) -> None:
        """Tall enough for up to `max_rows` rows, so a page of tables needs one scroll bar."""
        rows = max(1, min(self.proxy.rowCount(), self.max_rows))
        height = (self.horizontalHeader().sizeHint().height()
                  + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth()
                  + (self.horizontalScrollBar().sizeHint().height() + 2))
        self.setMinimumHeight(height)
        self.setMaximumHeight(height if self.proxy.rowCount() <= self.max_rows else 16777215)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.proxy.data(index, RowsModel.ROW_ROLE)
            emit(self.cell_clicked, row, self.proxy.mapToSource(index).column())

    # copying

    def selection_text(self, everything: bool = False) -> str:
        """The selected cells (or all) as tab-separated lines, titles first."""
        proxy = self.proxy
        if everything:
            rows = list(range(proxy.rowCount()))
            columns = [c for c in range(proxy.columnCount()) if not self.isColumnHidden(c)]
            chosen = {(r, c) for r in rows for c in columns}
        else:
            chosen = {(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()}
            rows = sorted({r for r, _ in chosen})
            columns = sorted({c for _, c in chosen},
                             key=lambda c: self.horizontalHeader().visualIndex(c))
        if not chosen:
            return ""
        lines = ["\t".join(_clean(proxy.headerData(c, Qt.Orientation.Horizontal))
                           for c in columns)]
        for r in rows:
            lines.append("\t".join(
                _clean(proxy.data(proxy.index(r, c))) if (r, c) in chosen else ""
                for c in columns))
        return "\n".join(lines) + "\n"

    def copy_selection(self, everything: bool = False) -> None:
        text = self.selection_text(everything)
        if text:
            QGuiApplication.clipboard().setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Copy"), self.copy_selection)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self.selectionModel().hasSelection())
        menu.addAction(self.tr("Copy the &whole table"), lambda: self.copy_selection(True))
        menu.exec(event.globalPos())


def _clean(value) -> str:
    """A cell as one spreadsheet cell: no tabs or line breaks inside."""
    return " ".join(str(value or "").split())
