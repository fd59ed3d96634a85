"""The printed pages themselves, drawn at 150 dpi as a home printer makes them, read by zxing-cpp and zbar."""

import dataclasses
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from socialdesk.domain.cards import CardItem
from socialdesk.domain.card_template import CardTemplate
from socialdesk.domain.cards_layout import cards_for_sheets, group_items, on_page, sheet_for
from socialdesk.domain.shop import ShopCard
from socialdesk.qr.design import LogoDoesNotFit, prepare
from socialdesk.qr.verify import LOGO_FRACTIONS, Checked, check, decodes_robustly
from socialdesk.ui.presence.qr_paint import MmCanvas
from socialdesk.ui.printing.card_style import CardStyle, Extra

PAGE_DPI = 150  # the "Done when": every page rasterised at 150 dpi decodes in zxing-cpp AND zbar
PHASES = (0.0, 0.5)  # pixel offsets of the whole page: a code must not read only by luck of the pixel grid


class PageCodeUnread(ValueError):
    """A code that decodes alone but not on its printed page at 150 dpi, even with the smallest logo."""

    def __init__(self, item: CardItem):
        super().__init__(item.caption or item.payload[:40])
        self.item = item


def check_pages(template: CardTemplate, items: list[CardItem], shop_name: str, per_card: int, style: CardStyle,
                checked: dict, extra: Extra | None = None) -> dict:
    """`checked` (from check_cards) with a smaller logo on the codes that do not read on their printed page;
    that code without the logo when even the smallest does not; raises PageCodeUnread when even that does not scan."""
    extra = extra or Extra()
    checked = dict(checked)
    while True:  # a code without a logo has nothing to shrink: zxing-cpp reads it as checked (verify.py)
        with_logo = {key[0] for key, result in checked.items() if result.logo_fraction is not None}
        if not with_logo:  # nothing to shrink: drawing and reading the pages could change nothing
            return checked
        unread = [payload for payload in _unread_payloads(template, items, shop_name, per_card, style, checked, extra)
                  if payload in with_logo]
        if not unread:
            return checked
        for payload in unread:
            if not _shrink_logo(checked, payload) and not _drop_logo(checked, payload):
                raise PageCodeUnread(next(item for item in items if item.payload == payload))


def _unread_payloads(template, items, shop_name, per_card, style, checked, extra) -> list[str]:
    """The payloads some page does not give back as often as it prints them, in zxing-cpp or in zbar."""
    from socialdesk.ui.printing.card_faces import paint_sheet

    sheet = sheet_for(template, extra.stock)
    shop = extra.shop or ShopCard(name=shop_name)
    unread: list[str] = []
    for cards in cards_for_sheets(template, group_items(items, per_card, template), extra.stock):
        for back in (False, True) if sheet.content == "business" else (False,):
            for phase in PHASES:
                image, painted = _page_image(sheet, phase, lambda painter, canvas, page: paint_sheet(
                    painter, canvas, page, cards, shop, style, checked, back, extra.closure, extra.coming))
                unread.extend(payload for payload in _short(image, painted) if payload not in unread)
    return unread


def _page_image(sheet, phase: float, paint):
    """The page at PAGE_DPI as an RGB PIL image, shifted by `phase` pixels, and the payloads painted on it."""
    from PIL import Image

    width, height = sheet.paper_mm
    canvas = MmCanvas(PAGE_DPI)
    image = QImage(round(canvas(width)) + 1, round(canvas(height)) + 1, QImage.Format.Format_RGB888)
    image.setDotsPerMeterX(round(PAGE_DPI / 0.0254))
    image.setDotsPerMeterY(round(PAGE_DPI / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(phase, phase)
        painted = paint(painter, canvas, on_page(sheet, width, height))
    finally:
        painter.end()
    data = bytes(image.constBits())[:image.sizeInBytes()]
    return Image.frombuffer("RGB", (image.width(), image.height()), data, "raw", "RGB", image.bytesPerLine(), 1), painted


def _short(image, painted: list[str]) -> list[str]:
    """The painted payloads that zxing-cpp or zbar reads fewer times than they are printed on the page."""
    import zxingcpp
    from pyzbar import pyzbar

    wanted = Counter(painted)
    zxing = Counter(result.text for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode))
    zbar = Counter(symbol.data.decode("utf-8", "replace")
                   for symbol in pyzbar.decode(image.convert("L"), symbols=[pyzbar.ZBarSymbol.QRCODE]))
    return [payload for payload, count in wanted.items() if zxing[payload] < count or zbar[payload] < count]


def _shrink_logo(checked: dict, payload: str) -> bool:
    """The payload's logo codes one step smaller (LOGO_FRACTIONS) where that still reads alone; False when no
    smaller logo is left for one of them."""
    for key, result in list(checked.items()):
        if key[0] != payload:
            continue
        smaller = _smaller(result)
        if smaller is None:
            return False
        checked[key] = smaller
    return True


def _drop_logo(checked: dict, payload: str) -> bool:
    """The payload's codes without the logo, as every other card that cannot carry it prints them (the notice
    names them); False when one of them does not scan even so."""
    for key, result in list(checked.items()):
        if key[0] == payload:
            bare = check(dataclasses.replace(result.code.design, logo=None))
            if not bare.verdict.ok:
                return False
            checked[key] = dataclasses.replace(bare, logo_dropped=True)
    return True


def _smaller(result: Checked) -> Checked | None:
    fraction = result.logo_fraction
    if fraction is None:
        return None
    for share in LOGO_FRACTIONS:
        if share >= fraction - 1e-9:
            continue
        try:
            code = prepare(result.code.design, share)
        except LogoDoesNotFit:
            return None
        if code.box is not None and code.box.area_fraction(code.modules) < fraction - 1e-9 \
                and decodes_robustly(code, 300) is None:
            return Checked(code, dataclasses.replace(result.verdict, ok=True))
    return None

