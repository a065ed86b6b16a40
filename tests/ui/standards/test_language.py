"""Switching the interface language re-labels the pages and shows the texts in that language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cxdesk.services.builtin import install_builtins
from ui.tabs.templates import TemplatesTab


def test_the_pages_follow_the_interface_language(qtbot, ctx, page, db):
    install_builtins(db)
    page.refresh()
    templates = TemplatesTab(ctx)
    qtbot.addWidget(templates)
    assert page.stages.list.item(0).text() == "1. Website and social media"
    exit_row = next(r for r in templates.surveys.model.rows() if r.family == "exit")
    row = templates.surveys.model.row_of(lambda r: r.id == exit_row.id)
    assert templates.surveys.model.index(row, 0).data() == "Exit survey"

    ctx.translations.switch("ru")
    QApplication.processEvents()  # the LanguageChange events are posted
    assert page.stages.list.item(0).text() == "1. Сайт и соцсети"
    assert page.stage_combo.itemText(1) == "1. Сайт и соцсети"
    assert templates.surveys.model.index(row, 0).data() == "Опрос на выходе"
    first = page.standards.proxy.index(0, page.standards.STAGE).data()
    assert first == "1. Сайт и соцсети"

    ctx.translations.switch("uk")
    QApplication.processEvents()
    assert page.stages.list.item(0).text() == "1. Сайт і соцмережі"
