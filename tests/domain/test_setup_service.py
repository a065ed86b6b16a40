"""First start: a blank database is recognised and can be started empty."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from cxdesk.db.models import Location, Survey
from cxdesk.errors import ValidationError
from cxdesk.services import setup


def test_a_new_database_is_blank(db):
    assert setup.is_blank(db)


@pytest.mark.parametrize("add", ["location", "customer", "response"])
def test_any_location_customer_or_response_makes_it_not_blank(db, factory, add):
    getattr(factory, add)()
    assert not setup.is_blank(db)


def test_start_empty_installs_the_templates_and_one_location(db):
    location_id = setup.start_empty(db, "  Кав'ярня   на Подолі ")
    with db.session() as session:
        assert session.get(Location, location_id).name == "Кав'ярня на Подолі"
        assert session.scalar(select(func.count()).select_from(Survey)) > 0
    assert not setup.is_blank(db)
    assert setup.start_empty(db, "Кав'ярня на Подолі") == location_id  # twice is harmless


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_start_empty_needs_a_name(db, name):
    with pytest.raises(ValidationError) as caught:
        setup.start_empty(db, name)
    assert caught.value.field == "name"
    assert setup.is_blank(db)
