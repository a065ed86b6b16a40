"""What the Reports page asks for, the file name it suggests, and the work done off the GUI
thread: gather the data, draw the PDF, write it whole (the same calls as `cxdesk report`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from cxdesk.db.database import Database
from cxdesk.db.queries.filters import Filters
from cxdesk.db.queries.settings import business_name
from cxdesk.db.queries.standards import load_handbook
from cxdesk.reports.employee import build_employee_sheet
from cxdesk.reports.employee_data import gather_employee
from cxdesk.reports.handbook import build_handbook
from cxdesk.reports.output import write_pdf_atomically
from cxdesk.reports.summary import build_summary
from cxdesk.reports.summary_data import gather_summary
from cxdesk.reports.visit_data import gather_visit
from cxdesk.reports.visit_report import build_visit_report

REPORTS = ("summary", "visit", "employee", "handbook")
STAGES = ("gathering", "drawing", "writing")  # what the status line says while it works
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


@dataclass(frozen=True)
class ReportRequest:
    report: str  # one of REPORTS
    lang: str
    date_from: date
    date_to: date
    location_id: int | None = None  # the summary: None is every location
    location_name: str = ""
    compare: str = "previous"  # the summary: "previous" or "year"
    visit_id: int | None = None
    visit_day: date | None = None
    visit_location: str = ""
    staff_id: int | None = None
    staff_name: str = ""

    def missing(self) -> str | None:
        """What must still be chosen: "visit", "staff", or None when the request is whole."""
        if self.report == "visit" and self.visit_id is None:
            return "visit"
        if self.report == "employee" and self.staff_id is None:
            return "staff"
        return None


class ReportCancelledError(Exception):
    """The user cancelled: nothing was written."""


def _slug(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-.")[:40]


def period_slug(first: date, last: date) -> str:
    """2026-06 for a month, 2026-Q2 for a quarter, 2026 for a year, else both ends."""
    whole = first.day == 1 and (last + timedelta(days=1)).day == 1
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if whole and months == 1:
        return f"{first:%Y-%m}"
    if whole and months == 3 and first.month % 3 == 1:
        return f"{first.year}-Q{(first.month - 1) // 3 + 1}"
    if whole and months == 12 and first.month == 1:
        return f"{first.year}"
    if whole:
        return f"{first:%Y-%m}--{last:%Y-%m}"
    return f"{first:%Y-%m-%d}--{last:%Y-%m-%d}"


def file_name(request: ReportRequest, today: date) -> str:
    """The name the save dialog suggests, e.g. summary-2026-06.pdf."""
    period = period_slug(request.date_from, request.date_to)
    if request.report == "summary":
        parts = ["summary", period, _slug(request.location_name) if request.location_id else ""]
    elif request.report == "visit":
        day = f"{request.visit_day:%Y-%m-%d}" if request.visit_day else ""
        parts = ["visit", str(request.visit_id or ""), day, _slug(request.visit_location)]
    elif request.report == "employee":
        parts = ["employee", _slug(request.staff_name), period]
    else:
        parts = ["handbook", f"{today:%Y-%m}"]
    return "-".join(part for part in parts if part) + ".pdf"


def build_pdf(db: Database, request: ReportRequest, today: date,
              stage: Callable[[str], None]) -> bytes:
    """Gather and draw the requested report: its PDF bytes."""
    stage("gathering")
    if request.report == "summary":
        places = (request.location_id,) if request.location_id is not None else ()
        filters = Filters(request.date_from, request.date_to, places)
        data = gather_summary(db, filters, request.compare)
        stage("drawing")
        return build_summary(data, lang=request.lang, printed_on=today)
    if request.report == "visit":
        if request.visit_id is None:
            raise ValueError("no visit chosen")
        visit = gather_visit(db, request.visit_id)
        stage("drawing")
        return build_visit_report(visit, lang=request.lang, printed_on=today)
    if request.report == "employee":
        if request.staff_id is None:
            raise ValueError("no staff member chosen")
        sheet = gather_employee(db, request.staff_id, request.date_from, request.date_to)
        stage("drawing")
        return build_employee_sheet(sheet, lang=request.lang, printed_on=today)
    if request.report == "handbook":
        with db.session() as session:
            handbook = load_handbook(session)
            name = business_name(session)
        stage("drawing")
        return build_handbook(handbook, lang=request.lang, business_name=name, printed_on=today)
    raise ValueError(f"unknown report {request.report!r}")


def make_report(db: Database, request: ReportRequest, target: Path, today: date,
                stage: Callable[[str], None], cancelled: Callable[[], bool]) -> Path:
    """Build the report and write it to `target` whole, unless cancelled before the writing
    starts (then Cancelled, and the target is untouched)."""
    pdf = build_pdf(db, request, today, stage)
    if cancelled():
        raise ReportCancelledError()
    stage("writing")
    return write_pdf_atomically(pdf, target)
