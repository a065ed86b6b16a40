"""Gather one mystery-shop visit for its report: the visit, each item's score, the photos."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk.db.database import Database
from cxdesk.db.queries.settings import business_name
from cxdesk.errors import CxdeskError
from cxdesk.metrics import visit_score
from cxdesk.services.visit_detail import VisitDetail, load_visit, photo_data, visit_items_frame


@dataclass(frozen=True)
class ItemScore:
    """What one item adds to the visit: `earned` of `possible` (0 of 0 when not scored)."""

    state: str  # yes, no, scale, na, text, unanswered
    earned: float
    possible: float
    critical_failed: bool

    @property
    def scored(self) -> bool:
        return self.state in ("yes", "no", "scale")


@dataclass(frozen=True)
class VisitReportData:
    business_name: str
    visit: VisitDetail
    items: dict[int, ItemScore]  # by checklist item id
    photos: dict[int, bytes | None]  # by photo id; None: the bytes could not be read

    @property
    def total(self) -> float | None:
        """The visit's % as the report adds it up (the same rule as the frozen score)."""
        return self.visit.running_score.value


def _state(kind: str, value: object) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "unanswered"
    if kind == "text":
        return "text"
    if isinstance(value, str):
        word = value.strip().casefold()
        return word if word in ("yes", "no") else "na"
    return "scale"


def item_scores(visit: VisitDetail) -> dict[int, ItemScore]:
    """Each item scored on its own by `visit_score`, so the report shows the metric's own
    earned/possible per item and the sums are the visit's total."""
    frame = visit_items_frame(visit)
    out: dict[int, ItemScore] = {}
    for index in range(len(frame)):
        row = frame.iloc[[index]]
        score = visit_score(row)
        item_id = int(row["item_id"].iloc[0])
        out[item_id] = ItemScore(_state(str(row["kind"].iloc[0]), row["answer"].iloc[0]),
                                 score.earned, score.possible, bool(score.failed_critical))
    return out


def _photo(db: Database, photo_id: int) -> bytes | None:
    try:
        return photo_data(db, photo_id)
    except CxdeskError:  # removed since the visit was read: the report prints a placeholder
        return None


def gather_visit(db: Database, visit_id: int) -> VisitReportData:
    """The visit (NotFoundError when there is none), its item scores and photo bytes."""
    visit = load_visit(db, visit_id)
    with db.session() as session:
        name = business_name(session)
    photos = {photo.id: _photo(db, photo.id)
              for answer in visit.answers for photo in answer.photos}
    return VisitReportData(name, visit, item_scores(visit), photos)
