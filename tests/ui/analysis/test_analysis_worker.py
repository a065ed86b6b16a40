"""The analysis worker: the newest request wins, a stale answer never shows, quick changes
coalesce, busy is reported, errors reach the page."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject

from ui.analysis_worker import AnalysisWorker
from ui.tasks import TaskRunner


class ManualRunner(QObject):
    """Holds every job until the test finishes it, in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[tuple] = []

    def run(self, func, done=None, failed=None, *, write=False) -> None:
        self.jobs.append((func, done, failed))

    def finish(self, number: int) -> None:
        func, done, failed = self.jobs[number]
        try:
            result = func()
        except Exception as exc:
            failed(exc)
        else:
            done(result)


def test_a_stale_answer_never_overwrites_a_newer_one(qapp):
    runner = ManualRunner()
    worker = AnalysisWorker(runner)  # type: ignore[arg-type]
    shown: list[str] = []
    worker.submit(lambda: "first", shown.append)
    worker.submit(lambda: "second", shown.append)  # waits: "first" is still running
    worker.submit(lambda: "third", shown.append)  # replaces "second" in the queue
    assert len(runner.jobs) == 1
    runner.finish(0)  # "first" answers late: dropped, and the newest starts
    assert shown == [] and len(runner.jobs) == 2
    runner.finish(1)
    assert shown == ["third"]


def test_slots_do_not_supersede_each_other(qapp):
    runner = ManualRunner()
    worker = AnalysisWorker(runner)  # type: ignore[arg-type]
    shown: list[str] = []
    worker.submit(lambda: "page", shown.append)
    worker.submit(lambda: "trend", shown.append, slot="trend")
    runner.finish(1)
    runner.finish(0)
    assert shown == ["trend", "page"]


def test_busy_while_anything_runs(qtbot, qapp):
    runner = ManualRunner()
    worker = AnalysisWorker(runner)  # type: ignore[arg-type]
    states: list[bool] = []
    worker.busy_changed.connect(states.append)
    worker.submit(lambda: 1, lambda _r: None)
    worker.submit(lambda: 2, lambda _r: None, slot="other")
    runner.finish(0)
    assert worker.busy
    runner.finish(1)
    assert states == [True, False] and not worker.busy


def test_errors_go_to_the_callback_or_the_signal(qtbot, qapp):
    runner = ManualRunner()
    worker = AnalysisWorker(runner)  # type: ignore[arg-type]
    caught: list[BaseException] = []
    worker.submit(lambda: 1 / 0, lambda _r: None, caught.append)
    runner.finish(0)
    assert isinstance(caught[0], ZeroDivisionError)
    worker.submit(lambda: int("x"), lambda _r: None)
    with qtbot.waitSignal(worker.failed) as blocker:
        runner.finish(1)
    assert isinstance(blocker.args[0], ValueError)


def test_cancel_forgets_what_is_running(qapp):
    runner = ManualRunner()
    worker = AnalysisWorker(runner)  # type: ignore[arg-type]
    shown: list[int] = []
    worker.submit(lambda: 1, shown.append)
    worker.cancel()
    runner.finish(0)
    assert shown == [] and not worker.busy


def test_with_threads_the_last_request_is_the_one_shown(qtbot):
    runner = TaskRunner()
    worker = AnalysisWorker(runner)
    shown: list[int] = []
    started: list[int] = []
    lock = threading.Lock()

    def job(number: int) -> int:
        with lock:
            started.append(number)
        time.sleep(0.05 if number == 0 else 0.001)  # the first one is the slowest
        return number

    for number in range(20):
        worker.submit(lambda n=number: job(n), shown.append)
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
    assert shown == [19]
    assert len(started) <= 2  # the quick changes coalesced: the first and the last ran
    assert runner.wait(1000)
