"""The Surveys page fills every part from the demo data without a Qt warning; detractors
show a contact only with consent; the trend follows its selector; the models are valid."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cxdesk.db.models import Customer, Response
from cxdesk.services.analysis_surveys import survey_breakdowns
from cxdesk.services.figures import compute_figures
from tests.ui.analysis.conftest import choose, show
from ui.tabs.surveys import SurveysTab


@pytest.fixture
def page(qtbot, demo_ctx) -> SurveysTab:
    demo_ctx.analysis.update(period="this_year")
    return show(qtbot, SurveysTab(demo_ctx))


def test_every_part_fills_from_the_demo(qtbot, page, demo_ctx):
    data = page.data
    figures = compute_figures(demo_ctx.db, demo_ctx.analysis.filters()).as_dict()
    assert page.scores.nps_card.figure.n == figures["nps"]["n"]
    assert round(page.scores.nps_card.figure.value, 2) == figures["nps"]["value"]
    assert sum(data.distribution) == figures["nps"]["n"]
    assert page.scores.questions_table.shown_rows()
    assert len(page.trend.table.shown_rows()) == 6  # January to June: the year so far
    assert page.groups.staff_table.shown_rows() and page.groups.channel_table.shown_rows()
    assert page.detractors.table.shown_rows()
    assert page.themes.table.shown_rows()[0].theme == "prices"
    assert page.servqual.table.isVisibleTo(page.servqual)
    assert len(page.servqual.table.shown_rows()) == 22
    assert page.drivers.chart.spec.kind == "scatter"
    for index in range(page.sections.count()):  # each sub-page paints without a warning
        page.sections.setCurrentIndex(index)
        qtbot.wait(1)


def test_detractors_show_a_contact_only_with_consent(page, demo_ctx):
    rows = page.detractors.table.shown_rows()
    with demo_ctx.db.session() as session:
        consent = dict(session.execute(
            select(Response.id, Customer.consent & Customer.erased_at.is_(None))
            .join(Customer, Customer.id == Response.customer_id)
            .where(Response.id.in_([r.response for r in rows]))).all())
    model = page.detractors.model
    contacts = {row.response: model.contact(row) for row in rows}
    assert any(consent.values())
    for response, text in contacts.items():
        if consent.get(response):
            assert text != "anonymous"
        else:
            assert text == "anonymous"
    assert page.detractors.count_label.text().startswith(
        f"{page.data.detractors_total:,} detractors")


def test_the_trend_follows_its_selector(page):
    page.sections.setCurrentWidget(page.trend)
    combo = page.trend.freq_combo
    choose(combo, "week")
    weeks = page.trend.table.shown_rows()
    assert 25 <= len(weeks) <= 27 and weeks[0].key == "2025-12-29"  # the week of 1 Jan
    choose(combo, "quarter")
    assert [g.key for g in page.trend.table.shown_rows()] == ["2026-Q1", "2026-Q2"]
    assert page.trend.chart.spec.x_labels == ("Q1 2026", "Q2 2026")


def test_a_survey_without_servqual_says_so(page, demo_ctx):
    choose(page.filter_bar.survey_combo, "exit")
    assert page.servqual.empty_label.isVisibleTo(page.servqual)
    assert not page.servqual.table.isVisibleTo(page.servqual)
    assert page.data.drivers.family == "exit"  # NPS explained by CSAT and speed
    assert {d.attribute for d in page.data.drivers.result.drivers} == {"csat", "speed"}


def test_the_models_pass_the_tester(qtmodeltester, page):
    for model in (page.scores.questions_model, page.trend.model, page.groups.staff_model,
                  page.groups.channel_model, page.detractors.model, page.themes.model,
                  page.servqual.model, page.drivers.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_the_page_shows_what_the_service_computes(page, demo_ctx):
    direct = survey_breakdowns(demo_ctx.db, demo_ctx.analysis.filters())
    assert page.data == direct
