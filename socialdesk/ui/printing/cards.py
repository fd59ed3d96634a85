"""QR cards through Qt's print system: A6 counter card, A5 table tent, A4 stickers, business cards.

Every code is checked (zxing-cpp, at its printed size) before a page is drawn; a code that
would not scan stops the print with the reason instead of wasting card stock.
"""

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from socialdesk.domain.cards import MIN_CALL_TO_ACTION_POINTS, CardItem
from socialdesk.domain.presence.platforms import CardWording
from socialdesk.domain.cards_layout import (CardTemplate, Face, Rect, cards_for_sheets, clip, code_area,
                                            face_layout, group_items, mirrored, safe_area, sheet_for, words_area)
from socialdesk.domain.shop import ShopCard
from socialdesk.qr import geometry
from socialdesk.qr.design import QrDesign, prepare
from socialdesk.qr.logo import Logo
from socialdesk.qr.verify import Checked, Reason, check
from socialdesk.ui.common.words import fill
from socialdesk.ui.presence.labels import card_words
from socialdesk.ui.presence.qr_paint import (Lettering, MmCanvas, brand_font, draw_fitted, fit_line, fit_text,
                                             module_path, paint_code)
from socialdesk.ui.printing.card_address import fit_in
from socialdesk.ui.printing.output import make_printer, paint_unless_data

CHECK_DPI = 300
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


@dataclass(frozen=True)
class CardStyle:
    foreground: str = "#000000"
    background: str = "#ffffff"
    logo: Logo | None = None
    ec: str | None = None
    font: str = "sans"  # domain/brand.py FONTS
    layout: str = "plain"  # domain/brand.py LAYOUTS

    def headline(self, group: list[CardItem]) -> bool:
        """The "large headline" style, for a card of one code that has a headline."""
        return self.layout == "headline" and len(group) == 1 and bool(group[0].call_to_action)


class CardCodeRefused(ValueError):
    """A code that would not scan on this card, with the width it needs and the width it gets."""

    def __init__(self, item: CardItem, reason: Reason, needed_mm: float, available_mm: float):
        super().__init__(f"{item.caption or item.payload[:40]}: {reason.value}")
        self.item, self.reason, self.needed_mm, self.available_mm = item, reason, needed_mm, available_mm


class PrintCancelled(Exception):
    """The owner cancelled while codes were checked or pages drawn; nothing usable was made."""


def card_printer(template: CardTemplate, title: str, stock: str | None = None) -> QPrinter:
    """A printer for the template's paper (the label product's, `stock`), no margins: the layout keeps its own."""
    width, height = sheet_for(template, stock).paper_mm
    printer = make_printer(title, margins_mm=0.0)
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def _layout(rect: Rect, group: list[CardItem], checked: dict | None = None, tall: bool = True,
            headline: bool = False):
    """The face's layout with an address band high enough for the longest address of its group, unless
    a code then too small would not scan (not in `checked`): the code before the address."""
    from socialdesk.ui.printing.card_address import address_band_mm

    usual = face_layout(rect, len(group), headline=headline)
    band = max(address_band_mm(item.address, slot.address.width) for item, slot in zip(group, usual.slots))
    layout = face_layout(rect, len(group), band, headline) if tall else usual
    if checked is not None and not all(_key(item, slot) in checked for item, slot in zip(group, layout.slots)):
        return usual
    return layout


def _key(item: CardItem, slot) -> tuple[str, float]:
    return item.payload, round(slot.code.width, 3)


def _slot_sizes(template: CardTemplate, group: list[CardItem], tall: bool = True, headline: bool = False,
                stock: str | None = None) -> list[float]:
    sheet = sheet_for(template, stock)
    face = code_area(sheet, sheet.faces[0].rect)
    layout = _layout(Rect(0, 0, face.width, face.height), group, tall=tall, headline=headline)
    return [slot.code.width for slot in layout.slots]


def check_cards(template: CardTemplate, items: list[CardItem], per_card: int = 1,
                style: CardStyle = CardStyle(), progress: Progress | None = None,
                stock: str | None = None) -> dict[tuple[str, float], Checked]:
    """Prepare and verify every code at the size its card gives it; raises CardCodeRefused
    (or the payload's own refusal: too long, colours) for the first that would not scan,
    PrintCancelled if `progress` says so."""
    checked: dict[tuple[str, float], Checked] = {}
    groups = group_items(items, per_card, template)
    for number, group in enumerate(groups):
        if progress is not None and not progress(number, len(groups)):
            raise PrintCancelled()
        headline = style.headline(group)
        try:
            _check_group(group, _slot_sizes(template, group, True, headline, stock), style, checked)
        except CardCodeRefused:  # smaller for an address on more lines: check it at its usual size
            _check_group(group, _slot_sizes(template, group, False, headline, stock), style, checked)
    return checked


def _check_group(group: list[CardItem], sizes: list[float], style: CardStyle, checked: dict) -> None:
    for item, total_mm in zip(group, sizes):
        key = (item.payload, round(total_mm, 3))
        if key not in checked:
            checked[key] = _check_item(item, total_mm, style)


def _check_item(item: CardItem, total_mm: float, style: CardStyle) -> Checked:
    design = QrDesign(item.payload, style.ec, style.foreground, style.background, style.logo)
    modules = prepare(design).modules
    size_mm = total_mm * modules / (modules + 2 * geometry.QUIET_ZONE)
    result = check(dataclasses.replace(design, size_mm=size_mm), CHECK_DPI)
    if not result.verdict.ok:
        raise CardCodeRefused(item, result.verdict.reason, result.verdict.minimum_size_mm, size_mm)
    return result


def preview_cards(parent, template: CardTemplate, items: list[CardItem], shop_name: str, per_card: int = 1,
                  style: CardStyle = CardStyle(), extra: "Extra | None" = None) -> bool:
    """Check every code (a cancellable progress dialog for long lists), then Qt's print preview,
    from which the owner prints or saves a PDF. False if cancelled. Raises CardCodeRefused and the
    payload refusals for the caller to explain."""
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(QCoreApplication.translate("CardPrinting", "Checking that every code scans…"),
                             QCoreApplication.translate("CardPrinting", "Cancel"), 0, len(items), parent)
    dialog.setWindowTitle(QCoreApplication.translate("CardPrinting", "QR cards"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)

    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(total)
        dialog.setValue(done)
        return not dialog.wasCanceled()

    try:
        checked = check_cards(template, items, per_card, style, progress, (extra or Extra()).stock)
    except PrintCancelled:
        return False
    finally:
        dialog.reset()
    title = QCoreApplication.translate("CardPrinting", "QR cards")
    extra = extra or Extra()
    printer = card_printer(template, title, extra.stock)
    paint = _CardPainter(lambda device: paint_cards(device, template, items, shop_name, per_card, style, checked,
                                                    extra=extra),
                         card_notices(printer, template, items, shop_name, per_card, checked, style, extra.stock))
    return show_preview(parent, paint, printer)


@dataclass(frozen=True)
class Extra:
    """What some templates need besides the codes: the label product (`stock`, its code on the box), the
    shop card (business cards, door signs) and a door sign's closure line."""

    stock: str | None = None
    shop: ShopCard | None = None
    closure: str = ""


@dataclass(frozen=True)
class _CardPainter:
    """A page painter that also carries what its cards leave off or shorten (CardNotice list)."""

    paint: Callable
    notices: list

    def __call__(self, printer: QPrinter) -> None:
        self.paint(printer)


def show_preview(parent, paint: _CardPainter, printer: QPrinter) -> bool:
    """Qt's print preview (print, or save a PDF from there), what was left off written above it."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QLabel

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(printer.docName())
    if paint.notices:
        label = QLabel("\n".join(notice.text() for notice in paint.notices), dialog)
        label.setObjectName("cardNotices")
        label.setWordWrap(True)
        label.setContentsMargins(8, 4, 8, 4)
        dialog.layout().insertWidget(0, label)
    dialog.paintRequested.connect(lambda device: paint_unless_data(parent, paint, device))  # not onto the data
    return bool(dialog.exec())


def paint_cards(printer: QPrinter, template: CardTemplate, items: list[CardItem], shop_name: str,
                per_card: int = 1, style: CardStyle = CardStyle(), checked: dict | None = None,
                progress: Progress | None = None, extra: Extra | None = None) -> int:
    """Draw every sheet (business cards: each front page followed by its back page); returns the number
    of pages. Raises PrintCancelled if progress says so."""
    extra = extra or Extra()
    shop = extra.shop or ShopCard(name=shop_name)
    checked = checked if checked is not None else check_cards(template, items, per_card, style, stock=extra.stock)
    sheet = sheet_for(template, extra.stock)
    sheets = cards_for_sheets(template, group_items(items, per_card, template), extra.stock)
    pages = [(cards, back) for cards in sheets for back in ((False, True) if sheet.content == "business" else (False,))]
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer or PDF file could not be opened")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        canvas = MmCanvas(printer.resolution())
        for number, (cards, back) in enumerate(pages):
            if progress is not None and not progress(number, len(pages)):
                raise PrintCancelled()
            if number:
                printer.newPage()
            _paint_sheet(painter, canvas, sheet, cards, shop, style, checked, back, extra.closure)
    finally:
        painter.end()
    return len(pages)


def _paint_sheet(painter, canvas, sheet, cards, shop: ShopCard, style, checked, back: bool, closure: str) -> None:
    from socialdesk.ui.printing.sheet_marks import fill_rect, paint_cut_marks, paint_fold
    from socialdesk.ui.printing.shop_faces import paint_business_front, paint_door_words

    faces = sheet.faces
    pairs = [(face, cards[0]) for face in faces] if sheet.one_card_per_sheet else list(zip(faces, cards))
    dark, safe = QColor(style.foreground), safe_area(sheet)
    for face, group in pairs:
        if sheet.content == "business" and not back:
            fill_rect(painter, canvas, clip(face.rect, safe), style.background)
            paint_business_front(painter, canvas, face.rect, shop, dark)
            continue
        if back:  # behind its own front when the sheet turns over for the second side
            face = dataclasses.replace(face, rect=mirrored(sheet, face.rect))
        fill_rect(painter, canvas, clip(face.rect, safe), style.background)
        if sheet.content == "door":
            paint_door_words(painter, canvas, words_area(face.rect), shop, closure, dark)
            face = dataclasses.replace(face, rect=code_area(sheet, face.rect))
        _paint_face(painter, canvas, face, group, "" if sheet.content == "door" else shop.name, style, checked)
    if sheet.fold_y is not None:
        paint_fold(painter, canvas, sheet.paper_mm[0], sheet.fold_y, sheet.safe_mm)
    if sheet.crop_marks:
        paint_cut_marks(painter, canvas, [face.rect for face, _ in pairs], safe)


@dataclass(frozen=True)
class CardNotice:
    """Something the owner must know about a printed card: an address or a call to action left off
    (`kind` "address", or "bare address" on a card without a caption, "call to action"), a shop name or a text printed shortened ("title", "text");
    `name` says which."""

    kind: str
    name: str

    def text(self) -> str:
        if self.kind == "address":
            return fill(QCoreApplication.translate(
                "CardPrinting", "The address of %1 is too long to print under its code; the code itself is "
                                "complete."), _short(self.name, 60))
        if self.kind == "bare address":  # no caption to name the card by: the address names itself
            return fill(QCoreApplication.translate(
                "CardPrinting", "The address %1 is too long to print under its code; the code itself is "
                                "complete."), _short(self.name, 60))
        if self.kind == "call to action":
            return fill(QCoreApplication.translate(
                "CardPrinting", "The headline “%1” does not fit on one line on this card even in small "
                                "letters: it is left off; shorten it or choose a bigger card."), _short(self.name, 60))
        if self.kind == "title":
            return QCoreApplication.translate(
                "CardPrinting", "The shop name is too long for this card even in small letters: it is printed "
                                "shortened.")
        return fill(QCoreApplication.translate(
            "CardPrinting", "“%1” is too long for this card even in small letters: it is printed shortened."
        ), _short(self.name))


def _short(text: str, most: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


def _face_words(device, canvas: MmCanvas, rect: Rect, group: list[CardItem], shop_name: str,
                checked: dict | None = None, style: CardStyle = CardStyle()):
    """[(area, FittedText or None, CardNotice or None)] for a face's title and every code's words, each
    code's address last of its three (in plain letters whatever the brand's: a link must read exactly)."""
    headline = style.headline(group)
    layout = _layout(rect, group, checked, headline=headline)
    lettered = Lettering(device, style.font)
    if headline:  # the headline large on top, the shop name on the headline's line
        words = [_fitted(lettered, _q(canvas, layout.title), " ".join(group[0].call_to_action.split()), 32, True,
                         CardNotice("text", group[0].call_to_action))]
    else:
        words = [_fitted(lettered, _q(canvas, layout.title), shop_name, 18, True, CardNotice("title", shop_name))]
    for item, slot in zip(group, layout.slots):
        name = item.caption or item.address
        if headline:
            words.append(_fitted(lettered, _q(canvas, slot.call_to_action), shop_name, 12, False,
                                 CardNotice("title", shop_name)))
        else:
            words.append(_call_to_action(lettered, _q(canvas, slot.call_to_action), item.call_to_action))
        words.append(_fitted(lettered, _q(canvas, slot.caption), item.caption, 11, False, CardNotice("text", name)))
        area = _q(canvas, slot.address)
        address = fit_in(device, item.address, area)  # up to three lines, 8 pt down to 7 pt, never cut
        left_off = CardNotice("address", item.caption) if item.caption else CardNotice("bare address", item.address)
        words.append((area, address, left_off if item.address and address is None else None))
    return words


def _call_to_action(device, area, text: str):
    """One whole line, 14 pt down to MIN_CALL_TO_ACTION_POINTS: a sentence wrapped or cut on a card
    reads as two, so one that does not fit is left off and said ("call to action" notice)."""
    if not text:
        return area, None, None
    line = " ".join(text.split())
    fitted = fit_line(device, line, area, 14, MIN_CALL_TO_ACTION_POINTS, bold=True)
    return area, fitted, CardNotice("call to action", line) if fitted is None else None


def _fitted(device, area, text: str, points: float, bold: bool, notice: CardNotice):
    if not text:
        return area, None, None
    fitted = fit_text(device, text, area, points, bold)
    return area, fitted, None if fitted.complete else notice


def card_sentence(wording: CardWording, name: str) -> str:
    """What a listing's card says ("Leave us a review on Google"), in the language spoken."""
    return card_words(wording, name)


def speak(language: str) -> None:
    """Cards and their notices in this language, for print-cards run without the window (which speaks already)."""
    from socialdesk.ui.i18n import install_translators

    install_translators(language)


def card_notices(device, template: CardTemplate, items: list[CardItem], shop_name: str,
                 per_card: int = 1, checked: dict | None = None, style: CardStyle = CardStyle(),
                 stock: str | None = None) -> list[CardNotice]:
    """What will be left off or shortened when these cards are drawn on `device` (a printer); `checked`
    from check_cards (checked here, black on white, when not given)."""
    checked = checked if checked is not None else check_cards(template, items, per_card, style, stock=stock)
    sheet = sheet_for(template, stock)
    canvas, rect = MmCanvas(device.resolution()), code_area(sheet, sheet.faces[0].rect)
    found: list[CardNotice] = _door_notices(device, canvas, sheet, shop_name) if sheet.content == "door" else []
    shop_name = "" if sheet.content == "door" else shop_name
    for group in group_items(items, per_card, template):
        for _area, _fitted_text, notice in _face_words(device, canvas, Rect(0, 0, rect.width, rect.height),
                                                       group, shop_name, checked, style):
            if notice is not None and notice not in found:
                found.append(notice)
    return found


def _door_notices(device, canvas: MmCanvas, sheet, shop_name: str) -> list[CardNotice]:
    """A door sign's name (or hours, closure) printed shortened."""
    from socialdesk.ui.printing.shop_faces import door_blocks

    blocks = door_blocks(device, canvas, words_area(sheet.faces[0].rect), ShopCard(name=shop_name), "")
    return [CardNotice("title", shop_name) for _area, fitted, _text in blocks[:1] if not fitted.complete]


def _paint_face(painter, canvas: MmCanvas, face: Face, group: list[CardItem], shop_name: str,
                style: CardStyle, checked: dict) -> None:
    painter.save()
    rect = face.rect
    if face.upside_down:
        painter.translate(canvas(rect.x + rect.width), canvas(rect.y + rect.height))
        painter.rotate(180)
        rect = Rect(0, 0, rect.width, rect.height)
    dark = QColor(style.foreground)  # the background is the sheet's, stopped at the cut line (_fill)
    if style.layout == "framed":
        _paint_frame(painter, canvas, rect, dark)
    for item, slot in zip(group, _layout(rect, group, checked, headline=style.headline(group)).slots):
        result = checked[_key(item, slot)]
        paint_code(painter, result.code, _q(canvas, slot.code), module_path(result.code))
    plain = painter.font()
    words = _face_words(painter.device(), canvas, rect, group, shop_name, checked, style)
    for index, (area, fitted, _notice) in enumerate(words):
        painter.setFont(plain if index and index % 3 == 0 else brand_font(style.font))  # addresses: plain
        draw_fitted(painter, area, fitted, dark)
    painter.restore()


def _paint_frame(painter, canvas: MmCanvas, rect: Rect, colour: QColor) -> None:
    """The "framed" style: a rounded line in the code's colour, half-way into the card's margin."""
    margin = max(3.0, min(rect.width, rect.height) * 0.06) / 2
    painter.save()
    painter.setPen(QPen(colour, canvas(0.8)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(canvas.rect(rect.x + margin, rect.y + margin, rect.width - 2 * margin,
                                        rect.height - 2 * margin), canvas(2.5), canvas(2.5))
    painter.restore()


def _q(canvas: MmCanvas, rect: Rect) -> QRectF:
    return canvas.rect(rect.x, rect.y, rect.width, rect.height)
