"""The QR designer: content, look and size on the left; a live preview checked with zxing-cpp on the right."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from socialdesk.ui.common.up_down_scroll import UpDownScroll
from socialdesk.domain.changes import Area
from socialdesk.ui.common.bus import from_others
from socialdesk.ui.presence.labels import card_words
from socialdesk.ui.presence.qr_cards_bar import QrCardsBar
from socialdesk.ui.presence.qr_design_form import QrDesignForm
from socialdesk.ui.presence.qr_output_bar import QrOutputBar
from socialdesk.ui.presence.qr_payload_form import URL, QrPayloadForm
from socialdesk.ui.theme.palette import PAPER
from socialdesk.ui.theme.style import styled, tokens

PREVIEW_PIXELS = 360


class QrPage(QWidget):
    def __init__(self, store, bus, parent=None, clock=None):
        super().__init__(parent)
        from socialdesk.domain.clock import system_clock

        self.store, self.bus, self.clock = store, bus, clock or system_clock
        self.checked = None  # the last design that passed through the scan check (ok or not)
        self.printed_caption = ""  # the owner's caption, else the code's own address when it fits
        self._suggested = ""  # the headline SocialDesk wrote for the kind of code, replaced when the kind changes
        self._filled: dict[str, str] = {}  # what the app last put in each field it filled (see offer)
        self._identity_words = None  # the shop's name and trade for the wording guard, read on first use
        self.payload_form = QrPayloadForm(self)
        self.design_form = QrDesignForm(self)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("qrPreview")
        styled(self.preview, "qr preview")  # a card around the paper
        self.preview.setMinimumSize(PREVIEW_PIXELS // 2, PREVIEW_PIXELS // 2)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setAccessibleName(self.tr("Preview of the QR code"))
        self.status = self._wrapping_label("qrStatus", self.tr("Scan check"))
        self.size_info = self._wrapping_label("qrSizeInfo", self.tr("Printed size"))
        self.warnings = self._wrapping_label("qrWarnings", self.tr("Warnings about the link"))
        self.wording = self._wrapping_label("qrWordingWarning", self.tr("Review rules the words break"))
        self.wording.setVisible(False)
        self.report = self._wrapping_label("qrReport", self.tr("Result of the last export"))
        self.outputs = QrOutputBar(self._current, self, self._identity)
        self.cards_bar = QrCardsBar(self._current, self._marked_items, self._shop_name, self, self.card_style)
        self._build_layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # coalesce the signals of one edit into one refresh
        self._timer.timeout.connect(self.refresh)
        self.payload_form.payload_changed.connect(self._timer.start)
        self.design_form.design_changed.connect(self._timer.start)
        self.design_form.logo_refused.connect(self._on_design_form_logo_refused)
        self.payload_form.kind.currentIndexChanged.connect(self._on_payload_kind_changed)
        self.outputs.reported.connect(self._on_outputs_reported)
        self.cards_bar.reported.connect(self._on_outputs_reported)
        self.cards_bar.printed.connect(self._on_cards_bar_printed)
        bus.changed.connect(self._on_bus_changed)
        self.payload_form.set_shop(store.shop.get())
        self._show_brand()
        self.design_form.design_changed.connect(self._keep_brand)
        self.refresh()

    def _wrapping_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # they quote the owner's words: shown as they will print
        label.setAccessibleName(accessible)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_layout(self) -> None:
        content = QGroupBox(self.tr("What the code opens"), self)
        QVBoxLayout(content).addWidget(self.payload_form)
        look = QGroupBox(self.tr("Look and size"), self)
        QVBoxLayout(look).addWidget(self.design_form)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(content)
        left_layout.addWidget(look)
        left_layout.addStretch(1)
        scroll = UpDownScroll(left, self)  # never cut sideways: the form keeps its width, the preview gives way
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        for widget in (self.status, self.size_info, self.warnings, self.wording, self.outputs, self.cards_bar,
                       self.report):
            right.addWidget(widget)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(right, 1)

    # -- the contract with the presence tab ------------------------------------------------
    def set_payload(self, payload: str, caption: str = "", call_to_action: str = "") -> None:
        """Show `payload` exactly, with the listing's caption and call to action."""
        self.payload_form.set_payload(payload)
        self.design_form.caption.setText(caption)
        self.design_form.call_to_action.setText(call_to_action)
        self.refresh()

    def offer(self, payload: str, caption: str, call_to_action: str) -> None:
        """A card the app suggests (the welcome's review card). Each field it filled and nobody changed since
        follows the new suggestion; an empty field takes it (an automatic headline counts as empty); a field the
        owner typed or changed is never replaced, and a link of the owner's keeps the whole card as it is
        (attack 34c, F1 and F2; 34d, F3)."""
        form, design = self.payload_form, self.design_form
        if self._shows_already(payload, caption, call_to_action):
            return  # a listing saved again with the same link: no second scan check
        link = form.url.text()
        owners_link = link.strip() and not self._app_filled("link", link)  # even behind another kind (34e, F2)
        if owners_link or (form.kind.currentIndex() != URL and not form.holds_nothing()):
            return
        form.set_payload(payload)
        filled = {"link": form.url.text()}
        for field, widget, words in (("caption", design.caption, caption),
                                     ("headline", design.call_to_action, call_to_action)):
            current = widget.text()
            if not current.strip() or self._app_filled(field, current) or (
                    field == "headline" and current == self._suggested):
                widget.setText(words)
                filled[field] = words
        self._filled = filled
        self.refresh()

    def withdraw_offer(self) -> None:
        """The suggestion no longer holds (its review link was taken out of the listings): the fields the app
        filled and nobody changed are emptied; the owner's stay (attack 34d, F4)."""
        if not self._filled:
            return
        form, design = self.payload_form, self.design_form
        for field, widget in (("link", form.url), ("caption", design.caption), ("headline", design.call_to_action)):
            if self._app_filled(field, widget.text()):
                widget.clear()
        self._filled = {}
        self.refresh()

    def offered(self) -> bool:
        """The designer holds a card the app suggested, some of it untouched."""
        return bool(self._filled)

    def _shows_already(self, payload: str, caption: str, call_to_action: str) -> bool:
        """The designer shows this very suggestion, untouched: offering it again would change nothing."""
        design, offered = self.design_form, {"link": payload, "caption": caption, "headline": call_to_action}
        shown = {"link": self.payload_form.url.text(), "caption": design.caption.text(),
                 "headline": design.call_to_action.text()}
        owners = [field for field in ("caption", "headline") if field not in self._filled]
        return (self.payload_form.kind.currentIndex() == URL and "link" in self._filled
                and all(shown[field] == value == offered[field] for field, value in self._filled.items())
                and all(shown[field].strip() and shown[field] != self._suggested for field in owners))

    def _app_filled(self, field: str, current: str) -> bool:
        """`field` holds what the app last put there, untouched since."""
        return field in self._filled and self._filled[field] == current

    def _on_payload_kind_changed(self, index: int) -> None:
        """A headline that speaks to the customer for the kind of code, unless the owner wrote one."""
        from socialdesk.ui.presence.card_rules import suggested_headline

        headline, suggested = self.design_form.call_to_action, suggested_headline(index)
        if index != URL:  # a review card's words the app filled give way to the new kind's (attack 34e, F1)
            for field, widget in (("caption", self.design_form.caption), ("headline", headline)):
                if self._app_filled(field, widget.text()):
                    widget.clear()
                    del self._filled[field]
        headline.setPlaceholderText(suggested or self.tr("Leave us a review on Google"))
        if suggested and (not headline.text().strip() or headline.text() == self._suggested):
            headline.setText(suggested)
        elif not suggested and headline.text() == self._suggested:
            headline.clear()
        self._suggested = suggested

    # -- checking and drawing --------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the design from the controls, run the scan check, repaint the preview."""
        self._timer.stop()
        from socialdesk.ui.presence.qr_refresh import evaluate

        result = evaluate(self.payload_form, self.design_form)
        self.checked = result.checked
        self.printed_caption = result.printed_caption
        self.design_form.show_caption_problem(result.caption_problem)
        self._show(result)
        self._show_wording()

    def _show_wording(self) -> None:
        """Which review rule the headline or caption breaks, before anything is printed."""
        from socialdesk.domain.cards import CardItem
        from socialdesk.ui.presence.card_rules import broken_text, items_breaking

        payload = self.checked.code.design.payload if self.checked is not None else ""
        item = CardItem(payload, self.design_form.caption.text(), self.design_form.call_to_action.text())
        found = items_breaking([item], identity=self._identity())
        self.wording.setText("\n".join(broken_text(broken) for broken in found))
        self.wording.setStyleSheet(f"color: {tokens(self.palette()).danger}; font-weight: bold;" if found else "")
        self.wording.setVisible(bool(found))

    def _show(self, result) -> None:
        ok = result.checked is not None and result.checked.verdict.ok
        self._set_status(result.status, ok)
        self.size_info.setText(result.size_text)
        self.warnings.setText("\n".join(result.warnings))
        self.warnings.setVisible(bool(result.warnings))
        self.outputs.set_ready(ok)
        self.cards_bar.set_ready(ok)
        self._paint_preview()

    def _set_status(self, text: str, ok: bool) -> None:
        verdict = tokens(self.palette())  # green or red of the current theme, 4.5:1 on its window
        palette = self.status.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(verdict.success if ok else verdict.danger))
        self.status.setPalette(palette)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.status.setText(text)

    def _paint_preview(self) -> None:
        if self.checked is None:
            self.preview.setPixmap(QPixmap())
            return
        from socialdesk.ui.presence.qr_export import paint_code_page, text_band_mm
        from socialdesk.ui.presence.qr_paint import MmCanvas

        design = self.checked.code.design
        total = self.checked.code.total_size_mm
        height_mm = total + text_band_mm(total, self.printed_caption, design.call_to_action)
        ratio = self.devicePixelRatioF()
        side = max(120, min(self.preview.width(), self.preview.height(), 2 * PREVIEW_PIXELS))
        per_mm = side * ratio / max(total, height_mm)
        image = QImage(round(total * per_mm), round(height_mm * per_mm), QImage.Format.Format_RGB32)
        image.fill(QColor(PAPER))  # the code is shown on the paper it will be printed on, in either theme
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            paint_code_page(painter, MmCanvas(per_mm * 25.4), self.checked, self.printed_caption,
                            design.call_to_action, raster=True)
        finally:
            painter.end()
        image.setDevicePixelRatio(ratio)
        self.preview.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._paint_preview()

    # -- what the output bar asks ----------------------------------------------------------
    def _current(self):
        if self.checked is None or not self.checked.verdict.ok:
            return None
        return self.checked, self.printed_caption, self.checked.code.design.call_to_action

    def _identity(self) -> tuple[str, ...]:
        """The shop's name and trade: a caption naming the shop is no offer ("Le Petit Cadeau"). Read once and
        again when the shop card changes, so a refresh still pending when the file closes reads nothing."""
        if self._identity_words is None:
            from socialdesk.domain.review_rules import identity_words

            self._identity_words = identity_words(self.store.shop.get())
        return self._identity_words

    def _shop_name(self) -> str:
        return self.store.shop.get().name

    def _marked_items(self):
        """The cards of the listings marked for print."""
        return self.store.presence.cards_to_print(card_words)

    def _on_cards_bar_printed(self, items, template: str, place: str) -> None:
        """Each print goes into the inventory of printed codes (what, its target, where, when)."""
        from socialdesk.storage.errors import StoreError
        from socialdesk.ui.i18n import current_language

        try:
            changes = self.store.presence.printed.record(items, template, place, self.clock(), current_language())
        except StoreError:
            self.report.setText(self.tr("The cards are printed, but where they are could not be written to the "
                                        "data file."))
            return
        for change in changes:
            self.bus.publish(change, self)

    def _on_outputs_reported(self, text: str, ok: bool) -> None:
        self.report.setText(text)

    def _on_design_form_logo_refused(self, refusal) -> None:
        from socialdesk.ui.presence.qr_labels import LOGO_PROBLEMS

        self.report.setText(LOGO_PROBLEMS[refusal.problem])

    # -- the brand, kept in the data file ---------------------------------------------------
    def _show_brand(self) -> None:
        from socialdesk.qr.brand import load_brand

        self.design_form.set_brand(*load_brand(self.store.settings))

    def card_style(self):
        """The cards' look: the brand shown in the form when its colours make a printable pair."""
        from socialdesk.qr.colours import ColourRefused, check_colours
        from socialdesk.ui.printing.cards import CardStyle

        brand, form = self.design_form.brand(), self.design_form
        try:
            check_colours(brand.foreground, brand.background)
        except ColourRefused:
            return CardStyle()
        return CardStyle(brand.foreground, brand.background, form.logo, form.ec.currentData(), brand.font,
                         brand.layout)

    def _keep_brand(self) -> None:
        """Keep the look in the data file as soon as its colours make a printable pair."""
        from socialdesk.qr.brand import save_brand
        from socialdesk.qr.colours import ColourRefused, check_colours
        from socialdesk.storage.errors import StoreError

        brand = self.design_form.brand()
        try:
            check_colours(brand.foreground, brand.background)
        except ColourRefused:
            return  # the page says why; the last good look stays kept
        try:
            changes = save_brand(self.store.settings, brand, self.design_form.logo)
        except StoreError:
            self.report.setText(self.tr("The look could not be written to the data file; it is used until you "
                                        "close SocialDesk."))
            return
        for change in changes:
            self.bus.publish(change, self)

    @from_others
    def _on_bus_changed(self, change) -> None:
        if change.concerns(Area.STRATEGY):
            self._identity_words = None
            self.payload_form.set_shop(self.store.shop.get())
        if change.concerns(Area.SETTINGS, "brand") or change.concerns(Area.SETTINGS, "brand_logo"):
            self._show_brand()

