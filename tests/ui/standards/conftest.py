"""The Standards page shown with a synchronous context; questions answered yes."""

from __future__ import annotations

import pytest

from ui.dialogs import messages
from ui.tabs.standards import StandardsTab


@pytest.fixture
def page(qtbot, ctx) -> StandardsTab:
    widget = StandardsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1156, 690)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def confirmations(monkeypatch) -> list[str]:
    asked: list[str] = []

    def confirm(_parent, _title, text, destructive=False):
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked
