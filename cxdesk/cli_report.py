"""`cxdesk report <name>`: write a PDF report; one register/run pair per report."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from cxdesk.errors import CxdeskError
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
    # summary, visit and employee join here, each with its own run_… function


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
