"""A Survey entry page on a database with the built-in surveys, a shop and its staff."""

from __future__ import annotations

import pytest

from cxdesk.services.builtin import install_builtins
from cxdesk.services.org import LocationForm, StaffForm, create_location, create_staff
from tests.ui.survey_entry.typist import Typist
from ui.tabs.survey_entry import SurveyEntryTab


@pytest.fixture
def shop(db) -> dict[str, int]:
    install_builtins(db)
    location = create_location(db, LocationForm(name="Центральный"))
    other = create_location(db, LocationForm(name="Подол"))
    return {
        "location": location,
        "other": other,
        "olena": create_staff(db, StaffForm(name="Олена Іваненко", location_id=location)),
        "petro": create_staff(db, StaffForm(name="Петро", location_id=other)),
    }


@pytest.fixture
def tab(qtbot, ctx, shop) -> SurveyEntryTab:
    widget = SurveyEntryTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    with qtbot.waitExposed(widget):
        widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


@pytest.fixture
def typist() -> Typist:
    return Typist()
