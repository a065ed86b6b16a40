"""A drop-down list of values with their labels; optionally "none", optionally searchable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from cxdesk.services.search import fold


class ChoiceCombo(QComboBox):
    """`value()` is the chosen value (None for the "none" entry). Searchable: the user types
    any part of a label (Cyrillic, any case) and picks from what matches; text that matches
    nothing falls back to the last value chosen."""

    def __init__(self, parent: QWidget | None = None, *, searchable: bool = False) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        self._none_text: str | None = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)  # as wide as a form's fields
        self.setSizePolicy(policy)
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(self.model(), self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.setCompleter(completer)
            self.lineEdit().editingFinished.connect(self._settle)

    def set_items(self, items: Sequence[tuple[Any, str]], none_text: str | None = None) -> None:
        """Replace the entries, keeping the chosen value when it is still there."""
        keep = self.value() if self._values else None
        self.blockSignals(True)
        self.clear()
        self._values = []
        self._none_text = none_text
        if none_text is not None:
            self.addItem(none_text)
            self._values.append(None)
        for value, label in items:
            self.addItem(label)
            self._values.append(value)
        self.blockSignals(False)
        self.set_value(keep)

    def set_none_text(self, text: str) -> None:
        """The label of the "none" entry, e.g. on a language change."""
        if self._none_text is not None and self._values:
            self._none_text = text
            self.setItemText(0, text)

    def set_label(self, value: Any, label: str) -> None:
        if value in self._values:
            self.setItemText(self._values.index(value), label)

    def values(self) -> list[Any]:
        return list(self._values)

    def value(self) -> Any:
        if self.isEditable():
            self._settle()
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        index = self._values.index(value) if value in self._values else (
            0 if self._values else -1)
        self.setCurrentIndex(index)
        if self.isEditable() and index >= 0:
            self.lineEdit().setText(self.itemText(index))

    def _settle(self) -> None:
        """Typed text becomes the entry it names, else the current entry's label again."""
        text = fold(self.lineEdit().text()).strip()
        index = self.currentIndex()
        if 0 <= index < self.count() and fold(self.itemText(index)) == text:
            return
        found = next((i for i in range(self.count()) if fold(self.itemText(i)) == text), None)
        if found is None and not text and self._none_text is not None:
            found = 0
        if found is not None:
            self.setCurrentIndex(found)
        if 0 <= self.currentIndex() < self.count():
            self.lineEdit().setText(self.itemText(self.currentIndex()))
