"""The faces of printed matter that show the shop rather than a code: a business card's front, a door sign's words."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from socialdesk.domain.cards_layout import Rect
from socialdesk.domain.shop import ShopCard
from socialdesk.ui.presence.qr_paint import MmCanvas, draw_fitted, fit_line, fit_text


def _lines(shop: ShopCard) -> list[str]:
    town = " ".join(part for part in (shop.postcode.strip(), shop.city.strip()) if part)
    return [line for line in (shop.address.strip(), town, shop.phone.strip(), _site(shop.website)) if line]


def _site(website: str) -> str:
    from socialdesk.domain.cards import printed_address

    return printed_address(website.strip()) or website.strip()


def paint_business_front(painter, canvas: MmCanvas, rect: Rect, shop: ShopCard, colour: QColor) -> None:
    """Shop name, trade, then address, town, phone and website, each on its own line, never cut."""
    inner = rect.inset(max(3.0, rect.height * 0.08))
    name_h, trade_h = inner.height * 0.3, inner.height * 0.16
    name = canvas.rect(inner.x, inner.y, inner.width, name_h)
    draw_fitted(painter, name, fit_text(painter, shop.name, name, 14, True, minimum=7), colour)
    trade = canvas.rect(inner.x, inner.y + name_h, inner.width, trade_h)
    if shop.trade.strip():
        draw_fitted(painter, trade, fit_line(painter, shop.trade.strip(), trade, 9, 6.5), colour)
    lines = _lines(shop)
    if not lines:
        return
    top = inner.y + name_h + trade_h + 1.0
    step = (inner.y + inner.height - top) / max(len(lines), 3)
    for number, line in enumerate(lines):
        area = canvas.rect(inner.x, top + number * step, inner.width, step)
        draw_fitted(painter, area, fit_line(painter, line, area, 8, 6.5), colour)


def door_hours(shop: ShopCard) -> str:
    """The week written out by the formatter, one group of days a line; else the hours as typed."""
    if shop.hours is not None and not shop.hours.is_empty:
        from socialdesk.domain.hours.words import format_hours
        from socialdesk.ui.i18n import current_language

        return format_hours(shop.hours, current_language(), separator="\n")
    return shop.opening_hours.strip()


def door_words(shop: ShopCard, closure: str) -> list[tuple[str, float, bool]]:
    """(text, points, bold) of a door sign's upper half: name, "Opening hours", the hours, the closure."""
    words = [(shop.name, 28.0, True)]
    hours = door_hours(shop)
    if hours:
        words.append((QCoreApplication.translate("ShopFaces", "Opening hours"), 16.0, True))
        words.append((hours, 14.0, False))
    if closure.strip():
        words.append((closure.strip(), 14.0, True))
    return words


NAME_SHARE = 0.3  # of a door sign's words, whatever follows: the name is measured the same without the hours


def door_blocks(device, canvas: MmCanvas, rect: Rect, shop: ShopCard, closure: str):
    """[(area, FittedText, text)]: the words share the area in proportion to their size, each fitted."""
    words = door_words(shop, closure)
    inner = rect.inset(max(5.0, rect.width * 0.06))
    rest = [points * max(1, text.count("\n") + 1) for text, points, _bold in words[1:]]
    shares = [NAME_SHARE] + [(1 - NAME_SHARE) * weight / sum(rest) for weight in rest]
    blocks, y = [], inner.y
    for (text, points, bold), share in zip(words, shares):
        height = inner.height * share
        area = canvas.rect(inner.x, y, inner.width, height)
        blocks.append((area, fit_text(device, text, area, points, bold, minimum=7), text))
        y += height
    return blocks


def paint_door_words(painter, canvas: MmCanvas, rect: Rect, shop: ShopCard, closure: str, colour: QColor) -> None:
    for area, fitted, _text in door_blocks(painter, canvas, rect, shop, closure):
        draw_fitted(painter, area, fitted, colour)
