"""`cxdesk report summary|visit|employee`: write the PDF; a bad argument is one line, a
non-zero exit and no file left behind."""

from __future__ import annotations

import pytest

from cxdesk.cli import main
from tests.domain.reports.demo_db import build_demo
from tests.domain.reports.samples import page_texts

PERIOD = ["--from", "2026-01-01", "--to", "2026-06-30"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    return build_demo(tmp_path_factory, "cli", demo_template)


def _run(argv, capsys):
    try:
        code = main(argv)
    except SystemExit as exc:  # an older cli.main let argparse exit
        code = exc.code
    return code, capsys.readouterr()


def test_summary(demo, tmp_path, capsys):
    out = tmp_path / "summary.pdf"
    code, streams = _run(["report", "summary", "--db", str(demo.path), *PERIOD,
                          "--lang", "ru", "--out", str(out)], capsys)
    assert code == 0, streams.err
    text = "\n".join(page_texts(out.read_bytes()))
    assert "Лівий берег" in text and "2026-01-01 – 2026-06-30" in text
    assert str(out) in streams.out
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_summary_of_one_location_against_last_year(demo, tmp_path, capsys):
    out = tmp_path / "s.pdf"
    code, streams = _run(["report", "summary", "--db", str(demo.path), *PERIOD,
                          "--location", "Центр", "--compare", "year", "--out", str(out)],
                         capsys)
    assert code == 0, streams.err
    text = "\n".join(page_texts(out.read_bytes()))
    assert "Locations: Центр" in text and "ТЦ Океан" not in text
    assert "same period last year: 2025-01-01 – 2025-06-30" in text


def test_visit_and_employee(demo, tmp_path, capsys):
    visit, sheet = tmp_path / "v.pdf", tmp_path / "e.pdf"
    code, streams = _run(["report", "visit", "6", "--db", str(demo.path), "--lang", "uk",
                          "--out", str(visit)], capsys)
    assert code == 0, streams.err
    assert "Візит таємного покупця №6" in page_texts(visit.read_bytes())[0]
    code, streams = _run(["report", "employee", "Максим Білоус", "--db", str(demo.path),
                          *PERIOD, "--out", str(sheet)], capsys)
    assert code == 0, streams.err
    assert "Максим Білоус" in page_texts(sheet.read_bytes())[0]


def test_an_existing_report_is_replaced_whole(demo, tmp_path, capsys):
    out = tmp_path / "v.pdf"
    out.write_bytes(b"old")
    code, _ = _run(["report", "visit", "7", "--db", str(demo.path), "--out", str(out)], capsys)
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    code, _ = _run(["report", "visit", "999", "--db", str(demo.path), "--out", str(out)],
                   capsys)
    assert code == 1 and out.read_bytes().startswith(b"%PDF")  # the old one stays
    assert [p.name for p in tmp_path.iterdir()] == ["v.pdf"]


@pytest.mark.parametrize("argv, code, message", [
    (["summary", *PERIOD, "--location", "Нема такої"], 1, "Unknown location"),
    (["summary", "--from", "2026-02-30", "--to", "2026-06-30"], 2, "not a date"),
    (["summary", "--from", "30.06.2026", "--to", "2026-06-30"], 2, "not a date"),
    (["summary", "--from", "2026-07-01", "--to", "2026-06-30"], 1, "--from is after --to"),
    (["summary", "--to", "2026-06-30"], 2, "--from"),
    (["summary", *PERIOD, "--compare", "week"], 2, "--compare"),
    (["visit", "999"], 1, "Visit #999 does not exist"),
    (["visit", "six"], 2, "invalid int value"),
    (["employee", "Нікого Немає", *PERIOD], 1, "Unknown staff member"),
    (["employee", "Максим Білоус", "--from", "2026-07-01", "--to", "2026-01-01"], 1,
     "--from is after --to"),
])
def test_bad_arguments_are_one_line_and_leave_nothing(demo, tmp_path, capsys, argv, code,
                                                      message):
    out = tmp_path / "r.pdf"
    got, streams = _run(["report", argv[0], "--db", str(demo.path), *argv[1:],
                         "--out", str(out)], capsys)
    assert got == code
    assert streams.err.count("\n") == 1 and streams.err.startswith("cxdesk: ")
    assert message in streams.err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("report", [["summary", *PERIOD], ["visit", "6"],
                                    ["employee", "Максим Білоус", *PERIOD]])
def test_an_unwritable_target_fails_before_any_work(demo, tmp_path, capsys, report):
    folder = tmp_path / "missing"
    code, streams = _run(["report", report[0], "--db", str(demo.path), *report[1:],
                          "--out", str(folder / "r.pdf")], capsys)
    assert code == 1 and streams.err.count("\n") == 1
    assert not folder.exists()
    code, streams = _run(["report", report[0], "--db", str(demo.path), *report[1:],
                          "--out", str(tmp_path)], capsys)
    assert code == 1 and "is a folder" in streams.err
    assert list(tmp_path.iterdir()) == []
