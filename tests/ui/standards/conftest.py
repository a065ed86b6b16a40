"""The Standards page shown with a synchronous context (`confirmations` is in ui/conftest.py)."""

from __future__ import annotations

import pytest

from ui.tabs.standards import StandardsTab


@pytest.fixture
def page(qtbot, ctx) -> StandardsTab:
    widget = StandardsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1156, 690)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
