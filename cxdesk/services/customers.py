"""Keep the customer list: add, change, find, delete and erase customers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    Customer,
    FeedbackEntry,
    LoyaltyType,
    Response,
    SalesFigure,
    ServiceRequest,
)
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.i18n import fill, plural, translate

NAME_MAX = 200
SEGMENT_MAX = 100
EMAIL_MAX = 254
PHONE_DIGITS = (7, 15)
ERASED_NAME = "—"

_PHONE_RE = re.compile(r"^\+?[\d\s\-()]+$")
# One @, no spaces, a dot in the domain: strict enough to catch typos, loose enough for IDN.
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


@dataclass
class CustomerForm:
    """What the user types for one customer."""

    name: str = ""
    phone: str = ""
    email: str = ""
    segment: str = ""
    consent: bool = False
    loyalty: LoyaltyType = LoyaltyType.UNKNOWN
    notes: str = ""


@dataclass(frozen=True)
class CustomerRow:
    """One customer as the list shows it."""

    id: int
    name: str
    phone: str
    email: str
    segment: str
    consent: bool
    consent_at: datetime | None
    loyalty: LoyaltyType
    notes: str
    erased_at: datetime | None
    created_at: datetime | None

    @property
    def erased(self) -> bool:
        return self.erased_at is not None

    def form(self) -> CustomerForm:
        return CustomerForm(
            self.name, self.phone, self.email, self.segment, self.consent, self.loyalty, self.notes
        )


def loyalty_label(loyalty: LoyaltyType) -> str:
    labels = {
        LoyaltyType.UNKNOWN: translate("Loyalty", "Not known"),
        LoyaltyType.CONSTRAINED: translate("Loyalty", "Constrained (must stay)"),
        LoyaltyType.DEDICATED: translate("Loyalty", "Dedicated (wants to stay)"),
    }
    return labels[LoyaltyType(loyalty)]


def fold(text: str) -> str:
    """Text as search compares it: case-folded in any script, ё read as е."""
    return unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def search_key(name: str, phone: str | None, email: str | None) -> str:
    return " ".join(part for part in (fold(name), digits(phone or ""), fold(email or "")) if part)


def validate_customer(form: CustomerForm) -> CustomerForm:
    """The form with its text trimmed, or ValidationError naming the first wrong field."""
    clean = replace(
        form,
        name=" ".join(form.name.split()),
        phone=form.phone.strip(),
        email=form.email.strip(),
        segment=form.segment.strip(),
        notes=form.notes.strip(),
        loyalty=LoyaltyType(form.loyalty),
    )
    if not clean.name:
        raise ValidationError(translate("Customers", "Enter the customer's name."), "name")
    if len(clean.name) > NAME_MAX:
        raise ValidationError(
            fill(translate("Customers", "The name is too long (at most %1 characters)."), NAME_MAX),
            "name",
        )
    if clean.phone and (
        not _PHONE_RE.match(clean.phone)
        or not PHONE_DIGITS[0] <= len(digits(clean.phone)) <= PHONE_DIGITS[1]
    ):
        raise ValidationError(
            translate(
                "Customers",
                "This does not look like a phone number: use 7 to 15 digits, "
                "e.g. +380 44 123 4567.",
            ),
            "phone",
        )
    if clean.email and (len(clean.email) > EMAIL_MAX or not _EMAIL_RE.match(clean.email)):
        raise ValidationError(
            translate("Customers", "This does not look like an e-mail address."), "email"
        )
    if len(clean.segment) > SEGMENT_MAX:
        raise ValidationError(
            fill(
                translate("Customers", "The segment is too long (at most %1 characters)."),
                SEGMENT_MAX,
            ),
            "segment",
        )
    return clean


def _row(customer: Customer) -> CustomerRow:
    return CustomerRow(
        customer.id, customer.name, customer.phone or "", customer.email or "",
        customer.segment, customer.consent, customer.consent_at, customer.loyalty,
        customer.notes, customer.erased_at, customer.created_at,
    )


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _load(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(
            fill(translate("Customers", "Customer %1 does not exist."), customer_id)
        )
    return customer


def _apply(customer: Customer, form: CustomerForm) -> None:
    customer.name = form.name
    customer.phone = form.phone or None
    customer.email = form.email or None
    customer.segment = form.segment
    customer.loyalty = form.loyalty
    customer.notes = form.notes
    # the date consent was given survives edits; it goes when the consent goes
    if not form.consent:
        customer.consent_at = None
    elif not customer.consent or customer.consent_at is None:
        customer.consent_at = _now()
    customer.consent = form.consent
    customer.search_key = search_key(form.name, form.phone, form.email)


def _search_terms(search: str) -> list[str]:
    terms = []
    for word in search.split():
        # "+380 (44)" finds the phone stored as typed: the key holds its digits
        bare = word.strip("+-()")
        terms.append(digits(bare) if bare and _PHONE_RE.match(bare) else fold(word))
    return [term for term in terms if term]


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_customers(db: Database, search: str = "") -> list[CustomerRow]:
    """Customers whose name, phone or e-mail contain every word of `search`, in any case."""
    query = select(Customer).order_by(
        Customer.erased_at.is_not(None), Customer.search_key, Customer.id
    )
    for term in _search_terms(search):
        query = query.where(Customer.search_key.like(_like(term), escape="\\"))
    with db.session() as session:
        return [_row(customer) for customer in session.scalars(query)]


def count_customers(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Customer)) or 0


def get_customer(db: Database, customer_id: int) -> CustomerRow:
    with db.session() as session:
        return _row(_load(session, customer_id))


def create_customer(db: Database, form: CustomerForm) -> int:
    clean = validate_customer(form)
    with db.begin() as session:
        customer = Customer()
        _apply(customer, clean)
        session.add(customer)
        session.flush()
        return customer.id


def update_customer(db: Database, customer_id: int, form: CustomerForm) -> None:
    clean = validate_customer(form)
    with db.begin() as session:
        customer = _load(session, customer_id)
        if customer.erased_at is not None:
            raise ValidationError(translate(
                "Customers",
                "This customer's personal data was erased; add a new customer instead.",
            ))
        _apply(customer, clean)


def references(session: Session, customer_id: int) -> list[str]:
    """What points to a customer, in words: "3 survey responses", "1 feedback entry" …"""
    found = []
    for model in (Response, FeedbackEntry, ServiceRequest, SalesFigure):
        n = session.scalar(
            select(func.count()).select_from(model).where(model.customer_id == customer_id)
        )
        if n:
            found.append(_reference_text(model, n))
    return found


def _reference_text(model: type, n: int) -> str:
    if model is Response:
        return plural(translate("Customers", "%n survey response|%n survey responses"), n)
    if model is FeedbackEntry:
        return plural(translate("Customers", "%n feedback entry|%n feedback entries"), n)
    if model is ServiceRequest:
        return plural(translate("Customers", "%n service request|%n service requests"), n)
    return plural(translate("Customers", "%n sales figure|%n sales figures"), n)


def delete_customer(db: Database, customer_id: int) -> None:
    """Delete a customer nothing points to; otherwise refuse and suggest erasing."""
    with db.begin() as session:
        customer = _load(session, customer_id)
        found = references(session, customer_id)
        if found:
            raise InUseError(fill(
                translate(
                    "Customers",
                    "%1 cannot be deleted: the database keeps %2 for this customer. "
                    "Erase the personal data instead; those records stay, anonymised.",
                ),
                customer.name, ", ".join(found),
            ))
        session.delete(customer)


def erase_customer(db: Database, customer_id: int) -> None:
    """Blank the personal data on request; answers, complaints and sales stay, anonymised."""
    with db.begin() as session:
        customer = _load(session, customer_id)
        customer.name = ERASED_NAME
        customer.phone = None
        customer.email = None
        customer.notes = ""
        customer.consent = False
        customer.consent_at = None
        customer.search_key = ""
        customer.erased_at = customer.erased_at or _now()
