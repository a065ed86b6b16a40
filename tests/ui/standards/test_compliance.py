"""Acceptance: a journey built on the Standards page, its standards linked to checklist items,
two submitted visits, and the compliance per standard the metrics give."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from cxdesk.db.queries.filters import Filters
from cxdesk.db.queries.mystery import visit_items
from cxdesk.metrics.mystery import standard_compliance
from cxdesk.services import checklist_templates, standard_links, standards
from cxdesk.services.visits import VisitStart, save_answer, start_visit, submit_visit
from cxdesk.templates import ChecklistTemplate, I18n, ItemTemplate, SectionTemplate
from tests.ui.keys import type_text
from tests.ui.standards.drive import drive, press_ok
from ui.dialogs.journey_dialogs import RoleDialog, StageDialog
from ui.dialogs.link_items_dialog import LinkItemsDialog
from ui.dialogs.standard_dialog import StandardDialog

STAGES = ("Вход", "Торговый зал", "Касса")
ROLES = ("Продавец", "Кассир")
# (text, stage, role)
STANDARDS = (
    ("Продавец здоровается в течение 10 секунд", "Вход", "Продавец"),
    ("Продавец задаёт 2–3 вопроса о потребности", "Торговый зал", "Продавец"),
    ("Кассир называет сумму", "Касса", "Кассир"),
    ("Кассир благодарит и прощается", "Касса", "Кассир"),
)


def t(ru: str) -> I18n:
    return I18n(ru, "", "")


def typed(qtbot, field: str, text: str):
    def fill(dialog):
        type_text(getattr(dialog, field).edits["ru"], text)
        press_ok(qtbot, dialog)
    return fill


def chose(qtbot, text: str, stage_id: int, role_id: int):
    def fill(dialog):
        type_text(dialog.text_edit.edits["ru"], text)
        dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(stage_id))
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role_id))
        press_ok(qtbot, dialog)
    return fill


@pytest.fixture
def checklist(db) -> int:
    """A checklist in use, no item linked to a standard yet."""
    spec = ChecklistTemplate("", t("Тайный покупатель"), t(""), (
        SectionTemplate("entry", t("Вход"), (
            ItemTemplate("greet", t("Поздоровались"), "yes_no_na"),
            ItemTemplate("clean", t("Чисто"), "scale_1_5"),)),
        SectionTemplate("floor", t("Зал"), (
            ItemTemplate("needs", t("Спросили о потребности"), "yes_no_na"),
            ItemTemplate("advice", t("Помогли с выбором"), "scale_1_5"),)),
        SectionTemplate("till", t("Касса"), (
            ItemTemplate("total", t("Назвали сумму"), "yes_no_na"),
            ItemTemplate("bye", t("Попрощались"), "yes_no_na"),
            ItemTemplate("remark", t("Замечания"), "text", required=False),)),
    ))
    return checklist_templates.save_checklist(db, None, spec)


def test_journey_links_and_compliance_per_standard(qtbot, monkeypatch, page, db, factory,
                                                   checklist):
    # 3 stages, 2 roles, 4 standards, typed in the real dialogs
    drive(monkeypatch, qtbot, StageDialog, *(typed(qtbot, "name_edit", s) for s in STAGES))
    for _ in STAGES:
        page.stages.add_stage()
    drive(monkeypatch, qtbot, RoleDialog, *(typed(qtbot, "name_edit", r) for r in ROLES))
    for _ in ROLES:
        page.roles.roles.add_role()
    stage_ids = {s.name["ru"]: s.id for s in standards.list_stages(db)}
    role_ids = {r.name["ru"]: r.id for r in standards.list_roles(db)}
    assert list(stage_ids) == list(STAGES)
    drive(monkeypatch, qtbot, StandardDialog, *(
        chose(qtbot, text, stage_ids[stage], role_ids[role]) for text, stage, role in STANDARDS))
    for _ in STANDARDS:
        page.standards.add_standard()
    page.show_stage(None)
    assert page.standards.count_label.text().startswith("4 standard")
    assert page.standards.unchecked_button.text() == "Not checked yet: 4"

    # link each standard to its items through the dialog
    items = {i.code: i.id for s in standard_links.checklist_items(db, checklist) for i in s.items}
    links = {STANDARDS[0][0]: ["greet"], STANDARDS[1][0]: ["needs", "advice"],
             STANDARDS[2][0]: ["total"], STANDARDS[3][0]: ["bye"]}

    def ticker(codes):
        def fill(dialog):
            assert dialog.current_checklist() == checklist
            for code in codes:
                dialog.item(items[code]).setCheckState(0, Qt.CheckState.Checked)
            assert dialog.count_label.text().startswith(f"{len(codes)} of 7")
            press_ok(qtbot, dialog)
        return fill

    ids = {row.text["ru"]: row.id for row in standards.list_standards(db)}
    drive(monkeypatch, qtbot, LinkItemsDialog, *(ticker(links[text]) for text, *_ in STANDARDS))
    for text, *_ in STANDARDS:
        page.stage_combo.setCurrentIndex(0)
        assert page.standards.select_id(ids[text])
        page.standards.link_items()
    assert page.standards.unchecked_button.text() == "Not checked yet: 0"
    assert [e.checks for e in page.data.standards] == [1, 2, 1, 1]

    # two visits: the first passes everything, the second fails the greeting and the goodbye
    location = factory.location("Центр")
    answers = (
        {"greet": "yes", "clean": 5, "needs": "yes", "advice": 4, "total": "yes", "bye": "yes"},
        {"greet": "no", "clean": 3, "needs": "yes", "advice": 2, "total": "yes", "bye": "no"},
    )
    for n, given in enumerate(answers):
        visit = start_visit(db, VisitStart(checklist, location, "Анна",
                                           datetime(2026, 3, 2 + n, 12)))
        for code, value in given.items():
            key = "scale" if isinstance(value, int) else "choice"
            save_answer(db, visit, items[code], **{key: value})
        submit_visit(db, visit)

    with db.session() as session:
        frame = visit_items(session, Filters())
    result = standard_compliance(frame[frame["standard"].notna()])
    codes = {row.text["ru"]: row.code for row in standards.list_standards(db)}
    per_standard = {part.name: (part.value, part.n) for part in result.standards}
    assert per_standard == {
        codes[STANDARDS[0][0]]: (50.0, 2),  # greeted once of twice
        codes[STANDARDS[1][0]]: (75.0, 4),  # needs yes, yes; advice 4 passes, 2 fails
        codes[STANDARDS[2][0]]: (100.0, 2),
        codes[STANDARDS[3][0]]: (50.0, 2),
    }
    assert (result.passed, result.n) == (7, 10)
