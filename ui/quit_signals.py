"""Quit cleanly on SIGTERM and SIGINT (a logout, `kill`, Ctrl+C in a terminal).

Without this the interpreter dies on the spot: no last checkpoint of the database's WAL, the
instance lock and the reading process left to the operating system. Python runs a signal
handler only between two bytecodes, and Qt's event loop runs none while it waits; so the
signal also wakes a QSocketNotifier (signal.set_wakeup_fd), whose Python slot lets the
handler run at once.

    with quit_on_signals(app.quit):
        app.exec()
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable, Iterator

from PySide6.QtCore import QSocketNotifier

SIGNALS = tuple(s for s in (signal.SIGTERM, signal.SIGINT) if s is not None)


@contextlib.contextmanager
def quit_on_signals(quit: Callable[[], None]) -> Iterator[None]:
    """Call `quit()` on the GUI thread when a quit signal comes; restore the old handlers
    at the end. Must be entered on the main thread (Python delivers signals only there)."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:  # being here let the Python handler run; just empty the socket
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)
    previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    previous = {number: signal.signal(number, lambda *_: quit()) for number in SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()
