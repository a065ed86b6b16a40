"""The main window: the tabs (listed in one place), the menus and the status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from cxdesk import __version__
from cxdesk.db.migrate import backup_sqlite
from cxdesk.i18n import fill
from cxdesk.paths import backup_dir
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.settings_dialog import SettingsDialog
from ui.tabs.reports.menu import ReportsMenu
from ui.widgets.navigation import PageStack

TabFactory = Callable[[AppContext], QWidget]
REPORTS_PAGE = "reports_tab"


def _page(path: str, page_name: str) -> TabFactory:
    """The page `module:Class`, imported when first opened: start-up then loads only the page
    shown (charts, reportlab and the rest wait until they are wanted). `page_name` is the
    page's objectName, known without importing it, so the window can reopen the last page."""
    module_name, _, class_name = path.partition(":")

    def build(ctx: AppContext) -> QWidget:
        return getattr(importlib.import_module(module_name), class_name)(ctx)

    build.page_name = page_name  # type: ignore[attr-defined]
    return build


# The groups of the side bar, in order: where data comes in, where it is read, what is kept.
GROUPS: dict[str, str] = {
    "enter": QT_TRANSLATE_NOOP("MainWindow", "Enter data"),
    "analyse": QT_TRANSLATE_NOOP("MainWindow", "Analyse"),
    "keep": QT_TRANSLATE_NOOP("MainWindow", "Records"),
}

# Every page, in the order shown, as (group, factory, title). A page sets its objectName:
# the window remembers the last one open.
TABS: list[tuple[str, TabFactory, str]] = [
    ("analyse", _page("ui.tabs.overview.tab:OverviewTab", "overview_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Overview")),
    ("analyse", _page("ui.tabs.surveys.tab:SurveysTab", "surveys_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Surveys")),
    ("analyse", _page("ui.tabs.analysis_kit.pages:MysteryAnalysisTab", "mystery_analysis_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Mystery shopping")),
    ("analyse",
     _page("ui.tabs.analysis_kit.pages:StandardsAnalysisTab", "standards_analysis_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Standards kept")),
    ("analyse", _page("ui.tabs.analysis_kit.pages:SalesAnalysisTab", "sales_analysis_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Customers and sales")),
    ("analyse",
     _page("ui.tabs.analysis_kit.pages:RequestsAnalysisTab", "requests_analysis_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Requests and SLA")),
    ("analyse", _page("ui.tabs.analysis_kit.pages:StaffAnalysisTab", "staff_analysis_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Staff")),
    ("analyse", _page("ui.tabs.reports.tab:ReportsTab", REPORTS_PAGE),
     QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    ("keep", _page("ui.tabs.customers.tab:CustomersTab", "customers_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Customers")),
    ("keep", _page("ui.tabs.feedback.tab:FeedbackTab", "feedback_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Feedback log")),
    ("keep", _page("ui.tabs.requests.tab:RequestsTab", "requests_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Service requests")),
    ("keep", _page("ui.tabs.actions.tab:ActionsTab", "actions_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Improvement actions")),
    ("keep", _page("ui.tabs.org.tab:OrgTab", "org_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Locations & staff")),
    ("keep", _page("ui.tabs.sales.tab:SalesTab", "sales_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Sales")),
    ("keep", _page("ui.tabs.standards.tab:StandardsTab", "standards_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Standards")),
    ("keep", _page("ui.tabs.templates.tab:TemplatesTab", "templates_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Templates")),
    ("enter", _page("ui.tabs.mystery.tab:MysteryTab", "mystery_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Mystery shop")),
    ("enter", _page("ui.tabs.survey_entry.tab:SurveyEntryTab", "survey_entry_tab"),
     QT_TRANSLATE_NOOP("MainWindow", "Survey entry")),
]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.requested_database: str | None = None  # set when the user opens another file
        self._build_ui()
        self._connect()
        self.retranslate()
        self._restore()

    def _build_ui(self) -> None:
        self.tabs = PageStack()
        for group, factory, _title in self._ordered_tabs():
            self.tabs.add_page(group, partial(factory, self._ctx))
        self.setCentralWidget(self.tabs)

        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.backup_action = QAction(self)
        self.export_visit_action = QAction(self)
        self.import_visit_action = QAction(self)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit,
                                   menuRole=QAction.MenuRole.QuitRole)
        self.preferences_action = QAction(self, menuRole=QAction.MenuRole.PreferencesRole)
        self.about_action = QAction(self, menuRole=QAction.MenuRole.AboutRole)
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.open_action, self.backup_action])
        self.file_menu.addActions([self.export_visit_action, self.import_visit_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.reports_menu = ReportsMenu(self)
        bar.addMenu(self.reports_menu)
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(self.preferences_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

        self.database_label = QLabel(self._ctx.db.display_name())
        self.statusBar().addPermanentWidget(self.database_label)
        if self._ctx.db.backup is not None:
            self.statusBar().showMessage(fill(
                self.tr("The database was upgraded; a backup was written first: %1"),
                self._ctx.db.backup,
            ))

    def _connect(self) -> None:
        self.open_action.triggered.connect(self.open_database)
        self.backup_action.triggered.connect(self.backup_now)
        self.export_visit_action.triggered.connect(self.export_visit)
        self.import_visit_action.triggered.connect(self.import_visit)
        self.quit_action.triggered.connect(self.close)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.reports_menu.report_chosen.connect(self.show_report)
        self.about_action.triggered.connect(self.show_about)

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("cxdesk — %1"), self._database_title()))
        for group, title in GROUPS.items():
            if any(tab[0] == group for tab in TABS):
                self.tabs.set_group_text(group, QCoreApplication.translate("MainWindow", title))
        for index, (_group, _factory, title) in enumerate(self._ordered_tabs()):
            self.tabs.setTabText(index, QCoreApplication.translate("MainWindow", title))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open database…"))
        self.backup_action.setText(self.tr("&Backup now…"))
        self.export_visit_action.setText(self.tr("&Export visit…"))
        self.import_visit_action.setText(self.tr("&Import visit…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.reports_menu.retranslate()
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About cxdesk"))
        self.database_label.setToolTip(self.tr("The database in use"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _ordered_tabs() -> list[tuple[str, TabFactory, str]]:
        return sorted(TABS, key=lambda tab: list(GROUPS).index(tab[0]))

    def _database_title(self) -> str:
        path = self._ctx.db.path
        return path.name if path is not None else self._ctx.db.display_name()

    def _restore(self) -> None:
        geometry = self._ctx.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            # first start: most of the screen, since the tables want width (1366 px laptops)
            screen = self.screen().availableGeometry()
            width = min(1500, int(screen.width() * 0.94))
            self.resize(width, min(900, int(screen.height() * 0.92)))
            self.move(screen.center() - self.rect().center())
        last = self._ctx.settings.last_tab
        for index, (_group, factory, _title) in enumerate(self._ordered_tabs()):
            # a page's objectName is known from its class without building every page
            if last and getattr(factory, "page_name", None) == last:
                self.tabs.setCurrentIndex(index)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            self.requested_database = None  # a database switch waits for the same answer
            event.ignore()
            return
        settings = self._ctx.settings
        settings.geometry = self.saveGeometry()
        settings.last_tab = self.tabs.currentWidget().objectName()
        settings.sync()
        super().closeEvent(event)

    def _may_close(self) -> bool:
        """Ask before closing over work not saved yet (a page says so by `unsaved_work()`);
        No shows the first such page, to save it there."""
        unsaved = []
        for index in range(self.tabs.count()):
            if not self.tabs.built(index):
                continue
            page = self.tabs.widget(index)
            what = page.unsaved_work() if hasattr(page, "unsaved_work") else None
            if what:
                unsaved.append((index, fill("%1: %2", self.tabs.tabText(index), what)))
        if not unsaved:
            return True
        text = fill(self.tr("Not saved yet:\n\n%1\n\nClose and lose it?"),
                    "\n".join(f"• {line}" for _index, line in unsaved))
        if messages.confirm(self, self.tr("Close cxdesk"), text, destructive=True):
            return True
        self.tabs.setCurrentIndex(unsaved[0][0])
        return False

    # menu actions

    def open_database(self) -> None:
        """Pick another database file (or name a new one); the app reopens on it."""
        current = self._ctx.db.path
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Open or create a database"),
            str(current.parent if current else Path.home()),
            self.tr("cxdesk databases (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path and (current is None or Path(path).resolve() != current.resolve()):
            self.requested_database = path
            self.close()

    def backup_now(self) -> None:
        source = self._ctx.db.path
        if source is None:
            messages.show_info(self, self.tr("Backup"), self.tr(
                "This database lives on a server: back it up there with the server's tools."
            ))
            return
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"),
            str(backup_dir() / f"{source.stem}-{stamp}.db"),
            self.tr("cxdesk databases (*.db)"),
        )
        if not target:
            return
        self.statusBar().showMessage(self.tr("Writing the backup…"))
        self._ctx.tasks.run(lambda: backup_sqlite(source, Path(target)), self._backed_up,
                            self._backup_failed)

    def _backed_up(self, path: Path) -> None:
        self.statusBar().showMessage(fill(self.tr("Backup written: %1"), path), 10_000)

    def _backup_failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        text = str(error) or repr(error)
        messages.show_error(self, self.tr("Backup"), fill(self.tr("The backup failed: %1"), text))

    def export_visit(self) -> None:
        from ui.tabs.mystery import visit_files  # with the Mystery shop page, when wanted

        visit_files.export_current_visit(self, self._ctx)

    def import_visit(self) -> None:
        from ui.tabs.mystery import visit_files

        visit_files.import_visit_file(self, self._ctx)

    def show_report(self, report: str) -> None:
        """The Reports page, preset to `report` (the Reports menu)."""
        pages = self.tabs
        index = next(i for i in range(pages.count())
                     if pages.object_name(i) == REPORTS_PAGE)
        pages.setCurrentIndex(index)
        pages.widget(index).preset(report)

    def show_preferences(self) -> None:
        current = self._ctx.translations.language
        language = SettingsDialog.ask(self, current)
        if language is not None:
            self.apply_language(language)

    def apply_language(self, language: str) -> None:
        """Switch at once: every widget retranslates itself on the LanguageChange event."""
        self._ctx.translations.switch(language)
        self._ctx.settings.language = language

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About cxdesk"), fill(self.tr(
            "<h3>cxdesk %1</h3><p>Measure and improve customer service: surveys, "
            "mystery shopping, service standards and reports.</p>"
            "<p>Database: %2</p>"
        ), __version__, self._ctx.db.display_name()))
