"""Mystery-shop visits: 30 submitted (every item answered, scores frozen) and one draft."""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from cxdesk.db.models import (
    AnswerKind,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Visit,
    VisitAnswer,
    VisitPhoto,
    VisitStatus,
    visit_staff,
)
from cxdesk.demo.context import Demo, Shop
from cxdesk.demo.names import person
from cxdesk.demo.remarks import FAILED, IMPRESSIONS, PRAISED, VISIT_NOTES

VISITS_PER_SHOP = 10
FORCED_CRITICAL_FAILS = 2  # visits of the weak shop where a critical item was failed
NA_SECTIONS = {"pickup": 0.35}  # share of visits that did not use a section at all


@dataclass
class Item:
    id: int
    code: str
    section: str
    kind: AnswerKind
    weight: float
    critical: bool


def _items(demo: Demo) -> tuple[int, list[Item]]:
    template = demo.session.scalars(
        select(ChecklistTemplate)
        .where(ChecklistTemplate.builtin.is_(True), ChecklistTemplate.current.is_(True))
        .order_by(ChecklistTemplate.id)
    ).first()
    if template is None:
        raise LookupError("the built-in checklist is not installed")
    rows = demo.session.execute(
        select(ChecklistItem, ChecklistSection.code)
        .join(ChecklistSection, ChecklistItem.section_id == ChecklistSection.id)
        .where(ChecklistSection.template_id == template.id)
        .order_by(ChecklistSection.position, ChecklistItem.position)
    ).all()
    items = [Item(i.id, i.code, section, AnswerKind(i.kind), i.weight, i.critical)
             for i, section in rows]
    return template.id, items


def _png(demo: Demo) -> bytes:
    """A small solid-colour PNG standing in for a shopper's photo."""
    rgb = bytes(demo.rng.randrange(60, 230) for _ in range(3))
    raw = b"".join(b"\x00" + rgb * 32 for _ in range(24))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 32, 24, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


class VisitMaker:
    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.template_id, self.items = _items(demo)
        self.shoppers = [person(demo.rng).full for _ in range(3)]
        self.failed_answers: list[int] = []  # visit answer ids of failed items, for actions
        self.photos = 0

    def make_all(self) -> None:
        demo = self.demo
        span = (demo.last_day - demo.first_day).days
        weak = max(demo.shops, key=lambda s: s.rank)
        forced = 0
        for k in range(VISITS_PER_SHOP):
            for shop in demo.shops:
                offset = int((k + 0.5) / VISITS_PER_SHOP * span) + demo.rng.randrange(-4, 5)
                day = demo.first_day + timedelta(days=min(max(offset, 0), span))
                fail = shop is weak and forced < FORCED_CRITICAL_FAILS and k in (1, 3)
                forced += fail
                self.visit(shop, day, fail_critical=fail)
        self.visit(demo.shops[0], demo.last_day, draft=True)

    def visit(self, shop: Shop, day: date, *, fail_critical: bool = False,
              draft: bool = False) -> None:
        demo, rng = self.demo, self.demo.rng
        quality = (0.95, 0.82, 0.6)[shop.rank] + (0.2 * demo.fraction(day) if shop.rank == 2 else 0)
        start = datetime.combine(day, time(rng.randrange(10, 18), rng.randrange(60)))
        end = start + timedelta(minutes=rng.randrange(25, 56))
        visit_id = demo.bulk.add(
            Visit, uid=demo.uid(), template_id=self.template_id, location_id=shop.id,
            shopper=rng.choice(self.shoppers), visited_at=start, started_at=start,
            ended_at=None if draft else end,
            status=VisitStatus.DRAFT if draft else VisitStatus.SUBMITTED,
            notes=rng.choice(VISIT_NOTES), score=None, passed=None,
            submitted_at=None if draft else end + timedelta(hours=rng.randrange(1, 30)),
        )
        observed = demo.staff_of(shop, ("seller", "senior", "cashier"))
        for employee in rng.sample(observed, min(len(observed), rng.choice((1, 2, 2)))):
            demo.bulk.add(visit_staff, visit_id=visit_id, staff_id=employee.id)
        skipped = {s for s, share in NA_SECTIONS.items() if rng.random() < share}
        # a forced failure must land on an item the shopper could check, not a skipped section
        critical = [i for i in self.items if i.critical and i.kind is AnswerKind.YES_NO_NA
                    and i.section not in skipped]
        to_fail = rng.choice(critical).code if fail_critical and critical else None
        earned = possible = 0.0
        passed = True
        items = self.items[: len(self.items) // 2] if draft else self.items
        for item in items:
            choice, scale, text, comment = self._answer(item, quality, item.section in skipped,
                                                        item.code == to_fail)
            answer_id = demo.bulk.add(VisitAnswer, visit_id=visit_id, item_id=item.id,
                                      choice=choice, scale=scale, text=text, comment=comment)
            if choice == "no":
                self.failed_answers.append(answer_id)
                passed = passed and not item.critical
                if self.photos < 6 and (item.critical or rng.random() < 0.1):
                    self._photo(answer_id)
            if choice in ("yes", "no") or scale is not None:
                possible += item.weight
                earned += item.weight * (1.0 if choice == "yes" else 0.0 if choice == "no"
                                         else ((scale or 1) - 1) / 4)
                if item.critical and scale is not None and scale <= 2:
                    passed = False
        if not draft:
            row = demo.bulk.rows(Visit)[-1]
            row["score"] = 100 * earned / possible if possible else None
            row["passed"] = passed

    def _answer(self, item: Item, quality: float, skipped: bool, fail: bool):
        rng = self.demo.rng
        if item.kind is AnswerKind.TEXT:
            good = rng.random() < quality
            return None, None, rng.choice(IMPRESSIONS["good" if good else "bad"]), ""
        if item.kind is AnswerKind.SCALE_1_5:
            low = 3 if item.critical else 1
            scale = min(max(round(rng.gauss(1 + 4 * quality, 0.7)), low), 5)
            comment = rng.choice(FAILED.get(item.section, FAILED["*"])) if scale <= 2 else ""
            return None, scale, None, comment
        if skipped or (not item.critical and rng.random() < 0.03):
            return "na", None, None, ""
        if fail:
            return "no", None, None, rng.choice(FAILED.get(item.code, FAILED["*"]))
        ok = item.critical or rng.random() < quality * (0.8 if item.section == "after_sale" else 1)
        if ok:
            return "yes", None, None, rng.choice(PRAISED) if rng.random() < 0.06 else ""
        comments = FAILED.get(item.code) or FAILED.get(item.section) or FAILED["*"]
        return "no", None, None, rng.choice(comments)

    def _photo(self, answer_id: int) -> None:
        data = _png(self.demo)
        self.photos += 1
        self.demo.bulk.add(VisitPhoto, answer_id=answer_id, filename=f"photo_{self.photos}.png",
                           mime="image/png", sha256=hashlib.sha256(data).hexdigest(), data=data)
