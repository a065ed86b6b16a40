"""Compute an analysis page's figures off the GUI thread; the newest request always wins.

Each page owns one AnalysisWorker. `submit(job, done)` runs `job()` on the TaskRunner's read
pool and calls `done(result)` on the GUI thread, unless a newer request of the same slot
came in meanwhile: then that result is dropped, so a stale answer never overwrites a newer
one. While one job of a slot runs, further requests wait as one (only the newest is kept),
so ten quick clicks cost at most two computations, not ten. `busy_changed(bool)` drives the
page's busy indicator.

A page with independent parts uses slots: `submit(..., slot="trend")` is superseded only by
a newer "trend" request (e.g. the Surveys page's week/month/quarter selector).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import Shiboken

from ui.qtcompat import emit
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

Job = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Request:
    generation: int
    job: Job
    done: Done
    failed: Failed | None


@dataclass
class _Slot:
    generation: int = 0
    running: bool = False
    waiting: _Request | None = field(default=None)


class AnalysisWorker(QObject):
    busy_changed = Signal(bool)
    failed = Signal(object)  # an error of the newest request that no `failed` callback took

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._slots: dict[str, _Slot] = {}
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, job: Job, done: Done, failed: Failed | None = None, *,
               slot: str = "main") -> int:
        """Run `job()` off the GUI thread; `done(result)` if no newer request came since.
        Returns the request's generation (tests use it)."""
        state = self._slots.setdefault(slot, _Slot())
        state.generation += 1
        request = _Request(state.generation, job, done, failed)
        if state.running:
            state.waiting = request  # replaces an older waiting one: it would be stale anyway
        else:
            self._start(slot, state, request)
        self._update_busy()
        return request.generation

    def cancel(self) -> None:
        """Forget every pending answer (e.g. the page is going away)."""
        for state in self._slots.values():
            state.generation += 1
            state.waiting = None
        self._update_busy()

    def _start(self, slot: str, state: _Slot, request: _Request) -> None:
        state.running = True
        self._tasks.run(request.job,
                        lambda result: self._finished(slot, request, result, None),
                        lambda error: self._finished(slot, request, None, error))

    def _finished(self, slot: str, request: _Request, result: Any,
                  error: BaseException | None) -> None:
        if not Shiboken.isValid(self):
            return  # the page went away while its figures were computed
        state = self._slots[slot]
        state.running = False
        newest = request.generation == state.generation
        if state.waiting is not None:
            waiting, state.waiting = state.waiting, None
            self._start(slot, state, waiting)
        self._update_busy()
        if not newest:
            return  # superseded while it ran
        if error is None:
            request.done(result)
        elif request.failed is not None:
            request.failed(error)
        else:
            log.error("analysis failed", exc_info=error)
            emit(self.failed, error)

    def _update_busy(self) -> None:
        busy = any(state.running for state in self._slots.values())
        if busy != self._busy:
            self._busy = busy
            emit(self.busy_changed, busy)
