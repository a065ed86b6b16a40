"""The visit list: drafts and submitted visits with their scores, filtered; the resume offer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesk.i18n import fill
from cxdesk.services.visit_list import VisitRow
from ui.formatting import format_datetime
from ui.qtcompat import emit
from ui.shortcuts import shortcut
from ui.tabs.mystery.filters import FilterBar
from ui.tabs.mystery.model import VisitsModel

BANNER_STYLE = ("QFrame#resume_banner { background: #fff3cd; border: 1px solid #e0c060;"
                " border-radius: 4px; } QFrame#resume_banner QLabel { color: #4d3800; }")


class VisitListPage(QWidget):
    new_clicked = Signal()
    open_clicked = Signal(int)  # visit id
    delete_clicked = Signal(int)  # visit id
    print_clicked = Signal(int)  # visit id
    resume_clicked = Signal(int)  # visit id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: VisitRow | None = None
        self._build_ui()
        self._connect()
        self.retranslate()

    def _build_ui(self) -> None:
        self.banner = QFrame(styleSheet=BANNER_STYLE)
        self.banner.setObjectName("resume_banner")
        self.banner_label = QLabel(wordWrap=True)
        self.resume_button = QPushButton(autoDefault=False)
        self.resume_button.setObjectName("resume_draft")
        self.dismiss_button = QPushButton(autoDefault=False)
        banner = QHBoxLayout(self.banner)
        banner.addWidget(self.banner_label, 1)
        banner.addWidget(self.resume_button)
        banner.addWidget(self.dismiss_button)
        self.banner.hide()

        self.new_button = QPushButton(autoDefault=False)
        self.open_button = QPushButton(autoDefault=False)
        self.delete_button = QPushButton(autoDefault=False)
        self.print_button = QPushButton(autoDefault=False)
        self.filter_bar = FilterBar()
        top = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button, self.print_button):
            top.addWidget(button)
        top.addStretch(1)

        self.model = VisitsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(VisitsModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("visit_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VisitsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VisitsModel.CHECKLIST, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.update_buttons()

    def _connect(self) -> None:
        self.new_button.clicked.connect(lambda: emit(self.new_clicked))
        self.open_button.clicked.connect(self._open)
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.delete_clicked))
        self.print_button.clicked.connect(lambda: self._emit_selected(self.print_clicked))
        self.resume_button.clicked.connect(self._resume)
        self.dismiss_button.clicked.connect(self.banner.hide)
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        shortcut(QKeySequence.StandardKey.New, self, lambda: emit(self.new_clicked))
        for key, slot in ((Qt.Key.Key_Return, self._open), (Qt.Key.Key_Enter, self._open),
                          (Qt.Key.Key_Delete, lambda: self._emit_selected(self.delete_clicked))):
            shortcut(QKeySequence(key), self.table, slot, Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New visit…"))
        self.open_button.setText(self.tr("&Open"))
        self.delete_button.setText(self.tr("&Delete"))
        self.print_button.setText(self.tr("&Print visit…"))
        self.resume_button.setText(self.tr("&Resume"))
        self.dismiss_button.setText(self.tr("Later"))
        self._show_banner_text()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.model.retranslate(lang)

    # showing

    def set_rows(self, rows: list[VisitRow], select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        self.model.set_rows(rows)
        self._show_count()
        if keep is not None:
            self.select(keep)
        self.update_buttons()

    def offer_resume(self, draft: VisitRow | None) -> None:
        """Offer to carry on with an unfinished visit (None hides the offer)."""
        self._draft = draft
        self._show_banner_text()
        self.banner.setVisible(draft is not None)

    def _show_banner_text(self) -> None:
        draft = self._draft
        if draft is None:
            return
        self.banner_label.setText(fill(
            self.tr("A visit is not finished: %1, %2, %3 — %4 of %5 items answered. "
                    "Carry on where it stopped?"),
            draft.location_name, format_datetime(draft.visited_at), draft.shopper,
            draft.answered, draft.total))

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n visits", None, self.model.rowCount()))

    def set_report_available(self, available: bool) -> None:
        self.print_button.setVisible(available)

    # selection

    def selected_row(self) -> VisitRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.data(indexes[0], VisitsModel.ROW_ROLE) if indexes else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, visit_id: int) -> None:
        source_row = self.model.row_of(visit_id)
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

    def update_buttons(self) -> None:
        selected = self.selected_row() is not None
        for button in (self.open_button, self.delete_button, self.print_button):
            button.setEnabled(selected)

    def _emit_selected(self, signal) -> None:
        visit_id = self.selected_id()
        if visit_id is not None:
            emit(signal, visit_id)

    def _open(self) -> None:
        self._emit_selected(self.open_clicked)

    def _resume(self) -> None:
        if self._draft is not None:
            self.banner.hide()
            emit(self.resume_clicked, self._draft.id)
