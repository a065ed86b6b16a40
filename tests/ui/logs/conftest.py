"""Helpers for the pages of the logs: dialogs answered by the test, tables read as text."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def answers(monkeypatch):
    """`answers(DialogClass, "edit")` makes that dialog return the queued values in turn;
    returns (queue, calls) where each call is the tuple of arguments it was given."""

    def install(cls: type, method: str = "edit") -> tuple[list[Any], list[tuple]]:
        queue: list[Any] = []
        calls: list[tuple] = []

        def fake(*args: Any) -> Any:
            calls.append(args)
            return queue.pop(0)

        monkeypatch.setattr(cls, method, fake)
        return queue, calls

    return install
