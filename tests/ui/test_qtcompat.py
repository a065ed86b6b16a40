"""The emit helper leaves the True singleton's reference count as it found it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ui.qtcompat import emit


class Sender(QObject):
    fired = Signal(int)


def test_many_emits_cost_true_nothing():
    sender = Sender()
    got: list[int] = []
    sender.fired.connect(got.append)
    before = sys.getrefcount(True)
    for number in range(2000):
        emit(sender.fired, number)
    # a faulty emit would cost 2000; allow for a stray reference taken elsewhere meanwhile
    assert abs(sys.getrefcount(True) - before) < 10
    assert len(got) == 2000
