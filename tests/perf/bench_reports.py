"""Benchmark: the Summary PDF for 12 months × all locations, on the demo data and on big
synthetic databases (20 locations), split into gathering the data and drawing the PDF.

Run: python tests/perf/bench_reports.py [--sizes 100000 1000000] [--keep DIR]
Targets: < 1 s on the demo data, < 2 s at 1,000,000 responses. Databases are cached in DIR.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cxdesk.db.database import open_database  # noqa: E402
from cxdesk.db.queries.filters import Filters  # noqa: E402
from cxdesk.demo import generate_demo  # noqa: E402
from cxdesk.reports.summary import build_summary  # noqa: E402
from cxdesk.reports.summary_data import gather_summary  # noqa: E402
from tests.perf.make_big_db import build  # noqa: E402

DEMO_TODAY = date(2026, 6, 30)
DEMO_YEAR = Filters(date(2025, 7, 1), date(2026, 6, 30))
BIG_YEAR = Filters(date(2025, 1, 1), date(2025, 12, 31))


def _times(func: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def _summary(path: Path, filters: Filters, target: float, repeat: int) -> None:
    db = open_database(path)
    try:
        data = gather_summary(db, filters)  # warm the file cache once
        pdf = build_summary(data, lang="ru")
        gather, _ = _times(lambda: gather_summary(db, filters), repeat)
        draw, _ = _times(lambda: build_summary(data, lang="ru"), repeat)
        best, median = _times(lambda: build_summary(gather_summary(db, filters), lang="ru"),
                              repeat)
    finally:
        db.dispose()
    nps, csat = data.figures.nps, data.figures.csat
    verdict = "ok" if median < target else "SLOWER THAN TARGET"
    print(f"  summary {filters.date_from} – {filters.date_to}, {len(data.locations)} locations: "
          f"best {best * 1000:.0f} ms, median {median * 1000:.0f} ms "
          f"(gather {gather * 1000:.0f} ms, draw {draw * 1000:.0f} ms) "
          f"target {target * 1000:.0f} ms: {verdict}")
    print(f"  figures: NPS {nps.value:.1f} ± {nps.moe:.1f} (n {nps.n}), CSAT {csat.value:.1f}% "
          f"(n {csat.n}), {len(pdf):,} bytes, {len(data.trend)} months of trend")


def run_demo(folder: Path, repeat: int) -> None:
    path = folder / "reports-demo.db"
    if not path.exists():
        db = open_database(path)
        generate_demo(db, seed=1, today=DEMO_TODAY)
        db.dispose()
    print("demo data (3 locations, a year):")
    _summary(path, DEMO_YEAR, 1.0, repeat)


def run_big(size: int, folder: Path, repeat: int) -> None:
    path = folder / f"reports-{size}.db"
    if not path.exists():
        t0 = time.perf_counter()
        build(path, size)
        print(f"  built {size:,} responses in {time.perf_counter() - t0:.0f} s")
    print(f"{size:,} responses (20 locations, 3 years):")
    _summary(path, BIG_YEAR, 2.0, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--keep", type=Path, default=Path("/tmp/cxdesk-bench"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    run_demo(args.keep, args.repeat)
    for size in args.sizes:
        run_big(size, args.keep, args.repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
