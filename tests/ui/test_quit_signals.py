"""A quit signal (SIGTERM, SIGINT) reaches the event loop as a call of `quit` even while the
loop sleeps in Qt with no Python running, and the old handlers are back afterwards."""

from __future__ import annotations

import os
import signal
import threading

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from ui.quit_signals import quit_on_signals

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_quit_signal_wakes_the_sleeping_event_loop(qapp, number):
    before = signal.getsignal(number)
    loop = QEventLoop()
    ended: list[str] = []

    def quit_by(reason: str) -> None:
        ended.append(reason)
        loop.quit()

    # the loop would sleep until this timer: only the wake-up socket can end it sooner
    timer = QTimer(singleShot=True, interval=20_000)
    timer.timeout.connect(lambda: quit_by("timer"))
    timer.start()
    with quit_on_signals(lambda: quit_by("signal")):
        threading.Timer(0.2, os.kill, (os.getpid(), number)).start()
        loop.exec()
    timer.stop()
    assert ended == ["signal"]  # the loop never waited for the timer
    assert signal.getsignal(number) is before
    assert signal.set_wakeup_fd(-1) == -1  # no wake-up socket left behind
