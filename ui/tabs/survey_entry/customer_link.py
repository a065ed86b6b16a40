"""The card's optional customer: found by typing part of a name or phone, picked by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from cxdesk.services import customers
from cxdesk.services.customers import CustomerRow
from ui.context import AppContext
from ui.qtcompat import emit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 12  # matches offered at a time: the pile's customer is found by typing more


def customer_text(row: CustomerRow) -> str:
    return " · ".join(part for part in (row.name, row.phone) if part)


class CustomerLink(QWidget):
    """A search box with a list of matches: Enter takes the one lit (the first; ↓ ↑ move)."""

    customer_chosen = Signal()  # a customer was picked (or the link cleared by keyboard)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id: int | None = None
        self._generation = 0
        self._build_ui()
        self._connect()
        self.retranslate()

    def _build_ui(self) -> None:
        self.label = QLabel()
        self.edit = QLineEdit(clearButtonEnabled=True)
        self.label.setBuddy(self.edit)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.setMaxVisibleItems(SHOWN)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)

    def _connect(self) -> None:
        self.edit.textEdited.connect(self._search)
        self.completer.activated[QModelIndex].connect(self._picked)
        self.edit.installEventFilter(self)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Cust&omer:"))
        self.edit.setPlaceholderText(self.tr("optional: type part of a name or phone"))

    # the link

    def customer_id(self) -> int | None:
        return self._customer_id

    def set_customer(self, customer_id: int | None, text: str = "") -> None:
        self._customer_id = customer_id
        self.edit.setText(text if customer_id is not None else "")
        self.completer.popup().hide()

    def clear(self) -> None:
        self.set_customer(None)

    # searching

    def _search(self, text: str) -> None:
        self._customer_id = None  # typing again undoes the previous pick
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self.matches.clear()
            self.completer.popup().hide()
            return
        db = self._ctx.db
        self._ctx.tasks.run(lambda: customers.list_customers(db, text)[:SHOWN],
                            lambda rows: self._found(generation, rows))

    def _found(self, generation: int, rows: list[CustomerRow]) -> None:
        if generation != self._generation:
            return  # an older search answered late
        self.matches.clear()
        for row in rows:
            if row.erased:
                continue
            item = QStandardItem(customer_text(row))
            item.setData(row.id, ID_ROLE)
            self.matches.appendRow(item)
        if self.matches.rowCount() and self.edit.hasFocus():
            self.completer.complete()
            popup = self.completer.popup()  # the first match lit: Enter takes it, ↓ moves on
            popup.setCurrentIndex(popup.model().index(0, 0))
        else:
            self.completer.popup().hide()

    def _picked(self, index: QModelIndex) -> None:
        self.set_customer(index.data(ID_ROLE), index.data())
        emit(self.customer_chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # With the list open a real keyboard talks to the popup, which QCompleter handles;
        # keys that reach the field itself (a test's, an input method's) get the same meaning.
        if watched is not self.edit or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, popup = event.key(), self.completer.popup()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and popup.isVisible():
            rows = popup.model().rowCount()
            step = 1 if key == Qt.Key.Key_Down else -1
            current = popup.currentIndex().row()
            popup.setCurrentIndex(popup.model().index(max(0, min(rows - 1, current + step)), 0))
            return True
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return super().eventFilter(watched, event)
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        if current.isValid():
            self._picked(current)
        elif self.matches.rowCount() == 1 and self._customer_id is None:
            self._picked(self.matches.index(0, 0))  # the only match: take it
        elif self._customer_id is not None or not self.edit.text().strip():
            emit(self.customer_chosen)  # back to the card
        return True

    def text(self) -> str:
        """What the link shows of the customer picked ("" when none)."""
        return self.edit.text() if self._customer_id is not None else ""
