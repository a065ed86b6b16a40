"""Sales figures from a grid or pasted text (all or nothing), and sample plan progress."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cxdesk.db.models import Response, Survey, SurveyKind
from cxdesk.errors import ValidationError
from cxdesk.services.sales import (
    SalesForm,
    SamplePlanForm,
    create_sample_plan,
    delete_figures,
    delete_sample_plan,
    get_sample_plan,
    import_pasted,
    list_figures,
    list_sample_plans,
    parse_pasted,
    sample_plan_progress,
    update_sample_plan,
    upsert_figures,
)
from cxdesk.services.sales_paste import PasteError, parse_number, parse_period
from tests.domain.forms.conftest import add


@pytest.mark.parametrize(("text", "value"), [
    ("12 345,67", 12345.67), ("12,345.67", 12345.67), ("1.234,5", 1234.5), ("12345", 12345.0),
    ("12\u00a0345", 12345.0), ("1 200 грн", 1200.0), ("0,5", 0.5), ("12,5", 12.5),
    ("abc", None), ("12-5", None),
])
def test_numbers_as_spreadsheets_show_them(text, value) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["2026-05", "2026-05-17", "05.2026", "5/2026", "17.05.2026",
                                  "май 2026", "Травня 2026", "травень 2026", "May 2026",
                                  "2026-05-01 00:00:00"])
def test_months_as_people_type_them(text) -> None:
    assert parse_period(text) == date(2026, 5, 1)


def test_pasted_with_header_saves_all(db, location_id) -> None:
    text = ("Месяц\tМагазин\tТовар\tВыручка\n"
            "2026-04\tЦЕНТРАЛЬНЫЙ\tКофе\t12 345,67\n"
            "05.2026\tцентральный\tЧай\t1 000\n")
    assert [(r.line, r.product) for r in parse_pasted(text)] == [(2, "Кофе"), (3, "Чай")]
    assert import_pasted(db, text) == (2, 0)
    rows = list_figures(db)
    assert [(r.period, r.product, r.revenue, r.location_name) for r in rows] == [
        (date(2026, 5, 1), "Чай", 1000.0, "Центральный"),
        (date(2026, 4, 1), "Кофе", 12345.67, "Центральный")]
    assert import_pasted(db, "2026-05\t2 000\t\tЧай\tЦентральный") == (0, 1)  # no header
    assert [r.revenue for r in list_figures(db, "ЧАЙ")] == [2000.0]


def test_one_bad_line_writes_nothing_and_is_named(db) -> None:
    text = "2026-01\t100\n2026-02\t1O0\n2026-03\t300\n13.2026\t5\n2026-04\t-1\n"
    with pytest.raises(PasteError) as err:
        import_pasted(db, text)
    assert [n for n, _ in err.value.lines] == [2, 4, 5]
    assert "Line 2: “1O0” is not an amount." in str(err.value)
    assert "Line 4" in str(err.value) and "Line 5" in str(err.value)
    assert list_figures(db) == []
    with pytest.raises(PasteError) as err:
        import_pasted(db, "Месяц\tВыручка\tМагазин\n2026-01\t100\tНет такого магазина\n")
    assert "Line 2: there is no location “Нет такого магазина”." in str(err.value)
    assert list_figures(db) == []


def test_grid_upsert_and_delete(db, location_id) -> None:
    assert upsert_figures(db, [SalesForm(date(2026, 5, 17), 10.0, location_id=location_id),
                               SalesForm(date(2026, 6, 1), 20.0, product="Кофе")]) == (2, 0)
    may = list_figures(db, location_id=location_id)[0]
    assert may.period == date(2026, 5, 1)
    assert upsert_figures(db, [SalesForm(date(2026, 5, 1), 15.0, location_id=location_id)]) == (
        0, 1)  # the same month and location: its number replaced
    assert [(r.id, r.revenue) for r in list_figures(db, location_id=location_id)] == [
        (may.id, 15.0)]
    assert upsert_figures(db, [SalesForm(date(2026, 7, 1), 5.0, id=may.id)]) == (0, 1)
    assert [(r.id, r.period, r.location_id) for r in list_figures(db, start=date(2026, 7, 1))] == [
        (may.id, date(2026, 7, 1), None)]
    with pytest.raises(ValidationError) as err:
        upsert_figures(db, [SalesForm(date(2026, 8, 1), 1.0), SalesForm(date(2026, 8, 1), -3)])
    assert "Row 2" in str(err.value)
    assert len(list_figures(db)) == 2
    assert delete_figures(db, [r.id for r in list_figures(db)]) == 2


def test_sample_plan_progress(db, location_id) -> None:
    old = add(db, Survey(family="exit", version=1, current=False, kind=SurveyKind.EXIT,
                         name={"ru": "Выход"}))
    new = add(db, Survey(family="exit", version=2, kind=SurveyKind.EXIT, name={"ru": "Выход"}))
    for survey, day, place in ((old, 1, location_id), (new, 3, location_id), (new, 5, location_id),
                               (new, 6, location_id), (new, 4, None)):
        add(db, Response(survey_id=survey, taken_at=datetime(2026, 5, day, 23, 59),
                         location_id=place))
    plan = create_sample_plan(db, SamplePlanForm("exit", date(2026, 5, 1), date(2026, 5, 5), 25,
                                                 location_id))
    status = sample_plan_progress(db, plan)
    assert (status.progress.done, status.progress.target, status.progress.remaining) == (3, 25, 22)
    assert status.plan.survey_name == {"ru": "Выход"}
    first, last = date(2026, 5, 1), date(2026, 5, 5)
    for form, field in ((SamplePlanForm("nope", first, last, 5), "survey_family"),
                        (SamplePlanForm("exit", last, first, 5), "ends_on"),
                        (SamplePlanForm("exit", first, last, 0), "target")):
        with pytest.raises(ValidationError) as err:
            update_sample_plan(db, plan, form)
        assert err.value.field == field
    update_sample_plan(db, plan, SamplePlanForm("exit", date(2026, 5, 1), date(2026, 5, 31), 4,
                                                location_id))
    assert sample_plan_progress(db, plan).progress.done == 4  # the one at no location is out
    update_sample_plan(db, plan, SamplePlanForm("exit", date(2026, 5, 1), date(2026, 5, 31), 4))
    assert sample_plan_progress(db, plan).progress.pct == 125.0  # any location
    assert [p.target for p in list_sample_plans(db)] == [4]
    assert get_sample_plan(db, plan).location_id is None
    delete_sample_plan(db, plan)
    assert list_sample_plans(db) == []
