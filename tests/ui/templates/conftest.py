"""The Templates page shown with a synchronous context (`confirmations` is in ui/conftest.py)."""

from __future__ import annotations

import pytest

from ui.tabs.templates import TemplatesTab


@pytest.fixture
def page(qtbot, ctx) -> TemplatesTab:
    widget = TemplatesTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1156, 690)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
