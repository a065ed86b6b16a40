"""Drive a real dialog where the page would open it modally: build it, fill it, press OK."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

Filler = Callable[[Any], None]


def press_ok(qtbot, dialog: QDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def drive(monkeypatch, qtbot, cls: type, *fillers: Filler,
          result: str = "result_value") -> list[QDialog]:
    """Each call of `cls.edit(parent, *args)` builds the real dialog and hands it to the next
    filler, which types and presses OK (or Cancel); the page gets what the dialog returns."""
    queue = list(fillers)
    opened: list[QDialog] = []

    def edit(_cls, parent: QWidget | None, *args):
        dialog = cls(parent, *args)
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(dialog)
        queue.pop(0)(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        dialog.close()
        return getattr(dialog, result)() if accepted else None

    monkeypatch.setattr(cls, "edit", classmethod(edit))
    return opened
