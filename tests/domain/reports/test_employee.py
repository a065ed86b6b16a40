"""The staff feedback sheet: SOCO against the company, items observed, their customers' NPS."""

from __future__ import annotations

from datetime import date

import pytest

from cxdesk.db.database import open_database
from cxdesk.db.queries.filters import Filters, staff_id_by_name
from cxdesk.errors import NotFoundError
from cxdesk.reports.employee import build_employee_sheet
from cxdesk.reports.employee_data import gather_employee
from cxdesk.services.figures import compute_figures
from tests.domain.reports.demo_db import HOSTILE_STAFF, PERIOD, build_demo, squash
from tests.domain.reports.samples import font_names, metadata, page_texts

SELLER = "Максим Білоус"  # a demo seller of the weak shop, with a SOCO questionnaire


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    return build_demo(tmp_path_factory, "employee", demo_template)


@pytest.fixture(scope="module")
def db(demo):
    database = open_database(demo.path)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def seller(db):
    with db.session() as session:
        staff_id = staff_id_by_name(session, SELLER)
    data = gather_employee(db, staff_id, *PERIOD)
    pdf = build_employee_sheet(data, lang="en", printed_on=date(2026, 7, 1))
    return staff_id, data, pdf, "\n".join(page_texts(pdf))


def test_the_sheet_shows_their_soco_total_and_nps_n(db, seller):
    staff_id, data, _, text = seller
    theirs = compute_figures(db, Filters(*PERIOD, staff_ids=(staff_id,)))
    assert data.soco is not None and data.soco.complete
    assert data.person.nps.n == theirs.nps.n > 0
    table = " ".join(line.strip() for line in text.splitlines())
    assert f"SOCO total (24–216) {data.soco.total} 24 {data.company.soco.value:.1f}" in table
    assert f"{theirs.nps.value:.1f} {theirs.nps.n}" in table
    assert f"Total {data.soco.total} of 216" in table
    assert SELLER in text and "ТЦ Океан" in text


def test_the_company_figures_are_everyone(db, seller):
    _, data, _, _ = seller
    everyone = compute_figures(db, Filters(*PERIOD))
    assert data.company.nps.n == everyone.nps.n
    assert data.company.soco.value == pytest.approx(everyone.soco.value)


def test_only_visits_that_observed_them_count(db, seller):
    staff_id, data, _, text = seller
    from cxdesk.db.queries import mystery

    with db.session() as session:
        seen = mystery.visit_staff_frame(session, Filters(*PERIOD))
    theirs = set(seen.loc[seen["staff"] == staff_id, "visit"])
    assert {line.visit for line in data.visits} == theirs
    assert all(f"#{visit}" in text for visit in theirs)
    assert data.to_work_on and all(t.failed <= t.checked for t in data.to_work_on)
    assert "What to work on" in text


def test_the_name_stays_out_of_the_metadata(seller):
    _, _, pdf, _ = seller
    assert all(SELLER not in value for value in metadata(pdf).values())
    assert all(name.partition("+")[2].startswith("DejaVuSans") for name in font_names(pdf))


def test_a_hostile_name_prints_literally(db, demo):
    data = gather_employee(db, demo.hostile_staff_id, *PERIOD)
    text = "\n".join(page_texts(build_employee_sheet(data, lang="ru")))
    assert HOSTILE_STAFF in text
    assert data.soco is None and "анкета SOCO не заполнена" in text
    assert data.person.nps.n == 3  # the three detractors they served
    assert [line.visit for line in data.visits] == [demo.hostile_visit_id]
    assert squash("n < 30") in squash(text)


def test_an_unknown_staff_member_is_not_found(db):
    with pytest.raises(NotFoundError):
        gather_employee(db, 99_999, *PERIOD)
