"""The "Consistency" page: every listing's name, address and phone against the shop card."""

from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHeaderView, QLabel, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from socialdesk.domain.changes import Area
from socialdesk.domain.presence.listings import ListingStatus
from socialdesk.domain.presence.nap import FieldState, NapCheck, check_listing, shop_address
from socialdesk.domain.presence.phones import display_e164, display_phone, to_e164
from socialdesk.ui.common.empty_state import EmptyState
from socialdesk.ui.common.words import fill
from socialdesk.ui.presence.diff_view import field_html, legend_html
from socialdesk.ui.presence.hours_view import card_hours, hours_html
from socialdesk.ui.presence.consistency_labels import FIELD_STATES
from socialdesk.ui.presence.labels import date_text

_MARKS = {FieldState.MATCH: "✓", FieldState.DIFFERENT: "✗", FieldState.UNREADABLE: "✗",
          FieldState.NOT_RECORDED: "–", FieldState.NO_REFERENCE: "–"}


class ConsistencyModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.checks: list[NapCheck] = []

    def set_checks(self, checks: list[NapCheck]):
        self.beginResetModel()
        self.checks = checks
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.checks)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 6:
            return (self.tr("Listing"), self.tr("Name"), self.tr("Address"), self.tr("Phone"), self.tr("Hours"),
                    self.tr("Last checked"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.checks):
            return None
        check = self.checks[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return check.listing.name
        if column in (1, 2, 3):
            state = (check.name, check.address, check.phone)[column - 1].state
            return f"{_MARKS[state]} {FIELD_STATES[state]}"
        if column == 4:
            state = FieldState(check.hours.state.value)
            return f"{_MARKS[state]} {FIELD_STATES[state]}"
        text = date_text(check.listing.last_checked)
        return f"⚠ {text} — " + self.tr("out of date") if check.stale else text


class ConsistencyPage(QWidget):
    shop_card_requested = Signal()  # the empty card's button: the Strategy tab's shop card (the window goes there)

    def __init__(self, store, today_source, parent=None):
        super().__init__(parent)
        self.store = store
        self._today = today_source
        self.model = ConsistencyModel(self)
        self._build()
        self.reload()  # built the first time it is shown (presence.tab): its verdicts (phonenumbers) never delay the window

    def _build(self):
        card_box = QGroupBox(self.tr("Shop card (the reference)"), self)
        card_layout = QVBoxLayout(card_box)
        self.card_label = QLabel(card_box)
        self.card_label.setTextFormat(Qt.TextFormat.RichText)
        self.card_label.setWordWrap(True)
        self.card_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_layout.addWidget(self.card_label)
        self.empty_card = EmptyState("emptyShopCard", card_box)  # the one thing to do first (attack 37, L3)
        self.empty_card.set_words(self.tr("The shop card is empty: every listing is checked against its name, "
                                          "address and phone."), self.tr("Fill &in the shop card"))
        self.empty_card.button.clicked.connect(self.shop_card_requested)
        card_layout.addWidget(self.empty_card)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setObjectName("presenceConsistency")
        self.table.setAccessibleName(self.tr("Consistency of the listings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Differences, character by character"))
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(card_box)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def reload(self):
        row = max(self.table.currentIndex().row(), 0)
        card = self.store.shop.get()
        today = self._today()
        listings = [l for l in self.store.presence.listings() if l.status is not ListingStatus.NOT_RELEVANT]
        self.model.set_checks([check_listing(card, listing, today) for listing in listings])
        self.card_label.setText(self._card_html(card))
        self.card_label.setHidden(card.is_empty)
        self.empty_card.setVisible(card.is_empty)
        self.summary.setText(self._summary())
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        else:
            self.details.setHtml(escape(self.tr("No listing to check yet: add them on the Listings page.")))

    def _card_html(self, card) -> str:
        if card.is_empty:
            return ""  # said by the empty card's sentence and button
        e164, home = to_e164(card.phone, card.country), display_phone(card.phone, card.country)
        phone = home + (f" ({display_e164(e164)})" if e164 and display_e164(e164) != home else "")
        lines = [f"<b>{escape(card.name)}</b>", escape(shop_address(card)), escape(phone), escape(card_hours(card))]
        hint = self.tr("To change it, edit it in the Strategy tab (one card for the whole app).")
        return "<br>".join(line for line in lines if line) + f"<br><i>{escape(hint)}</i>"

    def _summary(self) -> str:
        checks = self.model.checks
        bad = (FieldState.DIFFERENT, FieldState.UNREADABLE)
        differing = sum(any(c.state in bad for c in (k.name, k.address, k.phone))
                        or k.hours.state.value in (FieldState.DIFFERENT, FieldState.UNREADABLE) for k in checks)
        stale = sum(k.stale for k in checks)
        return fill(self.tr("Listings that differ from the shop card: %1 of %2. Not checked for more than 90 days: %3."),
                    str(differing), str(len(checks)), str(stale))

    def _on_table_current_row_changed(self, current, _previous):
        if not 0 <= current.row() < len(self.model.checks):
            return
        check = self.model.checks[current.row()]
        parts = [f"<h3>{escape(check.listing.name)}</h3>"]
        if check.stale:
            warning = self.tr("Not checked for more than 90 days: open the listing and check it again.")
            parts.append(f"<p>⚠ {escape(warning)}</p>")
        card, listing = self.store.shop.get(), check.listing
        parts += [field_html(self.tr("Name"), check.name, card.name, listing.nap_name),
                  field_html(self.tr("Address"), check.address, shop_address(card), listing.nap_address),
                  field_html(self.tr("Phone"), check.phone, card.phone, listing.nap_phone),
                  hours_html(self.tr("Hours"), check, card), legend_html()]
        self.details.setHtml("".join(parts))

    def on_bus_changed(self, change):
        if change.concerns(Area.PRESENCE) or change.concerns(Area.STRATEGY):
            self.reload()
