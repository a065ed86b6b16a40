"""Run work off the GUI thread and hand its result back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ui.qtcompat import emit

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, func: Callable[[], Any], done, failed) -> None:
        super().__init__()
        self._runner = runner
        self._func = func
        self._done = done
        self._failed = failed

    def run(self) -> None:
        try:
            result = self._func()
        except Exception as exc:  # every error goes back to the GUI thread
            emit(self._runner.delivered, self._failed, exc, True)
        else:
            emit(self._runner.delivered, self._done, result, False)


class TaskRunner(QObject):
    """Reads run on a pool; writes run one at a time on their own pool, so SQLite sees a
    single writer. `synchronous=True` runs everything at once, in the caller (tests)."""

    # emitted from a worker thread; received by this object's GUI-thread slot (queued)
    delivered = Signal(object, object, bool)
    failed = Signal(object)  # an error nobody asked to handle

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._readers = QThreadPool(self)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self.delivered.connect(self._deliver)

    def run(
        self,
        func: Callable[[], Any],
        done: Done | None = None,
        failed: Failed | None = None,
        *,
        write: bool = False,
    ) -> None:
        """Call `func()` in the background; then `done(result)` or `failed(error)` here."""
        if self.synchronous:
            try:
                result = func()
            except Exception as exc:
                self._deliver(failed, exc, True)
            else:
                self._deliver(done, result, False)
            return
        pool = self._writer if write else self._readers
        pool.start(_Job(self, func, done, failed))

    @Slot(object, object, bool)
    def _deliver(self, callback, value, is_error: bool) -> None:
        if callback is not None:
            callback(value)
        elif is_error:
            log.error("background task failed", exc_info=value)
            emit(self.failed, value)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started task has finished (used when closing)."""
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)
