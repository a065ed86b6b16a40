"""Reading what the page wrote, and driving its choices as a user would."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from ui.qtcompat import emit
from ui.tabs.reports.tab import ReportsTab


def pdf_text(path: Path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def squash(text: str) -> str:
    """Text without its white space (a PDF breaks lines where it likes)."""
    return "".join(text.split())


def choose(combo: QComboBox, data) -> None:
    """Pick the entry holding `data` as from the combo's list: one `activated`."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    assert combo.isVisible() and combo.isEnabled()
    combo.setCurrentIndex(index)
    emit(combo.activated, index)


def create(qtbot, page: ReportsTab) -> None:
    assert page.create_button.isEnabled(), page.create_button.toolTip()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)


def assert_idle(page: ReportsTab) -> None:
    assert not page.busy
    assert page.busy_bar.isHidden() and page.cancel_button.isHidden()
    assert page.create_button.isEnabled()
