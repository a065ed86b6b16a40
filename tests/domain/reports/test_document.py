"""The page frame: metadata without personal data, "Page N of M", long tables over pages."""

from __future__ import annotations

import re

import pytest

from cxdesk.reports.document import CONTENT_WIDTH, ReportMeta, build_pdf
from cxdesk.reports.styles import report_styles
from cxdesk.reports.tables import cell_text, column_widths, data_table
from cxdesk.reports.text import para
from tests.domain.reports.samples import metadata, page_texts

HEADER = ["Код", "Клиент", "Балл", "Комментарий"]


@pytest.fixture(scope="module")
def long_table_pdf() -> bytes:
    s = report_styles()
    rows = [[f"R{i:03d}", f"Иван Петров <b>{i}</b>", i % 10 + 0.25,
             "длинный комментарий " * (i % 7)] for i in range(1, 501)]
    story = [para("Опрос", s.h1), data_table(HEADER, rows, [1, 3, 1.2, 5], numeric=[2])]
    meta = ReportMeta("Monthly summary", "Customer service figures",
                      business_name="ИП Иванов Иван", header_title="Сводка")
    return build_pdf(story, meta)


def test_the_header_row_repeats_on_every_page(long_table_pdf):
    pages = page_texts(long_table_pdf)
    assert len(pages) > 5
    seen_rows = []
    for text in pages:
        positions = [text.find(label) for label in HEADER]
        assert all(p >= 0 for p in positions), "a page lost the table header"
        assert positions == sorted(positions)
        rows = re.findall(r"R(\d{3})", text)
        assert rows, "a page without rows"
        assert positions[-1] < text.find(f"R{rows[0]}"), "the header is not above the rows"
        seen_rows += [int(r) for r in rows]
    assert seen_rows == list(range(1, 501)), "rows lost, repeated or out of order"


def test_every_page_says_page_n_of_m(long_table_pdf):
    pages = page_texts(long_table_pdf)
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
        assert len(re.findall(r"Page \d+ of \d+", text)) == 1


def test_header_prints_the_business_name_and_title(long_table_pdf):
    for text in page_texts(long_table_pdf):
        assert "ИП Иванов Иван" in text and "Сводка" in text


def test_metadata_has_title_author_subject_and_no_personal_data(long_table_pdf):
    info = metadata(long_table_pdf)
    assert info["/Title"] == "Monthly summary"
    assert info["/Author"] == "cxdesk"
    assert info["/Subject"] == "Customer service figures"
    everything = " ".join(info.values())
    for name in ("Иван", "Петров", "ИП"):
        assert name not in everything
    assert set(info) <= {"/Title", "/Author", "/Subject", "/Creator", "/Producer", "/Keywords",
                         "/CreationDate", "/ModDate", "/Trapped"}


def test_a_title_page_has_no_header_but_a_footer():
    s = report_styles()
    from reportlab.platypus import PageBreak

    pdf = build_pdf([para("Обложка", s.title), PageBreak(), para("Текст", s.body)],
                    ReportMeta("T", "S", business_name="Кафе Лето", title_page=True))
    first, second = page_texts(pdf)
    assert "Кафе Лето" not in first and "Page 1 of 2" in first
    assert "Кафе Лето" in second and "Page 2 of 2" in second


def test_an_empty_table_says_so():
    s = report_styles()
    pdf = build_pdf([para("x", s.body), data_table(["A", "B"], [])], ReportMeta("T", "S"))
    assert "No data" in page_texts(pdf)[0]


def test_cell_text():
    assert cell_text(None) == "—"
    assert cell_text(2.345) == "2.3"
    assert cell_text(2.345, decimals=2) == "2.35"
    assert cell_text(True) == "yes"
    assert cell_text(7) == "7"


def test_column_widths_fill_the_page():
    widths = column_widths([1, 3], 2)
    assert sum(widths) == pytest.approx(CONTENT_WIDTH)
    assert widths[1] == pytest.approx(3 * widths[0])
    with pytest.raises(ValueError):
        column_widths([1], 2)
    with pytest.raises(ValueError):
        data_table(["a", "b"], [[1]])
