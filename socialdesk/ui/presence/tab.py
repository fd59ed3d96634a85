"""The local presence tab: listings, their consistency with the shop card, links and QR codes."""

from datetime import date
from importlib import import_module

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from socialdesk.ui.presence.consistency_page import ConsistencyPage
from socialdesk.ui.presence.link_builder_page import LinkBuilderPage
from socialdesk.ui.presence.listings_page import ListingsPage


def qr_page_class():
    """The QR designer page when it is installed, else None (then no "Make a QR code" anywhere)."""
    try:
        return getattr(import_module("socialdesk.ui.presence.qr_page"), "QrPage")
    except (ImportError, AttributeError):
        return None


class PresenceTab(QWidget):
    def __init__(self, store, bus, parent=None, today=None):
        super().__init__(parent)
        self.store, self.bus = store, bus
        self._fixed_today = today  # tests pin the date; the app follows the clock
        self.undo_stack = QUndoStack(self)
        qr_class = qr_page_class()
        self.pages = QTabWidget(self)
        self.pages.setObjectName("presencePages")
        self.pages.setAccessibleName(self.tr("Local presence pages"))
        self.listings = ListingsPage(store, bus, self.undo_stack, self.today, qr_class is not None, self)
        self.consistency = ConsistencyPage(store, self.today, self)
        self.links = LinkBuilderPage(store, bus, self.undo_stack, qr_class is not None, self)
        self.pages.addTab(self.listings, self.tr("Listin&gs"))
        self.pages.addTab(self.consistency, self.tr("Consistenc&y"))
        self.pages.addTab(self.links, self.tr("Link &builder"))
        self.qr_page = None
        if qr_class is not None:
            self.qr_page = qr_class(store, bus)
            self.pages.addTab(self.qr_page, self.tr("QR co&des"))
            self.listings.qr_requested.connect(self._on_qr_requested)
            self.links.qr_requested.connect(self._on_qr_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setFocusProxy(self.pages)
        bus.changed.connect(self._on_bus_changed)

    def today(self) -> date:
        return self._fixed_today or date.today()

    def _on_qr_requested(self, payload: str, caption: str, call_to_action: str):
        self.qr_page.set_payload(payload, caption, call_to_action)
        self.pages.setCurrentWidget(self.qr_page)

    def _on_bus_changed(self, change):
        self.listings.on_bus_changed(change)
        self.consistency.on_bus_changed(change)
        self.links.on_bus_changed(change)
