"""The editor of one listing: status, link, handle, what it displays, last check, notes, card."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from socialdesk.domain.presence.links import UrlShape, review_url_shape, url_shape
from socialdesk.domain.presence.listings import Listing, ListingStatus, card_payload
from socialdesk.domain.presence.platform_keys import GOOGLE_KEY
from socialdesk.domain.urls import UrlRefused, safe_http_url
from socialdesk.domain.weeks import LAST_DAY
from socialdesk.ui.common.words import fill
from socialdesk.ui.presence.labels import LISTING_STATUSES, URL_PROBLEMS, URL_SHAPES, WORDS, call_to_action

_NEVER = QDate(2000, 1, 1)


class NotesEdit(QPlainTextEdit):
    """A notes box that says when the owner leaves it (saved then, not on every key)."""

    editing_finished = Signal()

    def focusOutEvent(self, event):
        self.editing_finished.emit()
        super().focusOutEvent(event)


class ListingForm(QWidget):
    edited = Signal(object)  # the Listing as the form now shows it

    def __init__(self, parent=None):
        super().__init__(parent)
        self._listing: Listing | None = None
        self._today = date.min  # set with each listing shown
        self._build()
        self.setEnabled(False)

    def _line(self, name: str, edit: QLineEdit | None = None) -> QLineEdit:
        edit = edit or QLineEdit(self)
        edit.setAccessibleName(name)
        edit.editingFinished.connect(self._on_field_edited)
        return edit

    def _build(self):
        outer = QVBoxLayout(self)
        layout = self._form = QFormLayout()
        outer.addLayout(layout)
        outer.addStretch(1)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addRow(self.title)
        self.custom_name = self._line(self.tr("Name of the platform"))
        self.custom_name_label = QLabel(self.tr("Platform name"), self)
        self.custom_name_label.setBuddy(self.custom_name)
        layout.addRow(self.custom_name_label, self.custom_name)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for status in ListingStatus:
            self.status.addItem(LISTING_STATUSES[status], status.value)
        self.status.activated.connect(self._on_field_edited)
        layout.addRow(self.tr("S&tatus"), self.status)
        self.url = self._line(self.tr("Web page of the listing"))
        self.url.setPlaceholderText("https://…")
        self.url_warning = self._warning_label()
        layout.addRow(self.tr("&Web page"), self.url)
        layout.addRow("", self.url_warning)
        self.handle = self._line(self.tr("Reserved username (@…)"))
        self.handle.setPlaceholderText(self.tr("the brand name reserved there, e.g. boulangerielea"))
        layout.addRow(self.tr("Reserved &username"), self.handle)
        self._build_nap_rows(layout)

    def _build_nap_rows(self, layout: QFormLayout):
        self.nap_name = self._line(self.tr("Name shown on the listing"))
        self.nap_address = self._line(self.tr("Address shown on the listing"))
        self.nap_phone = self._line(self.tr("Phone shown on the listing"))
        layout.addRow(self.tr("Name shown there"), self.nap_name)
        layout.addRow(self.tr("Address shown there"), self.nap_address)
        layout.addRow(self.tr("Phone shown there"), self.nap_phone)
        self.nap_hours = self._line(self.tr("Opening hours shown on the listing (optional), e.g. Tue–Sat 9:00–19:00"))
        layout.addRow(self.tr("Hours shown there"), self.nap_hours)
        layout.addRow(self.tr("Last checked"), self._checked_row())
        self.stale = QLabel(self)  # its own line, narrower than the date's: beside the date it widened the pane
        layout.addRow("", self.stale)
        self._build_card_rows(layout)

    def _build_card_rows(self, layout: QFormLayout):
        self.review_url = self._line(self.tr("Review link"))
        self.review_url.setPlaceholderText(self.tr("made in the Link builder, or https://g.page/r/…/review"))
        self.review_label = QLabel(self.tr("Review link"), self)
        self.review_label.setBuddy(self.review_url)
        layout.addRow(self.review_label, self.review_url)
        self.rule = self._warning_label()
        layout.addRow("", self.rule)
        self.print_card = QCheckBox(self.tr("&Print a QR card for it"), self)
        self.print_card.setAccessibleName(self.tr("Print a QR card for this listing"))
        self.print_card.toggled.connect(self._on_field_edited)
        layout.addRow("", self.print_card)
        self.card_note = self._warning_label()
        layout.addRow("", self.card_note)
        self.notes = NotesEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes.editing_finished.connect(self._on_field_edited)
        layout.addRow(self.tr("Notes"), self.notes)

    def _warning_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _checked_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checked = QDateEdit(row)
        self.checked.setAccessibleName(self.tr("Last checked"))
        self.checked.setCalendarPopup(True)
        self.checked.setDateRange(_NEVER, QDate(LAST_DAY))
        self.checked.setSpecialValueText(self.tr("Never"))
        self.checked.editingFinished.connect(self._on_field_edited)
        self.checked_today = QPushButton(self.tr("&I checked it today"), row)
        self.checked_today.setAccessibleName(self.tr("Mark as checked today"))
        self.checked_today.clicked.connect(self._on_checked_today_clicked)
        layout.addWidget(self.checked)
        layout.addWidget(self.checked_today)
        layout.addStretch(1)
        return row

    # -- showing -------------------------------------------------------------------------
    def set_listing(self, listing: Listing | None, today: date) -> None:
        self._listing = listing
        self._today = today
        self.setEnabled(listing is not None)
        shown = listing or Listing(platform_key="custom")
        self.title.setText(shown.name if listing else self.tr("Choose a listing in the table."))
        self.custom_name.setText(shown.custom_name)
        self._form.setRowVisible(self.custom_name, shown.is_custom and listing is not None)
        self.status.setCurrentIndex(self.status.findData(shown.status.value))
        for edit, value in ((self.url, shown.url), (self.handle, shown.handle), (self.nap_name, shown.nap_name),
                            (self.nap_address, shown.nap_address), (self.nap_phone, shown.nap_phone),
                            (self.nap_hours, shown.nap_hours), (self.review_url, shown.review_url)):
            edit.setText(value)
            edit.setCursorPosition(0)  # long links show their beginning
        day = shown.last_checked
        self.checked.setDate(QDate(day.year, day.month, day.day) if day else _NEVER)
        self.print_card.blockSignals(True)
        self.print_card.setChecked(shown.print_card)
        self.print_card.blockSignals(False)
        self.notes.setPlainText(shown.notes)
        self._show_hints(shown)

    def _show_hints(self, listing: Listing) -> None:
        found = listing.platform
        asks = bool(found and found.reviews_may_be_asked)
        self._form.setRowVisible(self.review_url, asks)
        google = listing.platform_key == GOOGLE_KEY  # « Google's rule » on Google's listing, not Facebook's (41)
        rule = (WORDS["review_rule" if google else "review_rule_elsewhere"] if asks else
                WORDS["yelp_rule"] if listing.platform_key == "yelp" else "")
        if asks and review_url_shape(listing.platform_key, self._clean(listing.review_url)) is UrlShape.UNEXPECTED_PATH:
            rule = self.tr("This review link does not look like the platform's review form.") + "\n" + rule
        self.rule.setText(rule)
        self._form.setRowVisible(self.rule, bool(rule))  # the row, not only its words: no empty gap
        self.url_warning.setText(self._url_warning(listing))
        self._form.setRowVisible(self.url_warning, bool(self.url_warning.text()))
        self._show_stale(listing)
        self.card_note.setText(self._card_note(listing))
        self._form.setRowVisible(self.card_note, bool(self.card_note.text()))

    def _show_stale(self, listing: Listing) -> None:
        stale = self._listing is not None and listing.is_stale(self._today)
        self.stale.setText("⚠ " + self.tr("not checked for more than 90 days") if stale else "")
        self._form.setRowVisible(self.stale, stale)

    def set_today(self, today: date) -> None:
        """Another day with the window open: the "not checked for 90 days" line again, and nothing else touched
        (words being typed stay as they are)."""
        self._today = today
        if self._listing is not None:
            self._show_stale(self._listing)

    def _card_note(self, listing: Listing) -> str:
        """What the printed card will say, or why there will be none."""
        if not listing.print_card:
            return ""
        if card_payload(listing) is None:
            return self.tr("No card yet: give it a web page (or a review link) first.")
        return fill(self.tr("The card will say: %1"), call_to_action(listing))

    @staticmethod
    def _clean(url: str) -> str:
        try:
            return safe_http_url(url)
        except UrlRefused:
            return url

    def _url_warning(self, listing: Listing) -> str:
        if not listing.url.strip():
            return ""
        try:
            return URL_SHAPES[url_shape(listing.platform_key, safe_http_url(listing.url))]
        except UrlRefused as refused:
            return URL_PROBLEMS[refused.problem]

    # -- editing -------------------------------------------------------------------------
    def current(self) -> Listing | None:
        if self._listing is None:
            return None
        checked = self.checked.date()
        return replace(
            self._listing,
            custom_name=self.custom_name.text().strip() or self._listing.custom_name,
            status=ListingStatus(self.status.currentData()), url=self.url.text().strip(), handle=self.handle.text().strip(),
            nap_name=self.nap_name.text().strip(), nap_address=self.nap_address.text().strip(),
            nap_phone=self.nap_phone.text().strip(), nap_hours=self.nap_hours.text().strip(),
            review_url=self.review_url.text().strip(),
            last_checked=None if checked == _NEVER else date(checked.year(), checked.month(), checked.day()),
            notes=self.notes.toPlainText().strip(), print_card=self.print_card.isChecked(),
        )

    def _on_field_edited(self, *_):
        now = self.current()
        if now is not None and now != self._listing:
            self._listing = now
            self.title.setText(now.name)
            self._show_hints(now)
            self.edited.emit(now)

    def _on_checked_today_clicked(self):
        self.checked.setDate(QDate(self._today.year, self._today.month, self._today.day))
        self._on_field_edited()
