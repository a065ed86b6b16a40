"""Keys that act on a list (Enter opens, Del deletes) do nothing while typing in its search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QVBoxLayout, QWidget

from ui.shortcuts import shortcut


def test_a_widget_shortcut_stays_with_its_widget(qtbot):
    page = QWidget()
    layout = QVBoxLayout(page)
    search, other = QLineEdit(), QListWidget()
    layout.addWidget(search)
    layout.addWidget(other)
    fired = []
    made = shortcut(Qt.Key.Key_Delete, other, lambda: fired.append(1),
                    Qt.ShortcutContext.WidgetShortcut)
    assert made.context() == Qt.ShortcutContext.WidgetShortcut
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert fired == []
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Delete)
    assert fired == [1]
