"""Printed cards from the QR designer: this code on a card, or every listing marked "print a card"."""


import math

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from socialdesk.domain.cards import CLOSURE_MAX_CHARS, PLACE_MAX_CHARS, CardItem
from socialdesk.domain.card_template import CardTemplate
from socialdesk.domain.cards_layout import (MIN_LABEL_MM, SHEETS, carries_a_code, default_stock,
                                            printed_items, shop_paper, takes_stock)
from socialdesk.domain.label_sheets import sheets_of
from socialdesk.domain.file_names import FileKind, default_name
from socialdesk.domain.presence.printed import PLACES
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language
from socialdesk.ui.presence.card_templates import CARD_TEMPLATES


class QrCardsBar(QWidget):
    """`current()` -> (Checked, caption, call to action) or None; `marked()` -> the listings' cards;
    `shop_name()`. Emits `reported(str, bool)`."""

    reported = Signal(str, bool)
    printed = Signal(object, str, str)  # the cards (CardItem list), the template's value, where they will live

    def __init__(self, current, marked, shop_name, parent=None, style=None):
        super().__init__(parent)
        self._current, self._marked, self._shop_name = current, marked, shop_name
        self._brand_style = style  # () -> CardStyle: the shop's kept look, else the code's own colours
        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Card template"))
        for template, label in CARD_TEMPLATES.items():
            self.template.addItem(label, template.value)
        self.sheet = QComboBox(self)  # the label product, by the code printed on its box
        self.sheet.setObjectName("qrCardsSheet")
        self.sheet.setAccessibleName(self.tr("Sheet you bought"))
        self.closure = QLineEdit(self)  # a door sign's closure line
        self.closure.setObjectName("qrCardsClosure")
        self.closure.setMaxLength(CLOSURE_MAX_CHARS)
        self.closure.setAccessibleName(self.tr("Closure line"))
        self.closure.setPlaceholderText(self.tr("Closure line, e.g. Closed 10–24 August"))
        self.sheet.setToolTip(self.tr("Choose the product by the code printed on its box: the stickers or cards "
                                      "are printed on its exact positions."))
        self.cards = QPushButton(self.tr("Print this code on cards…"), self)
        self.save_pdf = QPushButton(self.tr("Save the cards as PDF…"), self)
        self.save_pdf.setObjectName("qrCardsSavePdf")  # in save_guard.FILE_WRITING
        self.per_card = QSpinBox(self)
        self.per_card.setAccessibleName(self.tr("Codes per card"))
        self.per_card.setRange(1, 4)
        self.per_card.setSuffix(self.tr(" per card"))
        self.listings = QPushButton(self.tr("Print the marked listings…"), self)
        self.listings.setToolTip(self.tr("A card for every listing whose “Print a QR card for it” box is ticked"))
        self.place = QComboBox(self)
        self.place.setObjectName("qrCardsPlace")
        self.place.setEditable(True)
        self.place.lineEdit().setMaxLength(PLACE_MAX_CHARS)
        self.place.setAccessibleName(self.tr("Where the cards will be"))
        self.place.setToolTip(self.tr("SocialDesk remembers where each printed code is, to tell you what to reprint "
                                      "when a link changes and where to check that nobody stuck a fake code over it."))
        for key, label in zip(PLACES, (self.tr("Counter"), self.tr("Window"), self.tr("Door"), self.tr("Table 1"))):
            self.place.addItem(label, key)  # kept by its key: "Comptoir" and "Counter" are one place
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # Three columns, the actions under one another: the bar fits beside the designer's form at the window's
        # default width in French too (its buttons' words are the longest).
        grid.addWidget(QLabel(self.tr("Cards:"), self), 0, 0)
        grid.addWidget(self.template, 0, 1)
        grid.addWidget(self.cards, 0, 2)
        grid.addWidget(self.sheet, 1, 1)
        grid.addWidget(self.closure, 1, 1)
        grid.addWidget(self.save_pdf, 1, 2)
        grid.addWidget(self.per_card, 2, 1)
        grid.addWidget(self.listings, 2, 2)
        grid.addWidget(QLabel(self.tr("&Where:"), self, buddy=self.place), 3, 0)
        grid.addWidget(self.place, 3, 1)
        self.template.currentIndexChanged.connect(self._on_template_current_index_changed)
        self.sheet.activated.connect(self._on_sheet_activated)
        self.cards.clicked.connect(self._on_cards_clicked)
        self.save_pdf.clicked.connect(self._on_save_pdf_clicked)
        self.listings.clicked.connect(self._on_listings_clicked)
        self._on_template_current_index_changed(0)

    def set_ready(self, ready: bool) -> None:
        self.cards.setEnabled(ready)
        self.save_pdf.setEnabled(ready)

    def _place(self) -> str:
        """The offered place's key, else the owner's words as typed."""
        text, index = self.place.currentText().strip(), self.place.currentIndex()
        return self.place.itemData(index) if index >= 0 and text == self.place.itemText(index) else text

    def _template(self) -> CardTemplate:
        return CardTemplate(self.template.currentData())

    def _on_template_current_index_changed(self, _index: int) -> None:
        self._name_four_cards()
        self._fill_sheets()
        most = SHEETS[self._template()].max_codes
        self.per_card.setMaximum(most)
        self.per_card.setEnabled(most > 1)

    def _fill_sheets(self) -> None:
        kind = takes_stock(self._template())
        self.sheet.clear()
        for product in sheets_of(kind) if kind else []:
            paper = "A4" if product.paper == "a4" else "US Letter"
            width, height = (QLocale().toString(round(side, 2)) for side in product.label)
            self.sheet.addItem(fill(self.tr("%1 %2: %3 a sheet, %4 × %5 mm (%6)"), product.maker, product.code,
                                    str(product.columns * product.rows), width, height, paper), product.code)
            if not carries_a_code(product):  # offered greyed, the reason beside it: never a print that fails
                self._disable_last(fill(self.tr("Its labels are %1 mm high: too small for a code that scans with "
                                                "its address under it (at least %2 mm)."),
                                        QLocale().toString(round(min(product.label), 1)),
                                        QLocale().toString(math.ceil(MIN_LABEL_MM))))
        remembered = self._remembered_sheets().get(self._template().value)
        found = self.sheet.findData(remembered) if remembered else -1
        found = found if found >= 0 and self.sheet.model().item(found).isEnabled() else -1
        self.sheet.setCurrentIndex(found if found >= 0 else
                                   max(0, self.sheet.findData(default_stock(self._template(), self._paper()))))
        self.sheet.setVisible(kind is not None)
        self.closure.setVisible(SHEETS[self._template()].content == "door")

    def _disable_last(self, why: str) -> None:
        index = self.sheet.count() - 1
        self.sheet.model().item(index).setEnabled(False)
        self.sheet.setItemData(index, why, Qt.ItemDataRole.ToolTipRole)

    def _remembered_sheets(self) -> dict:
        store = self._store()
        return store.settings.get("card_sheets") if store is not None else {}

    def _on_sheet_activated(self, _index: int) -> None:
        """The sheet the owner picked is kept for this template, in the data file, for the next print."""
        store = self._store()
        if store is not None and self.sheet.currentData():
            store.settings.set("card_sheets", {**self._remembered_sheets(),
                                               self._template().value: self.sheet.currentData()})

    def _paper(self) -> str:
        """The paper chosen in Preferences ▸ Printing ("a4" or "letter"): the default sheet and the four-card page."""
        store = self._store()
        return shop_paper(store.settings, store.shop.get().country) if store is not None else "a4"

    def _name_four_cards(self) -> None:
        """Four A6 do not fit on US Letter: on Letter the four counter cards are quarter-letter cards."""
        index = self.template.findData(CardTemplate.A6X4.value)
        if self._paper() == "letter":
            self.template.setItemText(index, self.tr("Four counter cards on US Letter, 4¼ × 5½ in (cut marks)"))
        else:
            self.template.setItemText(index, CARD_TEMPLATES[CardTemplate.A6X4])
        door = self.template.findData(CardTemplate.DOOR_A4.value)
        self.template.setItemText(door, self.tr("US Letter door sign (opening hours)")
                                  if self._paper() == "letter" else CARD_TEMPLATES[CardTemplate.DOOR_A4])

    def _door_items(self) -> list[CardItem]:
        """A door sign's one code: the shop's place on Google Maps (its Google listing, else its name and address)."""
        from socialdesk.domain.presence.door_code import door_card
        from socialdesk.ui.printing.cards import card_sentence

        store = self._store()
        card = door_card(store.presence.listings(), store.shop.get(), card_sentence) if store is not None else None
        return [card] if card is not None else []

    def _store(self):
        holder = self
        while holder is not None and getattr(holder, "store", None) is None:
            holder = holder.parent()
        return holder.store if holder is not None else None

    def _extra(self):
        """The chosen label product and the shop card (business cards and door signs show the shop)."""
        from socialdesk.domain.shop import ShopCard
        from socialdesk.ui.printing.cards import Extra

        store = self._store()
        shop = store.shop.get() if store is not None else ShopCard(name=self._shop_name())
        stock = self.sheet.currentData() or default_stock(self._template(), self._paper())
        return Extra(stock, shop, self.closure.text().strip())

    def _style(self):
        """The designer's colours and logo when its code passes the check, else black on white."""
        from socialdesk.ui.printing.cards import CardStyle

        if self._brand_style is not None:
            return self._brand_style()
        current = self._current()
        if current is None:
            return CardStyle()
        design = current[0].code.design
        return CardStyle(design.foreground, design.background, design.logo, design.ec)

    def _on_cards_clicked(self) -> None:
        items = self._this_code()
        if items is not None:
            self._print(items, 1)

    def _this_code(self) -> list[CardItem] | None:
        current = self._current()
        if current is None:
            return None
        checked, caption, call_to_action = current
        payload = checked.code.design.payload
        if caption == CardItem(payload).address:  # a card prints the address on its own line
            caption = ""
        return [CardItem(payload, caption, call_to_action)]

    def _on_save_pdf_clicked(self) -> None:
        """This code on cards, straight to a PDF through the shared guard (no print dialog)."""
        items = self._this_code()
        if items is not None:
            self._print(items, 1, save=True)

    def _on_listings_clicked(self) -> None:
        door = SHEETS[self._template()].content == "door"
        items = self._door_items() if door else self._marked()
        if not items and door:
            self.reported.emit(self.tr("A door sign needs your Google listing, or the shop's name and address in the "
                                       "Strategy tab."), False)
        elif not items:
            self.reported.emit(self.tr("No listing is marked for print: tick “Print a QR card for it” on the "
                                       "listings you want, in the Listings page."), False)
        else:
            self._print(items, self.per_card.value())

    def _print(self, items: list[CardItem], per_card: int, save: bool = False) -> None:
        from socialdesk.qr.encoding import EncodingRefused
        from socialdesk.qr.verify import Reason
        from socialdesk.ui.presence import qr_labels
        from socialdesk.ui.printing.cards import CardCodeRefused, LabelTooSmall, preview_cards
        from socialdesk.ui.printing.page_check import PageCodeUnread

        if SHEETS[self._template()].content == "business" and not self._extra().shop.name.strip():
            self.reported.emit(self.tr("Not printed: business cards show the shop's name and address on their "
                                       "front; fill in the shop card in the Strategy tab."), False)
            return
        if not self._words_allowed(items):
            return
        try:
            if save:
                done = self._save(items, per_card)
            else:
                done = preview_cards(self, self._template(), items, self._shop_name(), per_card, self._style(),
                                     self._extra())
            if done:  # every printed copy, so the reprint line counts the codes up, not the print runs
                self.printed.emit(printed_items(self._template(), items, per_card, self._extra().stock),
                                  self._template().value, self._place())
        except LabelTooSmall as refused:  # no shorter link helps: a taller label does
            self.reported.emit(fill(self.tr("Not printed: the labels of %1 are %2 mm high, too small for a code that "
                                            "scans; a code of at least %3 mm, its quiet zone and the address under "
                                            "it need labels at least %4 mm high."), refused.sheet,
                                    QLocale().toString(refused.height_mm), QLocale().toString(refused.needed_mm),
                                    QLocale().toString(refused.needed_height_mm)), False)
        except PageCodeUnread as refused:
            self.reported.emit(fill(self.tr("Not printed: with the logo, the code of %1 does not read on the printed "
                                            "page at 150 dpi, even with the logo at its smallest. Print without the "
                                            "logo or on a bigger card."),
                                    refused.item.caption or refused.item.address or refused.item.payload[:40]), False)
        except CardCodeRefused as refused:
            if refused.reason is Reason.SECOND_READER:  # not a size problem: no size would help
                self.reported.emit(fill(self.tr("Not printed: %1. %2"), qr_labels.SCAN_REASONS[refused.reason],
                                        qr_labels.advice_text(refused.reason, refused.needed_mm)), False)
                return
            name = refused.item.caption or refused.item.address or refused.item.payload[:40]
            self.reported.emit(fill(self.tr("%3: this code needs %1 mm but the card only has room for %2 mm. Use a "
                                            "shorter link, fewer codes per card or a bigger card."),
                                    f"{refused.needed_mm:g}", f"{refused.available_mm:.0f}", name), False)
        except EncodingRefused:
            self.reported.emit(self.tr("One of the links is too long for a QR code; shorten it in its listing."),
                               False)

    def _words_allowed(self, items: list[CardItem]) -> bool:
        """A card whose words break a review rule is printed only if the owner says so, knowing which rule."""
        from socialdesk.ui.presence.card_rules import words_allowed

        door = SHEETS[self._template()].content == "door"
        allowed, text = words_allowed(self, items, self.closure.text().strip() if door else "", self._extra().shop)
        if allowed:
            return True
        self.reported.emit(fill(self.tr("Not printed: %1"), text), False)
        return False

    def _save(self, items: list[CardItem], per_card: int) -> bool:
        from socialdesk.ui.printing.cards import save_cards_pdf

        saved = save_cards_pdf(self, self._template(), items, self._shop_name(), per_card, self._style(),
                               self._extra(), self.tr("QR cards"), self.tr("Save the cards as PDF"),
                               default_name(FileKind.QR_CARDS_PDF, current_language()),
                               self.tr("PDF document (*.pdf)"), lambda text: self.reported.emit(text, False))
        if saved is not None:
            self.reported.emit(fill(self.tr("Saved %1."), str(saved)), True)
        return saved is not None
