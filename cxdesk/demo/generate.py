"""generate_demo: a year of a small shop chain's customer-service data, the same for a seed."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from cxdesk.db.base import Base
from cxdesk.db.database import Database
from cxdesk.db.models import Response, Survey, Visit
from cxdesk.demo import logs, panels, people, sales, surveys
from cxdesk.demo.bulk import Bulk
from cxdesk.demo.context import Demo
from cxdesk.demo.visits import VisitMaker
from cxdesk.errors import CxdeskError
from cxdesk.i18n import translate
from cxdesk.services.builtin import install_builtins_into

Progress = Callable[[float, str], None]
STAGES = 7  # the stages _stages() names
NEEDED_SURVEYS = ("exit", "nps", "csat", "ces", "servqual", "staff", "soco")


def _surveys(demo: Demo) -> None:
    """The built-in version of each survey the demo answers (its questions are known even
    when a user has edited the template since), with its questions loaded."""
    rows = demo.session.scalars(
        select(Survey)
        .where(Survey.family.in_(NEEDED_SURVEYS), Survey.builtin.is_(True))
        .options(selectinload(Survey.questions))
        .order_by(Survey.family, Survey.current.desc(), Survey.version)
    ).all()
    for survey in rows:
        demo.surveys.setdefault(survey.family, survey)
    missing = [family for family in NEEDED_SURVEYS if family not in demo.surveys]
    if missing:
        raise CxdeskError(f"the demo needs the built-in surveys {', '.join(missing)}")


def generate_demo(
    db: Database,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
    *,
    force: bool = False,
) -> dict[str, int]:
    """Fill `db` with demo data in one transaction; returns the rows written per table.

    The same seed and `today` give the same rows (ids and visit uids included) in a blank
    database. A database that already holds responses is refused unless `force`."""
    report = progress or (lambda fraction, message: None)
    with db.begin() as session:
        if not force and session.scalar(select(exists().where(Response.id.is_not(None)))):
            raise CxdeskError(
                translate(
                    "Demo",
                    "This database already holds survey responses: demo data would mix with real data. Generate the demo into a new database file.",  # noqa: E501
                )
            )
        before = _counts(session)
        report(0.0, translate("Demo", "Installing the built-in templates"))
        install_builtins_into(session)
        rng = random.Random(seed)
        visits_before = session.scalar(select(func.count(Visit.id))) or 0
        demo = Demo(session, Bulk(session), rng, today or date.today(), uid_salt=visits_before)
        _surveys(demo)
        for n, message in enumerate(_stages(demo)):
            report(0.05 + 0.65 * n / STAGES, message)
        report(0.7, translate("Demo", "Writing to the database"))
        demo.bulk.flush()
        after = _counts(session)
    report(1.0, translate("Demo", "Done"))
    return {name: after[name] - before[name] for name in after if after[name] > before[name]}


def _counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }


def _stages(demo: Demo) -> Iterator[str]:
    """Make the rows stage by stage, naming each stage before it starts."""
    yield translate("Demo", "Shops, staff and customers")
    people.make_shops(demo)
    people.make_staff(demo)
    people.make_customers(demo)
    recorder = surveys.Recorder(demo)
    yield translate("Demo", "Exit-survey responses")
    surveys.make_exit_survey(demo, recorder)
    yield translate("Demo", "NPS, CSAT, CES, SERVQUAL, SOCO and staff surveys")
    panels.make_short_surveys(demo, recorder)
    panels.make_servqual(demo, recorder)
    panels.make_soco(demo, recorder)
    panels.make_staff_survey(demo, recorder)
    yield translate("Demo", "Mystery-shop visits")
    visits = VisitMaker(demo)
    visits.make_all()
    yield translate("Demo", "Feedback log and service requests")
    negatives = logs.make_feedback(demo)
    logs.make_service_requests(demo)
    yield translate("Demo", "Sales and sample plans")
    sales.make_shop_sales(demo)
    sales.make_customer_sales(demo)
    sales.make_sample_plans(demo)
    yield translate("Demo", "Improvement actions")
    logs.make_actions(demo, recorder.improve_answers, visits.failed_answers, negatives)
