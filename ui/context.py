"""What every tab and dialog of a running window shares: the database and the helpers."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk.db.database import Database
from ui.settings import Settings
from ui.tasks import TaskRunner
from ui.translators import Translations


@dataclass
class AppContext:
    db: Database
    tasks: TaskRunner
    settings: Settings
    translations: Translations
