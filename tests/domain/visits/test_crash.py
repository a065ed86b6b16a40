"""A process killed (SIGKILL) while it saves a draft loses nothing it reported as saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from cxdesk.db.database import open_database
from cxdesk.db.models import VisitAnswer

from ._saver import value_for
from .factory import SPEC, new_visit

ROOT = Path(__file__).resolve().parents[3]
RUN_SECONDS = 1.5


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_while_saving_loses_no_reported_answer(db, world):
    visit_id = new_visit(db, world)
    path = db.path
    db.dispose()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.domain.visits._saver", str(path), str(visit_id)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8",
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            lines.append(line.strip())
            ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(60), child.stderr.read() if child.poll() is not None else "no start"
        time.sleep(RUN_SECONDS)
        assert child.poll() is None, child.stderr.read()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        reader.join(10)
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    reported: dict[int, int] = {}  # item id -> the last iteration reported saved
    for line in lines[1:]:
        word, item_id, n = line.split()
        assert word == "saved"
        reported[int(item_id)] = int(n)
    assert len(reported) == len(world.items) and len(lines) > 20, "too few saves to tell"

    reopened = open_database(path)
    try:
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        with reopened.session() as s:
            rows = {a.item_id: a for a in s.scalars(
                select(VisitAnswer).where(VisitAnswer.visit_id == visit_id))}
        kinds = {world.items[f"{section}.{code}"]: str(kind)
                 for section, _, items in SPEC for code, kind, *_ in items}
        for item_id, n in reported.items():
            row = rows[item_id]
            stored_n = int(row.comment.rsplit("№", 1)[1])
            # the stored save is the last reported one, or one that committed just before the
            # kill and was never reported; never an older one
            assert stored_n >= n, (item_id, stored_n, n)
            expected = value_for(kinds[item_id], stored_n)  # value and comment: one commit
            stored = {"choice": row.choice, "scale": row.scale, "text": row.text,
                      "comment": row.comment}
            assert {k: stored[k] for k in expected} == expected
    finally:
        reopened.dispose()

