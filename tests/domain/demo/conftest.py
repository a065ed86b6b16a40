"""One demo database per seed for the whole module: generating takes about a second."""

from __future__ import annotations

from datetime import date

import pytest

from cxdesk.db.database import open_database
from cxdesk.demo import generate_demo

TODAY = date(2025, 6, 18)


@pytest.fixture(scope="package")
def demo_factory(tmp_path_factory):
    made = {}
    opened = []

    def make(seed: int, name: str = ""):
        key = (seed, name)
        if key not in made:
            db = open_database(tmp_path_factory.mktemp("demo") / f"demo-{seed}{name}.db")
            opened.append(db)
            steps: list[tuple[float, str]] = []
            summary = generate_demo(db, seed=seed, today=TODAY,
                                    progress=lambda f, m: steps.append((f, m)))
            made[key] = (db, summary, steps)
        return made[key]

    yield make
    for db in opened:
        db.dispose()


@pytest.fixture(scope="package")
def demo(demo_factory):
    return demo_factory(1)
