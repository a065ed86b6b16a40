"""Which checklist items check a standard: the items of one checklist version, set in one go."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select

from cxdesk.db.database import Database
from cxdesk.db.models import ChecklistItem, ChecklistSection, ChecklistTemplate, Standard
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.services.journey import get_row
from cxdesk.services.visit_detail import SectionInfo, template_sections


def checklist_items(db: Database, template_id: int) -> tuple[SectionInfo, ...]:
    """The sections and items of one checklist version, each item with the standard it checks."""
    with db.session() as session:
        if session.get(ChecklistTemplate, template_id) is None:
            raise NotFoundError(fill(translate(
                "StandardLinks", "Checklist %1 no longer exists."), template_id))
        return template_sections(session, template_id)


def set_linked_items(db: Database, standard_id: int,
                     links: Mapping[int, Iterable[int]]) -> None:
    """For each checklist version in `links`, let exactly its listed items check the standard,
    all in one transaction: ticked items are linked (leaving any other standard they checked),
    the version's other items that checked it are unlinked; other versions stay as they are."""
    with db.begin() as session:
        get_row(session, Standard, standard_id)
        for template_id, item_ids in links.items():
            wanted = set(item_ids)
            items = session.scalars(
                select(ChecklistItem)
                .join(ChecklistSection, ChecklistItem.section_id == ChecklistSection.id)
                .where(ChecklistSection.template_id == template_id)
            ).all()
            foreign = wanted - {item.id for item in items}
            if foreign:
                raise ValidationError(fill(translate(
                    "StandardLinks", "Item %1 is not in this checklist."), min(foreign)),
                    "items")
            for item in items:
                if item.id in wanted:
                    item.standard_id = standard_id
                elif item.standard_id == standard_id:
                    item.standard_id = None
