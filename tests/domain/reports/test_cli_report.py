"""`cxdesk report handbook`: writes the PDF; a bad argument is one line and leaves nothing."""

from __future__ import annotations

import pytest

from cxdesk.cli import main
from cxdesk.db.database import open_database
from tests.domain.reports.samples import page_texts
from tests.domain.reports.test_handbook import fill_journey


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.db"
    db = open_database(path)
    with db.begin() as session:
        fill_journey(session)
    db.dispose()
    return path


def test_writes_the_handbook(db_path, tmp_path, capsys):
    out = tmp_path / "handbook.pdf"
    assert main(["report", "handbook", "--db", str(db_path), "--lang", "ru",
                 "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Кассир отдаёт чек" in "".join(page_texts(out.read_bytes()))
    assert str(out) in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["handbook.pdf"]


def test_lang_before_the_subcommand_counts(db_path, tmp_path):
    out = tmp_path / "h.pdf"
    assert main(["--lang", "uk", "report", "handbook", "--db", str(db_path),
                 "--out", str(out)]) == 0
    assert "Касир віддає чек" in "".join(page_texts(out.read_bytes()))


def test_a_missing_out_folder_is_one_line_and_no_file(db_path, tmp_path, capsys):
    out = tmp_path / "missing" / "h.pdf"
    assert main(["report", "handbook", "--db", str(db_path), "--out", str(out)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cxdesk: ")
    assert not out.exists() and not out.parent.exists()


def test_a_missing_database_is_not_created(tmp_path, capsys):
    db = tmp_path / "none.db"
    assert main(["report", "handbook", "--db", str(db), "--out", str(tmp_path / "h.pdf")]) == 1
    assert "no database" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", [
    ["report"],
    ["report", "handbook"],  # no --out
    ["report", "handbook", "--out", "x.pdf", "--lang", "de"],
    ["report", "nonsense", "--out", "x.pdf"],
])
def test_bad_arguments_exit_2_with_one_line(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    try:
        code = main(argv)
    except SystemExit as exc:  # older cli.main let argparse exit
        code = exc.code
    assert code == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
