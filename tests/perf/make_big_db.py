"""Build a large synthetic database (responses with their answers) for the benchmarks."""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from cxdesk.db.database import open_database
from cxdesk.services.builtin import install_builtins

CHUNK = 50_000


def build(path: Path, responses: int, locations: int = 20, years: int = 3, seed: int = 7) -> Path:
    """A database of `responses` exit-survey responses over `years` and `locations`."""
    path.unlink(missing_ok=True)
    db = open_database(path)
    install_builtins(db)
    db.dispose()
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")  # a throw-away benchmark file: speed over safety
    con.executemany(
        "INSERT INTO location (name, address, active) VALUES (?, '', 1)",
        [(f"Магазин {i + 1:02d}",) for i in range(locations)],
    )
    con.executemany(
        "INSERT INTO staff (name, role, location_id, active) VALUES (?, 'seller', ?, 1)",
        [(f"Продавец {i + 1}", i % locations + 1) for i in range(locations * 3)],
    )
    survey_id, = con.execute("SELECT id FROM survey WHERE family = 'exit'").fetchone()
    questions = dict(con.execute(
        "SELECT code, id FROM question WHERE survey_id = ?", (survey_id,)
    ).fetchall())
    roles = dict(con.execute(
        "SELECT role, id FROM question WHERE survey_id = ? AND role IS NOT NULL", (survey_id,)
    ).fetchall())
    nps_q, csat_q, speed_q = roles["nps"], roles["csat"], roles["speed"]
    improve_q = roles.get("improve")
    first_other = next(q for code, q in questions.items() if q not in roles.values())
    start = datetime(2024, 1, 1)
    span = years * 365 * 24 * 3600
    (next_id,) = con.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM response").fetchone()
    made = 0
    while made < responses:
        size = min(CHUNK, responses - made)
        header, answers = [], []
        for rid in range(next_id + made, next_id + made + size):
            location = rng.randrange(locations) + 1
            bias = (location % 5) - 2
            nps = max(0, min(10, round(rng.gauss(7.5 + bias * 0.5, 2.2))))
            csat = max(1, min(5, round(nps / 2.2 + rng.gauss(0.5, 0.7))))
            taken = start + timedelta(seconds=rng.randrange(span))
            staff = location + locations * rng.randrange(3)
            speed = max(1, min(5, csat + rng.choice((-1, 0, 0, 1)))) if rng.random() < 0.6 else None
            header.append((rid, survey_id, taken.isoformat(" "), location, staff, "in_store",
                           nps, csat, speed))
            answers.append((rid, speed_q, speed, None))
            answers.append((rid, nps_q, nps, None))
            answers.append((rid, csat_q, csat, None))
            answers.append((rid, first_other, None, None))
            if improve_q and rng.random() < 0.3:
                answers.append((rid, improve_q, None, rng.choice(
                    ["очереди на кассе", "цены", "ассортимент", "парковка", "чистота"])))
        con.executemany(
            "INSERT INTO response (id, survey_id, taken_at, location_id, staff_id, channel, "
            "nps, csat, speed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)",
            header,
        )
        con.executemany(
            "INSERT INTO answer (response_id, question_id, number, text) VALUES (?, ?, ?, ?)",
            [a for a in answers if a[2] is not None or a[3] is not None],
        )
        con.commit()
        made += size
    con.execute("ANALYZE")
    con.commit()
    con.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--responses", type=int, default=100_000)
    args = parser.parse_args()
    t0 = time.perf_counter()
    build(args.path, args.responses)
    print(f"built {args.responses:,} responses in {time.perf_counter() - t0:.1f} s: {args.path}")


if __name__ == "__main__":
    main()
