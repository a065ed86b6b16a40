"""The journey and its standards: stages in order, roles, duties, standards, scenarios, links."""

from __future__ import annotations

import pytest

from cxdesk.db.models import ChecklistTemplate
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.services.standards import (
    RoleForm,
    ScenarioForm,
    StageForm,
    StandardForm,
    create_role,
    create_scenario,
    create_stage,
    create_standard,
    delete_role,
    delete_scenario,
    delete_stage,
    delete_standard,
    get_scenario,
    get_standard,
    journey_tree,
    link_item,
    list_scenarios,
    list_stages,
    list_standards,
    move_stage,
    reorder_stages,
    set_duties,
    set_standard_active,
    unchecked_standards,
    unlink_item,
    update_stage,
    update_standard,
)
from tests.domain.forms.conftest import add, checklist_rows


def _names(db) -> list[str]:
    return [s.name["ru"] for s in list_stages(db)]


def test_stages_create_rename_reorder(db) -> None:
    ids = [create_stage(db, StageForm({"ru": name})) for name in ("Вход", "Зал", "Касса")]
    assert _names(db) == ["Вход", "Зал", "Касса"]
    assert [s.code for s in list_stages(db)] == ["vkhod", "zal", "kassa"]
    move_stage(db, ids[2], -1)
    assert _names(db) == ["Вход", "Касса", "Зал"]
    move_stage(db, ids[0], -5)  # stops at the start
    assert _names(db) == ["Вход", "Касса", "Зал"]
    reorder_stages(db, [ids[1], ids[0], ids[2]])
    assert _names(db) == ["Зал", "Вход", "Касса"]
    assert [s.position for s in list_stages(db)] == [1, 2, 3]
    with pytest.raises(ValidationError):
        reorder_stages(db, [ids[0], ids[1]])
    update_stage(db, ids[0], StageForm({"ru": "Парковка", "uk": "Паркування"}))
    assert _names(db) == ["Зал", "Парковка", "Касса"]
    with pytest.raises(ValidationError) as err:
        update_stage(db, ids[0], StageForm({"ru": "  "}))
    assert err.value.field == "name"
    assert _names(db) == ["Зал", "Парковка", "Касса"]


def test_standard_rules_and_delete(db) -> None:
    stage = create_stage(db, StageForm({"uk": "Зустріч"}))
    role = create_role(db, RoleForm({"uk": "Продавець"}))
    with pytest.raises(ValidationError) as err:
        create_standard(db, StandardForm({"uk": "Привітатися"}, stage_id=None))
    assert err.value.field == "stage_id"
    with pytest.raises(ValidationError) as err:
        create_standard(db, StandardForm({"ru": "", "uk": " "}, stage_id=stage))
    assert err.value.field == "text"
    assert list_standards(db) == []
    rule = create_standard(db, StandardForm({"uk": "Привітатися за 5 секунд"}, stage, role))
    row = get_standard(db, rule)
    assert (row.role_name, row.stage_name, row.active) == ({"uk": "Продавець"},
                                                           {"uk": "Зустріч"}, True)
    update_standard(db, rule, StandardForm({"uk": "Привітатися за 3 секунди"}, stage, None))
    assert get_standard(db, rule).role_id is None
    assert [r.id for r in list_standards(db, "ПРИВІТАТИСЯ")] == [rule]
    assert [r.id for r in list_standards(db, "зустріч")] == [rule]
    with pytest.raises(InUseError) as err:
        delete_stage(db, stage)
    assert "1 standard" in str(err.value)
    template = add(db, checklist_rows())
    with db.session() as session:
        item = session.get(ChecklistTemplate, template).sections[0].items[0].id
    link_item(db, rule, item)
    with pytest.raises(InUseError) as err:
        delete_standard(db, rule)
    assert "1 checklist item" in str(err.value) and "Deactivate" in str(err.value)
    unlink_item(db, rule, item)
    delete_standard(db, rule)
    delete_role(db, role)
    delete_stage(db, stage)
    assert list_stages(db) == []


def test_role_with_standards_cannot_go(db) -> None:
    stage = create_stage(db, StageForm({"en": "Entry"}))
    role = create_role(db, RoleForm({"en": "Guard"}))
    create_standard(db, StandardForm({"en": "Opens the door"}, stage, role))
    with pytest.raises(InUseError):
        delete_role(db, role)
    with pytest.raises(NotFoundError):
        create_standard(db, StandardForm({"en": "x"}, stage, 999))


def test_scenarios(db) -> None:
    stage = create_stage(db, StageForm({"ru": "Касса"}))
    case = create_scenario(db, ScenarioForm({"ru": "Отключили свет"}, {"ru": "Касса стоит"},
                                            {"ru": "Принимать наличные"}, stage))
    free = create_scenario(db, ScenarioForm({"ru": "Пожар"}))
    assert get_scenario(db, case).stage_name == {"ru": "Касса"}
    assert [s.id for s in list_scenarios(db, "СВЕТ")] == [case]
    assert [s.id for s in list_scenarios(db)] == [case, free]
    with pytest.raises(ValidationError):
        create_scenario(db, ScenarioForm({}))
    with pytest.raises(InUseError) as err:
        delete_stage(db, stage)
    assert "1 scenario" in str(err.value)
    delete_scenario(db, case)
    assert [s.id for s in list_scenarios(db)] == [free]


def test_journey_tree_and_unchecked_standards(db) -> None:
    stages = [create_stage(db, StageForm({"en": n})) for n in ("Entry", "Floor", "Till")]
    seller, cashier = (create_role(db, RoleForm({"en": n})) for n in ("Seller", "Cashier"))
    set_duties(db, stages[0], seller, {"en": "Greets"})
    set_duties(db, stages[2], cashier, {"en": "Takes payment"})
    set_duties(db, stages[2], seller, {"en": "Packs"})
    set_duties(db, stages[2], seller, {})  # empty duties remove the role from the stage
    greet = create_standard(db, StandardForm({"en": "Greet within 5 s"}, stages[0], seller))
    help_ = create_standard(db, StandardForm({"en": "Offer help"}, stages[1], seller))
    pay = create_standard(db, StandardForm({"en": "Card or cash"}, stages[2], cashier))
    sign = create_standard(db, StandardForm({"en": "Signs visible"}, stages[1], None))
    retired = create_standard(db, StandardForm({"en": "Old"}, stages[1], None, active=False))
    create_scenario(db, ScenarioForm({"en": "Power cut"}, stage_id=stages[2]))

    old = add(db, checklist_rows("old"))  # not current: its links do not count
    current = add(db, checklist_rows("shop"))
    with db.begin() as session:
        session.get(ChecklistTemplate, old).current = False
        old_items = [i.id for i in session.get(ChecklistTemplate, old).sections[0].items]
        items = [i.id for i in session.get(ChecklistTemplate, current).sections[0].items]
    link_item(db, greet, items[0])
    link_item(db, pay, items[1])
    link_item(db, help_, old_items[0])

    assert [s.id for s in unchecked_standards(db)] == [help_, sign]
    assert retired not in [s.id for s in unchecked_standards(db)]

    tree = journey_tree(db)
    assert [s.name["en"] for s in tree.stages] == ["Entry", "Floor", "Till"]
    entry, floor, till = tree.stages
    assert [(r.name["en"], r.duties) for r in entry.roles] == [("Seller", {"en": "Greets"})]
    assert [s.id for s in entry.roles[0].standards] == [greet]
    assert entry.roles[0].standards[0].item_count == 1
    assert [r.name["en"] for r in floor.roles] == ["Seller"]
    assert [s.id for s in floor.standards] == [sign, retired]
    assert [r.name["en"] for r in till.roles] == ["Cashier"]
    assert [c.title["en"] for c in till.scenarios] == ["Power cut"]
    set_standard_active(db, retired, True)
    assert [s.id for s in unchecked_standards(db)] == [help_, sign, retired]
