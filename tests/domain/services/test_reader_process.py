"""The reading process: calls go to a second process once it answers, give the same results
as in this one, carry the language, raise the function's own errors, and fall back to this
process whenever the other cannot serve (not started, killed, closed, in-memory database)."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cxdesk.db.database import Database, open_database
from cxdesk.db.queries.filters import Filters
from cxdesk.errors import ValidationError
from cxdesk.i18n import load_language, set_language, translate
from cxdesk.services import reader_process
from cxdesk.services.analysis import overview
from cxdesk.services.reader_process import ReaderProcess
from tests.demo_fixture import DEMO_TODAY, open_demo_copy

START_S = 60  # a cold start imports pandas and SQLAlchemy: about a second, slower on CI

pytestmark = pytest.mark.slow


# module-level, so the process can find them by name


def process_id(db: Database) -> int:
    return os.getpid()


def count_locations(db: Database, prefix: str) -> tuple[int, str]:
    from sqlalchemy import func, select

    from cxdesk.db.models import Location

    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Location)) or 0, prefix


def translated(db: Database) -> str:
    return translate("Figures", "significant")


def refuse(db: Database, text: str) -> None:
    raise ValidationError(text)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Database]:
    database = open_demo_copy(demo_template, tmp_path_factory.mktemp("reader"))
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def reader(demo: Database) -> Iterator[ReaderProcess]:
    process = ReaderProcess(demo)
    assert process.start()
    assert process.wait_ready(START_S), "the reading process did not answer"
    yield process
    process.close()


def test_calls_run_here_until_the_process_is_started(demo: Database) -> None:
    idle = ReaderProcess(demo)
    assert not idle.ready
    assert not idle.wait_ready(0.01)
    assert idle.call(process_id) == os.getpid()


def test_a_started_process_answers_calls_with_the_same_results(
        reader: ReaderProcess, demo: Database) -> None:
    assert reader.ready
    assert reader.pid is not None and reader.pid != os.getpid()
    assert reader.call(process_id) == reader.pid
    assert reader.call(count_locations, "x") == count_locations(demo, "x")
    filters = Filters(date_from=date(2026, 4, 1), date_to=date(2026, 6, 30))
    comparison = Filters(date_from=date(2026, 1, 1), date_to=date(2026, 3, 31))
    there = reader.call(overview, filters, comparison, DEMO_TODAY)
    here = overview(demo, filters, comparison, DEMO_TODAY)
    # all but the open complaints' age in hours, which the clock moves between the calls
    assert (there.headlines, there.trend, there.locations) == (
        here.headlines, here.trend, here.locations)
    assert there.figures.by == here.figures.by and there.previous.nps == here.previous.nps
    assert there.figures.nps.n > 100  # a real figure, not an empty one on both sides


def test_the_process_translates_into_the_callers_language(reader: ReaderProcess) -> None:
    load_language("ru")
    try:
        russian = reader.call(translated)
        assert russian == translate("Figures", "significant") != "significant"
    finally:
        load_language("en")
        set_language("en")
    assert reader.call(translated) == "significant"


def test_the_functions_own_error_comes_back_as_it_was_raised(reader: ReaderProcess) -> None:
    with pytest.raises(ValidationError, match="Дата в будущем"):
        reader.call(refuse, "Дата в будущем")
    assert reader.call(process_id) == reader.pid  # and the process still serves


def test_what_cannot_be_sent_runs_here(reader: ReaderProcess) -> None:
    assert reader.call(lambda db: os.getpid()) == os.getpid()


def test_a_killed_process_costs_no_answer_and_is_started_again(demo: Database) -> None:
    process = ReaderProcess(demo)
    try:
        assert process.start() and process.wait_ready(START_S)
        first = process.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        time.sleep(0.2)
        assert process.call(count_locations, "y") == count_locations(demo, "y")
        assert process.wait_ready(START_S), "the process was not started again"
        assert process.pid not in (None, first)
        assert process.call(process_id) == process.pid
    finally:
        process.close()


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
def test_closing_stops_the_process_and_calls_run_here(demo: Database) -> None:
    process = ReaderProcess(demo)
    assert process.start() and process.wait_ready(START_S)
    pid = process.pid
    process.close()
    assert not process.ready
    assert process.call(process_id) == os.getpid()
    assert not process.start()  # closed for good
    for _ in range(100):  # terminated: gone within moments
        if not _alive(pid):
            break
        time.sleep(0.05)
    else:
        pytest.fail("the reading process outlived close()")


def test_a_database_in_memory_is_read_here() -> None:
    memory = open_database("sqlite://")
    try:
        assert not reader_process.shareable(memory)
        process = ReaderProcess(memory)
        assert not process.start()
        assert process.call(process_id) == os.getpid()
    finally:
        memory.dispose()


PARENT = """
import sys, time
from cxdesk.db.database import open_database
from cxdesk.services.reader_process import ReaderProcess
reader = ReaderProcess(open_database(sys.argv[1]))
reader.start()
assert reader.wait_ready(60)
print(reader.pid, flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
def test_the_process_ends_when_the_window_is_killed(demo: Database) -> None:
    import subprocess
    import sys

    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(demo.path)],
                              stdout=subprocess.PIPE, text=True,
                              # its resource tracker outlives it and reports what it cleaned
                              stderr=subprocess.DEVNULL)
    try:
        line = parent.stdout.readline() if parent.stdout else ""
        assert line.strip().isdigit(), "the parent did not start its reading process"
        child = int(line)
        parent.kill()  # SIGKILL: no clean-up of its own runs
        parent.wait(10)
        for _ in range(200):
            if not _alive(child):
                return
            time.sleep(0.05)
        pytest.fail("the reading process outlived its killed parent")
    finally:
        if parent.poll() is None:
            parent.kill()


def _alive(pid: int) -> bool:
    """Running (a zombie nobody reaped yet counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False
