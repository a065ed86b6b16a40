"""The task runner: work off the GUI thread, results and errors back on it, one writer."""

from __future__ import annotations

import threading
import time

from ui.tasks import TaskRunner


def test_the_result_comes_back_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    got: list[tuple[int, int]] = []
    runner.run(threading.get_ident, lambda worker: got.append((worker, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(got))
    worker, receiver = got[0]
    assert worker != threading.main_thread().ident
    assert receiver == threading.main_thread().ident
    assert runner.wait(1000)


def test_an_error_comes_back_to_the_caller(qtbot):
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.run(lambda: 1 / 0, lambda _result: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_an_unhandled_error_is_announced(qtbot):
    runner = TaskRunner()
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(lambda: int("x"))
    assert isinstance(blocker.args[0], ValueError)


def test_writes_run_one_at_a_time(qtbot):
    runner = TaskRunner()
    lock = threading.Lock()
    running = [0]
    most = [0]
    finished: list[int] = []

    def write(number: int) -> int:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= 1
        return number

    for number in range(4):
        runner.run(lambda n=number: write(n), finished.append, write=True)
    qtbot.waitUntil(lambda: len(finished) == 4)
    assert most[0] == 1
    assert finished == [0, 1, 2, 3]


def test_synchronous_mode_runs_in_the_caller():
    runner = TaskRunner(synchronous=True)
    got: list[object] = []
    runner.run(lambda: 42, got.append)
    runner.run(lambda: 1 / 0, None, got.append)
    assert got[0] == 42 and isinstance(got[1], ZeroDivisionError)
