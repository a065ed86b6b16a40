"""Print visit…: the PDF from cxdesk.reports.visit_report, written off the GUI thread."""

from __future__ import annotations

import pytest

from cxdesk.services.visits import save_answer
from tests.ui.mystery.helpers import click
from ui.tabs.mystery import print_visit


@pytest.fixture
def printed(monkeypatch, tmp_path):
    opened = []
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(print_visit, "ask_pdf_path", lambda _parent, name: (
        opened.append(name), str(target))[1])
    monkeypatch.setattr(print_visit, "open_document", opened.append)
    return target, opened


def test_print_from_the_editor_writes_and_opens_the_pdf(qtbot, make_tab, shop, printed,
                                                         shown_errors):
    pytest.importorskip(print_visit.REPORT_MODULE)
    target, opened = printed
    visit_id = shop.start()
    save_answer(shop.db, visit_id, shop.item(visit_id, "1.2").id, choice="yes", comment="Быстро")
    tab = make_tab()
    tab.open_visit(visit_id)
    click(qtbot, tab.editor.header.print_button)
    assert shown_errors == []
    assert opened == [f"visit-{visit_id}-2026-06-12-Центр.pdf", target]
    assert target.read_bytes().startswith(b"%PDF")


def test_print_from_the_list(qtbot, make_tab, shop, printed):
    pytest.importorskip(print_visit.REPORT_MODULE)
    target, opened = printed
    visit_id = shop.start()
    tab = make_tab()
    tab.list_page.select(visit_id)
    click(qtbot, tab.list_page.print_button)
    assert opened[-1] == target and target.stat().st_size > 0


def test_a_failed_report_says_why(qtbot, make_tab, shop, printed, shown_errors, monkeypatch):
    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(print_visit, "make_report", broken)
    tab = make_tab()
    tab.open_visit(shop.start())
    click(qtbot, tab.editor.header.print_button)
    assert shown_errors == [("Print visit", "The report could not be written: disk full")]


def test_without_the_module_nothing_is_asked(qtbot, make_tab, shop, monkeypatch, shown_errors):
    monkeypatch.setattr(print_visit, "REPORT_MODULE", "cxdesk.reports.no_such_report")
    monkeypatch.setattr(print_visit, "ask_pdf_path", lambda *_a: pytest.fail("asked"))
    assert not print_visit.report_available()
    tab = make_tab()
    print_visit.print_visit(tab, tab._ctx, shop.start(), "Центр", None)
    assert shown_errors[0][1] == "The visit report is not part of this version of cxdesk."
