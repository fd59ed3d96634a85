"""Where things go on a printed card, in millimetres: sheets, faces, codes and their text."""

from dataclasses import dataclass
from enum import Enum


class CardTemplate(str, Enum):
    A6 = "a6"  # counter card, 105 x 148 mm
    TENT = "tent"  # A5 folded into two A6 faces, the top one upside down
    STICKERS = "stickers"  # A4 sheet, 3 x 4 stickers
    BUSINESS = "business"  # A4 sheet, 2 x 5 business cards of 85 x 55 mm


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    def inset(self, margin: float) -> "Rect":
        return Rect(self.x + margin, self.y + margin, self.width - 2 * margin, self.height - 2 * margin)


@dataclass(frozen=True)
class Face:
    rect: Rect
    upside_down: bool = False


@dataclass(frozen=True)
class Sheet:
    """One printed page: its paper, the faces of ONE card (tent) or of MANY cards (grids)."""

    paper_mm: tuple[float, float]
    faces: tuple[Face, ...]
    one_card_per_sheet: bool  # True: every face shows the same card (A6, tent)
    max_codes: int
    fold_y: float | None = None
    crop_marks: bool = False


def _grid(paper: tuple[float, float], columns: int, rows: int, cell: tuple[float, float]) -> tuple[Face, ...]:
    left = (paper[0] - columns * cell[0]) / 2
    top = (paper[1] - rows * cell[1]) / 2
    return tuple(Face(Rect(left + c * cell[0], top + r * cell[1], *cell)) for r in range(rows) for c in range(columns))


SHEETS = {
    CardTemplate.A6: Sheet((105.0, 148.0), (Face(Rect(0, 0, 105, 148)),), True, 4),
    CardTemplate.TENT: Sheet((148.0, 210.0), (Face(Rect(0, 0, 148, 105), upside_down=True),
                                              Face(Rect(0, 105, 148, 105))), True, 2, fold_y=105.0),
    CardTemplate.STICKERS: Sheet((210.0, 297.0), _grid((210.0, 297.0), 3, 4, (63.0, 69.0)), False, 1,
                                 crop_marks=True),
    CardTemplate.BUSINESS: Sheet((210.0, 297.0), _grid((210.0, 297.0), 2, 5, (85.0, 55.0)), False, 2,
                                 crop_marks=True),
}


@dataclass(frozen=True)
class CodeSlot:
    code: Rect  # the square for the code with its quiet zone
    call_to_action: Rect
    caption: Rect
    address: Rect  # up to three lines, the whole width of the cell (or the face): long links need the room


@dataclass(frozen=True)
class FaceLayout:
    title: Rect
    slots: tuple[CodeSlot, ...]


ADDRESS_BAND = 3.6  # mm: one line of 8 pt (DejaVu Sans: 3.3 mm), 7 pt at the least; a long address takes more
CALL_BAND = 5.0  # mm: one bold line of up to 12 pt
_GAP = 0.6


def _text_column(area: Rect) -> tuple[Rect, Rect]:
    h = area.height
    return Rect(area.x, area.y, area.width, h * 0.58), Rect(area.x, area.y + h * 0.62, area.width, h * 0.38)


def _side_layout(inner: Rect, address_band: float) -> FaceLayout:
    """Landscape face with one code: the code on the left, the title and caption on the right, the
    call to action and the address each on one line across the whole face under both (a call to
    action is one line on every card: the column beside the code is too narrow for a sentence)."""
    band = Rect(inner.x, inner.y + inner.height - address_band, inner.width, address_band)
    call = Rect(inner.x, band.y - _GAP - CALL_BAND, inner.width, CALL_BAND)
    upper = call.y - _GAP - inner.y
    side = min(upper, inner.width * 0.6)  # leave the words a column they can be read in
    code = Rect(inner.x, inner.y + (upper - side) / 2, side, side)
    right = Rect(inner.x + side + inner.width * 0.03, inner.y, inner.width - side - inner.width * 0.03, upper)
    title = Rect(right.x, right.y + right.height * 0.06, right.width, right.height * 0.3)
    caption = Rect(right.x, right.y + right.height * 0.45, right.width, right.height * 0.5)
    return FaceLayout(title, (CodeSlot(code, call, caption, band),))


def face_layout(face: Rect, count: int, address_band: float = ADDRESS_BAND) -> FaceLayout:
    """Title band on top, then `count` codes in a grid, each with its call to action, caption and,
    in a band `address_band` mm high the width of its cell, its address (a taller band for an address
    on two or three lines makes the code that much smaller, never the words above it)."""
    inner = face.inset(max(3.0, min(face.width, face.height) * 0.06))
    if count == 1 and inner.width > inner.height * 1.25:
        return _side_layout(inner, address_band)
    title_h = min(14.0, max(5.0, inner.height * 0.1))
    title = Rect(inner.x, inner.y, inner.width, title_h)
    area = Rect(inner.x, inner.y + title_h, inner.width, inner.height - title_h)
    columns, rows = (1, 1) if count == 1 else (2, 2) if count > 2 else (2, 1) if area.width > area.height else (1, 2)
    cell_w, cell_h = area.width / columns, area.height / rows
    slots = []
    for index in range(count):
        cell = Rect(area.x + (index % columns) * cell_w, area.y + (index // columns) * cell_h, cell_w, cell_h)
        extra = address_band - ADDRESS_BAND
        text_h = min(30.0 + ADDRESS_BAND, max(9.0 + ADDRESS_BAND, cell.height * 0.26)) + extra
        side = max(0.0, min(cell.width * 0.95, cell.height - text_h))
        code = Rect(cell.x + (cell.width - side) / 2, cell.y, side, side)
        words = Rect(cell.x + cell.width * 0.03, cell.y + side + 1.0, cell.width * 0.94,
                     text_h - 1.0 - address_band - _GAP)
        band = Rect(cell.x + cell.width * 0.01, cell.y + cell.height - address_band, cell.width * 0.98, address_band)
        slots.append(CodeSlot(code, *_text_column(words), band))
    return FaceLayout(title, tuple(slots))


def cards_for_sheets(template: CardTemplate, groups: list[list]) -> list[list[list]]:
    """Sheets -> cards -> items. A6 and tents: one card a sheet. Grids: cards fill each sheet in
    turn; fewer cards than a sheet holds are repeated, so a sheet of stickers is not half empty."""
    sheet = SHEETS[template]
    if sheet.one_card_per_sheet:
        return [[group] for group in groups]
    per_sheet = len(sheet.faces)
    if len(groups) < per_sheet:
        return [[groups[i % len(groups)] for i in range(per_sheet)]]
    return [groups[i:i + per_sheet] for i in range(0, len(groups), per_sheet)]


def group_items(items: list, per_card: int, template: CardTemplate) -> list[list]:
    per_card = max(1, min(per_card, SHEETS[template].max_codes))
    return [items[i:i + per_card] for i in range(0, len(items), per_card)]
