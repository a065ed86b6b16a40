"""`cxdesk report <name>`: write a PDF report; one register/run pair per report."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from cxdesk.errors import CxdeskError, ValidationError
from cxdesk.i18n import LANGUAGES, fill, translate


def register(sub, add_db) -> None:
    report = sub.add_parser("report", help="write a PDF report")
    names = report.add_subparsers(dest="report", metavar="REPORT", required=True,
                                  parser_class=type(report))
    handbook = names.add_parser(
        "handbook", help="the staff handbook: journey stages, roles, standards, hard cases"
    )
    _common_arguments(handbook, add_db)
    handbook.set_defaults(handler=run_handbook)

    summary = names.add_parser(
        "summary", help="the summary for a period: key figures, trends, locations, mystery "
                        "shopping, standards, feedback, SLA and complaints")
    _period_arguments(summary)
    summary.add_argument("--location", metavar="NAME", help="one location only")
    summary.add_argument("--compare", choices=("previous", "year"), default="previous",
                         help="compare with the previous period (default) or the same "
                              "period last year")
    _common_arguments(summary, add_db)
    summary.set_defaults(handler=run_summary)

    visit = names.add_parser("visit", help="one mystery-shop visit with its score and photos")
    visit.add_argument("visit_id", type=int, metavar="ID", help="the visit number")
    _common_arguments(visit, add_db)
    visit.set_defaults(handler=run_visit)

    employee = names.add_parser(
        "employee", help="one staff member's feedback sheet: SOCO, mystery shopping, NPS")
    employee.add_argument("staff_name", metavar="NAME", help="the staff member's name")
    _period_arguments(employee)
    _common_arguments(employee, add_db)
    employee.set_defaults(handler=run_employee)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "not a date: %1 (use YYYY-MM-DD)"), text)
        ) from None


def _period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATE",
                        help="first day of the period (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATE",
                        help="last day of the period (YYYY-MM-DD)")


def _check_period(args: argparse.Namespace) -> None:
    if args.date_from > args.date_to:
        raise ValidationError(translate("Cli", "--from is after --to"))


def _common_arguments(parser: argparse.ArgumentParser, add_db) -> None:
    add_db(parser)
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
        help="language of the report (default: the system's, else English)",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                        help="the PDF to write (replaced whole if it exists)")


def report_language(args: argparse.Namespace) -> str:
    """--lang (given before or after `report`), else the system locale, else English."""
    lang = getattr(args, "lang", None)
    if lang:
        return lang
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        prefix = os.environ.get(variable, "")[:2].lower()
        if prefix in LANGUAGES:
            return prefix
    return "en"


def _open_existing(db_arg: str | None):
    """Open the database for reading a report; never create an empty one for it."""
    from cxdesk.db.database import open_database
    from cxdesk.db.engine import resolve_url, sqlite_path

    url = resolve_url(db_arg)
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise CxdeskError(fill(translate("Cli", "no database at %1"), path))
    return open_database(url)


def _write(pdf: bytes, target: Path) -> int:
    from cxdesk.reports.output import write_pdf_atomically

    written = write_pdf_atomically(pdf, target)
    print(fill(translate("Cli", "report written to %1"), written))
    return 0


def run_handbook(args: argparse.Namespace) -> int:
    from cxdesk.db.queries.settings import business_name
    from cxdesk.db.queries.standards import load_handbook
    from cxdesk.reports.handbook import build_handbook
    from cxdesk.reports.output import check_target

    target = check_target(args.out)  # a bad --out fails before any work
    lang = report_language(args)
    db = _open_existing(getattr(args, "db", None))
    try:
        with db.session() as session:
            data = load_handbook(session)
            name = business_name(session)
    finally:
        db.dispose()
    pdf = build_handbook(data, lang=lang, business_name=name, printed_on=date.today())
    return _write(pdf, target)


def run_summary(args: argparse.Namespace) -> int:
    from cxdesk.db.queries.filters import Filters, location_id_by_name
    from cxdesk.reports.output import check_target
    from cxdesk.reports.summary import build_summary
    from cxdesk.reports.summary_data import gather_summary

    target = check_target(args.out)
    _check_period(args)
    lang = report_language(args)
    db = _open_existing(getattr(args, "db", None))
    try:
        with db.session() as session:
            places = (location_id_by_name(session, args.location),) if args.location else ()
        data = gather_summary(db, Filters(args.date_from, args.date_to, places), args.compare)
    finally:
        db.dispose()
    return _write(build_summary(data, lang=lang, printed_on=date.today()), target)


def run_visit(args: argparse.Namespace) -> int:
    from cxdesk.reports.output import check_target
    from cxdesk.reports.visit_data import gather_visit
    from cxdesk.reports.visit_report import build_visit_report

    target = check_target(args.out)
    lang = report_language(args)
    db = _open_existing(getattr(args, "db", None))
    try:
        data = gather_visit(db, args.visit_id)
    finally:
        db.dispose()
    return _write(build_visit_report(data, lang=lang, printed_on=date.today()), target)


def run_employee(args: argparse.Namespace) -> int:
    from cxdesk.db.queries.filters import staff_id_by_name
    from cxdesk.reports.employee import build_employee_sheet
    from cxdesk.reports.employee_data import gather_employee
    from cxdesk.reports.output import check_target

    target = check_target(args.out)
    _check_period(args)
    lang = report_language(args)
    db = _open_existing(getattr(args, "db", None))
    try:
        with db.session() as session:
            staff_id = staff_id_by_name(session, args.staff_name)
        data = gather_employee(db, staff_id, args.date_from, args.date_to)
    finally:
        db.dispose()
    return _write(build_employee_sheet(data, lang=lang, printed_on=date.today()), target)
