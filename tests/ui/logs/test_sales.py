"""Sales figures driven by qtbot: the grid (add, type, refuse, save, delete), pasting from a
spreadsheet (a bad line writes nothing), and sample plans with their progress."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from cxdesk.db.models import Response, SalesFigure, Survey, SurveyKind
from cxdesk.services import sales
from cxdesk.services.sales import SalesForm, SamplePlanForm
from tests.ui.keys import type_text
from tests.ui.logs.helpers import cell, show, shown_count
from ui.dialogs.sample_plan_dialog import SamplePlanDialog
from ui.tabs.sales import SalesTab
from ui.tabs.sales.grid_model import GridRow, SalesGridModel
from ui.tabs.sales.paste_dialog import SalesPasteDialog
from ui.tabs.sales.plans import PlansModel, load_plans

G = SalesGridModel


@pytest.fixture
def tab(qtbot, ctx) -> SalesTab:
    return show(qtbot, SalesTab(ctx))


def figures(db) -> list[tuple]:
    return sorted((r.period, r.revenue, r.quantity, r.product, r.location_name)
                  for r in sales.list_figures(db))


def grid_cell(tab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    proxy = tab.grid.proxy
    return proxy.data(proxy.index(row, column), role)


def type_into_cell(qtbot, grid, text: str) -> None:
    """Type into the cell editor open at the current cell and press Enter."""
    index = grid.table.currentIndex()
    editor = grid.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    type_text(editor, text)
    before = index.data(Qt.ItemDataRole.EditRole)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.table.indexWidget(index) is None)  # Qt commits queued
    assert index.data(Qt.ItemDataRole.EditRole) != before


def test_type_figures_in_the_grid_and_save(qtbot, tab, ctx, factory):
    shop = factory.location("Центр")
    tab.grid.refresh()
    grid = tab.grid
    assert not grid.save_button.isEnabled()
    qtbot.mouseClick(grid.add_button, Qt.MouseButton.LeftButton)
    type_into_cell(qtbot, grid, "12 345,50")  # the revenue cell opens for typing
    proxy = grid.proxy
    assert proxy.setData(proxy.index(0, G.MONTH), "травень 2026")
    assert proxy.setData(proxy.index(0, G.LOCATION), shop)
    assert proxy.setData(proxy.index(0, G.PRODUCT), "  Кава   в зернах ")
    assert grid.save_button.isEnabled()

    with qtbot.waitSignal(tab.sales_changed):
        qtbot.mouseClick(grid.save_button, Qt.MouseButton.LeftButton)
    assert figures(ctx.db) == [(date(2026, 5, 1), 12345.5, None, "Кава в зернах", "Центр")]
    assert "1 added" in grid.message_label.text()
    assert not grid.save_button.isEnabled()
    assert shown_count(grid.count_label) == (1, False)

    # edit a stored figure: its row is changed, not duplicated
    assert proxy.setData(proxy.index(0, G.QUANTITY), "40")
    assert grid_cell(tab, 0, G.MONTH, Qt.ItemDataRole.BackgroundRole) is not None  # unsaved
    qtbot.keyClick(grid.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert figures(ctx.db) == [(date(2026, 5, 1), 12345.5, 40.0, "Кава в зернах", "Центр")]


def test_a_bad_value_is_refused_with_the_reason(qtbot, tab, ctx, factory):
    factory.sale()
    tab.grid.refresh()
    proxy, grid = tab.grid.proxy, tab.grid
    assert not proxy.setData(proxy.index(0, G.REVENUE), "сто гривен")
    assert grid.message_label.text() == "“сто гривен” is not a number."
    assert not proxy.setData(proxy.index(0, G.REVENUE), "-5")
    assert not proxy.setData(proxy.index(0, G.MONTH), "13.2026")
    assert "is not a month" in grid.message_label.text()
    assert grid_cell(tab, 0, G.REVENUE) == "100.00"  # the figure is as it was
    assert not grid.model.has_changes()


def test_an_incomplete_row_saves_nothing_and_is_marked(qtbot, tab, ctx):
    grid = tab.grid
    qtbot.mouseClick(grid.add_button, Qt.MouseButton.LeftButton)
    grid.table.closePersistentEditor(grid.table.currentIndex())
    qtbot.mouseClick(grid.add_button, Qt.MouseButton.LeftButton)
    type_into_cell(qtbot, grid, "500")
    qtbot.mouseClick(grid.save_button, Qt.MouseButton.LeftButton)
    assert grid.message_label.text() == "Row 1: enter the revenue."
    assert grid.model.index(0, G.MONTH).data(Qt.ItemDataRole.ToolTipRole) == (
        "Row 1: enter the revenue.")
    assert sales.list_figures(ctx.db) == []  # row 2 was fine, but nothing was saved


def test_delete_rows(qtbot, tab, ctx, confirmations):
    sales.upsert_figures(ctx.db, [SalesForm(date(2026, 1, 1), 10.0),
                                  SalesForm(date(2026, 2, 1), 20.0)])
    tab.grid.refresh()
    grid = tab.grid
    grid.table.selectRow(0)
    qtbot.mouseClick(grid.delete_button, Qt.MouseButton.LeftButton)
    assert "1 figure" in confirmations[-1] or "1 figures" in confirmations[-1]
    assert len(sales.list_figures(ctx.db)) == 1
    assert shown_count(grid.count_label) == (1, False)
    qtbot.mouseClick(grid.add_button, Qt.MouseButton.LeftButton)
    assert grid.model.rowCount() == 2
    grid.table.clearSelection()
    grid.table.selectRow(grid.proxy.mapFromSource(grid.model.index(1, 0)).row())
    qtbot.mouseClick(grid.delete_button, Qt.MouseButton.LeftButton)  # unsaved: just gone
    assert grid.model.rowCount() == 1 and len(confirmations) == 1
    assert not grid.model.has_changes()


PASTED = "Месяц\tВыручка\tМагазин\n05.2026\t12 000,50\tЦентр\nиюнь 2026\t9 800\tЛевый\n"


def test_pasted_text_with_a_bad_line_writes_nothing_and_shows_the_line(qtbot, ctx, factory):
    factory.location("Центр")
    dialog = SalesPasteDialog(None, ctx, PASTED)
    qtbot.addWidget(dialog)
    assert dialog.preview.rowCount() == 2
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted  # the dialog stays open
    assert dialog.error_label.text() == "Line 3: there is no location “Левый”."
    assert dialog.preview.item(1, 0).background().color() != dialog.preview.item(
        0, 0).background().color()
    assert "Nothing was saved" in dialog.summary_label.text()
    with ctx.db.session() as session:
        assert session.query(SalesFigure).count() == 0


def test_unreadable_lines_are_shown_before_importing(qtbot, ctx):
    dialog = SalesPasteDialog(None, ctx, "2026-05\t100\n2026-06\tмного\n2026-13\t5\n")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.error_label.text().splitlines() == [
        "Line 2: “много” is not an amount.",
        "Line 3: “2026-13” is not a month (write e.g. 2026-05 or 05.2026).",
    ]
    assert dialog.preview.rowCount() == 3


def test_ctrl_v_on_the_page_previews_then_imports(qtbot, tab, ctx, factory, answers):
    factory.location("Центр")
    factory.location("Левый берег")
    queue, calls = answers(SalesPasteDialog, "ask")
    queue.append((2, 0))
    QGuiApplication.clipboard().setText(PASTED.replace("Левый", "Левый берег"))
    tab.grid.table.setFocus()
    qtbot.keyClick(tab.grid.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert calls[0][2] == PASTED.replace("Левый", "Левый берег")
    assert "2 added" in tab.grid.message_label.text()

    real = SalesPasteDialog(None, ctx, calls[0][2])  # and the import itself goes through
    qtbot.addWidget(real)
    real.import_lines()
    assert real.result_counts() == (2, 0)
    assert figures(ctx.db) == [(date(2026, 5, 1), 12000.5, None, "", "Центр"),
                               (date(2026, 6, 1), 9800.0, None, "", "Левый берег")]


def test_grid_search(qtbot, tab, ctx):
    sales.upsert_figures(ctx.db, [SalesForm(date(2026, 1, 1), 10.0, product="Кофе"),
                                  SalesForm(date(2026, 1, 1), 20.0, product="Чай")])
    tab.grid.refresh()
    type_text(tab.grid.search_edit, "КОФ")
    assert tab.grid.proxy.rowCount() == 1
    assert shown_count(tab.grid.count_label) == (1, True)


# ---- sample plans ---------------------------------------------------------------------------

def survey_family(db) -> str:
    with db.begin() as session:
        survey = Survey(family="exit", kind=SurveyKind.EXIT, name={"en": "Exit survey",
                                                                   "ru": "Опрос на выходе"})
        session.add(survey)
        session.flush()
        for day in range(3):
            session.add(Response(survey_id=survey.id, taken_at=datetime(2026, 5, 4 + day, 12)))
    return "exit"


def test_sample_plans_add_edit_refuse_delete(qtbot, tab, ctx, answers, confirmations,
                                             shown_errors):
    family = survey_family(ctx.db)
    panel = tab.plans
    queue, calls = answers(SamplePlanDialog)
    queue.append(SamplePlanForm(family, date(2026, 5, 4), date(2026, 5, 8), 25))
    qtbot.mouseClick(panel.records.add_button, Qt.MouseButton.LeftButton)
    assert calls[0][2] == [("exit", "Exit survey")]  # the surveys offered
    [plan] = sales.list_sample_plans(ctx.db)
    assert cell(panel.records, plan.id, PlansModel.DONE) == "3"
    assert cell(panel.records, plan.id, PlansModel.PROGRESS) == "12% — 22 to go"

    # the last day before the first: the service refuses, the form comes back
    panel.records.select(plan.id)
    bad = SamplePlanForm(family, date(2026, 5, 8), date(2026, 5, 4), 25)
    queue += [bad, None]
    qtbot.mouseClick(panel.records.edit_button, Qt.MouseButton.LeftButton)
    assert calls[-1][4] == bad and calls[-1][5].field == "ends_on"

    queue.append(SamplePlanForm(family, date(2026, 5, 4), date(2026, 5, 8), 3))
    qtbot.mouseClick(panel.records.edit_button, Qt.MouseButton.LeftButton)
    assert cell(panel.records, plan.id, PlansModel.PROGRESS) == "100% — reached"

    qtbot.mouseClick(panel.records.delete_button, Qt.MouseButton.LeftButton)
    assert sales.list_sample_plans(ctx.db) == []
    assert shown_errors == []


def test_sample_plan_dialog_shows_a_refusal_by_its_field(qtbot):
    from cxdesk.errors import ValidationError
    dialog = SamplePlanDialog(None, None, [("exit", "Опрос на выходе")], [])
    qtbot.addWidget(dialog)
    dialog.show_error(ValidationError("The last day cannot be before the first day.",
                                      "ends_on"))
    assert dialog.visible_errors() == {"ends_on": "The last day cannot be before the first day."}
    dialog.accept()
    form = dialog.value()
    assert form.survey_family == "exit" and form.target == 25
    assert form.ends_on - form.starts_on == timedelta(days=4)


def test_models(qtmodeltester, ctx, factory):
    grid = SalesGridModel()
    grid.locations = {factory.location("Центр"): "Центр"}
    grid.set_rows([GridRow(1, date(2026, 1, 1), 10.5, 3, "Кофе", 1),
                   GridRow(None, None, None, changed=True, problem="Row 2: enter the month.")])
    qtmodeltester.check(grid)
    family = survey_family(ctx.db)
    sales.create_sample_plan(ctx.db, SamplePlanForm(family, date(2026, 5, 4),
                                                    date(2026, 5, 8), 25))
    plans = PlansModel(lambda: "ru")
    plans.set_rows(load_plans(ctx.db, "", "ru"))
    assert plans.index(0, PlansModel.SURVEY).data() == "Опрос на выходе"
    qtmodeltester.check(plans)
