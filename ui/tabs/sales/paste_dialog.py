"""Preview sales figures pasted from a spreadsheet, then import them all, or none."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill
from cxdesk.services import sales
from cxdesk.services.sales_paste import PastedRow, PasteError, parse_pasted
from ui.context import AppContext
from ui.dialogs.record_form import ERROR_STYLE
from ui.qtmodels.record_rows import ALERT_BACKGROUND, ON_ALERT_TEXT
from ui.tabs.sales.grid_model import amount_text, month_text


class SalesPasteDialog(QDialog):
    """`SalesPasteDialog.ask(parent, ctx, text) -> (added, updated) | None`. Import writes
    every line in one transaction; a bad line is marked, named below, and nothing is saved."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, text: str) -> None:
        super().__init__(parent)
        self.setObjectName("sales_paste_dialog")
        self._ctx = ctx
        self._text = text
        self._result: tuple[int, int] | None = None
        self._rows: list[PastedRow] = []
        self._bad: dict[int, str] = {}
        self.summary_label = QLabel(wordWrap=True)
        self.preview = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setModel(self.preview)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(140)
        self.error_label = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.error_label.setObjectName("paste_errors")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.import_lines)
        self.buttons.rejected.connect(self.reject)
        self.resize(900, 520)
        self._read()
        self.retranslate()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, text: str) -> tuple[int, int] | None:
        dialog = cls(parent, ctx, text)
        try:
            return dialog.result_counts() if dialog.exec() == QDialog.DialogCode.Accepted \
                else None
        finally:
            dialog.deleteLater()

    def result_counts(self) -> tuple[int, int] | None:
        return self._result

    def _read(self) -> None:
        """How the lines read: parsed figures, or the raw lines when some cannot be read."""
        try:
            self._rows = parse_pasted(self._text)
        except PasteError as error:
            self._rows = []
            self._bad = {line: message for line, message in error.lines}
        self._fill()

    def _fill(self) -> None:
        self.preview.clear()
        if self._rows:
            for row in self._rows:
                self.preview.appendRow(self._items(row.line, [
                    month_text(row.period), amount_text(row.revenue),
                    amount_text(row.quantity, 0), row.product, row.location, row.customer]))
        else:
            for number, line in enumerate(self._text.splitlines(), start=1):
                if line.strip():
                    self.preview.appendRow(self._items(number, line.split("\t")))
        self.import_button.setEnabled(bool(self._rows))

    def _items(self, line: int, cells: list[str]) -> list[QStandardItem]:
        items = [QStandardItem(str(line))] + [QStandardItem(cell) for cell in cells]
        if line in self._bad:
            for item in items:
                item.setBackground(ALERT_BACKGROUND)
                item.setForeground(ON_ALERT_TEXT)
                item.setToolTip(self._bad[line])
        return items

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Paste sales figures"))
        self.import_button.setText(self.tr("&Import"))
        if self._rows:
            self.preview.setHorizontalHeaderLabels([
                self.tr("Line"), self.tr("Month"), self.tr("Revenue"), self.tr("Quantity"),
                self.tr("Product"), self.tr("Location"), self.tr("Customer")])
            self.summary_label.setText(self.tr(
                "%n lines read. Check how they were understood, then import them.", "",
                len(self._rows)))
        else:
            cells = max((len(line.split("\t")) for line in self._text.splitlines()), default=0)
            self.preview.setHorizontalHeaderLabels([self.tr("Line")] + [""] * cells)
            self.summary_label.setText(self.tr(
                "Some lines cannot be read: correct them in the spreadsheet and paste again."))
        self._show_errors()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_errors(self, text: str | None = None) -> None:
        if text is None:
            text = "\n".join(self._bad[line] for line in sorted(self._bad)[:15])
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def import_lines(self) -> None:
        if not self._rows:
            return
        db, text = self._ctx.db, self._text
        self.import_button.setEnabled(False)
        self._ctx.tasks.run(lambda: sales.import_pasted(db, text), self._imported,
                            self._refused, write=True)

    def _imported(self, result: tuple[int, int]) -> None:
        self._result = result
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(error, PasteError):  # nothing was written: mark the lines
            self._bad = {line: message for line, message in error.lines}
            self._fill()
            self.retranslate()
            self.import_button.setEnabled(False)
            self.summary_label.setText(self.tr(
                "Nothing was saved: correct these lines in the spreadsheet and paste again."))
        elif isinstance(error, CxdeskError):
            self._show_errors(str(error))
        else:
            self._show_errors(fill(self.tr("Something went wrong: %1"), error))
