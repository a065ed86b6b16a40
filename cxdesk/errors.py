"""Errors whose message a user can act on."""

from __future__ import annotations


class CxdeskError(Exception):
    """Base of every error cxdesk reports to a user; the message is already readable."""


class ValidationError(CxdeskError):
    """Input that breaks a rule; `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(CxdeskError):
    """A record the user asked for does not exist."""


class InUseError(CxdeskError):
    """A record cannot be deleted because other records point to it."""


class DatabaseError(CxdeskError):
    """The database cannot be opened, migrated or written."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer cxdesk than this one."""
