"""The "Listings" page: the table of the shop's listings beside the editor of the selected one."""

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QInputDialog, QMenu, QPushButton, QScrollArea, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from socialdesk.domain.changes import Area
from socialdesk.domain.presence.listings import Listing, card_payload
from socialdesk.domain.presence.platform_keys import RECOMMENDED_LOCAL
from socialdesk.domain.presence.platforms import (
    CUSTOM_KEY, LEGACY_NAMES, PLATFORMS, LegacyFate, legacy_names_for, platform,
)
from socialdesk.domain.urls import UrlRefused, safe_http_url
from socialdesk.ui.common import opener
from socialdesk.ui.common.keyboard_focus import give_keyboard
from socialdesk.ui.common.words import fill
from socialdesk.ui.presence.commands import (
    AddListingCommand, DeleteListingCommand, EditListingCommand, push_listing_command,
)
from socialdesk.ui.presence.listing_form import ListingForm
from socialdesk.ui.presence.listings_model import ListingsModel
from socialdesk.ui.presence.labels import call_to_action
from socialdesk.ui.theme.style import tokens
from socialdesk.ui.common.empty_state import EmptyState


def open_safe_url(text: str, parent=None) -> bool:
    """Open an http(s) link in the browser; anything else is refused (returns False). When no
    browser starts, the link is copied and the owner is told so."""
    try:
        url = safe_http_url(text)
    except UrlRefused:
        return False
    return opener.open_or_copy(parent, url)


class ListingsPage(QWidget):
    qr_requested = Signal(str, str, str)  # payload, caption, call to action
    clock = None  # the tab's injected clock (set by PresenceTab): when a review reply was copied

    def __init__(self, store, bus, undo_stack, today_source, can_make_qr: bool, parent=None):
        super().__init__(parent)
        self.store, self.bus, self.undo_stack = store, bus, undo_stack
        self._today = today_source
        self.model = ListingsModel(self)
        self._build(can_make_qr)
        self.reload()

    def _build(self, can_make_qr: bool):
        buttons = self._buttons(can_make_qr)  # made first: Tab reads the row above the table first
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves for the listing's form; arrows move inside (attack 37, M1)
        self.table.setObjectName("presenceListings")
        self.table.setAccessibleName(self.tr("Listings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.table, context=Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self._on_remove_button_clicked)
        self.form = ListingForm(self)
        self.form.edited.connect(self._on_form_edited)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self._scrolled(self.form))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 500])
        from socialdesk.ui.presence.reprint_list import ReprintList

        self.reprint = ReprintList(self)
        self.reprint.setVisible(False)
        self.reprint.retired.connect(self._on_reprint_retired)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.reprint)
        self.empty = EmptyState("emptyListings", self)  # no listing yet: what to do next
        self.empty.set_words(self.tr("No listing yet. Start with the ones every local shop needs (Google, Apple, "
                                     "Bing and the others recommended): you fill in each one afterwards."),
                             self.tr("Add the &recommended listings"))
        self.empty.button.clicked.connect(self._on_recommended_button_clicked)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

    def _scrolled(self, form: QWidget) -> QScrollArea:
        """The form scrolls up and down in the smallest window (a long rule, the notes) instead of being cut."""
        area = QScrollArea(self)
        area.setObjectName("listingFormScroll")
        area.setWidget(form)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field; the area follows the focus
        area.setMinimumWidth(form.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
        return area

    def _button(self, text: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _buttons(self, can_make_qr: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a listing"), self)
        self.add_button.setAccessibleName(self.tr("Add a listing"))
        self.add_menu = QMenu(self)
        self.add_menu.aboutToShow.connect(self._on_add_menu_about_to_show)
        self.add_button.setMenu(self.add_menu)
        self.recommended_button = self._button(self.tr("Add the &recommended ones"),
                                               self.tr("Add every recommended local listing"),
                                               self._on_recommended_button_clicked)
        self.remove_button = self._button(self.tr("Re&move"), self.tr("Remove the selected listing"),
                                          self._on_remove_button_clicked)
        self.open_button = self._button(self.tr("Ope&n"), self.tr("Open the listing in the browser"),
                                        self._on_open_button_clicked)
        self.reply_button = self._button(self.tr("Reply t&o a review…"), self.tr("Reply to a review on this listing"),
                                         self._on_reply_button_clicked)
        self.qr_button = None
        widgets = [self.add_button, self.recommended_button, self.remove_button, self.open_button, self.reply_button]
        if can_make_qr:
            self.qr_button = self._button(self.tr("Make a QR co&de"), self.tr("Make a QR code for this listing"),
                                          self._on_qr_button_clicked)
            widgets.append(self.qr_button)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- data ----------------------------------------------------------------------------
    def reload(self):
        selected = self.selected()
        self.model.set_listings(self.store.presence.listings(), self._today())
        self.empty.setVisible(self.model.rowCount() == 0)
        self.recommended_button.setHidden(self.model.rowCount() == 0)  # the empty card's button says the same
        self._show_reprint()
        row = self.model.row_of(selected.id) if selected else -1
        self.select_row(row if row >= 0 else 0)
        self._update_buttons()

    def new_day(self, today: date) -> None:
        """The window left open past midnight: which listings are out of date, in the table and the form."""
        self.model.set_today(today)
        self.form.set_today(today)

    def _show_reprint(self) -> None:
        """Every printed code whose listing's link changed since it was printed: a code cannot be edited."""
        self.reprint.set_reprints(self.store.presence.printed.to_reprint(), tokens(self.palette()).danger)

    def _on_reprint_retired(self, reprint) -> None:
        """The owner took these printed codes down: they leave the list (and the weekly checklist)."""
        from datetime import datetime

        when = self.clock() if self.clock is not None else datetime.combine(self._today(), datetime.min.time())
        for change in self.store.presence.printed.retire(reprint.codes, when):
            self.bus.publish(change, self)
        self._show_reprint()

    def select_row(self, row: int):
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.form.set_listing(None, self._today())

    def selected(self) -> Listing | None:
        return self.model.listing_at(self.table.currentIndex().row())

    def _update_buttons(self):
        listing = self.selected()
        self.remove_button.setEnabled(listing is not None)
        self.open_button.setEnabled(bool(listing and listing.page_url()))
        self.reply_button.setEnabled(bool(listing and listing.reviews_url()))
        if self.qr_button is not None:
            self.qr_button.setEnabled(bool(listing and card_payload(listing)))

    def _push(self, command):
        push_listing_command(self, self.undo_stack, command)
        self.reload()  # this page made the change (or the form goes back to what the file holds)

    # -- slots ---------------------------------------------------------------------------
    def _on_table_current_row_changed(self, current, _previous):
        listing = self.model.listing_at(current.row())
        if listing != self.form.current():
            self.form.set_listing(listing, self._today())
        self._update_buttons()

    def _on_form_edited(self, listing: Listing):
        before = self.store.presence.listing(listing.id)
        if before is not None and before != listing:
            self._push(EditListingCommand(self.store, self.bus, before, listing, self))

    def _on_add_menu_about_to_show(self):
        self.add_menu.clear()
        present = {listing.platform_key for listing in self.store.presence.listings()}
        for found in PLATFORMS:
            if found.key not in present:
                action = self.add_menu.addAction(self._menu_text(found.key, found.name))
                action.triggered.connect(lambda _=False, key=found.key: self.add_listing(Listing(platform_key=key)))
        self.add_menu.addSeparator()
        for legacy in LEGACY_NAMES:
            if legacy.fate is not LegacyFate.UNVERIFIED:
                continue
            action = self.add_menu.addAction(
                fill(self.tr("%1 (named in the 2011 interview; added as your own platform)"), legacy.name))
            action.triggered.connect(lambda _=False, name=legacy.name: self.add_listing(
                Listing(platform_key=CUSTOM_KEY, custom_name=name)))
        self.add_menu.addAction(self.tr("Another platform…")).triggered.connect(self._on_add_custom_triggered)

    def _menu_text(self, key: str, name: str) -> str:
        closed_in = platform(key).app_closed_in
        if closed_in:  # offered, but not as if it were still the app people use
            name = fill(self.tr("%1 (its app closed in %2)"), name, str(closed_in))
        former = legacy_names_for(key)
        if not former:
            return name
        return fill(self.tr("%1 (in the 2011 interview: %2)"), name, ", ".join(former))

    def _on_add_custom_triggered(self):
        name, accepted = QInputDialog.getText(self, self.tr("Add a listing"), self.tr("Name of the platform:"))
        if accepted and name.strip():
            self.add_listing(Listing(platform_key=CUSTOM_KEY, custom_name=name.strip()))

    def add_listing(self, listing: Listing):
        command = AddListingCommand(self.store, self.bus, listing, self)
        self._push(command)
        if command.listing_id is not None:
            self.select_row(self.model.row_of(command.listing_id))

    def take_focus(self) -> None:
        """The keyboard where the page starts: the empty state's one button, or the table."""
        give_keyboard(self.empty.button if not self.empty.isHidden() else self.table)

    def _on_recommended_button_clicked(self):
        present = {listing.platform_key for listing in self.store.presence.listings()}
        missing = [key for key in RECOMMENDED_LOCAL if key not in present]
        if not missing:
            return
        self.undo_stack.beginMacro(self.tr("Add the recommended listings"))
        try:
            for key in missing:
                self._push(AddListingCommand(self.store, self.bus, Listing(platform_key=key), self))
        finally:
            self.undo_stack.endMacro()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # the empty state's button is gone: the keyboard goes
        # to the new listings, not on to the tab bar (attack 37b, L5)

    def _on_remove_button_clicked(self):
        listing = self.selected()
        if listing is not None:
            self._push(DeleteListingCommand(self.store, self.bus, listing, self))

    def _on_open_button_clicked(self):
        listing = self.selected()
        if listing is not None and listing.page_url():
            open_safe_url(listing.page_url(), self)

    def _on_reply_button_clicked(self):
        from socialdesk.ui.presence.reply_dialog import ReplyDialog

        listing = self.selected()
        if listing is not None:
            change = ReplyDialog.ask(self, self.store, self.clock, listing)
            if change is not None:
                self.bus.publish(change, self)

    def _on_qr_button_clicked(self):
        listing = self.selected()
        payload = card_payload(listing) if listing else None
        if payload:
            self.qr_requested.emit(payload, listing.short_name, call_to_action(listing))

    def on_bus_changed(self, change):
        if change.concerns(Area.PRESENCE):
            self.reload()
