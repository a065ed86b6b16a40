"""What every tab and dialog of a running window shares: the database and the helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesk.db.database import Database
from cxdesk.services.reader_process import ReaderProcess
from ui.analysis_state import AnalysisState
from ui.settings import Settings
from ui.tasks import TaskRunner
from ui.translators import Translations


@dataclass
class AppContext:
    db: Database
    tasks: TaskRunner
    settings: Settings
    translations: Translations
    # the one filter of every analysis page (ui/analysis_state.py), made with the context
    analysis: AnalysisState = field(init=False, repr=False)
    # the analysis pages' reads run there once ui/app.py has started it (here until then)
    reader: ReaderProcess = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.analysis = AnalysisState(self.settings)
        self.reader = ReaderProcess(self.db)
