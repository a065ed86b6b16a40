"""The Summary report on the demo data: its figures are compute_figures', names print
exactly, private data stays out, hostile text prints literally."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cxdesk.db.database import open_database
from cxdesk.db.queries.filters import Filters, location_id_by_name
from cxdesk.reports.summary import build_summary
from cxdesk.reports.summary_data import gather_summary
from cxdesk.services.analysis_cards import headlines
from cxdesk.services.analysis_periods import comparison_filters
from cxdesk.services.figures import compute_figures
from tests.domain.reports.demo_db import (
    ERASED_CUSTOMER,
    HOSTILE_CUSTOMER,
    LOCATIONS,
    LONG_COMMENT,
    PERIOD,
    SECRET_CUSTOMER,
    SECRET_PHONE,
    build_demo,
    squash,
)
from tests.domain.reports.samples import font_names, metadata, page_texts


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_template):
    demo = build_demo(tmp_path_factory, "summary", demo_template)
    database = open_database(demo.path)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def summary(db):
    data = gather_summary(db, Filters(*PERIOD))
    pdf = build_summary(data, lang="en", printed_on=date(2026, 7, 1))
    return data, pdf, "\n".join(page_texts(pdf))


def test_the_key_figures_are_those_of_compute_figures(db, summary):
    data, _, text = summary
    figures = compute_figures(db, Filters(*PERIOD))
    expected = figures.as_dict()
    assert data.figures.as_dict()["nps"] == expected["nps"]
    lines = text.splitlines()
    start = lines.index("Key figures")
    table = " ".join(line.strip() for line in lines[start:start + 80])
    nps = f"NPS, points (−100…100) {figures.nps.value:.1f} ± {figures.nps.moe:.1f} "
    assert nps + str(expected["nps"]["n"]) in table
    csat = f"{figures.csat.value:.1f} {figures.csat.low:.1f}–{figures.csat.high:.1f} "
    assert csat + str(expected["csat"]["n"]) in table
    cards = {card.key: card for card in headlines(figures)}
    for key in ("standards", "sla", "complaints"):  # shares print with their Wilson interval
        card = cards[key]
        assert (round(card.value, 2), card.n) == (expected[key]["value"], expected[key]["n"])
        assert f"{card.value:.1f} {card.low:.1f}–{card.high:.1f} {card.n}" in table
    assert f"{figures.mystery.value:.1f} — {figures.mystery.n_visits}" in table
    assert f"{figures.soco.value:.1f} — {figures.soco.n}" in table


def test_a_figure_on_few_answers_says_so(summary):
    data, _, text = summary
    assert data.key_figure("soco").n < 30
    assert "n < 30" in text


def test_the_change_is_against_the_previous_whole_months(db, summary):
    data, _, text = summary
    assert (data.comparison.date_from, data.comparison.date_to) == (date(2025, 7, 1),
                                                                    date(2025, 12, 31))
    before = compute_figures(db, data.comparison)
    nps = data.key_figure("nps")
    assert nps.previous == pytest.approx(before.nps.value)
    assert nps.change == pytest.approx(data.figures.nps.value - before.nps.value)
    assert nps.significant is not None
    assert "2025-07-01 – 2025-12-31" in text


def test_comparison_periods():
    half = Filters(date(2026, 1, 1), date(2026, 6, 30))
    assert comparison_filters(half, "year").date_from == date(2025, 1, 1)
    march = comparison_filters(Filters(date(2026, 3, 1), date(2026, 3, 31)), "previous")
    assert (march.date_from, march.date_to) == (date(2026, 2, 1), date(2026, 2, 28))
    odd = comparison_filters(Filters(date(2026, 3, 5), date(2026, 3, 14)), "previous")
    assert (odd.date_from, odd.date_to) == (date(2026, 2, 23), date(2026, 3, 4))


def test_location_names_print_exactly(summary):
    data, _, text = summary
    assert [place.name for place in data.locations] == sorted(LOCATIONS, key=str.casefold)
    for name in LOCATIONS:
        assert name in text


def test_the_breakdowns_add_up_to_the_headline(summary):
    data, _, _ = summary
    assert sum(place.nps.n for place in data.locations) == data.figures.nps.n
    in_period = [m for m in data.trend if m.month >= "2026-01"]
    assert sum(m.nps.n for m in in_period) == data.figures.nps.n
    assert [m.month for m in data.trend][0] == "2025-07"  # a year of trend
    assert sum(place.visits for place in data.locations) == data.figures.mystery.n_visits


def test_a_period_not_on_month_boundaries_is_counted_exactly(db):
    filters = Filters(date(2026, 2, 10), date(2026, 5, 20))
    data = gather_summary(db, filters)
    assert data.figures.nps.n == compute_figures(db, filters).nps.n
    assert sum(place.nps.n for place in data.locations) == data.figures.nps.n


def test_location_narrows_everything(db):
    with db.session() as session:
        shop = location_id_by_name(session, "ТЦ Океан")
    filters = Filters(*PERIOD, location_ids=(shop,))
    data = gather_summary(db, filters, compare="year")
    text = "\n".join(page_texts(build_summary(data, lang="uk")))
    figures = compute_figures(db, filters)
    assert data.figures.as_dict()["nps"] == figures.as_dict()["nps"]
    assert f"{figures.nps.value:.1f}" in text and str(figures.nps.n) in text
    assert [place.name for place in data.locations] == ["ТЦ Океан"]
    assert "Locations: ТЦ Океан" in text or "ТЦ Океан" in text.split("\n")[4]
    assert "Центр" not in text and "Лівий берег" not in text
    assert data.compare == "year" and data.comparison.date_from == date(2025, 1, 1)


def test_only_embedded_dejavu_fonts(summary):
    _, pdf, _ = summary
    fonts = font_names(pdf)
    assert fonts
    for name, (_, embedded) in fonts.items():
        assert embedded and name.partition("+")[2].startswith("DejaVuSans"), name


def test_a_consenting_detractor_is_named_literally(summary):
    data, _, text = summary
    hostile = data.detractors[2]  # newest first: the erased one, the secret one, this one
    assert hostile.name == HOSTILE_CUSTOMER and hostile.phone == "+380 44 000 00 01"
    assert HOSTILE_CUSTOMER in text
    assert squash(LONG_COMMENT[:200]) in squash(text)  # cut for the list, never raising


def test_a_detractor_without_consent_is_anonymous(summary):
    data, pdf, text = summary
    assert [d.name for d in data.detractors[:2]] == [None, None]  # erased; no consent
    assert SECRET_CUSTOMER not in text and ERASED_CUSTOMER not in text
    assert SECRET_PHONE not in text
    assert "anonymous" in text
    assert all(HOSTILE_CUSTOMER not in value for value in metadata(pdf).values())


def test_themes_are_counted_from_every_answer(db, summary):
    from cxdesk.db.queries import answers
    from cxdesk.metrics import improvement_themes

    data, _, text = summary
    with db.session() as session:
        families = data.figures.filters.survey_families
        texts = answers.role_answers(session, replace(Filters(*PERIOD),
                                                      survey_families=families), "improve")
    direct = improvement_themes(texts["text"])
    assert data.themes.n == direct.n
    assert [(t.theme, t.n) for t in data.themes.themes] == [(t.theme, t.n)
                                                            for t in direct.themes]
    assert "Prices and discounts" in text


def test_russian_summary_keeps_cyrillic(summary):
    data, _, _ = summary
    text = "\n".join(page_texts(build_summary(data, lang="ru")))
    assert "Лівий берег" in text and "Сайт" in text  # a checklist section in Russian


def test_an_empty_database_prints_a_summary(tmp_path):
    db = open_database(tmp_path / "empty.db")
    try:
        data = gather_summary(db, Filters(*PERIOD))
    finally:
        db.dispose()
    text = "\n".join(page_texts(build_summary(data)))
    assert "No visit was handed in" in text and "No data" in text


def test_an_in_memory_database_is_read_in_the_callers_thread():
    from datetime import datetime

    from cxdesk.db.models import Location, Response, Survey, SurveyKind

    db = open_database("sqlite://")  # each thread would see an empty database of its own
    try:
        with db.begin() as session:
            shop = Location(name="Кіоск")
            survey = Survey(family="nps", kind=SurveyKind.NPS, name={"en": "NPS"})
            session.add_all([shop, survey])
            session.flush()
            session.add(Response(survey_id=survey.id, location_id=shop.id, nps=10,
                                 taken_at=datetime(2026, 3, 3, 12)))
        data = gather_summary(db, Filters(*PERIOD))
    finally:
        db.dispose()
    assert data.figures.nps.n == 1 and [p.name for p in data.locations] == ["Кіоск"]
    assert "Кіоск" in "\n".join(page_texts(build_summary(data)))
