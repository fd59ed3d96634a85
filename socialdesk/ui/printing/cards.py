"""QR cards through Qt's print system: every code checked (zxing-cpp and zbar, at its printed size) before a page is drawn."""

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from socialdesk.domain.cards import CardItem
from socialdesk.domain.presence.platforms import CardWording
from socialdesk.domain.card_template import CardTemplate
from socialdesk.domain.cards_layout import (COMPACT_BELOW_MM, Rect, cards_for_sheets, code_area,
                                            group_items, on_page, sheet_for)
from socialdesk.domain.shop import ShopCard
from socialdesk.qr import geometry
from socialdesk.qr.design import LogoDoesNotFit, QrDesign, prepare
from socialdesk.qr.verify import Checked, Reason, check
from socialdesk.ui.presence.labels import card_words
from socialdesk.ui.presence.qr_paint import MmCanvas, brand_font
from socialdesk.ui.printing.card_faces import paint_sheet
from socialdesk.ui.printing.card_style import CardStyle, Extra
from socialdesk.ui.printing.card_words import CardNotice, _door_notices, _face_words, _layout
from socialdesk.ui.printing.glyphs import missing_glyphs
from socialdesk.ui.printing.output import make_printer, paint_unless_data
from socialdesk.ui.printing.page_check import check_pages

__all__ = ["CardStyle", "Extra", "CardNotice", "_face_words", "_layout"]  # their homes: card_style, card_words

CHECK_DPI = 300
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class CardCodeRefused(ValueError):
    """A code that would not scan on this card, with the width it needs and the width it gets."""

    def __init__(self, item: CardItem, reason: Reason, needed_mm: float, available_mm: float):
        super().__init__(f"{item.caption or item.payload[:40]}: {reason.value}")
        self.item, self.reason, self.needed_mm, self.available_mm = item, reason, needed_mm, available_mm


class LabelTooSmall(CardCodeRefused):
    """The labels of `sheet` are too low for a code that scans with its quiet zone and the address under
    it: they are `height_mm` high, the code needs labels `needed_height_mm` high (whole millimetres)."""

    def __init__(self, refused: CardCodeRefused, sheet: str, height_mm: float, needed_height_mm: float):
        super().__init__(refused.item, refused.reason, refused.needed_mm, refused.available_mm)
        self.sheet, self.height_mm, self.needed_height_mm = sheet, height_mm, needed_height_mm


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
    style = style.for_sheet(sheet_for(template, stock))
    groups = group_items(items, per_card, template)
    for number, group in enumerate(groups):
        if progress is not None and not progress(number, len(groups)):
            raise PrintCancelled()
        headline = style.headline(group)
        tall = _slot_sizes(template, group, True, headline, stock)
        try:
            _check_group(group, tall, style, checked)
        except (CardCodeRefused, LogoDoesNotFit):  # smaller for an address on more lines: check it at its usual size
            if _without_logo(template, stock, group, tall, style, checked):
                continue
            sizes = _slot_sizes(template, group, False, headline, stock)
            try:
                _check_group(group, sizes, style, checked)
            except CardCodeRefused as refused:
                raise _on_small_label(template, stock, refused, sizes[group.index(refused.item)]) from None
    return checked


def compact_labels(template: CardTemplate, stock: str | None) -> bool:
    """Small label sheets (L7159, L7160, L7163) whose one code is laid out beside its words."""
    sheet = sheet_for(template, stock)
    return bool(sheet.stock) and sheet.faces[0].rect.height < COMPACT_BELOW_MM


def _without_logo(template: CardTemplate, stock: str | None, group: list[CardItem], sizes: list[float],
                  style: CardStyle, checked: dict) -> bool:
    """On a small label a code with the logo leaves no room for the address under it (against fake
    stickers, the address goes under every code): that label's code without the logo, if it then scans."""
    if style.logo is None or not compact_labels(template, stock):
        return False
    try:
        _check_group(group, sizes, dataclasses.replace(style, logo=None), checked)
    except CardCodeRefused:
        return False
    return True


def logo_left_off(items: list[CardItem], checked: dict, style: CardStyle, unread: bool = False) -> list[str]:
    """The cards whose code is printed without the shop's logo: compact labels, for the address's room; with
    `unread`, those whose code did not read with it on the printed page (page_check)."""
    if style.logo is None:
        return []
    bare = {payload for (payload, _size), result in checked.items()
            if result.code.design.logo is None and result.logo_dropped == unread}
    return list(dict.fromkeys(item.caption or item.address for item in items if item.payload in bare))


def _on_small_label(template: CardTemplate, stock: str | None, refused: CardCodeRefused,
                    total_mm: float) -> CardCodeRefused:
    """A code too small on a compact label grows as the label grows taller: how tall a label it needs."""
    sheet = sheet_for(template, stock)
    height = sheet.faces[0].rect.height
    if not sheet.stock or height >= COMPACT_BELOW_MM or refused.reason not in (Reason.TOO_SMALL, Reason.TOO_DENSE):
        return refused
    needed_total = refused.needed_mm * total_mm / max(refused.available_mm, 1e-6)  # with its quiet zone
    return LabelTooSmall(refused, sheet.stock, height, math.ceil(height + needed_total - total_mm))


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
    checked = check_pages(template, items, shop_name, per_card, style, checked, extra)  # as printed, at 150 dpi
    title = QCoreApplication.translate("CardPrinting", "QR cards")
    extra = extra or Extra()
    printer = card_printer(template, title, extra.stock)
    paint = _CardPainter(lambda device: paint_cards(device, template, items, shop_name, per_card, style, checked,
                                                    extra=extra),
                         card_notices(printer, template, items, shop_name, per_card, checked, style, extra.stock))
    return show_preview(parent, paint, printer)


def save_cards_pdf(parent, template: CardTemplate, items: list[CardItem], shop_name: str, per_card: int,
                   style: CardStyle, extra: "Extra", title: str, ask_words: str, suggested: str, pdf_words: str,
                   report):
    """Check every code (as drawn, then as printed), then ask where and save the cards as PDF; the path saved, or
    None (`report(text)` says why, when there is a reason). Raises CardCodeRefused and PageCodeUnread before any
    dialog."""
    from socialdesk.ui.common.save_guard import save_as
    from socialdesk.ui.printing.output import paint_pdf_to

    checked = check_cards(template, items, per_card, style, stock=extra.stock)  # refused before any dialog
    checked = check_pages(template, items, shop_name, per_card, style, checked, extra)  # as printed, at 150 dpi

    def write(temp, _chosen) -> None:
        paint_pdf_to(temp, lambda printer: paint_cards(printer, template, items, shop_name, per_card, style,
                                                       checked, extra=extra),
                     card_printer(template, title, extra.stock))

    return save_as(parent, ask_words, suggested, pdf_words, write, suffix="pdf", report=report)


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
    sheet = on_page(sheet_for(template, extra.stock), *page_mm(printer))
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
            paint_sheet(painter, canvas, sheet, cards, shop, style, checked, back, extra.closure, extra.coming)
    finally:
        painter.end()
    return len(pages)


def page_mm(printer) -> tuple[float, float]:
    """The page the printer really makes, in mm (a PDF's page is whole points)."""
    points = printer.pageLayout().fullRectPoints()
    return points.width() * 25.4 / 72, points.height() * 25.4 / 72


def card_sentence(wording: CardWording, name: str) -> str:
    """What a listing's card says ("Leave us a review on Google"), in the language spoken."""
    return card_words(wording, name)


def _boxed_words(items: list[CardItem], printed_too: tuple[str, ...], font, said: str = "") -> list[CardNotice]:
    """A notice for each printed text (a listing's name, its call to action, the trade, the address…) with
    characters no font here draws, naming those in it (not those said already, for the shop name or before)."""
    texts = [text for item in items for text in (item.caption, item.call_to_action)] + list(printed_too)
    lost, notices = said, []
    for text in dict.fromkeys(text for text in texts if text and not text.isascii()):
        found = "".join(char for char in missing_glyphs(text, font) if char not in lost)
        if found:
            lost += found
            notices.append(CardNotice("glyphs in", found, text))
    return notices


def speak(language: str) -> None:
    """Cards and their notices in this language, for print-cards run without the window (which speaks already)."""
    from socialdesk.ui.i18n import install_translators

    install_translators(language)


def card_notices(device, template: CardTemplate, items: list[CardItem], shop_name: str,
                 per_card: int = 1, checked: dict | None = None, style: CardStyle = CardStyle(),
                 stock: str | None = None, printed_too: tuple[str, ...] = ()) -> list[CardNotice]:
    """What will be left off or shortened when these cards are drawn on `device` (a printer); `checked`
    from check_cards (checked here, black on white, when not given); `printed_too`: other words printed on
    them (a door sign's closure line, the trade on business cards), checked for empty boxes too."""
    checked = checked if checked is not None else check_cards(template, items, per_card, style, stock=stock)
    sheet = sheet_for(template, stock)
    style = style.for_sheet(sheet)
    canvas, rect = MmCanvas(device.resolution()), code_area(sheet, sheet.faces[0].rect)
    found: list[CardNotice] = _door_notices(device, canvas, sheet, shop_name) if sheet.content == "door" else []
    bare = logo_left_off(items, checked, style)
    if bare:
        found.append(CardNotice("logo", sheet.stock, ", ".join(bare)))
    unread = logo_left_off(items, checked, style, unread=True)
    if unread:
        found.append(CardNotice("logo unread", "", ", ".join(unread)))
    lost = missing_glyphs(shop_name, brand_font(style.font))
    if lost:
        found.insert(0, CardNotice("glyphs", lost))
    found.extend(_boxed_words(items, printed_too, brand_font(style.font), said=lost))
    found.extend(CardNotice("review form", item.caption, item.address) for item in items if item.unlike_review_form)
    if sheet.content == "business" and len(items) > 1:  # the backs carry the first listing's code only
        found.append(CardNotice("one back", items[0].caption or items[0].address,
                                ", ".join(item.caption or item.address for item in items[1:])))
    shop_name = "" if sheet.content == "door" else shop_name
    for group in group_items(items[:1] if sheet.content == "business" else items, per_card, template):
        for _area, _fitted_text, notice in _face_words(device, canvas, Rect(0, 0, rect.width, rect.height),
                                                       group, shop_name, checked, style):
            if notice is not None and notice not in found:
                found.append(notice)
    return found
