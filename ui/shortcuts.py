"""Shortcuts limited to their widget (PySide6 drops the context given to the constructor)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def shortcut(key: QKeySequence | Qt.Key | QKeySequence.StandardKey, parent: QWidget,
             slot: Callable[[], None],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
             ) -> QShortcut:
    """A shortcut limited to `context`. PySide6 6.11 drops the context given to QShortcut's
    constructor together with a callable (the shortcut becomes window-wide), so set it after."""
    made = QShortcut(key, parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made
