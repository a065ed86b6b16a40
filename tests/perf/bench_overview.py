"""Benchmark: the Overview page from a filter change to every figure painted, and the longest
time the GUI thread was blocked meanwhile, at 100,000 and 1,000,000 responses.

Run: QT_QPA_PLATFORM=offscreen python tests/perf/bench_overview.py [--sizes 100000 1000000]
Reuses /tmp/cxdesk-bench/bench-<size>.db (tests/perf/make_big_db.py builds it when missing).
Like ui/app.py, it calls gc.freeze() once the page is up (a full collection of the whole
heap otherwise holds the GIL for ~70 ms now and then); --no-gc-freeze shows the difference.
Targets: the GUI thread never blocked 50 ms or more; figures in under 300 ms at 100,000.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QEventLoop,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from cxdesk.db.database import open_database  # noqa: E402
from tests.perf.make_big_db import build  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.tabs.overview import OverviewTab  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.translators import Translations  # noqa: E402

TODAY = date(2025, 6, 15)  # inside the 2024–2026 span the big databases cover
TICK_MS = 5
TIMEOUT_S = 120


class GapMeter:
    """A timer ticking every 5 ms on the GUI thread: the longest gap between two ticks is
    the longest the GUI thread was busy (blocked) in between. It also adds up the GUI
    thread's own CPU time, which a busy machine cannot stretch (wall time it can)."""

    def __init__(self) -> None:
        self.timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.cpu = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        """(longest block, GUI-thread CPU seconds) since start()."""
        self._tick()
        self.timer.stop()
        return self.longest, time.thread_time() - self.cpu


def until_shown(page: OverviewTab, change) -> float:
    """Make the change; return the seconds until its figures are painted."""
    loop = QEventLoop()
    painted: list[float] = []

    def shown() -> None:
        page.repaint()  # paint now, so the time includes painting the new figures
        painted.append(time.perf_counter())
        loop.quit()

    page.figures_shown.connect(shown)
    QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
    start = time.perf_counter()
    change()
    if not painted:
        loop.exec()
    page.figures_shown.disconnect(shown)
    if not painted:
        raise TimeoutError("the Overview did not answer")
    return painted[-1] - start


def run(size: int, folder: Path, freeze: bool, process: bool) -> dict[str, float]:
    path = folder / f"bench-{size}.db"
    if not path.exists():
        started = time.perf_counter()
        build(path, size)
        print(f"  built {size:,} responses in {time.perf_counter() - started:.0f} s")
    db = open_database(path)
    translations = Translations()
    translations.switch("en")
    tasks = TaskRunner()
    ctx = AppContext(db, tasks, Settings(), translations)
    if process:  # as ui/app.py does: the figures are computed in the reading process
        ctx.reader.start()
        if not ctx.reader.wait_ready(60):
            raise RuntimeError("the reading process did not start")
    state = ctx.analysis
    state.today = lambda: TODAY
    state.update(period="this_month", location_id=None, compare="previous")
    page = OverviewTab(ctx)
    page.resize(1366 - 210, 700)
    first = until_shown(page, page.show)  # the first one also loads the filter's lists
    print(f"  first paint (cold): {first * 1000:.0f} ms")
    if freeze:
        gc.freeze()  # as ui/app.py does once started
    locations = [i for i, _ in state.options.locations]
    changes = [
        ("last month", dict(period="last_month")),
        ("this quarter", dict(period="this_quarter")),
        ("this year", dict(period="this_year")),
        ("last 12 months", dict(period="last_12_months")),
        ("one location", dict(location_id=locations[2])),
        ("another location", dict(location_id=locations[7])),
        ("all locations, vs last year", dict(location_id=None, compare="year")),
        ("this month", dict(period="this_month", compare="previous")),
    ]
    meter = GapMeter()
    times, gaps, cpus = [], [], []
    for name, change in changes:
        meter.start()
        took = until_shown(page, lambda c=change: state.update(**c))
        blocked, cpu = meter.stop()
        times.append(took)
        gaps.append(blocked)
        cpus.append(cpu)
        print(f"  {name:<30} figures painted in {took * 1000:6.0f} ms; GUI thread blocked "
              f"at most {blocked * 1000:4.0f} ms (its own CPU {cpu * 1000:3.0f} ms)")
    tasks.wait()
    # delete the page here, on the GUI thread: left to the garbage collector it could be
    # destroyed on a worker thread of the next run (its timers would complain)
    page.close()
    page.deleteLater()
    tasks.deleteLater()
    ctx.reader.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    db.dispose()
    return {"median": statistics.median(times), "max": max(times), "blocked": max(gaps),
            "cpu": max(cpus)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--keep", type=Path, default=Path("/tmp/cxdesk-bench"))
    parser.add_argument("--no-gc-freeze", dest="gc_freeze", action="store_false", help=(
        "skip the gc.freeze() the app makes after start-up (a full garbage collection of the "
        "start-up's objects can then hold the GIL ~70 ms)"))
    parser.add_argument("--threads", dest="process", action="store_false", help=(
        "compute in a thread of this process, not in the reading process the app starts "
        "(its work then competes with the GUI thread for the interpreter lock)"))
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    # here, not at import: the reading process imports this module again (as __mp_main__)
    os.environ["CXDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="cxdesk-bench-")
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 (kept alive)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="cxdesk-bench-settings-"))
    results = {}
    for size in args.sizes:
        print(f"{size:,} responses:")
        results[size] = run(size, args.keep, args.gc_freeze, args.process)
    print("summary (target: blocked < 50 ms at any size; figures < 300 ms at 100,000):")
    for size, got in results.items():
        print(f"  {size:>9,}: figures median {got['median'] * 1000:.0f} ms, "
              f"slowest {got['max'] * 1000:.0f} ms; GUI blocked at most "
              f"{got['blocked'] * 1000:.0f} ms; GUI-thread CPU per change at most "
              f"{got['cpu'] * 1000:.0f} ms")
    print(f"load average while measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs (other work on the machine stretches wall times)")


if __name__ == "__main__":
    main()
