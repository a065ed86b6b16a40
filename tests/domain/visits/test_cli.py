"""`cxdesk visit export|import|list`: exit codes, output, one-line errors."""

from __future__ import annotations

from datetime import datetime

import pytest

from cxdesk.cli import main
from cxdesk.services.visits import submit_visit

from .factory import answer_all, counts, new_visit


@pytest.fixture
def submitted(db, world):
    vid = new_visit(db, world, shopper="Анна Коваль", visited_at=datetime(2026, 5, 4, 11, 30))
    answer_all(db, world, vid)
    submit_visit(db, vid)
    return vid


def _error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cxdesk: ")
    return err


def test_export_then_import_into_another_database(db, submitted, tmp_path, capsys):
    file, other = tmp_path / "визит.cxvisit", tmp_path / "manager.db"
    assert main(["visit", "export", str(submitted), str(file), "--db", str(db.path)]) == 0
    assert f"#{submitted}" in capsys.readouterr().out and file.exists()
    assert main(["--db", str(other), "visit", "import", str(file)]) == 0
    assert "imported as #1" in capsys.readouterr().out

    assert main(["visit", "import", str(file), "--db", str(other)]) == 1
    assert "already imported" in _error_line(capsys)

    assert main(["visit", "list", "--db", str(other)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and "Анна Коваль" in out[0] and "submitted" in out[0]
    assert "6/6" in out[0] and "60.7%" in out[0]


def test_damaged_file_gives_one_line_and_leaves_the_database(db, submitted, tmp_path, capsys):
    file = tmp_path / "v.cxvisit"
    main(["visit", "export", str(submitted), str(file), "--db", str(db.path)])
    data = file.read_bytes()
    file.write_bytes(data[: len(data) // 2])
    capsys.readouterr()
    before = counts(db)
    assert main(["visit", "import", str(file), "--db", str(db.path)]) == 1
    assert "damaged" in _error_line(capsys)
    assert counts(db) == before


def test_export_of_a_missing_visit(db, world, tmp_path, capsys):
    assert main(["visit", "export", "99", str(tmp_path / "x"), "--db", str(db.path)]) == 1
    assert "Visit #99 does not exist" in _error_line(capsys)
    assert not (tmp_path / "x").exists()
    folder = tmp_path / "no" / "such" / "folder" / "x.cxvisit"
    new_visit(db, world)
    assert main(["visit", "export", "1", str(folder), "--db", str(db.path)]) == 1
    assert "Cannot write" in _error_line(capsys)


def test_list_filters(db, world, submitted, capsys):
    new_visit(db, world, shopper="Борис", location_id=world.other_location_id,
              visited_at=datetime(2026, 6, 2, 9))
    args = ["visit", "list", "--db", str(db.path)]
    assert main(args) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    for extra, expected in ((["--location", "Подол"], "Борис"), (["--shopper", "анна коваль"],
                            "Анна"), (["--status", "draft"], "Борис"),
                            (["--from", "2026-05-01", "--to", "2026-05-31"], "Анна")):
        assert main(args + extra) == 0
        out = capsys.readouterr().out.splitlines()
        assert len(out) == 1 and expected in out[0], extra
    assert main(args + ["--location", "Нигде"]) == 1
    assert "no location named Нигде" in _error_line(capsys)


@pytest.mark.parametrize("argv", [
    ["visit"],
    ["visit", "export", "x", "f"],
    ["visit", "list", "--from", "вчера"],
])
def test_usage_errors_exit_2(argv, tmp_path, capsys):
    assert main([*argv, "--db", str(tmp_path / "u.db")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
