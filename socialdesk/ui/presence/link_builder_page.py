"""The "Link builder" page: review and Maps links, guest Wi-Fi, the shop's contact card, any web link."""

from dataclasses import replace
from importlib import import_module

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from socialdesk.domain.changes import Area
from socialdesk.domain.presence.links import (
    apple_maps_link, google_maps_link, is_place_id, recognise_google_id, shop_vcard,
)
from socialdesk.domain.presence.listings import Listing
from socialdesk.domain.presence.nap import shop_address
from socialdesk.domain.urls import UrlRefused, safe_http_url
from socialdesk.ui.common.saving import saving
from socialdesk.ui.presence.commands import AddListingCommand, EditListingCommand, push_listing_command
from socialdesk.ui.presence.link_output import LinkOutput
from socialdesk.ui.presence.labels import URL_PROBLEMS, WORDS, google_id_text


def _note(parent, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _payloads_module():
    """socialdesk.qr.payloads, or None while the QR code part is not installed."""
    try:
        return import_module("socialdesk.qr.payloads")
    except ImportError:
        return None


class LinkBuilderPage(QWidget):
    qr_requested = Signal(str, str, str)

    def __init__(self, store, bus, undo_stack, can_make_qr: bool, parent=None):
        super().__init__(parent)
        self.store, self.bus, self.undo_stack = store, bus, undo_stack
        self._can_make_qr = can_make_qr
        content = QWidget(self)
        self._layout = QVBoxLayout(content)
        self._build_review()
        self._build_maps()
        self._payloads = _payloads_module()
        if self._payloads is not None:  # Wi-Fi and vCard texts are escaped by the QR code part
            self._build_wifi()
            self._build_contact()
        self._build_web()
        self._layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop after its fields: Tab on a field scrolls to it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()  # built the first time it is shown (presence.tab): never while the window opens

    def _output(self, name: str, **options) -> LinkOutput:
        output = LinkOutput(name, self._can_make_qr, parent=self, **options)
        output.qr_requested.connect(self.qr_requested)
        return output

    def _group(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self)
        self._layout.addWidget(box)
        return QFormLayout(box)

    def _build_review(self):
        form = self._group(self.tr("Google review link"))
        self.place_id = QLineEdit(self)
        self.place_id.setAccessibleName(self.tr("Google Place ID"))
        self.place_id.setPlaceholderText("ChIJ…")
        self.place_id.textChanged.connect(self._on_place_id_text_changed)
        self.place_id.editingFinished.connect(self._on_place_id_editing_finished)
        form.addRow(self.tr("&Place ID (or a Google link)"), self.place_id)
        self.place_id_note = _note(self)
        form.addRow("", self.place_id_note)
        self.review_output = self._output(self.tr("the review link"))
        form.addRow(self.tr("Review link"), self.review_output)
        self.use_for_google = QPushButton(self.tr("&Use it on the Google listing"), self)
        self.use_for_google.setAccessibleName(self.tr("Use this review link on the Google listing"))
        self.use_for_google.clicked.connect(self._on_use_for_google_clicked)
        form.addRow("", self.use_for_google)
        rule = _note(self, WORDS["review_rule"])
        rule.setObjectName("reviewGatingRule")
        bold = rule.font()
        bold.setBold(True)
        rule.setFont(bold)
        form.addRow("", rule)

    def _build_maps(self):
        form = self._group(self.tr("Maps links"))
        self.maps_query = QLineEdit(self)
        self.maps_query.setAccessibleName(self.tr("Name and address to search on Maps"))
        self.maps_query.textChanged.connect(self._on_maps_query_text_changed)
        form.addRow(self.tr("&Name and address"), self.maps_query)
        self.google_maps_output = self._output(self.tr("the Google Maps link"))
        form.addRow(self.tr("Google Maps"), self.google_maps_output)
        self.apple_maps_output = self._output(self.tr("the Apple Maps link"))
        form.addRow(self.tr("Apple Maps"), self.apple_maps_output)
        form.addRow("", _note(self, self.tr("The Google link pins your exact place when the Place ID above is valid.")))

    def _build_wifi(self):
        form = self._group(self.tr("Guest Wi-Fi"))
        self.wifi_ssid = QLineEdit(self)
        self.wifi_ssid.setAccessibleName(self.tr("Network name (SSID)"))
        self.wifi_password = QLineEdit(self)
        self.wifi_password.setAccessibleName(self.tr("Wi-Fi password"))
        self.wifi_password.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.wifi_security = QComboBox(self)
        self.wifi_security.setAccessibleName(self.tr("Wi-Fi security"))
        for text, value in ((self.tr("WPA, WPA2 or WPA3"), "WPA"), (self.tr("WEP (old)"), "WEP"),
                            (self.tr("No password (open network)"), "nopass")):
            self.wifi_security.addItem(text, value)
        self.wifi_hidden = QCheckBox(self.tr("H&idden network"), self)
        self.wifi_hidden.setAccessibleName(self.tr("Hidden network"))
        form.addRow(self.tr("Network na&me"), self.wifi_ssid)
        form.addRow(self.tr("Pass&word"), self.wifi_password)
        form.addRow("", _note(self, self.tr("The password is not kept in SocialDesk's data file: "
                                            "type it again when you make a new code.")))
        form.addRow(self.tr("Securi&ty"), self.wifi_security)
        form.addRow("", self.wifi_hidden)
        self.wifi_note = _note(self)
        form.addRow("", self.wifi_note)
        self.wifi_output = self._output(self.tr("the Wi-Fi code text"), web_link=False)
        form.addRow(self.tr("Code text"), self.wifi_output)
        for edit in (self.wifi_ssid, self.wifi_password):
            edit.textChanged.connect(self._on_wifi_changed)
        self.wifi_security.currentIndexChanged.connect(self._on_wifi_changed)
        self.wifi_hidden.toggled.connect(self._on_wifi_changed)
        for signal in (self.wifi_ssid.editingFinished, self.wifi_security.activated, self.wifi_hidden.clicked):
            signal.connect(self._on_wifi_settings_edited)

    def _build_contact(self):
        form = self._group(self.tr("Contact card (vCard)"))
        self.contact_note = _note(self)
        form.addRow(self.contact_note)
        self.contact_output = self._output(self.tr("the contact card"), web_link=False, multiline=True)
        form.addRow(self.contact_output)

    def _build_web(self):
        form = self._group(self.tr("Any web link"))
        self.web_url = QLineEdit(self)
        self.web_url.setAccessibleName(self.tr("Web address"))
        self.web_url.setPlaceholderText("https://…")
        self.web_url.textChanged.connect(self._on_web_url_text_changed)
        form.addRow(self.tr("Web add&ress"), self.web_url)
        self.web_note = _note(self)
        form.addRow("", self.web_note)
        self.web_output = self._output(self.tr("the web link"))
        form.addRow(self.tr("Link"), self.web_output)

    # -- data ----------------------------------------------------------------------------
    def reload(self):
        values = self.store.presence.link_values()
        card = self.store.shop.get()
        if not self.place_id.hasFocus():
            self.place_id.setText(values.get("place_id", ""))
        self._default_query = ", ".join(p for p in (card.name.strip(), shop_address(card)) if p)
        if not self.maps_query.text() or not self.maps_query.isModified():
            self.maps_query.setText(self._default_query)
        if self._payloads is not None:
            self._show_wifi_settings(values)
        self._on_place_id_text_changed(self.place_id.text())
        if self._payloads is not None:
            self._show_contact(card)
            self._on_wifi_changed()

    def _show_wifi_settings(self, values: dict):
        if not self.wifi_ssid.hasFocus():
            self.wifi_ssid.setText(values.get("wifi_ssid", ""))
        self.wifi_security.setCurrentIndex(max(self.wifi_security.findData(values.get("wifi_security", "WPA")), 0))
        self.wifi_hidden.setChecked(bool(values.get("wifi_hidden", False)))

    def _show_contact(self, card):
        try:
            self.contact_output.set_result(shop_vcard(card), card.name, self.tr("Save our contact"))
            self.contact_note.setText(self.tr("Made from the shop card; edit the card in the Strategy tab."))
        except self._payloads.PayloadRefused:
            self.contact_output.set_result("")
            self.contact_note.setText(self.tr("The shop card is empty: fill it in the Strategy tab first."))

    def _save_values(self, values: dict, restore=None):
        """Save what changed; the first refused write stops the rest, so the owner is told once."""
        stored = self.store.presence.link_values()
        with saving(self, restore):
            for key, value in values.items():
                if stored.get(key) != value:
                    self.bus.publish(self.store.presence.set_link_value(key, value), self)

    def _show_stored_wifi_choices(self):
        """After a refused write: the security and hidden choices as the file holds them (typed text stays)."""
        values = self.store.presence.link_values()
        self.wifi_security.setCurrentIndex(max(self.wifi_security.findData(values.get("wifi_security", "WPA")), 0))
        self.wifi_hidden.setChecked(bool(values.get("wifi_hidden", False)))

    # -- slots ---------------------------------------------------------------------------
    def _on_place_id_text_changed(self, text: str):
        found = recognise_google_id(text)
        self.place_id_note.setText(google_id_text(found.kind, found.unusual))
        self.review_output.set_result(found.review_url, "Google", self.tr("Leave us a review on Google"))
        self.use_for_google.setEnabled(found.usable)
        self._on_maps_query_text_changed(self.maps_query.text())

    def _on_place_id_editing_finished(self):
        found = recognise_google_id(self.place_id.text())
        if found.place_id:
            self._save_values({"place_id": found.place_id})

    def _on_use_for_google_clicked(self):
        review_url = self.review_output.result()
        listing = self.store.presence.listing_for("google_business")
        if listing is None:
            command = AddListingCommand(self.store, self.bus, Listing("google_business", review_url=review_url),
                                        self)
        else:
            command = EditListingCommand(self.store, self.bus, listing, replace(listing, review_url=review_url),
                                         self)
        push_listing_command(self, self.undo_stack, command)

    def _on_maps_query_text_changed(self, query: str):
        place = recognise_google_id(self.place_id.text()).place_id
        try:
            link = google_maps_link(query, place if is_place_id(place) else "")
        except ValueError:
            link = ""
        self.google_maps_output.set_result(link, "Google Maps", self.tr("Find us on Google Maps"))
        card = self.store.shop.get()
        try:
            apple = apple_maps_link(card.name, shop_address(card))
        except ValueError:
            apple = ""
        self.apple_maps_output.set_result(apple, "Apple Maps", self.tr("Find us on Apple Maps"))

    def _on_wifi_changed(self, *_):
        payloads = self._payloads
        try:
            payload = payloads.wifi_payload(self.wifi_ssid.text(), self.wifi_password.text(),
                                   self.wifi_security.currentData(), self.wifi_hidden.isChecked())
            self.wifi_note.setText(self.tr("iPhones ignore the hidden flag; most phones join after a scan.")
                                   if self.wifi_hidden.isChecked() else "")
        except payloads.PayloadRefused as refused:
            payload = ""
            self.wifi_note.setText(self.tr("Type the network name.") if refused.problem is payloads.PayloadProblem.NO_SSID
                                   else self.tr("Type the password, or choose an open network."))
        self.wifi_output.set_result(payload, self.tr("Wi-Fi"), self.tr("Scan to join our Wi-Fi"))

    def _on_wifi_settings_edited(self, *_):
        self._save_values({"wifi_ssid": self.wifi_ssid.text(), "wifi_security": self.wifi_security.currentData(),
                           "wifi_hidden": self.wifi_hidden.isChecked()}, self._show_stored_wifi_choices)

    def _on_web_url_text_changed(self, text: str):
        try:
            url = safe_http_url(text)
            self.web_note.setText("")
        except UrlRefused as refused:
            url = ""
            self.web_note.setText(URL_PROBLEMS[refused.problem] if text.strip() else "")
        self.web_output.set_result(url, "", "")

    def on_bus_changed(self, change):
        if change.concerns(Area.STRATEGY):  # the shop card (or a whole new file)
            self.reload()
