"""Test set-up: Qt off screen, a private data folder, a fresh migrated database per test, and
the demo database generated once per session (copied by the tests that read it)."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

# Before anything imports Qt: no window may need a screen, no test may touch the user's data.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CXDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="cxdesk-tests-")
os.environ.pop("CXDESK_DATABASE_URL", None)

import pytest  # noqa: E402

from cxdesk.db.database import Database, open_database  # noqa: E402
from cxdesk.db.models import (  # noqa: E402
    FeedbackEntry,
    FeedbackSource,
    Location,
    Response,
    SalesFigure,
    ServiceRequest,
    Survey,
    SurveyKind,
)
from cxdesk.i18n import set_translator  # noqa: E402
from cxdesk.services.customers import CustomerForm, create_customer  # noqa: E402
from tests.demo_fixture import build_demo_template, open_demo_copy  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Each test its own data folder (locks, backups) and the core translator reset."""
    monkeypatch.setenv("CXDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CXDESK_DATABASE_URL", raising=False)
    yield
    set_translator(None)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once per session; every test copies the file instead (as Anki does)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path)
    db.dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def db(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    """A fresh, empty database at the newest schema."""
    path = tmp_path / "cxdesk.db"
    shutil.copyfile(migrated_template, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """The demo (seed 1, up to 30 June 2026) generated once per session; copy, never open."""
    return build_demo_template(tmp_path_factory, migrated_template)


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    """A fresh copy of the demo database for one test."""
    database = open_demo_copy(demo_template, tmp_path)
    try:
        yield database
    finally:
        database.dispose()


class Factory:
    """Small rows for tests: each method writes one and returns its id."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._serial = itertools.count(1)

    def customer(self, name: str = "Іваненко Олена", **fields) -> int:
        return create_customer(self.db, CustomerForm(name=name, **fields))

    def _add(self, row) -> int:
        with self.db.begin() as session:
            session.add(row)
            session.flush()
            return row.id

    def location(self, name: str = "Shop 1") -> int:
        return self._add(Location(name=name))

    def survey(self) -> int:
        family = f"test-{next(self._serial)}"
        return self._add(Survey(family=family, kind=SurveyKind.CUSTOM, name={"en": "Test"}))

    def response(self, customer_id: int | None = None) -> int:
        return self._add(Response(survey_id=self.survey(), taken_at=datetime(2025, 3, 1, 12),
                                  customer_id=customer_id))

    def feedback(self, customer_id: int | None = None) -> int:
        return self._add(FeedbackEntry(source=FeedbackSource.CALL, received_at=datetime.now(),
                                       text="Долго ждали", customer_id=customer_id))

    def service_request(self, customer_id: int | None = None) -> int:
        return self._add(ServiceRequest(registered_at=datetime.now(), customer_id=customer_id))

    def sale(self, customer_id: int | None = None) -> int:
        return self._add(SalesFigure(period_start=datetime(2025, 1, 1).date(), revenue=100.0,
                                     customer_id=customer_id))


@pytest.fixture
def factory(db: Database) -> Factory:
    return Factory(db)
