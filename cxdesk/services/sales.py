"""Sales figures per month (typed in a grid or pasted) and sample plans for surveys."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import Customer, Location, Response, SalesFigure, SamplePlan, Survey
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.metrics.exit_survey import PlanProgress
from cxdesk.metrics.exit_survey import sample_plan_progress as plan_progress
from cxdesk.services.sales_paste import PasteError, parse_pasted
from cxdesk.services.search import fold, matches, one_line, terms

PRODUCT_MAX = 200
TARGET_MAX = 1_000_000


@dataclass(frozen=True)
class SalesForm:
    """One figure of the grid; `id` set when it edits a stored row."""

    period: date  # any day of the month: stored as its first day
    revenue: float
    quantity: float | None = None
    product: str = ""
    customer_id: int | None = None
    location_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class SalesRow:
    id: int
    period: date
    revenue: float
    quantity: float | None
    product: str
    customer_id: int | None
    customer_name: str
    location_id: int | None
    location_name: str


@dataclass
class SamplePlanForm:
    survey_family: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    target: int = 0
    location_id: int | None = None


@dataclass(frozen=True)
class SamplePlanRow:
    id: int
    survey_family: str
    survey_name: dict[str, str]
    location_id: int | None
    location_name: str
    starts_on: date
    ends_on: date
    target: int


@dataclass(frozen=True)
class SamplePlanStatus:
    plan: SamplePlanRow
    progress: PlanProgress  # done, target, pct, remaining


def _problem(index: int, form: SalesForm) -> str | None:
    """What is wrong with row `index` (from 1) of a grid, or None."""
    if not isinstance(form.period, date):
        return fill(translate("Sales", "Row %1: enter the month."), index)
    for value in (form.revenue, form.quantity):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)
                                  or not math.isfinite(value)):
            return fill(translate("Sales", "Row %1: enter a number."), index)
    if form.revenue is None or form.revenue < 0:
        return fill(translate("Sales", "Row %1: the revenue cannot be negative."), index)
    if len(one_line(form.product)) > PRODUCT_MAX:
        return fill(translate("Sales", "Row %1: the product name is too long."), index)
    return None


FigureKey = tuple[date, int | None, str | None, int | None]


def _key(form: SalesForm) -> FigureKey:
    return (date(form.period.year, form.period.month, 1), form.location_id,
            one_line(form.product) or None, form.customer_id)


def upsert_figures_into(session: Session, forms: Sequence[SalesForm]) -> tuple[int, int]:
    """`upsert_figures` in a transaction the caller owns."""
    problems = [(n, p) for n, f in enumerate(forms, start=1) if (p := _problem(n, f))]
    if problems:
        raise PasteError(problems)
    for model, ids in ((Location, {f.location_id for f in forms}),
                       (Customer, {f.customer_id for f in forms})):
        for row_id in ids - {None}:
            if session.get(model, row_id) is None:
                raise NotFoundError(fill(translate("Sales", "Record %1 no longer exists."),
                                         row_id))
    stored: dict[FigureKey, SalesFigure] = {
        (r.period_start, r.location_id, r.product, r.customer_id): r
        for r in session.scalars(select(SalesFigure))
    }
    added = updated = 0
    for form in forms:
        key = _key(form)
        row = session.get(SalesFigure, form.id) if form.id is not None else stored.get(key)
        if form.id is not None and row is None:
            raise NotFoundError(fill(translate("Sales", "Record %1 no longer exists."), form.id))
        if row is None:
            row = SalesFigure()
            session.add(row)
            added += 1
        else:
            updated += 1
        row.period_start, row.location_id, row.product, row.customer_id = key
        row.revenue = float(form.revenue)
        row.quantity = None if form.quantity is None else float(form.quantity)
        stored[key] = row
    session.flush()
    return added, updated


def upsert_figures(db: Database, forms: Sequence[SalesForm]) -> tuple[int, int]:
    """Save grid rows in one transaction: a row with an id changes that figure, one with the
    month, location, product and customer of a stored figure replaces its numbers, the rest
    are added. Returns (added, updated); any bad row saves nothing."""
    with db.begin() as session:
        return upsert_figures_into(session, forms)


def import_pasted(db: Database, text: str) -> tuple[int, int]:
    """Read pasted spreadsheet text and save it whole, or raise PasteError naming every bad
    line (unknown location and customer names too) with nothing saved."""
    rows = parse_pasted(text)
    with db.begin() as session:
        places = {fold(n): i for i, n in session.execute(select(Location.id, Location.name))}
        people = {fold(n): i for i, n in session.execute(select(Customer.id, Customer.name))}
        forms, errors = [], []
        for row in rows:
            location = places.get(fold(row.location)) if row.location else None
            customer = people.get(fold(row.customer)) if row.customer else None
            if row.location and location is None:
                errors.append((row.line, fill(translate(
                    "Sales", "Line %1: there is no location “%2”."), row.line, row.location)))
            elif row.customer and customer is None:
                errors.append((row.line, fill(translate(
                    "Sales", "Line %1: there is no customer “%2”."), row.line, row.customer)))
            forms.append(SalesForm(row.period, row.revenue, row.quantity, row.product,
                                   customer, location))
        if errors:
            raise PasteError(errors)
        return upsert_figures_into(session, forms)


def list_figures(db: Database, search: str = "", location_id: int | None = None,
                 start: date | None = None, end: date | None = None) -> list[SalesRow]:
    """Figures by month (newest first); `search` matches product, location and customer."""
    query = select(SalesFigure).order_by(SalesFigure.period_start.desc(), SalesFigure.id)
    if location_id is not None:
        query = query.where(SalesFigure.location_id == location_id)
    if start is not None:
        query = query.where(SalesFigure.period_start >= start.replace(day=1))
    if end is not None:
        query = query.where(SalesFigure.period_start <= end)
    words = terms(search)
    with db.session() as session:
        places: dict[int | None, str] = dict(
            session.execute(select(Location.id, Location.name)).all())
        people: dict[int | None, str] = dict(
            session.execute(select(Customer.id, Customer.name)).all())
        rows = [SalesRow(f.id, f.period_start, f.revenue, f.quantity, f.product or "",
                         f.customer_id, people.get(f.customer_id, ""), f.location_id,
                         places.get(f.location_id, "")) for f in session.scalars(query)]
    return [r for r in rows if matches(words, r.product, r.location_name, r.customer_name)]


def delete_figures(db: Database, figure_ids: Sequence[int]) -> int:
    """Delete figures (nothing points to them); returns how many were found."""
    with db.begin() as session:
        rows = [r for i in figure_ids if (r := session.get(SalesFigure, i)) is not None]
        for row in rows:
            session.delete(row)
        return len(rows)


# ---- sample plans ---------------------------------------------------------------------------

def _plan_rows(session: Session, plans: Sequence[SamplePlan]) -> list[SamplePlanRow]:
    names = {s.family: s.name for s in session.scalars(
        select(Survey).where(Survey.current.is_(True)))}
    places: dict[int | None, str] = dict(
        session.execute(select(Location.id, Location.name)).all())
    return [SamplePlanRow(p.id, p.survey_family, names.get(p.survey_family, {}), p.location_id,
                          places.get(p.location_id, ""), p.starts_on, p.ends_on, p.target)
            for p in plans]


def _plan(session: Session, plan_id: int) -> SamplePlan:
    plan = session.get(SamplePlan, plan_id)
    if plan is None:
        raise NotFoundError(fill(translate("Sales", "Sample plan %1 does not exist."), plan_id))
    return plan


def _apply_plan(session: Session, plan: SamplePlan, form: SamplePlanForm) -> None:
    if not session.scalar(select(func.count()).where(Survey.family == form.survey_family)):
        raise ValidationError(translate("Sales", "Choose the survey."), "survey_family")
    if form.starts_on is None or form.ends_on is None:
        raise ValidationError(translate("Sales", "Enter the first and the last day."),
                              "starts_on" if form.starts_on is None else "ends_on")
    if form.ends_on < form.starts_on:
        raise ValidationError(translate(
            "Sales", "The last day cannot be before the first day."), "ends_on")
    target = form.target
    if isinstance(target, bool) or not isinstance(target, int) or not 0 < target <= TARGET_MAX:
        raise ValidationError(fill(translate(
            "Sales", "Enter the number of conversations, 1 to %1."), TARGET_MAX), "target")
    if form.location_id is not None and session.get(Location, form.location_id) is None:
        raise NotFoundError(translate("Sales", "The location no longer exists."))
    plan.survey_family, plan.location_id, plan.target = (form.survey_family, form.location_id,
                                                         target)
    plan.starts_on, plan.ends_on = form.starts_on, form.ends_on


def list_sample_plans(db: Database) -> list[SamplePlanRow]:
    with db.session() as session:
        plans = session.scalars(select(SamplePlan).order_by(SamplePlan.starts_on.desc(),
                                                            SamplePlan.id)).all()
        return _plan_rows(session, plans)


def get_sample_plan(db: Database, plan_id: int) -> SamplePlanRow:
    with db.session() as session:
        return _plan_rows(session, [_plan(session, plan_id)])[0]


def create_sample_plan(db: Database, form: SamplePlanForm) -> int:
    with db.begin() as session:
        plan = SamplePlan()
        _apply_plan(session, plan, form)
        session.add(plan)
        session.flush()
        return plan.id


def update_sample_plan(db: Database, plan_id: int, form: SamplePlanForm) -> None:
    with db.begin() as session:
        _apply_plan(session, _plan(session, plan_id), form)


def delete_sample_plan(db: Database, plan_id: int) -> None:
    with db.begin() as session:
        session.delete(_plan(session, plan_id))


def sample_plan_progress(db: Database, plan_id: int) -> SamplePlanStatus:
    """Responses to any version of the plan's survey, at its location (any, when it names
    none), from its first day to the end of its last day, against its target."""
    with db.session() as session:
        plan = _plan(session, plan_id)
        ids = select(Survey.id).where(Survey.family == plan.survey_family)
        query = select(func.count()).select_from(Response).where(
            Response.survey_id.in_(ids),
            Response.taken_at >= datetime.combine(plan.starts_on, time.min),
            Response.taken_at < datetime.combine(plan.ends_on + timedelta(days=1), time.min))
        if plan.location_id is not None:
            query = query.where(Response.location_id == plan.location_id)
        done = session.scalar(query) or 0
        return SamplePlanStatus(_plan_rows(session, [plan])[0], plan_progress(done, plan.target))

