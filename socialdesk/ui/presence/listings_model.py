"""The table of listings: platform, status, handle, link, last checked, card, freshness."""

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from socialdesk.domain.presence.listings import Listing, ListingStatus, short_display_url
from socialdesk.ui.presence.labels import LISTING_STATUSES, date_text
from socialdesk.ui.theme.style import tokens

COLUMNS = ("platform", "status", "handle", "url", "checked", "card")
LISTING_ROLE = Qt.ItemDataRole.UserRole + 1


class ListingsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._listings: list[Listing] = []
        self._today = date.min  # set with the listings

    def set_listings(self, listings: list[Listing], today: date) -> None:
        self.beginResetModel()
        self._listings = list(listings)
        self._today = today
        self.endResetModel()

    def set_today(self, today: date) -> None:
        """Another day with the window open: the "checked" column says again which listings are out of date."""
        changed = today != self._today
        self._today = today
        if changed and self._listings:
            column = COLUMNS.index("checked")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._listings) - 1, column))

    def listing_at(self, row: int) -> Listing | None:
        return self._listings[row] if 0 <= row < len(self._listings) else None

    def row_of(self, listing_id: int) -> int:
        for row, listing in enumerate(self._listings):
            if listing.id == listing_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._listings)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = (self.tr("Platform"), self.tr("Status"), self.tr("Username"), self.tr("Link"),
                  self.tr("Last checked"), self.tr("Card"))
        return titles[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        listing = self.listing_at(index.row()) if index.isValid() else None
        if listing is None:
            return None
        column = COLUMNS[index.column()]
        if role == LISTING_ROLE:
            return listing
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(listing, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "checked" and listing.is_stale(self._today):
            return self.tr("Not checked for more than 90 days: open the listing and check it again.")
        if role == Qt.ItemDataRole.ForegroundRole and column == "checked" and listing.is_stale(self._today):
            return QColor(tokens().warning)  # with the words "out of date": never the colour alone
        if role == Qt.ItemDataRole.ForegroundRole and listing.status is ListingStatus.NOT_RELEVANT:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and column == "checked" and listing.is_stale(self._today):
            font = QApplication.font()
            font.setBold(True)
            return font
        return None

    def _text(self, listing: Listing, column: str) -> str:
        if column == "platform":
            return listing.name
        if column == "status":
            return LISTING_STATUSES[listing.status]
        if column == "handle":
            return listing.handle
        if column == "url":
            return short_display_url(listing.page_url() or "")
        if column == "checked":
            text = date_text(listing.last_checked)
            return text + " ⚠ " + self.tr("out of date") if listing.is_stale(self._today) else text
        if column == "card":
            return self.tr("Print") if listing.print_card else ""
        return ""
