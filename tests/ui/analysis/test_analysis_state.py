"""The shared analysis filter: periods against today, one emit per change, validation
against the database's lists, remembered in the settings."""

from __future__ import annotations

from datetime import date

import pytest

from cxdesk.db.queries.filters import Filters
from cxdesk.services.filter_options import FilterOptions
from ui.analysis_state import AnalysisState, Selection
from ui.settings import Settings

OPTIONS = FilterOptions(
    locations=((1, "Центр"), (2, "Лівий берег")),
    surveys=(("exit", {"en": "Exit survey"}),),
    staff=((10, "Ірина", 1), (20, "Анна", 2), (30, "Без місця", None)),
    segments=("опт",),
)


@pytest.fixture
def state(qapp) -> AnalysisState:
    state = AnalysisState(Settings())
    state.today = lambda: date(2026, 6, 30)
    return state


def test_periods_resolve_against_today(state):
    cases = {
        "this_month": (date(2026, 6, 1), date(2026, 6, 30)),
        "last_month": (date(2026, 5, 1), date(2026, 5, 31)),
        "this_quarter": (date(2026, 4, 1), date(2026, 6, 30)),
        "this_year": (date(2026, 1, 1), date(2026, 12, 31)),
        "last_12_months": (date(2025, 7, 1), date(2026, 6, 30)),
    }
    for period, (first, last) in cases.items():
        state.update(period=period)
        assert (state.filters().date_from, state.filters().date_to) == (first, last), period
    state.update(period="custom", custom_from=date(2026, 3, 10), custom_to=date(2026, 3, 1))
    assert (state.filters().date_from, state.filters().date_to) == (date(2026, 3, 1),
                                                                      date(2026, 3, 10))


def test_comparison_periods(state):
    state.update(period="this_month")
    assert state.comparison() == Filters(date(2026, 5, 1), date(2026, 5, 31))
    state.update(compare="year")
    assert state.comparison() == Filters(date(2025, 6, 1), date(2025, 6, 30))
    state.update(period="this_quarter", compare="previous")
    assert state.comparison() == Filters(date(2026, 1, 1), date(2026, 3, 31))


def test_one_emit_per_change_and_none_without_one(qtbot, state):
    with qtbot.waitSignal(state.filters_changed):
        state.update(location_id=1, channel="phone")
    with qtbot.assertNotEmitted(state.filters_changed):
        state.update(location_id=1)
    assert state.filters().location_ids == (1,) and state.filters().channels == ("phone",)
    with pytest.raises(ValueError):
        state.update(period="fortnight")


def test_a_new_location_lets_go_of_a_staff_member_working_elsewhere(state):
    state.set_options(OPTIONS)
    state.update(staff_id=10)
    state.set_location(1)
    assert state.selection.staff_id == 10  # Ірина works at location 1
    state.set_location(2)
    assert state.selection.staff_id is None
    state.update(staff_id=10, location_id=2)  # chosen together: the user means it
    assert state.selection.staff_id == 10


def test_choices_the_database_lacks_are_dropped(qtbot, state):
    state.update(location_id=99, survey_family="gone", segment="опт", channel="phone")
    with qtbot.waitSignal(state.filters_changed):
        state.set_options(OPTIONS)
    chosen = state.selection
    assert (chosen.location_id, chosen.survey_family) == (None, None)
    assert (chosen.segment, chosen.channel) == ("опт", "phone")


def test_the_choice_is_remembered(state):
    state.update(period="custom", custom_from=date(2026, 2, 1), custom_to=date(2026, 2, 14),
                 location_id=2, survey_family="exit", compare="year")
    again = AnalysisState(Settings())
    assert again.selection == state.selection


def test_unreadable_settings_fall_back_to_defaults(qapp):
    settings = Settings()
    settings.analysis_filter = {"period": "fortnight", "location_id": "x", "compare": 3,
                                "custom_from": "not a date", "segment": "опт"}
    chosen = AnalysisState(settings).selection
    assert chosen == Selection(segment="опт")


def test_reset_keeps_the_period(state):
    state.update(period="last_month", location_id=1, staff_id=10, channel="web")
    state.reset()
    assert state.selection == Selection(period="last_month")
