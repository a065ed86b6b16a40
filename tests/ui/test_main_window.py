"""The main window: the database in the status bar, the last tab restored, the language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from cxdesk.db.database import open_database
from cxdesk.services.customers import list_customers
from ui import main_window
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow


def make_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def customers(window: MainWindow) -> int:
    """The Customers page's place in the side bar (pages of other groups come before it)."""
    pages = window.tabs
    return next(i for i in range(pages.count()) if pages.object_name(i) == "customers_tab")


def test_shows_the_database_path(qtbot, ctx):
    window = make_window(qtbot, ctx)
    assert window.database_label.text() == str(ctx.db.path)
    assert ctx.db.path.name in window.windowTitle()
    assert window.tabs.tabText(customers(window)) == "Customers"


def test_restores_the_last_tab_and_remembers_it(qtbot, ctx, monkeypatch):
    def other_tab(_ctx) -> QWidget:
        widget = QWidget()
        widget.setObjectName("other_tab")
        return widget

    other_tab.page_name = "other_tab"
    monkeypatch.setattr(main_window, "TABS", [*main_window.TABS, ("keep", other_tab, "Other")])
    ctx.settings.last_tab = "other_tab"
    window = make_window(qtbot, ctx)
    assert window.tabs.currentWidget().objectName() == "other_tab"

    window.tabs.setCurrentIndex(customers(window))
    # the offscreen screen is narrow: the height is what can be changed and checked
    window.resize(window.size().width(), 530)
    saved_height = window.size().height()
    window.close()
    assert ctx.settings.last_tab == "customers_tab"
    assert ctx.settings.geometry is not None

    again = make_window(qtbot, ctx)
    assert again.tabs.currentIndex() == customers(again)
    assert again.size().height() == saved_height == 530


def test_preferences_switch_the_language_at_once(qtbot, ctx, monkeypatch):
    window = make_window(qtbot, ctx)
    tab = window.tabs.widget(customers(window))
    monkeypatch.setattr(SettingsDialog, "ask", lambda _parent, current: "ru")
    window.preferences_action.trigger()

    assert ctx.settings.language == "ru"
    # Qt posts LanguageChange to every window: it arrives with the next event loop turn
    qtbot.waitUntil(lambda: window.tabs.tabText(customers(window)) == "Клиенты")
    assert window.file_menu.title() == "&Файл"
    assert tab.add_button.text() == "&Добавить…"
    assert tab.count_label.text() == "0 клиентов"
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Имя"

    monkeypatch.setattr(SettingsDialog, "ask", lambda _parent, current: "uk")
    window.preferences_action.trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(customers(window)) == "Клієнти")
    assert tab.add_button.text() == "&Додати…"


def test_the_settings_dialog_offers_each_language_in_itself(qtbot, ctx):
    dialog = SettingsDialog(None, "en")
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "English", "Русский", "Українська"
    ]
    combo.setCurrentIndex(combo.findData("ru"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.language() == "ru"


def test_backup_now_writes_a_checked_copy(qtbot, ctx, factory, tmp_path, monkeypatch):
    factory.customer("Ann")
    target = tmp_path / "backups" / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    window = make_window(qtbot, ctx)
    window.backup_action.trigger()
    assert target.exists()
    assert str(target) in window.statusBar().currentMessage()
    copy = open_database(target)
    try:
        assert [row.name for row in list_customers(copy)] == ["Ann"]
    finally:
        copy.dispose()


def test_open_database_asks_the_app_to_reopen(qtbot, ctx, tmp_path, monkeypatch):
    other = tmp_path / "other.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(other), ""))
    window = make_window(qtbot, ctx)
    window.open_action.trigger()
    assert window.requested_database == str(other)
    assert not window.isVisible()
