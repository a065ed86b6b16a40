"""First start: tell a blank database apart, and prepare one to start empty."""

from __future__ import annotations

import importlib

from sqlalchemy import exists, select

from cxdesk.db.database import Database
from cxdesk.db.models import Customer, Location, Response
from cxdesk.errors import ValidationError
from cxdesk.i18n import fill, translate

LOCATION_NAME_MAX = 200


def is_blank(db: Database) -> bool:
    """True when nothing has been entered yet: no location, no response, no customer."""
    with db.session() as session:
        return not any(
            session.scalar(select(exists().where(model.id.is_not(None))))
            for model in (Location, Response, Customer)
        )


def install_builtins(db: Database) -> bool:
    """Install the built-in templates when the templates service is there; report whether it
    was."""
    try:
        builtin = importlib.import_module("cxdesk.services.builtin")
    except ModuleNotFoundError as exc:
        if exc.name != "cxdesk.services.builtin":
            raise
        return False
    builtin.install_builtins(db)
    return True


def start_empty(db: Database, location_name: str) -> int:
    """Built-in templates plus one location named by the user; returns the location's id."""
    name = " ".join(location_name.split())
    if not name:
        raise ValidationError(translate("Setup", "Enter the name of your shop or branch."), "name")
    if len(name) > LOCATION_NAME_MAX:
        raise ValidationError(
            fill(translate("Setup", "The name is too long (at most %1 characters)."),
                 LOCATION_NAME_MAX),
            "name",
        )
    install_builtins(db)
    with db.begin() as session:
        existing = session.scalar(select(Location).where(Location.name == name))
        if existing is not None:
            return existing.id
        location = Location(name=name)
        session.add(location)
        session.flush()
        return location.id
