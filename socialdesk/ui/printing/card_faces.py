"""Drawing a sheet of cards: backgrounds, business-card fronts, door-sign words, each face's codes and words."""

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from socialdesk.domain.cards import CardItem
from socialdesk.domain.cards_layout import Face, Rect, clip, code_area, mirrored, safe_area, words_area
from socialdesk.domain.shop import ShopCard
from socialdesk.ui.presence.qr_paint import MmCanvas, brand_font, draw_fitted, module_path, paint_code
from socialdesk.ui.printing.card_style import CardStyle
from socialdesk.ui.printing.card_words import _face_words, _key, _layout, _q


def paint_sheet(painter, canvas, sheet, cards, shop: ShopCard, style, checked, back: bool, closure: str,
                coming: tuple[str, ...] = ()) -> list[str]:
    """Draw one page; returns the payloads of the codes drawn on it (one entry a code); `coming`: the days a door
    sign announces after its closure."""
    from socialdesk.ui.printing.sheet_marks import fill_rect, paint_cut_marks, paint_fold
    from socialdesk.ui.printing.shop_faces import paint_business_front, paint_door_words

    faces = sheet.faces
    pairs = [(face, cards[0]) for face in faces] if sheet.one_card_per_sheet else list(zip(faces, cards))
    dark, safe = QColor(style.foreground), safe_area(sheet)
    painted: list[str] = []
    for face, group in pairs:
        if back:  # behind its own front when the sheet turns over for the second side
            face = dataclasses.replace(face, rect=mirrored(sheet, face.rect))
        ground = ground_rect(sheet, face.rect)
        fill_rect(painter, canvas, ground, style.background)
        if style.layout == "framed":
            _paint_frame(painter, canvas, face.rect, ground, dark)
        if sheet.content == "business" and not back:
            paint_business_front(painter, canvas, face.rect, shop, style)
            continue
        if sheet.content == "door":
            paint_door_words(painter, canvas, words_area(face.rect), shop, closure, style, coming)
            face = dataclasses.replace(face, rect=code_area(sheet, face.rect))
        painted += _paint_face(painter, canvas, face, group, "" if sheet.content == "door" else shop.name,
                               style.for_sheet(sheet), checked)
    if sheet.fold_y is not None:
        paint_fold(painter, canvas, sheet.paper_mm[0], sheet.fold_y, sheet.safe_mm)
    if sheet.crop_marks:
        paint_cut_marks(painter, canvas, [face.rect for face, _ in pairs], safe)
    return painted


def _paint_face(painter, canvas: MmCanvas, face: Face, group: list[CardItem], shop_name: str,
                style: CardStyle, checked: dict) -> list[str]:
    painter.save()
    rect = face.rect
    if face.upside_down:
        painter.translate(canvas(rect.x + rect.width), canvas(rect.y + rect.height))
        painter.rotate(180)
        rect = Rect(0, 0, rect.width, rect.height)
    dark = QColor(style.foreground)  # the background and frame are the sheet's (paint_sheet)
    painted = []
    for item, slot in zip(group, _layout(rect, group, checked, headline=style.headline(group)).slots):
        result = checked[_key(item, slot)]
        paint_code(painter, result.code, _q(canvas, slot.code), module_path(result.code))
        painted.append(item.payload)
    plain = painter.font()
    words = _face_words(painter.device(), canvas, rect, group, shop_name, checked, style)
    for index, (area, fitted, _notice) in enumerate(words):
        painter.setFont(plain if index and index % 3 == 0 else brand_font(style.font))  # addresses: plain
        draw_fitted(painter, area, fitted, dark)
    painter.restore()
    return painted


def ground_rect(sheet, rect: Rect) -> Rect:
    """Where a card's background goes: up to its cut line, never nearer the paper's edge than the printer
    reaches; cards cut from one sheet keep the same white border on their four sides."""
    if sheet.crop_marks:
        return clip(rect.inset(sheet.safe_mm), safe_area(sheet))
    return clip(rect, safe_area(sheet))


FRAME_PEN_MM = 0.8


def _paint_frame(painter, canvas: MmCanvas, rect: Rect, ground: Rect, colour: QColor) -> None:
    """The "framed" style: a rounded line in the code's colour, half-way into the card's margin and
    inside its background (so never nearer the paper's edge than the printer reaches)."""
    margin = max(3.0, min(rect.width, rect.height) * 0.06) / 2
    frame = clip(rect.inset(margin), ground.inset(FRAME_PEN_MM / 2 + 0.1))
    painter.save()
    painter.setPen(QPen(colour, canvas(FRAME_PEN_MM)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(canvas.rect(frame.x, frame.y, frame.width, frame.height), canvas(2.5), canvas(2.5))
    painter.restore()
