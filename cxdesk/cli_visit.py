"""`cxdesk visit export|import|list`: move mystery-shop visits between databases."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from cxdesk.errors import CxdeskError
from cxdesk.i18n import fill, translate


def _open(args: argparse.Namespace):
    from cxdesk.db.database import open_database

    return open_database(getattr(args, "db", None))


def _cmd_export(args: argparse.Namespace) -> int:
    from cxdesk.io.visit_file import export_visit

    db = _open(args)
    try:
        path = export_visit(db, args.visit_id, args.file)
    finally:
        db.dispose()
    print(fill(translate("Visits", "Visit #%1 exported to %2"), args.visit_id, path))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from cxdesk.io.visit_file import import_visit

    db = _open(args)
    try:
        visit_id = import_visit(db, args.file)
    finally:
        db.dispose()
    print(fill(translate("Visits", "Visit imported as #%1"), visit_id))
    return 0


def _location_id(db, name: str) -> int:
    from sqlalchemy import select

    from cxdesk.db.models import Location

    with db.session() as session:
        found = session.scalar(select(Location.id).where(Location.name == name))
    if found is None:
        raise CxdeskError(fill(translate("Visits", "There is no location named %1"), name))
    return found


def _cmd_list(args: argparse.Namespace) -> int:
    from cxdesk.services.visits import list_visits

    db = _open(args)
    try:
        location_id = _location_id(db, args.location) if args.location else None
        rows = list_visits(
            db,
            location_id=location_id,
            shopper=args.shopper,
            date_from=args.date_from,
            date_to=args.date_to,
            status=args.status,
        )
    finally:
        db.dispose()
    for row in rows:
        score = "—" if row.score is None else f"{row.score:.1f}%"
        verdict = {True: "", False: " " + translate("Visits", "failed"), None: ""}[row.passed]
        print(
            f"{row.id}\t{row.visited_at:%Y-%m-%d %H:%M}\t{row.status}\t{row.location_name}\t"
            f"{row.shopper}\t{row.answered}/{row.total}\t{score}{verdict}"
        )
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def register(sub: argparse._SubParsersAction, add_db: Callable) -> None:
    visit = sub.add_parser("visit", help="export, import and list mystery-shop visits")
    add_db(visit)
    actions = visit.add_subparsers(
        dest="visit_command", metavar="ACTION", required=True, parser_class=type(visit)
    )

    export = actions.add_parser("export", help="write one visit to a .cxvisit file")
    export.add_argument("visit_id", metavar="ID", type=int, help="the visit's number")
    export.add_argument("file", metavar="FILE", help="the .cxvisit file to write")
    add_db(export)
    export.set_defaults(handler=_cmd_export)

    imp = actions.add_parser("import", help="add the visit in a .cxvisit file")
    imp.add_argument("file", metavar="FILE", help="the .cxvisit file to read")
    add_db(imp)
    imp.set_defaults(handler=_cmd_import)

    lst = actions.add_parser("list", help="list visits with their scores")
    lst.add_argument("--location", metavar="NAME", help="only this location")
    lst.add_argument("--shopper", metavar="NAME", help="only this shopper")
    lst.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="from this day")
    lst.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="to this day")
    lst.add_argument("--status", choices=["draft", "submitted"], help="only drafts or submitted")
    add_db(lst)
    lst.set_defaults(handler=_cmd_list)
