"""The Visit report: every item printed, the score added up to the frozen one, photos and
hostile text that never break it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from cxdesk.db.database import open_database
from cxdesk.db.models import Visit, VisitStatus
from cxdesk.errors import NotFoundError
from cxdesk.reports.text import localized
from cxdesk.reports.visit_data import gather_visit
from cxdesk.reports.visit_report import build_visit_report
from tests.domain.reports.demo_db import (
    HOSTILE_STAFF,
    LONG_COMMENT,
    PHOTOS,
    build_demo,
    squash,
)
from tests.domain.reports.samples import font_names, metadata, page_texts


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    return build_demo(tmp_path_factory, "visit", demo_template)


@pytest.fixture(scope="module")
def db(demo):
    database = open_database(demo.path)
    yield database
    database.dispose()


def _text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def test_every_item_is_printed_and_the_total_is_the_frozen_score(db):
    data = gather_visit(db, 6)  # a demo visit that failed a critical item, with photos
    pdf = build_visit_report(data, lang="en", printed_on=date(2026, 7, 1))
    text = squash(_text(pdf))
    for item in data.visit.items:
        assert squash(localized(item.text, "en")) in text, item.key
        assert squash(item.number) in text
    assert data.visit.submitted and data.total == pytest.approx(data.visit.score)
    assert squash(f"Total {data.visit.score:.1f}% — failed") in text
    assert squash(f"Score frozen when the visit was handed in: {data.visit.score:.1f}%") in text
    assert squash("Максим Білоус") in text and squash(data.visit.location_name) in text


def test_the_item_points_add_up_to_every_frozen_score(db):
    with db.session() as session:
        visits = session.execute(select(Visit.id, Visit.score, Visit.passed)
                                 .where(Visit.status == VisitStatus.SUBMITTED)).all()
    assert len(visits) > 30
    for visit_id, score, passed in visits:
        data = gather_visit(db, visit_id)
        earned = sum(s.earned for s in data.items.values())
        possible = sum(s.possible for s in data.items.values())
        assert 100 * earned / possible == pytest.approx(score), visit_id
        assert data.visit.running_score.passed == passed


def test_photos_print_as_thumbnails(db):
    data = gather_visit(db, 6)
    assert sum(len(a.photos) for a in data.visit.answers) == 3
    assert all(data.photos.values())
    pdf = build_visit_report(data)
    assert pdf.count(b"/Subtype /Image") == 3
    assert len(pdf) < 400_000


def test_hostile_text_and_a_broken_photo_never_raise(db, demo):
    data = gather_visit(db, demo.hostile_visit_id)
    pdf = build_visit_report(data, lang="uk")
    text = _text(pdf)
    assert HOSTILE_STAFF in text
    assert squash(LONG_COMMENT[:300]) in squash(text)
    assert squash("Не вдається показати фото broken<1>.png") in squash(text)
    assert pdf.count(b"/Subtype /Image") == PHOTOS  # a row taller than a page split itself
    assert squash("Усе гаразд <i>&amp;</i>") in squash(text)
    assert data.total == pytest.approx(data.visit.score)
    assert all(HOSTILE_STAFF not in value for value in metadata(pdf).values())
    assert all(name.partition("+")[2].startswith("DejaVuSans") for name in font_names(pdf))


def test_a_draft_prints_its_running_score(db):
    with db.session() as session:
        draft = session.scalar(select(Visit.id).where(Visit.status == VisitStatus.DRAFT))
    data = gather_visit(db, draft)
    text = _text(build_visit_report(data))
    assert "draft" in text and "Score frozen" not in text
    assert squash("not answered") in squash(text)
    missing = data.visit.unanswered_required[0]
    assert squash(f"Not answered: {missing.number} {localized(missing.text, 'en')}") in squash(text)


def test_an_unknown_visit_is_not_found(db):
    with pytest.raises(NotFoundError):
        gather_visit(db, 99_999)
