"""The faces of printed matter that show the shop rather than a code: a business card's front, a door sign's words."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from socialdesk.domain.cards_layout import Rect
from socialdesk.domain.shop import ShopCard
from socialdesk.ui.presence.qr_paint import (FittedText, Lettering, MmCanvas, _device, brand_font, draw_fitted,
                                             fit_line, fit_text)
from socialdesk.ui.printing.card_style import CardStyle


def _lines(shop: ShopCard) -> list[str]:
    town = " ".join(part for part in (shop.postcode.strip(), shop.city.strip()) if part)
    return [line for line in (shop.address.strip(), town, shop.phone.strip(), _site(shop.website)) if line]


def _site(website: str) -> str:
    from socialdesk.domain.cards import printed_address

    return printed_address(website.strip()) or website.strip()


def paint_business_front(painter, canvas: MmCanvas, rect: Rect, shop: ShopCard, style: CardStyle) -> None:
    """Shop name, trade, then address, town, phone and website, each on its own line, never cut, in the
    brand's letters; the brand's logo at the right of the name when there is one."""
    colour, lettered = QColor(style.foreground), Lettering(painter.device(), style.font)
    inner = rect.inset(max(3.0, rect.height * 0.08))
    name_h, trade_h = inner.height * 0.3, inner.height * 0.16
    name_w = inner.width - (_paint_logo(painter, canvas, inner, name_h + trade_h, style.logo) if style.logo else 0)
    painter.save()
    painter.setFont(brand_font(style.font))
    name = canvas.rect(inner.x, inner.y, name_w, name_h)
    draw_fitted(painter, name, fit_text(lettered, shop.name, name, 14, True, minimum=7), colour)
    trade = canvas.rect(inner.x, inner.y + name_h, name_w, trade_h)
    if shop.trade.strip():
        draw_fitted(painter, trade, fit_line(lettered, shop.trade.strip(), trade, 9, 6.5), colour)
    painter.restore()
    lines = _lines(shop)
    if not lines:
        return
    top = inner.y + name_h + trade_h + 1.0
    step = (inner.y + inner.height - top) / max(len(lines), 3)
    for number, line in enumerate(lines):
        area = canvas.rect(inner.x, top + number * step, inner.width, step)
        draw_fitted(painter, area, fit_line(painter, line, area, 8, 6.5), colour)


def _paint_logo(painter, canvas: MmCanvas, inner: Rect, height: float, logo) -> float:
    """The logo at the top right, `height` mm high at most (a quarter of the width): the width it takes, gap included."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(logo.png_bytes(), "PNG")
    box = min(height, inner.width * 0.25)
    scale = min(box / logo.width, box / logo.height)
    width, high = logo.width * scale, logo.height * scale
    painter.save()
    painter.setRenderHint(painter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(canvas.rect(inner.x + inner.width - width, inner.y, width, high), image)
    painter.restore()
    return width + 1.5


def door_hours(shop: ShopCard) -> str:
    """The week written out by the formatter, one group of days a line; else the hours as typed."""
    if shop.hours is not None and not shop.hours.is_empty:
        from socialdesk.domain.hours.words import format_hours
        from socialdesk.ui.i18n import current_language

        return format_hours(shop.hours, current_language(), separator="\n")
    return shop.opening_hours.strip()


def door_words(shop: ShopCard, closure: str, coming: tuple[str, ...] = ()) -> list[tuple[str, float, bool]]:
    """(text, points, bold) of a door sign's upper half: name, "Opening hours", the hours, the closure, then
    "Coming up" and the coming days, one a line."""
    words = [(shop.name, 28.0, True)]
    hours = door_hours(shop)
    if hours:
        words.append((QCoreApplication.translate("ShopFaces", "Opening hours"), 16.0, True))
        words.append((hours, 14.0, False))
    if closure.strip():
        words.append((closure.strip(), 14.0, True))
    lines = [line.strip() for line in coming if line.strip()]
    if lines:
        words.append((QCoreApplication.translate("ShopFaces", "Coming up"), 14.0, True))
        words.append(("\n".join(lines), 12.0, False))
    return words


NAME_SHARE = 0.3  # of a door sign's words, whatever follows: the name is measured the same without the hours
_DOOR_GAP = 3.0  # mm between the hours, the closure and the call to action under them


def door_scale(rect: Rect) -> float:
    """Letters grow with the sign (A4 half as big again as A5): a sign is read from the street."""
    return max(1.0, rect.width / 140)


def door_blocks(device, canvas: MmCanvas, rect: Rect, shop: ShopCard, closure: str, font: str = "sans",
                coming: tuple[str, ...] = ()):
    """[(area, FittedText, text)]: the name at the top, the hours and closure one block just above the code
    (the call to action under them), each fitted in the brand's letters."""
    words, scale = door_words(shop, closure, coming), door_scale(rect)
    margin = max(5.0, rect.width * 0.06)
    inner = Rect(rect.x + margin, rect.y + margin, rect.width - 2 * margin, rect.height - margin - 1.0)
    lettered = Lettering(_device(device), font)
    name_h = inner.height * NAME_SHARE
    name = canvas.rect(inner.x, inner.y, inner.width, name_h)
    blocks = [(name, fit_text(lettered, words[0][0], name, words[0][1] * scale, True, minimum=7), words[0][0])]
    rest = words[1:]
    if not rest:
        return blocks
    room = inner.height - name_h - _DOOR_GAP * len(rest)
    weights = [points * max(1, text.count("\n") + 1) for text, points, _bold in rest]
    fitted = []
    for (text, points, bold), weight in zip(rest, weights):
        area = canvas.rect(inner.x, 0, inner.width, room * weight / sum(weights))
        fitted.append((fit_text(lettered, text, area, points * scale, bold, minimum=7), text))
    heights = [_text_height(lettered, item) / canvas.per_mm for item, _text in fitted]
    y = inner.y + inner.height - sum(heights) - _DOOR_GAP * (len(rest) - 1)
    for (item, text), height in zip(fitted, heights):
        blocks.append((canvas.rect(inner.x, y, inner.width, height), item, text))
        y += height + _DOOR_GAP
    return blocks


def _text_height(lettered: Lettering, fitted: FittedText) -> float:
    from PySide6.QtGui import QFontMetricsF

    from socialdesk.ui.presence.qr_paint import _font

    return len(fitted.lines) * QFontMetricsF(_font(lettered, fitted.points, fitted.bold), lettered.device()).lineSpacing()


def paint_door_words(painter, canvas: MmCanvas, rect: Rect, shop: ShopCard, closure: str, style: CardStyle,
                     coming: tuple[str, ...] = ()) -> None:
    painter.save()
    painter.setFont(brand_font(style.font))
    for area, fitted, _text in door_blocks(painter, canvas, rect, shop, closure, style.font, coming):
        draw_fitted(painter, area, fitted, QColor(style.foreground))
    painter.restore()
