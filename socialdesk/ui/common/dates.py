"""Date boxes limited to the days the app accepts (domain.weeks FIRST_DAY…LAST_DAY)."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from socialdesk.domain.weeks import FIRST_DAY, LAST_DAY


def bounded(edit: QDateEdit) -> QDateEdit:
    """The same box, refusing dates before 1900 or after 2199 (Qt's own range runs to 9999)."""
    edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
    return edit
