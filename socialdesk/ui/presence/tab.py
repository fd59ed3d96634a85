"""The local presence tab: listings, their consistency with the shop card, links and QR codes."""

from datetime import date
from importlib import import_module
from importlib.util import find_spec

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from socialdesk.domain.changes import Area
from socialdesk.ui.common.bus import is_own
from socialdesk.ui.presence.listings_page import ListingsPage
from socialdesk.ui.common.later_tabs import LaterTabs
from socialdesk.ui.theme.style import mark_tabs


def qr_page_available() -> bool:
    """Whether the QR designer is installed (else no "Make a QR code" anywhere); imports nothing."""
    return find_spec("socialdesk.ui.presence.qr_page") is not None


def qr_page_class():
    """The QR designer page class, imported when the page is first shown (QR code is heavy)."""
    return getattr(import_module("socialdesk.ui.presence.qr_page"), "QrPage")


class PresenceTab(QWidget):
    shop_card_requested = Signal()  # the Strategy tab's shop card, from the Consistency page (the window goes there)

    def __init__(self, store, bus, clock, parent=None):
        super().__init__(parent)
        self.store, self.bus, self.clock = store, bus, clock
        self.undo_stack = QUndoStack(self)
        has_qr = qr_page_available()
        self.pages = QTabWidget(self)
        self.pages.setObjectName("presencePages")
        mark_tabs(self.pages, inner=True)
        self.pages.setAccessibleName(self.tr("Local presence pages"))
        self.listings = ListingsPage(store, bus, self.undo_stack, self.today, has_qr, self)
        self.listings.clock = clock
        self.pages.addTab(self.listings, self.tr("Listin&gs"))
        self._later = LaterTabs(self.pages)  # the other pages are built the first time they are shown
        self._consistency = self._later.add(self.tr("Consistenc&y"), self._make_consistency_page)
        self._links = self._later.add(self.tr("Link &builder"), self._make_links_page)
        self._has_qr = has_qr
        self._qr_index = -1
        if has_qr:
            self._qr_index = self._later.add(self.tr("&QR codes"), self._make_qr_page)
            self.pages.currentChanged.connect(self._on_pages_current_changed)
            self.listings.qr_requested.connect(self._on_qr_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setFocusProxy(self.pages)
        bus.changed.connect(self._on_bus_changed)

    @property
    def consistency(self):
        return self._later.page(self._consistency)

    @property
    def links(self):
        return self._later.page(self._links)

    def _make_consistency_page(self):
        from socialdesk.ui.presence.consistency_page import ConsistencyPage

        page = ConsistencyPage(self.store, self.today, self.pages)
        page.shop_card_requested.connect(self.shop_card_requested)
        return page

    def _make_links_page(self):
        from socialdesk.ui.presence.link_builder_page import LinkBuilderPage

        page = LinkBuilderPage(self.store, self.bus, self.undo_stack, self._has_qr, self.pages)
        if self._has_qr:
            page.qr_requested.connect(self._on_qr_requested)
        return page

    @property
    def qr_page(self):
        """The QR designer, built the first time it is needed; None if it is not installed."""
        return self._later.page(self._qr_index) if self._qr_index >= 0 else None

    def _make_qr_page(self):
        page = qr_page_class()(self.store, self.bus)
        page.clock = self.clock  # the one injected clock: when each code was printed
        return page

    def _on_pages_current_changed(self, index: int):
        if index == self._qr_index:
            self.qr_page.setFocus()

    def place(self) -> int:
        """The inner page shown (listings, consistency, link builder, QR codes)."""
        return self.pages.currentIndex()

    def go_to_place(self, page: int) -> None:
        self.pages.setCurrentIndex(page)

    def today(self) -> date:
        return self.clock().date()

    def new_day(self, old: date, new: date) -> None:
        """The window left open past midnight: the listings out of date say so (the table, the form, the
        consistency report if built), nothing being typed is touched."""
        self.listings.new_day(new)
        consistency = self._later.if_built(self._consistency)
        if consistency is not None:
            consistency.reload()

    def show_review_card(self) -> None:
        """The welcome's third step: the QR designer with the review link the listings know (Google's first), as
        its `offer` puts it (never over the owner's words); the listings, where that link goes, when none is."""
        page = self.qr_page
        known = self._follow_review_card(page) if page is not None else False
        if page is None or (not known and page.payload_form.holds_nothing()):
            self.pages.setCurrentWidget(self.listings)  # attack 34c, F3
            self.listings.take_focus()  # its empty state's button, or the table (attack 37d, L3)
            return
        self.pages.setCurrentWidget(page)

    def _follow_review_card(self, page) -> bool:
        """The suggested review card follows the listings' review link (or leaves when there is none); True when
        one is known."""
        from socialdesk.domain.presence.listings import card_payload, review_listing
        from socialdesk.ui.presence.labels import call_to_action

        listing = review_listing(self.store.presence.listings())
        if listing is None:
            page.withdraw_offer()  # a link taken out of the listings is not left in a card the app suggested
            return False
        page.offer(card_payload(listing), listing.short_name, call_to_action(listing))
        return True

    def _on_qr_requested(self, payload: str, caption: str, call_to_action: str):
        self.qr_page.set_payload(payload, caption, call_to_action)
        self.pages.setCurrentWidget(self.qr_page)

    def _on_bus_changed(self, change, initiator):
        """Each page is a subscriber: the one that made the change already shows it."""
        built = (self._later.if_built(index) for index in (self._consistency, self._links))
        for page in (self.listings, *filter(None, built)):
            if not is_own(initiator, page):
                page.on_bus_changed(change)
        designer = self._later.if_built(self._qr_index) if self._qr_index >= 0 else None
        if designer is not None and designer.offered() and change.concerns(Area.PRESENCE):
            self._follow_review_card(designer)  # a corrected link reaches the card without step 3 (34e, F3)
