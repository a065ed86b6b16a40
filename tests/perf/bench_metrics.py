"""Benchmark: every figure for one filter, and by month × location, at 100k and 1M responses.

Run: python tests/perf/bench_metrics.py [--sizes 100000 1000000] [--keep DIR]
Prints the timings, the ratio to a plain SQL GROUP BY over the same table, and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cxdesk.db.database import open_database  # noqa: E402
from cxdesk.db.queries.filters import Filters  # noqa: E402
from cxdesk.services.figures import compute_figures  # noqa: E402
from tests.perf.make_big_db import build  # noqa: E402


def _best(func, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def run(size: int, folder: Path) -> None:
    path = folder / f"bench-{size}.db"
    if not path.exists():
        t0 = time.perf_counter()
        build(path, size)
        print(f"  built {size:,} responses in {time.perf_counter() - t0:.0f} s")
    db = open_database(path)
    year = Filters(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
    one_shop = Filters(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31), location_ids=(3,))
    best, median = _best(lambda: compute_figures(db, year))
    print(f"  every figure, one year, all locations: best {best * 1000:.0f} ms, "
          f"median {median * 1000:.0f} ms")
    best_shop, _ = _best(lambda: compute_figures(db, one_shop))
    print(f"  every figure, one year, one location: best {best_shop * 1000:.0f} ms")
    best_ml, _ = _best(lambda: compute_figures(db, year, by=("month", "location")), 3)
    print(f"  by month × location (Python API): best {best_ml * 1000:.0f} ms")
    con = sqlite3.connect(path)
    sql = ("SELECT location_id, nps, count(*) FROM response WHERE taken_at >= '2025-01-01' "
           "AND taken_at < '2026-01-01' GROUP BY location_id, nps")
    best_sql, _ = _best(lambda: con.execute(sql).fetchall())
    con.close()
    print(f"  plain SQL GROUP BY (location, nps), same year: best {best_sql * 1000:.0f} ms "
          f"→ figures / SQL = {best / best_sql:.1f}×")
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "cxdesk", "metrics", "--db", str(path), "--from", "2025-01-01",
         "--to", "2025-12-31", "--json"],
        capture_output=True, text=True, check=True,
    )
    print(f"  `cxdesk metrics --json` end to end (new process): "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms ({len(done.stdout):,} bytes)")
    db.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process so far: {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--keep", type=Path, default=Path("/tmp/cxdesk-bench"))
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        print(f"{size:,} responses:")
        run(size, args.keep)


if __name__ == "__main__":
    main()
