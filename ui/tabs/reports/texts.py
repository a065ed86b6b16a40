"""The Reports page's texts: the reports' names and descriptions, the stages of the work and
the status line after it (marked for lupdate under "ReportsTab", translated where shown)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLES = {
    "summary": QT_TRANSLATE_NOOP("ReportsTab", "Monthly summary"),
    "visit": QT_TRANSLATE_NOOP("ReportsTab", "Visit report"),
    "employee": QT_TRANSLATE_NOOP("ReportsTab", "Employee sheet"),
    "handbook": QT_TRANSLATE_NOOP("ReportsTab", "Staff handbook"),
}
DESCRIPTIONS = {
    "summary": QT_TRANSLATE_NOOP(
        "ReportsTab", "For the monthly meeting: key figures and how they changed, the trend, "
                      "locations, mystery shopping, standards kept, what customers ask for, "
                      "detractors, requests and complaints."),
    "visit": QT_TRANSLATE_NOOP(
        "ReportsTab", "One mystery-shop visit as the shopper handed it in: every item with "
                      "its answer, comment and photos, and the score."),
    "employee": QT_TRANSLATE_NOOP(
        "ReportsTab", "One staff member's feedback sheet: their customers' NPS and "
                      "satisfaction, the visits that observed them, what went well, what to "
                      "work on, and their SOCO result."),
    "handbook": QT_TRANSLATE_NOOP(
        "ReportsTab", "The service standards for the staff: the customer journey stage by "
                      "stage, who does what, the standards and the hard cases."),
}
STAGES = {
    "starting": QT_TRANSLATE_NOOP("ReportsTab", "Starting…"),
    "gathering": QT_TRANSLATE_NOOP("ReportsTab", "Reading the figures…"),
    "drawing": QT_TRANSLATE_NOOP("ReportsTab", "Drawing the PDF…"),
    "writing": QT_TRANSLATE_NOOP("ReportsTab", "Writing the file…"),
}
STATUS = {  # the status line when idle
    "saved": QT_TRANSLATE_NOOP("ReportsTab", "Saved as %1"),
    "not_saved": QT_TRANSLATE_NOOP("ReportsTab", "Not saved."),
    "cancelled": QT_TRANSLATE_NOOP("ReportsTab", "Cancelled: no report was saved."),
}
