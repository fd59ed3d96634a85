"""What the code carries: a web link, the guest Wi-Fi, the shop's contact card, or plain text."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
                               QStackedWidget, QVBoxLayout, QWidget)

from socialdesk.domain.quoting import quoted
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.tracking import DEFAULT_SOURCE, tracking_allowed, with_tracking
from socialdesk.qr.payloads import (WifiSecurity, card_website, mecard_payload, text_payload, url_payload,
                                   vcard_payload, wifi_payload)
from socialdesk.ui.common.words import fill

URL, WIFI, CONTACT, TEXT = range(4)


class QrPayloadForm(QWidget):
    """Emits `payload_changed` on every edit; `payload()` raises the domain's refusal if invalid."""

    payload_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shop = ShopCard()
        self._given: tuple[str, str] | None = None  # (exact payload handed over, how the editor shows it)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of content"))
        for label in (self.tr("Web link"), self.tr("Guest Wi-Fi"), self.tr("Shop contact card"), self.tr("Text")):
            self.kind.addItem(label)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._url_page())
        self.pages.addWidget(self._wifi_page())
        self.pages.addWidget(self._contact_page())
        self.pages.addWidget(self._text_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("C&ontent:"), self.kind)
        layout.addLayout(form)
        layout.addWidget(self.pages)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._fit_to_current_page()

    def _url_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.url = QLineEdit(page)
        self.url.setPlaceholderText("https://g.page/r/…/review")
        self.url.setAccessibleName(self.tr("Web link"))
        self.url.textChanged.connect(self.payload_changed)
        form.addRow(self.tr("L&ink:"), self.url)
        self.tracking = QCheckBox(self.tr("Tag the link for my website's statistics"), page)
        self.tracking.setObjectName("qrTracking")
        self.tracking_source = QLineEdit(DEFAULT_SOURCE, page)
        self.tracking_source.setAccessibleName(self.tr("Tag (utm_source)"))
        form.addRow("", self.tracking)
        form.addRow(self.tr("T&ag:"), self.tracking_source)
        for signal in (self.tracking.toggled, self.tracking_source.textChanged):
            signal.connect(self.payload_changed)
        self.url.textChanged.connect(self._offer_tracking)
        self.tracking.toggled.connect(self._offer_tracking)
        self._offer_tracking()
        return page

    def _offer_tracking(self) -> None:
        """Tags only on a link to the shop's own website: elsewhere nobody reads them."""
        allowed = tracking_allowed(self.url.text(), self._shop.website)
        self.tracking.setEnabled(allowed)
        self.tracking_source.setEnabled(allowed and self.tracking.isChecked())
        self.tracking.setToolTip(self.tr(
            "Adds utm_source and utm_medium to the link, so your website's statistics show the visits that "
            "came from this card.") if allowed else self.tr(
            "Only for links to your own website (set on the shop card), under its address: review, Maps, social, "
            "booking, delivery and messaging sites, and other pages of a shared site, do not show you these tags, "
            "and they make the code denser and harder to scan."))

    def _wifi_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.ssid = QLineEdit(page)
        self.ssid.setAccessibleName(self.tr("Wi-Fi network name"))
        self.password = QLineEdit(page)
        self.password.setAccessibleName(self.tr("Wi-Fi password"))
        self.security = QComboBox(page)
        self.security.setAccessibleName(self.tr("Wi-Fi security"))
        self.security.addItem(self.tr("WPA, WPA2 or WPA3"), WifiSecurity.WPA.value)
        self.security.addItem(self.tr("WEP (old)"), WifiSecurity.WEP.value)
        self.security.addItem(self.tr("No password (open network)"), WifiSecurity.NONE.value)
        self.hidden = QCheckBox(self.tr("H&idden network (iPhones ignore this)"), page)
        self.hidden.setAccessibleName(self.tr("Hidden network"))
        form.addRow(self.tr("Network na&me:"), self.ssid)
        form.addRow(self.tr("P&assword:"), self.password)
        form.addRow(self.tr("Sec&urity:"), self.security)
        form.addRow("", self.hidden)
        for signal in (self.ssid.textChanged, self.password.textChanged, self.security.currentIndexChanged,
                       self.hidden.toggled):
            signal.connect(self.payload_changed)
        self.security.currentIndexChanged.connect(self._on_security_current_index_changed)
        return page

    def _contact_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.card_format = QComboBox(page)
        self.card_format.setAccessibleName(self.tr("Contact card format"))
        self.card_format.addItem(self.tr("vCard 3.0 (every phone)"), "vcard")
        self.card_format.addItem(self.tr("MeCard (shorter code)"), "mecard")
        self.card_format.currentIndexChanged.connect(self.payload_changed)
        self.card_summary = QLabel(page)
        self.card_summary.setWordWrap(True)
        form.addRow(self.tr("For&mat:"), self.card_format)
        form.addRow(self.tr("From the shop card:"), self.card_summary)
        return page

    def _text_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit(page)
        self.text.setAccessibleName(self.tr("Text to encode"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.text.textChanged.connect(self.payload_changed)
        form.addRow(self.tr("Text:"), self.text)
        return page

    def set_shop(self, card: ShopCard) -> None:
        self._shop = card
        self._offer_tracking()
        website = card_website(card)  # what the contact card carries
        if card.website.strip() and not website:
            website = fill(self.tr("Website left out: “%1” is not a web address (Strategy tab, shop card)"),
                           quoted(card.website.strip(), 60))
        parts = [card.name, card.phone, card.email, website,
                 " ".join(p for p in (card.address, card.postcode, card.city) if p)]
        shown = "\n".join(p for p in parts if p.strip())
        self.card_summary.setText(shown or self.tr("The shop card is empty: fill it in the Strategy tab."))
        if self.kind.currentIndex() == CONTACT:
            self.payload_changed.emit()

    def set_payload(self, payload: str) -> None:
        """Show an exact payload: links in the link field, anything else as text."""
        if payload.lower().startswith(("http://", "https://")):
            self.url.setText(payload)
            self.kind.setCurrentIndex(URL)
        else:
            # the editor turns CRLF (vCard line ends) into LF: keep the exact text while it is untouched
            self.text.setPlainText(payload)
            self._given = (payload, self.text.toPlainText())
            self.kind.setCurrentIndex(TEXT)

    def holds_nothing(self) -> bool:
        """No link or text typed yet (a Wi-Fi or contact code is the owner's choice already)."""
        index = self.kind.currentIndex()
        return (index == URL and not self.url.text().strip()) or (index == TEXT and not self.text.toPlainText().strip())

    def payload(self) -> str:
        index = self.kind.currentIndex()
        if index == URL:
            link = url_payload(self.url.text())
            if self.tracking.isChecked() and tracking_allowed(link, self._shop.website):
                return with_tracking(link, self._shop.website, self.tracking_source.text())
            return link
        if index == WIFI:
            return wifi_payload(self.ssid.text(), self.password.text(), self.security.currentData(),
                                self.hidden.isChecked())
        if index == CONTACT:
            build = vcard_payload if self.card_format.currentData() == "vcard" else mecard_payload
            return build(self._shop)
        shown = self.text.toPlainText()
        if self._given is not None and shown == self._given[1]:
            return text_payload(self._given[0])
        return text_payload(shown)

    def _on_kind_current_index_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._fit_to_current_page()
        self.payload_changed.emit()

    def _fit_to_current_page(self) -> None:
        """A stack is as tall as its tallest page; let only the shown page claim room."""
        for number in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == self.pages.currentIndex() else QSizePolicy.Policy.Ignored
            self.pages.widget(number).setSizePolicy(policy, policy)
        self.pages.adjustSize()

    def _on_security_current_index_changed(self, _index: int) -> None:
        self.password.setEnabled(self.security.currentData() != WifiSecurity.NONE.value)
