"""`cxdesk metrics`: the figures for a filter, as a table or as JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date

from cxdesk.errors import CxdeskError, ValidationError
from cxdesk.i18n import fill, translate

BREAKDOWNS = ("month", "week", "quarter", "location", "staff", "channel", "survey", "segment")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "not a date: %1 (use YYYY-MM-DD)"), text)
        ) from None


def register(sub, add_db) -> None:
    parser = sub.add_parser("metrics", help="print the figures for a filter")
    add_db(parser)
    parser.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    parser.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    parser.add_argument("--location", metavar="NAME")
    parser.add_argument("--survey", metavar="NAME")
    parser.add_argument("--by", choices=BREAKDOWNS)
    parser.add_argument("--compare", choices=("previous", "year"),
                        help="beside the previous period, or the same period last year")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    parser.add_argument("--lang", choices=["en", "ru", "uk"], default=argparse.SUPPRESS,
                        help="language of the labels and messages")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cxdesk.db.database import open_database
    from cxdesk.db.queries.filters import Filters, location_id_by_name, survey_family_by_name
    from cxdesk.services.figures import compute_figures
    from cxdesk.services.figures_compare import compare_figures
    from cxdesk.services.figures_text import comparison_table, figures_table

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ValidationError(translate("Cli", "--from is after --to"))
    if args.compare and not (args.date_from and args.date_to):
        raise ValidationError(translate("Cli", "--compare needs a period: give --from and --to"))
    db = open_database(args.db)
    try:
        with db.session() as session:
            locations = (location_id_by_name(session, args.location),) if args.location else ()
            families = (survey_family_by_name(session, args.survey),) if args.survey else ()
        filters = Filters(args.date_from, args.date_to, locations, families)
        figures = compute_figures(db, filters, by=args.by)
        comparison = compare_figures(db, figures, args.compare) if args.compare else None
    finally:
        db.dispose()
    if args.json:
        out = figures.as_dict()
        if comparison is not None:
            out["compare"] = comparison.as_dict()
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print(figures_table(figures))
        if comparison is not None:
            print()
            print(comparison_table(comparison))
    return 0


__all__ = ["register", "run", "CxdeskError"]
