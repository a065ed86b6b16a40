"""Survey templates through the editor: every question type, order, refusals, versions."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from cxdesk.db.models import Response
from cxdesk.services import survey_templates as surveys
from tests.ui.keys import type_text
from tests.ui.standards.drive import drive, press_ok
from ui.tabs.templates.survey_editor import SurveyEditor


def set_kind(dialog, kind: str) -> None:
    combo = dialog.form.kind_combo
    combo.setCurrentIndex(combo.findData(kind))


def add(qtbot, dialog, kind: str, ru: str, en: str = "") -> None:
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    set_kind(dialog, kind)
    type_text(dialog.form.text_edit.edits["ru"], ru)
    if en:
        type_text(dialog.form.text_edit.edits["en"], en)


def add_option(qtbot, form, text: str) -> None:
    """Add an option row and type its Russian text into the cell editor that opens (left open:
    the next row, the next question or OK keeps what was typed)."""
    form.options.add_option()
    table = form.options.table
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None
    type_text(editor, text)


def add_response(db, survey_id: int) -> None:
    with db.begin() as session:
        session.add(Response(survey_id=survey_id, taken_at=datetime(2026, 3, 1, 12)))


def test_a_new_survey_with_every_kind_of_question(qtbot, monkeypatch, page, db):
    def build(dialog):
        assert dialog.windowTitle() == "New survey"
        type_text(dialog.name_edit.edits["ru"], "Опрос после ремонта")
        type_text(dialog.name_edit.edits["uk"], "Опитування після ремонту")
        form = dialog.form
        add(qtbot, dialog, "nps", "Порекомендуете ли вы нас?", "Would you recommend us?")
        form.scale_min.setValue(1)  # NPS may run 1–10 (seed 003)
        form.role_combo.setCurrentIndex(form.role_combo.findData("nps"))
        add(qtbot, dialog, "single", "Как вы о нас узнали?")
        for text in ("От друзей", "Из интернета", "Проходил мимо"):
            add_option(qtbot, form, text)
        form.options.table.setCurrentCell(2, 0)
        qtbot.mouseClick(form.options.up_button, Qt.MouseButton.LeftButton)
        add(qtbot, dialog, "servqual", "Сотрудники всегда готовы помочь")
        form.dimension_combo.setCurrentIndex(form.dimension_combo.findData("responsiveness"))
        add(qtbot, dialog, "rating", "Продавец навязывал товар")
        form.reverse_check.setChecked(True)
        form.scale_min.setValue(1)
        form.scale_max.setValue(9)
        type_text(form.label_min.edits["ru"], "никогда")
        type_text(form.label_max.edits["ru"], "всегда")
        add(qtbot, dialog, "number", "Сколько минут вы ждали?")
        form.range_check.setChecked(True)
        form.scale_min.setValue(0)
        form.scale_max.setValue(120)
        type_text(form.unit_edit.edits["ru"], "мин")
        add(qtbot, dialog, "text", "Что нам улучшить?")
        form.role_combo.setCurrentIndex(form.role_combo.findData("improve"))
        form.required_check.setChecked(False)
        add(qtbot, dialog, "multi", "Что вы купили?")
        add_option(qtbot, form, "Хлеб")
        add_option(qtbot, form, "Молоко")
        add(qtbot, dialog, "yes_no", "Вы купили то, за чем пришли?")
        add(qtbot, dialog, "csat", "Довольны ли вы обслуживанием?")
        add(qtbot, dialog, "ces", "Легко ли было оплатить?")
        # the multiple-choice question goes first
        dialog.list.setCurrentRow(6)
        for _ in range(6):
            qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
        assert dialog.count_label.text().startswith("10 question")
        press_ok(qtbot, dialog)
        assert not dialog.isVisible()

    drive(monkeypatch, qtbot, SurveyEditor, build)
    page.surveys.new_survey()
    [row] = surveys.list_surveys(db)
    assert row.name == {"ru": "Опрос после ремонта", "uk": "Опитування після ремонту"}
    assert page.surveys.selected_row().id == row.id
    template = surveys.load_survey_form(db, row.id)
    q = template.questions
    assert [x.kind for x in q] == ["multi", "nps", "single", "servqual", "rating", "number",
                                   "text", "yes_no", "csat", "ces"]
    assert [o.text.ru for o in q[0].options] == ["Хлеб", "Молоко"]
    assert (q[1].scale, q[1].role, q[1].text.en) == ((1, 10), "nps", "Would you recommend us?")
    assert [o.text.ru for o in q[2].options] == ["От друзей", "Проходил мимо", "Из интернета"]
    assert len({o.code for o in q[2].options}) == 3
    assert (q[3].dimension, q[3].scale) == ("responsiveness", (1, 7))
    assert (q[4].reverse, q[4].scale, q[4].label_min.ru, q[4].label_max.ru) == (
        True, (1, 9), "никогда", "всегда")
    assert (q[5].scale, q[5].unit.ru) == ((0, 120), "мин")
    assert (q[6].role, q[6].required) == ("improve", False)
    assert q[9].scale == (1, 7)
    assert len({x.code for x in q}) == 10


def test_bad_values_are_refused_with_the_reason_and_the_editor_stays_open(qtbot, monkeypatch,
                                                                          page, db):
    def bad(dialog):
        press_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert dialog.name_error.text() == "Enter the name of the survey."
        type_text(dialog.name_edit.edits["en"], "Quick check")
        press_ok(qtbot, dialog)
        assert dialog.questions_error.text() == "Add at least one question."
        add(qtbot, dialog, "single", "Which shop?")
        add_option(qtbot, dialog.form, "Центр")
        add(qtbot, dialog, "rating", "How fast?")
        dialog.form.scale_max.setValue(dialog.form.scale_min.value())
        press_ok(qtbot, dialog)
        assert dialog.list.currentRow() == 0  # the faulty question is shown, with the reason
        assert dialog.form.error_label.text() == "A choice question needs at least two options."
        add_option(qtbot, dialog.form, "Подол")
        press_ok(qtbot, dialog)
        assert dialog.list.currentRow() == 1
        assert dialog.form.error_label.text() == "The lowest point must be below the highest."
        dialog.form.scale_max.setValue(5)
        add(qtbot, dialog, "csat", "Satisfied?")
        dialog.form.role_combo.setCurrentIndex(dialog.form.role_combo.findData("csat"))
        add(qtbot, dialog, "csat", "Satisfied with the price?")
        dialog.form.role_combo.setCurrentIndex(dialog.form.role_combo.findData("csat"))
        press_ok(qtbot, dialog)
        assert dialog.form.error_label.text().startswith("Question 3 already plays this part")
        dialog.form.role_combo.setCurrentIndex(0)
        press_ok(qtbot, dialog)
        assert not dialog.isVisible()

    drive(monkeypatch, qtbot, SurveyEditor, bad)
    page.surveys.new_survey()
    [row] = surveys.list_surveys(db)
    assert row.question_count == 4


def test_editing_an_answered_survey_makes_a_new_version(qtbot, monkeypatch, page, db,
                                                        shown_errors):
    from cxdesk.services.builtin import install_builtins

    install_builtins(db)
    nps = next(r for r in surveys.list_surveys(db) if r.family == "nps")
    add_response(db, nps.id)
    page.refresh()

    def edit(dialog):
        assert dialog.banner.isVisible()
        assert dialog.banner.text().startswith("This survey already has 1 respons")
        add(qtbot, dialog, "text", "Почему такая оценка?")
        press_ok(qtbot, dialog)

    drive(monkeypatch, qtbot, SurveyEditor, edit)
    page.surveys.select_id(nps.id)
    page.surveys.edit_survey()
    new = next(r for r in surveys.list_surveys(db) if r.family == "nps")
    assert (new.version, new.question_count, new.response_count) == (2, nps.question_count + 1, 0)
    assert surveys.get_survey(db, nps.id).question_count == nps.question_count  # old one kept
    [(title, text)] = shown_errors
    assert title == "Survey saved"
    assert text.startswith("“Net Promoter Score (NPS)” was saved as version 2. The 1 respons")
    assert text.endswith("The 1 response given so far keeps version 1.")
    assert page.surveys.selected_row().id == new.id


def test_an_unanswered_survey_changes_in_place_and_cancel_changes_nothing(qtbot, monkeypatch,
                                                                          page, db):
    from cxdesk.services.builtin import install_builtins

    install_builtins(db)
    ces = next(r for r in surveys.list_surveys(db) if r.family == "ces")
    page.refresh()

    def rename(dialog):
        assert not dialog.banner.isVisible()
        dialog.name_edit.edits["en"].clear()
        type_text(dialog.name_edit.edits["en"], "Effort")
        press_ok(qtbot, dialog)

    def cancel(dialog):
        dialog.name_edit.edits["en"].clear()
        dialog.reject()

    drive(monkeypatch, qtbot, SurveyEditor, rename, cancel)
    page.surveys.select_id(ces.id)
    page.surveys.edit_survey()
    row = surveys.get_survey(db, ces.id)
    assert (row.version, row.name["en"]) == (1, "Effort")
    page.surveys.edit_survey()
    assert surveys.get_survey(db, ces.id).name["en"] == "Effort"


def test_duplicate_archive_and_delete(page, db, shown_errors, confirmations):
    from cxdesk.services.builtin import install_builtins

    install_builtins(db)
    page.refresh()
    panel = page.surveys
    csat = next(r for r in panel.model.rows() if r.family == "csat")
    panel.select_id(csat.id)
    panel.duplicate_survey()
    copy = panel.selected_row()
    assert copy.name["ru"].endswith(" (копия)") and copy.family != "csat"

    add_response(db, csat.id)
    page.refresh()
    panel.select_id(csat.id)
    panel.delete_survey()
    [(title, text)] = shown_errors
    assert title == "Templates"
    assert text.startswith("“Customer satisfaction (CSAT)” cannot be deleted: it has 1 respons")
    assert text.endswith("Archive it instead.")
    assert panel.archive.text() == "Archive"
    panel.toggle_archived()
    assert not surveys.get_survey(db, csat.id).active
    assert panel.proxy.rowCount() == panel.model.rowCount() - 1  # archived ones are hidden
    page.archived_check.setChecked(True)
    panel.select_id(csat.id)
    assert panel.archive.text() == "Restore"
    panel.toggle_archived()
    assert surveys.get_survey(db, csat.id).active

    panel.select_id(copy.id)
    panel.delete_survey()
    assert copy.family not in {r.family for r in surveys.list_surveys(db)}


def test_the_list_searches_cyrillic_in_any_case_sorts_and_counts(page, db):
    from cxdesk.services.builtin import install_builtins

    install_builtins(db)
    page.refresh()
    panel = page.surveys
    assert panel.count_label.text().startswith("7 survey")
    type_text(page.search_edit, "ОПРОС НА ВЫХОДЕ")
    assert [r.family for r in panel.shown_rows()] == ["exit"]
    assert panel.count_label.text() == "1 of 7 surveys shown"
    page.search_edit.clear()
    panel.table.sortByColumn(panel.QUESTIONS, Qt.SortOrder.DescendingOrder)
    assert panel.shown_rows()[0].family == "soco"
