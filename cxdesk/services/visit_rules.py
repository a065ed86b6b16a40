"""What a visit answer may hold: the value its item's kind allows, and sane text lengths."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from cxdesk.db.models import AnswerKind, ChecklistItem, ChecklistSection, Visit
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.i18n import fill, translate

CHOICES = ("yes", "no", "na")
MAX_TEXT = 10_000
MAX_SHOPPER = 200


@dataclass(frozen=True)
class AnswerValue:
    choice: str | None = None
    scale: int | None = None
    text: str | None = None


def checklist_item(session: Session, visit: Visit, item_id: int) -> ChecklistItem:
    """The item, if it belongs to the checklist version the visit was started with."""
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFoundError(fill(translate("Visits", "Checklist item #%1 does not exist"), item_id))
    section = session.get_one(ChecklistSection, item.section_id)
    if section.template_id != visit.template_id:
        raise ValidationError(
            fill(
                translate("Visits", "Checklist item #%1 is not part of this visit's checklist"),
                item_id,
            ),
            "item",
        )
    return item


def _choice(value: Any, code: str) -> str:
    word = str(value).strip().casefold() if isinstance(value, str) else None
    if word in ("n/a", "n-a"):
        word = "na"
    if word not in CHOICES:
        raise ValidationError(
            fill(translate("Visits", "%1: the answer must be yes, no or N/A"), code), code
        )
    return word


def _scale(value: Any, code: str) -> int:
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str) and value.strip().isdigit():
        number = float(value.strip())
    if number is None or not number.is_integer() or not 1 <= number <= 5:
        raise ValidationError(
            fill(translate("Visits", "%1: the score must be a whole number from 1 to 5"), code),
            code,
        )
    return int(number)


def check_text(value: Any, code: str, what: str = "text") -> str:
    if not isinstance(value, str):
        raise ValidationError(
            fill(translate("Visits", "%1: the %2 must be text"), code, what), code
        )
    if len(value) > MAX_TEXT:
        raise ValidationError(
            fill(
                translate("Visits", "%1: the %2 is longer than %3 characters"), code, what, MAX_TEXT
            ),
            code,
        )
    return value


def check_value(
    kind: str, code: str, *, choice: Any = None, scale: Any = None, text: Any = None
) -> AnswerValue:
    """The one value the item's kind allows; an empty text clears a text answer."""
    kind = AnswerKind(kind)
    given = {"choice": choice, "scale": scale, "text": text}
    allowed = {
        AnswerKind.YES_NO_NA: "choice",
        AnswerKind.SCALE_1_5: "scale",
        AnswerKind.TEXT: "text",
    }[kind]
    wrong = [name for name, value in given.items() if value is not None and name != allowed]
    if wrong:
        expected = {
            "choice": translate("Visits", "yes, no or N/A"),
            "scale": translate("Visits", "a score from 1 to 5"),
            "text": translate("Visits", "a text"),
        }[allowed]
        raise ValidationError(
            fill(translate("Visits", "%1: this item is answered with %2"), code, expected), code
        )
    if kind is AnswerKind.YES_NO_NA:
        return AnswerValue(choice=_choice(choice, code))
    if kind is AnswerKind.SCALE_1_5:
        return AnswerValue(scale=_scale(scale, code))
    cleaned = check_text(text, code)
    return AnswerValue(text=cleaned if cleaned.strip() else None)


def check_shopper(shopper: Any) -> str:
    name = shopper.strip() if isinstance(shopper, str) else ""
    if not name:
        raise ValidationError(translate("Visits", "Enter the shopper's name"), "shopper")
    if len(name) > MAX_SHOPPER:
        raise ValidationError(
            fill(
                translate("Visits", "The shopper's name is longer than %1 characters"), MAX_SHOPPER
            ),
            "shopper",
        )
    return name
