"""Print the staff handbook (the journey, roles, standards and hard cases) to a PDF file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cxdesk.db.database import Database
from cxdesk.db.queries.settings import business_name
from cxdesk.db.queries.standards import load_handbook
from cxdesk.reports.handbook import build_handbook
from cxdesk.reports.output import check_target, write_pdf_atomically


def write_handbook(db: Database, path: str | Path, lang: str = "en",
                   printed_on: date | None = None) -> Path:
    """Build the handbook in `lang` and write it whole (or not at all) to `path`."""
    target = check_target(path)  # a bad target fails before any work
    with db.session() as session:
        data = load_handbook(session)
        name = business_name(session)
    pdf = build_handbook(data, lang=lang, business_name=name,
                         printed_on=printed_on or date.today())
    return write_pdf_atomically(pdf, target)
