"""Benchmark: saving one 5-question exit card on a database of 100,000 responses, and the
keystrokes that card takes in the real Survey entry page.

Run: python tests/perf/bench_entry.py [--saves 200] [--keep DIR]

The 100k database is `make_big_db.build()`'s, reused when DIR holds it; the saves go into a
copy of it (the shared file stays as the other benchmarks expect it). The card answers the
five questions of the exit survey in DOMAIN.md (how often, why, NPS, CSAT, 3 things to
improve) on the built-in exit template, whose other three questions stay blank.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cxdesk.db.database import Database, open_database  # noqa: E402
from cxdesk.db.models import Channel  # noqa: E402
from cxdesk.services.responses import ResponseForm, record_response  # noqa: E402
from cxdesk.services.survey_entry import card_moment, new_batch_key  # noqa: E402
from cxdesk.services.survey_templates import current_survey_id  # noqa: E402
from tests.perf.make_big_db import build  # noqa: E402

SIZE = 100_000
WHY = "рядом с домом"
IMPROVE = "очереди на кассе"
# the card as typed: one value per field of the exit template, in order ("" = left blank)
CARD = ("3", "", WHY, "", "", "5", "9", IMPROVE)
ANSWERS = {"frequency": "several_monthly", "why_today": WHY, "csat": "5", "nps": "9",
           "improve": IMPROVE}


def big_database(folder: Path) -> Path:
    path = folder / f"bench-{SIZE}.db"
    if not path.exists():
        t0 = time.perf_counter()
        build(path, SIZE)
        print(f"built {SIZE:,} responses in {time.perf_counter() - t0:.0f} s: {path}")
    return path


def working_copy(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (never a file copy of a live database)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def time_saves(db: Database, saves: int) -> list[float]:
    survey_id = current_survey_id(db, "exit")
    batch = new_batch_key(datetime.now())
    times = []
    for _ in range(saves):
        form = ResponseForm(survey_id, card_moment(date(2026, 6, 30)), dict(ANSWERS),
                            location_id=3, staff_id=3, channel=Channel.PAPER, batch=batch)
        t0 = time.perf_counter()
        record_response(db, form)
        times.append(time.perf_counter() - t0)
    return times


def keystrokes(db: Database, cards: int) -> tuple[list[str], list[float]]:
    """Type `cards` exit cards into the real page; the keys of one, and each card's time from
    its last Enter to the cursor back in the first field (check, save, list, clear)."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.survey_entry.typist import Typist
    from ui.context import AppContext
    from ui.settings import Settings
    from ui.tabs.survey_entry import SurveyEntryTab
    from ui.tasks import TaskRunner
    from ui.translators import Translations

    app = QApplication.instance() or QApplication([])
    translations = Translations()
    translations.switch("ru")
    ctx = AppContext(db, TaskRunner(synchronous=True), Settings(), translations)
    tab = SurveyEntryTab(ctx)
    tab.resize(1150, 700)
    tab.show()
    tab.activateWindow()
    app.processEvents()
    tab.card.focus_first()
    first = tab.card._chain[0]
    typist, times = Typist(), []
    for n in range(cards):
        typist.reset()
        typist.answers(*CARD[:-1])
        typist.type(CARD[-1])
        t0 = time.perf_counter()
        typist.enter()
        times.append(time.perf_counter() - t0)
        assert tab.batch.model.rowCount() == n + 1, "the card was not saved"
        assert QApplication.focusWidget() is first, "the next card does not start in field 1"
    tab.close()
    return list(typist.keys), times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--cards", type=int, default=20, help="cards typed in the page")
    parser.add_argument("--keep", type=Path, default=Path("/tmp/cxdesk-bench"))
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    source = big_database(args.keep)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("CXDESK_DATA_DIR", str(Path(tmp) / "data"))
        db = open_database(working_copy(source, Path(tmp) / "entry.db"))
        with db.session() as session:
            from sqlalchemy import func, select

            from cxdesk.db.models import Response
            before = session.scalar(select(func.count()).select_from(Response))
        times = time_saves(db, args.saves)
        print(f"record_response, one 5-question exit card, on {before:,} responses "
              f"({args.saves} saves): median {statistics.median(times) * 1000:.1f} ms, "
              f"p95 {sorted(times)[int(len(times) * 0.95) - 1] * 1000:.1f} ms, "
              f"max {max(times) * 1000:.1f} ms")
        keys, card_times = keystrokes(db, args.cards)
        db.dispose()
    answer_keys = sum(len(value) for value in CARD)
    print(f"the page, last Enter to the next card ({args.cards} cards, tasks synchronous): "
          f"median {statistics.median(card_times) * 1000:.1f} ms")
    print(f"keystrokes for one card: {len(keys)} = {answer_keys} for the answers "
          f"({len(WHY)} + {len(IMPROVE)} letters of text, 3 digits) + {len(keys) - answer_keys} "
          f"Enter ({CARD.count('')} of them skip the template's blank questions)")
    print("sequence: " + " ".join(keys))


if __name__ == "__main__":
    main()
