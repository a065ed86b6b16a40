"""The batch beside the card: the cards saved, their correction and removal, the pile check."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.qtcompat import emit
from ui.shortcuts import shortcut
from ui.tabs.survey_entry.model import BatchModel

MATCH_STYLE = "color: #1b5e20;"
MISMATCH_STYLE = "color: #b00020;"


class BatchPanel(QWidget):
    correct_requested = Signal(int)  # a row: load that card back into the form
    delete_requested = Signal(int)
    undo_requested = Signal()
    new_batch_requested = Signal()
    left = Signal()  # Esc in the list, Enter or Esc in the pile count: back to the card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel()
        self.new_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.new_button)

        self.model = BatchModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.title.setBuddy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.correct_button = QPushButton()
        self.delete_button = QPushButton()
        self.undo_button = QPushButton()
        actions = QGridLayout()  # two rows: the panel stays narrow enough for the card
        actions.addWidget(self.correct_button, 0, 0)
        actions.addWidget(self.delete_button, 0, 1)
        actions.addWidget(self.undo_button, 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        actions.setColumnStretch(2, 1)

        self.pile_label = QLabel()
        self.pile_edit = QLineEdit(maxLength=5)
        self.pile_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}")))
        self.pile_edit.setFixedWidth(self.pile_edit.fontMetrics().horizontalAdvance("00000") + 24)
        self.pile_label.setBuddy(self.pile_edit)
        self.pile_result = QLabel(wordWrap=True)
        pile = QHBoxLayout()
        pile.addWidget(self.pile_label)
        pile.addWidget(self.pile_edit)
        pile.addWidget(self.pile_result, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(pile)
        self._update()

    def _connect(self) -> None:
        self.new_button.clicked.connect(lambda: emit(self.new_batch_requested))
        self.correct_button.clicked.connect(self._correct)
        self.delete_button.clicked.connect(self._delete)
        self.undo_button.clicked.connect(lambda: emit(self.undo_requested))
        self.table.doubleClicked.connect(lambda _index: self._correct())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.pile_edit.textChanged.connect(lambda _text: self._show_pile())
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(lambda *_: self._update())
        leave = lambda: emit(self.left)  # noqa: E731
        for widget, key, slot in (
            (self.table, Qt.Key.Key_Return, self._correct),
            (self.table, Qt.Key.Key_Enter, self._correct),
            (self.table, Qt.Key.Key_Delete, self._delete),
            (self.table, Qt.Key.Key_Escape, leave),
            (self.pile_edit, Qt.Key.Key_Return, leave),
            (self.pile_edit, Qt.Key.Key_Enter, leave),
            (self.pile_edit, Qt.Key.Key_Escape, leave),
        ):
            shortcut(QKeySequence(key), widget, slot, Qt.ShortcutContext.WidgetShortcut)
        self.table.installEventFilter(self)

    def retranslate(self, lang: str) -> None:
        self.title.setText(self.tr("&Batch:"))
        self.new_button.setText(self.tr("&New batch"))
        self.new_button.setToolTip(self.tr("Start counting a new pile; saved cards stay saved."))
        self.correct_button.setText(self.tr("Cor&rect card (Enter)"))
        self.delete_button.setText(self.tr("Delete card (Del)"))
        self.undo_button.setText(self.tr("&Undo last card (Ctrl+Z)"))
        self.pile_label.setText(self.tr("Cards in the &pile:"))
        self.model.set_language(lang)
        self.fit_columns()
        self._update()

    def fit_columns(self) -> None:
        """Number and key answers as narrow as their titles; the comment takes what is left."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.model.comment_column):
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            header.resizeSection(column, max(44, metrics.horizontalAdvance(title) + 24))
        width = self.table.fontMetrics().horizontalAdvance("0" * 24)
        for column in range(self.model.comment_column, self.model.columnCount()):
            header.resizeSection(column, width)

    # selection

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.FocusIn
                and self.selected_row() is None and self.model.rowCount()):
            self.select(self.model.rowCount() - 1)  # the card just typed is the likely one
        return super().eventFilter(watched, event)

    def _correct(self) -> None:
        row = self.selected_row()
        if row is not None:
            emit(self.correct_requested, row)

    def _delete(self) -> None:
        row = self.selected_row()
        if row is not None:
            emit(self.delete_requested, row)

    # counts

    def _update(self) -> None:
        saved = self.model.rowCount()
        self.count_label.setText(self.tr("%n cards saved", "", saved))
        selected = self.selected_row() is not None
        self.correct_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.undo_button.setEnabled(saved > 0)
        self._show_pile()

    def _show_pile(self) -> None:
        text = self.pile_edit.text()
        if not text:
            self.pile_result.setText(self.tr("count the paper cards and type the number"))
            self.pile_result.setStyleSheet("")
            return
        difference = int(text) - self.model.rowCount()
        if difference == 0:
            self.pile_result.setText(self.tr("✓ matches"))
        elif difference > 0:
            self.pile_result.setText(self.tr("%n cards missing", "", difference))
        else:
            self.pile_result.setText(self.tr("%n cards too many", "", -difference))
        self.pile_result.setStyleSheet(MATCH_STYLE if difference == 0 else MISMATCH_STYLE)

    def pile_verdict(self) -> str:
        return self.pile_result.text()

    def clear_pile(self) -> None:
        self.pile_edit.clear()
