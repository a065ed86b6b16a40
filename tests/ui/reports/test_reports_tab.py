"""The Reports page writes each of the four PDFs from the demo data, shows its progress,
and leaves no file behind when it cannot finish."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from cxdesk.errors import CxdeskError
from ui.tabs.reports import files, jobs
from ui.tabs.reports.visits_model import VisitsModel
from ui.tasks import TaskRunner

from .helpers import assert_idle, choose, create, pdf_text, squash


def stages_of(page) -> list[str]:
    seen: list[str] = []
    page._progress.stage_reached.connect(lambda _job, stage: seen.append(stage))
    return seen


def test_the_summary_of_one_location_in_cyrillic(qtbot, page, desk):
    page.preset("summary")
    choose(page.form.period_combo, "this_month")
    choose(page.form.location_combo, page.form.location_combo.itemData(
        page.form.location_combo.findText("Центр")))
    choose(page.form.compare_combo, "year")
    stages = stages_of(page)

    create(qtbot, page)

    assert desk.suggested[-1].name == "summary-2026-06-Центр.pdf"
    assert desk.suggested[-1].parent == desk.answer.parent.parent / "Documents"
    text = squash(pdf_text(desk.answer))
    assert "Центр" in text
    assert "Лівийберег" not in text  # one location only
    assert desk.asked == [desk.answer] and desk.opened == [desk.answer]
    assert stages == ["gathering", "drawing", "writing"]
    assert_idle(page)
    assert page.status_label.text() == f"Saved as {desk.answer}"
    # the next report starts in the folder this one went to
    create(qtbot, page)
    assert desk.suggested[-1].parent == desk.answer.parent


def test_the_visit_report_of_the_visit_picked(qtbot, page, desk):
    page.preset("visit")
    choose(page.form.period_combo, "this_year")
    picker = page.form.visits
    assert picker.isVisible() and picker.model.rowCount() > 0
    first = picker.visit()  # one is chosen from the start
    assert first is not None and first.submitted
    row = picker.table.selectionModel().selectedRows()[0].row()
    assert picker.proxy.index(row, VisitsModel.LOCATION).data() == first.location_name
    picker.table.selectRow(row + 1)
    chosen = picker.visit()
    assert chosen is not None and chosen.id != first.id
    assert picker.proxy.index(row + 1, VisitsModel.SHOPPER).data() == chosen.shopper

    create(qtbot, page)

    day = chosen.visited_at.date().isoformat()
    assert desk.suggested[-1].name.startswith(f"visit-{chosen.id}-{day}-")
    text = squash(pdf_text(desk.answer))
    assert f"#{chosen.id}" in text and squash(chosen.location_name) in text
    assert desk.opened == [desk.answer]
    assert_idle(page)


def test_the_employee_sheet_of_the_person_picked(qtbot, page, desk):
    page.preset("employee")
    combo = page.form.staff_combo
    assert combo.isVisible() and combo.count() == 12
    choose(combo, combo.itemData(3))
    name = page.form.request().staff_name
    choose(page.form.period_combo, "last_12_months")

    create(qtbot, page)

    assert desk.suggested[-1].name == f"employee-{name.replace(' ', '-')}-2025-07--2026-06.pdf"
    assert squash(name) in squash(pdf_text(desk.answer))
    assert_idle(page)


def test_the_staff_handbook_and_show_in_folder(qtbot, page, desk):
    page.preset("handbook")
    assert not page.form.period_row.isVisible() and page.form.language_combo.isVisible()
    desk.after_saved = "folder"
    choose(page.form.language_combo, "uk")

    create(qtbot, page)

    assert desk.suggested[-1].name == "handbook-2026-06.pdf"
    assert "персоналу" in pdf_text(desk.answer)  # "Пам'ятка для персоналу": in Ukrainian
    assert desk.shown == [desk.answer] and desk.opened == []
    assert_idle(page)


def test_a_missing_folder_is_refused_before_any_work(qtbot, page, desk, shown_errors,
                                                     monkeypatch):
    desk.answer = desk.answer.parent / "no such folder" / "report.pdf"
    monkeypatch.setattr(jobs, "make_report", lambda *a: pytest.fail("no work may start"))

    create(qtbot, page)

    assert len(shown_errors) == 1
    assert "does not exist" in shown_errors[0][1] and "no such folder" in shown_errors[0][1]
    assert not desk.answer.parent.exists()
    assert desk.asked == []
    assert_idle(page)
    assert page.status_label.text() == "Not saved."


def test_a_failed_write_leaves_no_file_and_says_why(qtbot, page, desk, shown_errors,
                                                    monkeypatch):
    def full_disk(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    page.preset("handbook")

    create(qtbot, page)

    assert list(desk.answer.parent.iterdir()) == []  # neither the PDF nor a .part file
    assert len(shown_errors) == 1
    assert "could not be created" in shown_errors[0][1]
    assert "No space left on device" in shown_errors[0][1]
    assert desk.asked == []
    assert_idle(page)


def test_an_error_of_the_core_is_shown(qtbot, page, desk, shown_errors, monkeypatch):
    def gone(_db, _visit_id):
        raise CxdeskError("Visit 31 was deleted")

    monkeypatch.setattr(jobs, "gather_visit", gone)
    page.preset("visit")
    choose(page.form.period_combo, "this_month")

    create(qtbot, page)

    assert shown_errors == [("Create PDF", "The report could not be created: Visit 31 was "
                                           "deleted")]
    assert not desk.answer.exists()
    assert_idle(page)


def test_cancel_drops_the_result_and_writes_nothing(qtbot, page, desk, shown_errors,
                                                    monkeypatch):
    real = jobs.build_pdf
    busy: list[bool] = []

    def slow(*args):
        # the user clicks Cancel while the report is being drawn
        busy.append(page.busy and page.busy_bar.isVisible() and not
                    page.create_button.isEnabled() and page.cancel_button.isVisible())
        page.cancel_button.click()
        return real(*args)

    monkeypatch.setattr(jobs, "build_pdf", slow)
    page.preset("handbook")

    create(qtbot, page)

    assert busy == [True]
    assert not desk.answer.exists() and list(desk.answer.parent.iterdir()) == []
    assert shown_errors == [] and desk.asked == []
    assert_idle(page)
    assert page.status_label.text() == "Cancelled: no report was saved."


def test_a_cancelled_save_dialog_does_nothing(qtbot, page, desk, shown_errors):
    desk.answer = None
    create(qtbot, page)
    assert shown_errors == [] and desk.asked == [] and page.status_label.text() == ""
    assert_idle(page)


def test_nothing_to_create_without_a_visit(qtbot, page, desk):
    page.preset("visit")
    page.form.set_period("custom", page.form.period()[0].replace(year=2020),
                         page.form.period()[0].replace(year=2020, day=2))
    assert page.form.visits.model.rowCount() == 0
    assert not page.create_button.isEnabled()
    assert "No visit" in page.form.visits.hint_label.text()
    page.preset("summary")
    assert page.create_button.isEnabled()


def test_the_report_language_follows_the_interface_until_chosen(qtbot, page, ctx):
    assert page.form.request().lang == "en"
    ctx.translations.switch("ru")
    qtbot.waitUntil(lambda: page.form.request().lang == "ru")
    choose(page.form.language_combo, "uk")
    ctx.translations.switch("en")
    qtbot.waitUntil(lambda: page.form.labels["period"].text() == "&Period:")
    assert page.form.request().lang == "uk"


def test_the_folder_is_remembered_in_the_settings(qtbot, page, desk, ctx):
    create(qtbot, page)
    assert files.remembered_folder(ctx.settings) == desk.answer.parent
    # a remembered folder that is gone no longer counts: Documents again
    desk.answer.unlink()
    desk.answer.parent.rmdir()
    assert files.start_folder(ctx.settings) == desk.answer.parent.parent / "Documents"


def test_the_work_runs_off_the_gui_thread(qtbot, page, desk, ctx):
    """With a real thread pool: the stages and the result arrive on the GUI thread."""
    runner = TaskRunner()
    ctx.tasks = runner
    page._ctx = ctx
    seen: list[tuple[str, bool]] = []
    page._progress.stage_reached.connect(lambda _job, stage: seen.append(
        (stage, QThread.currentThread() is QCoreApplication.instance().thread())))
    page.preset("handbook")

    create(qtbot, page)
    assert page.busy and not page.create_button.isEnabled()

    qtbot.waitUntil(lambda: desk.asked == [desk.answer], timeout=20_000)
    assert runner.wait(20_000)
    assert [stage for stage, _gui in seen] == ["gathering", "drawing", "writing"]
    assert all(gui for _stage, gui in seen)
    assert pdf_text(desk.answer).strip()
    assert_idle(page)
    runner.deleteLater()
