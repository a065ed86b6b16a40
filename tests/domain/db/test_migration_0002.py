"""Migration 0002 copies the existing "satisfied with speed" answers onto their responses."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import create_engine

from cxdesk.db.database import open_database
from cxdesk.db.migrate import alembic_config


def test_upgrade_fills_speed_from_the_answers(tmp_path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    con.executescript("""
        INSERT INTO survey (id, family, version, kind, name, description, builtin, current, active)
            VALUES (1, 'exit', 1, 'exit', '{}', '{}', 1, 1, 1);
        INSERT INTO question (id, survey_id, position, code, kind, text, required, labels,
                              options, reverse, unit, scale_min, scale_max, role)
            VALUES (1, 1, 1, 'speed', 'csat', '{}', 0, '{}', '[]', 0, '{}', 1, 5, 'speed'),
                   (2, 1, 2, 'nps', 'nps', '{}', 1, '{}', '[]', 0, '{}', 0, 10, 'nps');
        INSERT INTO response (id, survey_id, taken_at, channel, nps)
            VALUES (1, 1, '2026-01-05 10:00:00', 'in_store', 9),
                   (2, 1, '2026-01-06 10:00:00', 'in_store', 3);
        INSERT INTO answer (response_id, question_id, number)
            VALUES (1, 1, 4), (1, 2, 9), (2, 2, 3);
    """)
    con.commit()
    con.close()
    db = open_database(path)
    db.dispose()
    con = sqlite3.connect(path)
    speeds = con.execute("SELECT id, speed FROM response ORDER BY id").fetchall()
    assert speeds == [(1, 4), (2, None)]
    indexes = {row[1] for row in con.execute("PRAGMA index_list('response')")}
    assert "ix_response_scores" in indexes and "ix_response_survey_taken" not in indexes
    con.close()
