"""Export… and Import… on the Templates page (file dialogs replaced by the test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesk.services import checklist_templates as checklists
from cxdesk.services import survey_templates as surveys
from cxdesk.services.builtin import install_builtins
from cxdesk.services.template_files import export_journey
from ui.tabs.templates import files


@pytest.fixture
def chosen(monkeypatch):
    """The paths the file dialogs answer with, one per call."""
    answers: list[str | None] = []
    monkeypatch.setattr(files, "ask_save_path", lambda *_args: answers.pop(0))
    monkeypatch.setattr(files, "ask_open_path", lambda *_args: answers.pop(0))
    return answers


def test_export_a_survey_and_import_it_back_as_a_new_version(page, db, tmp_path, chosen,
                                                             confirmations, shown_errors):
    install_builtins(db)
    page.refresh()
    exit_row = next(r for r in page.surveys.model.rows() if r.family == "exit")
    page.surveys.select_id(exit_row.id)
    chosen.append(str(tmp_path / "опрос"))  # the suffix is added
    page.surveys.export_survey()
    written = tmp_path / "опрос.yaml"
    assert "Опрос на выходе" in written.read_text(encoding="utf-8")
    assert page.status_label.text() == f"“Exit survey” exported to {written}"

    chosen.append(str(written))
    page.import_button.click()
    assert confirmations[0].startswith("“Exit survey” is already here. Import the file as a "
                                       "new version of it?")
    new = next(r for r in surveys.list_surveys(db) if r.family == "exit")
    assert new.version == 2 and new.question_count == exit_row.question_count
    assert shown_errors == [("Import a template", "“Exit survey” was imported as version 2.")]


def test_a_declined_import_changes_nothing(page, db, tmp_path, chosen, monkeypatch):
    from ui.dialogs import messages

    install_builtins(db)
    path = tmp_path / "checklist.yaml"
    page.refresh()
    page.checklists.select_id(page.checklists.model.rows()[0].id)
    chosen.append(str(path))
    page.checklists.export_checklist()
    monkeypatch.setattr(messages, "confirm", lambda *_args, **_kw: False)
    chosen.append(str(path))
    page.files.start_import()
    assert [r.version for r in checklists.list_checklists(db)] == [1]


def test_a_new_checklist_comes_in_as_a_new_family(page, db, tmp_path, chosen, shown_errors,
                                                  confirmations):
    install_builtins(db)
    path = tmp_path / "checklist.yaml"
    family = checklists.list_checklists(db)[0].family
    page.refresh()
    assert page.checklists.select_id(page.checklists.model.rows()[0].id)
    chosen.append(str(path))
    page.checklists.export_checklist()
    text = path.read_text(encoding="utf-8").replace(f"key: {family}", "key: kiosk_check")
    path.write_text(text, encoding="utf-8")
    chosen.append(str(path))
    page.files.start_import()
    assert confirmations == []  # nothing to replace: no question
    assert sorted(r.family for r in checklists.list_checklists(db)) == sorted(
        [family, "kiosk_check"])
    assert shown_errors[-1][1].endswith("was imported.")
    assert page.checklists.model.rowCount() == 2


def test_a_damaged_file_is_refused_with_the_reason(page, db, tmp_path, chosen, shown_errors):
    path = tmp_path / "broken.yaml"
    path.write_text("key: [not, a, template\n", encoding="utf-8")
    chosen.append(str(path))
    page.files.start_import()
    [(title, text)] = shown_errors
    assert title == "Templates" and text.startswith("The file cannot be imported: ")


def test_service_standards_import_from_a_journey_file(page, db, tmp_path, chosen, shown_errors,
                                                      confirmations):
    install_builtins(db)
    path = export_journey(db, tmp_path / "journey.yaml")
    chosen.append(str(path))
    page.files.start_import()
    assert "already here" in confirmations[0]
    assert shown_errors == [("Import a template", "The service standards were imported: see "
                                                  "the Standards page.")]


def test_cancelled_dialogs_do_nothing(page, chosen, shown_errors):
    chosen.extend([None, None])
    page.files.start_import()
    page.files.export("survey", "nps", {"en": "NPS"})
    assert shown_errors == [] and not Path("nps.yaml").exists()
