"""The window's Reports menu opens the Reports page preset to the report picked; the file
names the save dialog suggests."""

from __future__ import annotations

from datetime import date

import pytest

from ui.main_window import MainWindow
from ui.tabs.reports import ReportsTab
from ui.tabs.reports.jobs import ReportRequest, file_name, period_slug

ROWS = {
    "summary": {"period", "location", "compare"},
    "visit": {"period", "location", "visits"},
    "employee": {"staff", "period"},
    "handbook": set(),
}


@pytest.mark.parametrize("report", list(ROWS))
def test_a_menu_entry_opens_the_page_on_its_report(qtbot, ctx, desk, report):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert [a.text() for a in window.reports_menu.actions()] == [
        "&Monthly summary…", "&Visit report…", "&Employee sheet…", "Staff &handbook…"]

    window.reports_menu.entries[report].trigger()

    page = window.tabs.currentWidget()
    assert isinstance(page, ReportsTab) and page.objectName() == "reports_tab"
    assert page.report() == report
    shown = {key for key, field in page.form.fields.items() if field.isVisible()}
    assert shown == ROWS[report] | {"language"}
    assert page.title_label.text() == page.report_list.currentItem().text()


def test_the_menu_speaks_the_interface_language(qtbot, ctx, desk):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ctx.translations.switch("ru")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Файл")
    assert window.reports_menu.title()  # translated by the lead at the end; never empty


@pytest.mark.parametrize(("first", "last", "slug"), [
    (date(2026, 6, 1), date(2026, 6, 30), "2026-06"),
    (date(2026, 4, 1), date(2026, 6, 30), "2026-Q2"),
    (date(2026, 1, 1), date(2026, 12, 31), "2026"),
    (date(2025, 7, 1), date(2026, 6, 30), "2025-07--2026-06"),
    (date(2026, 2, 1), date(2026, 4, 30), "2026-02--2026-04"),
    (date(2026, 6, 3), date(2026, 6, 9), "2026-06-03--2026-06-09"),
])
def test_period_slug(first, last, slug):
    assert period_slug(first, last) == slug


def test_file_names():
    june = dict(lang="ru", date_from=date(2026, 6, 1), date_to=date(2026, 6, 30))
    today = date(2026, 7, 2)
    assert file_name(ReportRequest("summary", **june), today) == "summary-2026-06.pdf"
    assert file_name(ReportRequest("summary", location_id=2, location_name="ТЦ Океан",
                                   **june), today) == "summary-2026-06-ТЦ-Океан.pdf"
    assert file_name(ReportRequest("visit", visit_id=7, visit_day=date(2026, 6, 3),
                                   visit_location="Центр", **june),
                     today) == "visit-7-2026-06-03-Центр.pdf"
    assert file_name(ReportRequest("employee", staff_id=3, staff_name="Анна Рибак/2",
                                   **june), today) == "employee-Анна-Рибак-2-2026-06.pdf"
    assert file_name(ReportRequest("handbook", **june), today) == "handbook-2026-07.pdf"
