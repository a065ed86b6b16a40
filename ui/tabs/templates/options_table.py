"""The answer options of a choice question: one row each, its text in three languages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.templates import I18n, OptionTemplate
from ui.qtcompat import emit
from ui.widgets.i18n_edit import LANGS, LANGUAGE_NAMES

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class OptionsTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(LANGS))
        self.table.setObjectName("options")
        self.table.setHorizontalHeaderLabels([LANGUAGE_NAMES[lang] for lang in LANGS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                                   | triggers.AnyKeyPressed | triggers.SelectedClicked)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton("▲")
        self.down_button = QPushButton("▼")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_option())
        self.remove_button.clicked.connect(self.remove_option)
        self.up_button.clicked.connect(lambda: self.move_option(-1))
        self.down_button.clicked.connect(lambda: self.move_option(1))
        self.table.itemChanged.connect(lambda _item: emit(self.changed))
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add option"))
        self.remove_button.setText(self.tr("Remove option"))
        self.up_button.setToolTip(self.tr("Move the option up"))
        self.down_button.setToolTip(self.tr("Move the option down"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_options(self, options: tuple[OptionTemplate, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for option in options:
            self._append(option.code, option.text)
        self.table.blockSignals(False)

    def _append(self, code: str, text: I18n) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, lang in enumerate(LANGS):
            item = QTableWidgetItem(getattr(text, lang))
            if column == 0:
                item.setData(CODE_ROLE, code)
            self.table.setItem(row, column, item)
        return row

    def commit(self, close: bool = True) -> None:
        """Keep what is being typed in a cell (OK or a button may be pressed before the cell
        is left), and close its editor before rows are added, moved or removed."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None and self.table.state() == QAbstractItemView.State.EditingState:
            self.table.blockSignals(True)  # reading the rows must not announce a change
            self.table.commitData(editor)
            self.table.blockSignals(False)
            if close:
                self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def options(self) -> tuple[OptionTemplate, ...]:
        """The rows as options; a new row has an empty code until the editor names it."""
        self.commit(close=False)
        result = []
        for row in range(self.table.rowCount()):
            texts = [(self.table.item(row, c).text() if self.table.item(row, c) else "")
                     for c in range(len(LANGS))]
            first = self.table.item(row, 0)
            code = (first.data(CODE_ROLE) if first is not None else "") or ""
            result.append(OptionTemplate(code, I18n(*texts)))
        return tuple(result)

    def add_option(self, text: I18n | None = None) -> None:
        self.commit()
        row = self._append("", text or I18n("", "", ""))
        self.table.setCurrentCell(row, 0)
        if text is None:
            self.table.editItem(self.table.item(row, 0))
        emit(self.changed)

    def remove_option(self) -> None:
        self.commit()
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            emit(self.changed)

    def move_option(self, delta: int) -> None:
        self.commit()
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        items = [self.table.takeItem(row, c) for c in range(len(LANGS))]
        self.table.removeRow(row)
        self.table.insertRow(target)
        for column, item in enumerate(items):
            self.table.setItem(target, column, item)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, 0)
        emit(self.changed)
