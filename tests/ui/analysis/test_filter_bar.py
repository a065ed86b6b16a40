"""The filter bar: its lists come from the database, a choice on one page's bar shows on
every bar, a location narrows the staff list, the custom period edits its dates."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from cxdesk.db.models import Channel
from tests.ui.analysis.conftest import choose, show
from ui.widgets.filter_bar import BUSY_DELAY_MS, AnalysisFilterBar


@pytest.fixture
def bars(qtbot, demo_ctx) -> tuple[AnalysisFilterBar, AnalysisFilterBar]:
    return show(qtbot, AnalysisFilterBar(demo_ctx)), show(qtbot, AnalysisFilterBar(demo_ctx))


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_lists_come_from_the_database(bars):
    bar, _other = bars
    assert items(bar.location_combo) == ["All locations", "Лівий берег", "ТЦ Океан", "Центр"]
    assert items(bar.survey_combo) == ["All surveys", "Customer effort (CES)",
                                       "Customer satisfaction (CSAT)", "Exit survey",
                                       "Net Promoter Score (NPS)", "Service quality (SERVQUAL)"]
    assert items(bar.channel_combo)[1:] == ["In store", "Phone", "E-mail", "SMS", "Web", "Paper"]
    assert items(bar.segment_combo) == ["All segments", "VIP", "опт", "роздріб"]
    assert bar.range_label.text() == "01/06/2026 – 30/06/2026"  # this month, by default


def test_a_choice_on_one_bar_holds_on_every_bar(bars, demo_ctx):
    bar, other = bars
    location = demo_ctx.analysis.options.locations[0][0]
    choose(bar.location_combo, location)
    choose(bar.channel_combo, str(Channel.PHONE))
    choose(bar.period_combo, "last_12_months")
    choose(bar.compare_combo, "year")
    filters = demo_ctx.analysis.filters()
    assert filters.location_ids == (location,) and filters.channels == ("phone",)
    assert (filters.date_from, filters.date_to) == (date(2025, 7, 1), date(2026, 6, 30))
    assert other.location_combo.currentData() == location
    assert other.channel_combo.currentText() == "Phone"
    assert other.period_combo.currentData() == "last_12_months"
    assert other.compare_combo.currentData() == "year"
    bar.reset_button.click()
    assert other.location_combo.currentIndex() == 0 and other.channel_combo.currentIndex() == 0
    assert demo_ctx.analysis.selection.period == "last_12_months"  # the period stays


def test_a_location_narrows_the_staff_list(bars, demo_ctx):
    bar, _other = bars
    everyone = bar.staff_combo.count()
    location = demo_ctx.analysis.options.locations[0][0]
    choose(bar.location_combo, location)
    theirs = [i for i, _name, at in demo_ctx.analysis.options.staff if at == location]
    assert bar.staff_combo.count() == len(theirs) + 1 < everyone
    choose(bar.staff_combo, theirs[0])
    assert demo_ctx.analysis.filters().staff_ids == (theirs[0],)
    other_place = demo_ctx.analysis.options.locations[1][0]
    choose(bar.location_combo, other_place)  # that employee works elsewhere: let go
    assert demo_ctx.analysis.filters().staff_ids == ()


def test_a_custom_period_edits_its_dates(bars, demo_ctx):
    bar, other = bars
    assert not bar.from_edit.isVisible()
    choose(bar.period_combo, "last_month")
    choose(bar.period_combo, "custom")  # starts from the period shown
    assert bar.from_edit.isVisible() and not bar.range_label.isVisible()
    assert demo_ctx.analysis.filters().date_from == date(2026, 5, 1)
    bar.to_edit.setDate(QDate(2026, 5, 20))
    assert demo_ctx.analysis.filters().date_to == date(2026, 5, 20)
    assert other.to_edit.date() == QDate(2026, 5, 20)


def test_the_choice_survives_a_restart(bars, demo_ctx, demo_db, qtbot):
    bar, _other = bars
    choose(bar.survey_combo, "exit")
    choose(bar.period_combo, "this_quarter")
    from tests.ui.analysis.conftest import make_ctx

    again = make_ctx(demo_db, demo_ctx.tasks)
    fresh = show(qtbot, AnalysisFilterBar(again))
    assert fresh.survey_combo.currentData() == "exit"
    assert fresh.period_combo.currentData() == "this_quarter"


def test_busy_shows_only_after_a_moment(qtbot, bars):
    bar, _other = bars
    bar.set_busy(True)
    assert not bar.busy_bar.isVisible()
    qtbot.waitUntil(bar.busy_bar.isVisible, timeout=BUSY_DELAY_MS * 10)
    bar.set_busy(False)
    assert not bar.busy_bar.isVisible()
