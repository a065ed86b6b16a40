"""Driving the visit editor the way a shopper does: clicks, keys, typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget

from ui.tabs.mystery import MysteryTab
from ui.tabs.mystery.editor import VisitEditor
from ui.tabs.mystery.item_widget import ItemWidget


def mystery_page(window) -> MysteryTab:
    pages = window.tabs
    index = next(i for i in range(pages.count()) if pages.object_name(i) == "mystery_tab")
    pages.setCurrentIndex(index)
    return pages.widget(index)


def item(editor: VisitEditor, number: str) -> ItemWidget:
    return next(w for w in editor.checklist.items.values() if w.item.number == number)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(qtbot, editor: VisitEditor, number: str, key: Qt.Key) -> None:
    """Open the item, then press a key on its focused answer, as the keyboard user does."""
    widget = item(editor, number)
    editor.checklist.show_item(widget.item.id)
    focused = widget.answer_input.first_focus()
    qtbot.keyClick(focused, key)


def checked(widget: ItemWidget) -> object:
    return widget.answer_input.value()


def plain(label: QLabel) -> str:
    """A rich-text label's text as the user reads it."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()
