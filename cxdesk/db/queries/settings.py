"""Read the small key/value settings stored with the data (the business name, …)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cxdesk.db.models import AppSetting

BUSINESS_NAME = "business_name"


def app_setting(session: Session, key: str, default: str = "") -> str:
    setting = session.get(AppSetting, key)
    return setting.value if setting is not None and setting.value is not None else default


def business_name(session: Session) -> str:
    """The name printed on every report header; '' when the user has not set one."""
    return app_setting(session, BUSINESS_NAME).strip()
