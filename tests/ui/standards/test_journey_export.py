"""Export… on the Standards page writes the service standards to a template file that a
second database installs with the same stages, roles and standards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesk.db.database import open_database
from cxdesk.services import standards
from cxdesk.services.builtin import install_builtins
from cxdesk.services.template_files import import_template
from cxdesk.templates import JourneyTemplate, load_template
from ui.tabs.standards import journey_file


def test_export_writes_a_file_another_database_installs(qtbot, monkeypatch, page, db,
                                                         tmp_path):
    install_builtins(db)
    page.refresh()
    asked: list[str] = []
    target = tmp_path / "стандарты сервиса"  # no suffix: .yaml is added
    monkeypatch.setattr(journey_file, "ask_save_path",
                        lambda _parent, title, _suggested, _filters: asked.append(title)
                        or str(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".yaml")
    assert asked == ["Export the service standards"]
    assert page.status_label.text() == f"Exported to {written}"
    assert page.export_button.isEnabled()
    spec = load_template(written)
    assert isinstance(spec, JourneyTemplate)
    ours = standards.list_standards(db)
    assert sorted(s.code for s in spec.standards) == sorted(s.code for s in ours if s.active)

    other = open_database(tmp_path / "other.db")
    try:
        result = import_template(other, written)
        assert result.kind == "journey"
        theirs = standards.list_standards(other)
        assert sorted((s.code, s.text["ru"]) for s in theirs) == sorted(
            (s.code, s.text["ru"]) for s in ours if s.active)
    finally:
        other.dispose()


def test_a_folder_that_cannot_be_written_is_reported(monkeypatch, page, db, tmp_path,
                                                     shown_errors):
    install_builtins(db)
    monkeypatch.setattr(journey_file, "ask_save_path",
                        lambda *_args: str(tmp_path / "missing" / "standards.yaml"))
    page.exporter.start()
    [(title, text)] = shown_errors
    assert title == "Export the service standards"
    assert text.startswith("The file could not be written: ")
    assert page.export_button.isEnabled()


def test_cancelling_the_file_dialog_writes_nothing(monkeypatch, page, tmp_path, shown_errors):
    monkeypatch.setattr(journey_file, "ask_save_path", lambda *_args: None)
    page.exporter.start()
    assert shown_errors == [] and list(tmp_path.glob("*.yaml")) == []
