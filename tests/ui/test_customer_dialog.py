"""The customer dialog, driven through its real widgets: typing, OK, errors, consent date."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from cxdesk.db.models import LoyaltyType
from cxdesk.services.customers import CustomerRow
from tests.ui.keys import type_text
from ui.dialogs.customer_dialog import CustomerDialog


def ok_button(dialog: CustomerDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def open_dialog(qtbot, row=None) -> CustomerDialog:
    dialog = CustomerDialog(None, row)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_typing_a_new_customer_and_ok(qtbot, ctx):
    dialog = open_dialog(qtbot)
    type_text(dialog.name_edit, "ИВАНОВ Иван")
    type_text(dialog.phone_edit, "+380 44 123 4567")
    type_text(dialog.email_edit, "ivanov@example.com")
    type_text(dialog.segment_edit, "опт")
    dialog.loyalty_combo.setCurrentIndex(dialog.loyalty_combo.findData(LoyaltyType.CONSTRAINED))
    qtbot.mouseClick(dialog.consent_check, Qt.MouseButton.LeftButton)
    type_text(dialog.notes_edit, "Любит зелёный чай")
    assert dialog.consent_date.text() == "Today's date will be recorded as the date of consent."
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    form = dialog.form()
    assert (form.name, form.phone, form.email, form.segment, form.notes) == (
        "ИВАНОВ Иван", "+380 44 123 4567", "ivanov@example.com", "опт", "Любит зелёный чай"
    )
    assert form.consent and form.loyalty is LoyaltyType.CONSTRAINED


def test_an_error_shows_under_its_field_and_keeps_the_dialog_open(qtbot, ctx):
    dialog = open_dialog(qtbot)
    type_text(dialog.name_edit, "Ann")
    type_text(dialog.email_edit, "ann@")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["email"].isVisible()
    assert dialog.errors["email"].text() == "This does not look like an e-mail address."
    assert not dialog.errors["name"].isVisible()
    assert dialog.focusWidget() is dialog.email_edit

    type_text(dialog.email_edit, "example.com")  # typing clears the complaint
    assert not dialog.errors["email"].isVisible()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_empty_name_is_refused(qtbot, ctx):
    dialog = open_dialog(qtbot)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter presses OK
    assert dialog.isVisible()
    assert dialog.errors["name"].text() == "Enter the customer's name."


def test_an_existing_customer_shows_the_date_of_consent(qtbot, ctx):
    row = CustomerRow(7, "Петренко Ганна", "", "", "", True, datetime(2025, 3, 12, 10),
                      LoyaltyType.DEDICATED, "", None, None)
    dialog = open_dialog(qtbot, row)
    assert dialog.windowTitle() == "Edit customer"
    assert dialog.name_edit.text() == "Петренко Ганна"
    assert dialog.consent_check.isChecked()
    assert dialog.consent_date.text() == "Given on 12/03/2025."
    qtbot.mouseClick(dialog.consent_check, Qt.MouseButton.LeftButton)
    assert dialog.consent_date.text() == "Not given."


def test_edit_returns_the_form_or_none(qtbot, ctx):
    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        type_text(dialog.name_edit, "  Олена   Іваненко ")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_and_accept)
    form = CustomerDialog.edit(None, None)
    assert form is not None and form.name == "Олена Іваненко"

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert CustomerDialog.edit(None, None) is None
