"""Where things go on a printed card, in millimetres: sheets, faces, codes and their text."""

from dataclasses import dataclass, replace

from socialdesk.domain.card_template import CardTemplate

SAFE_MM = 5.0  # home printers cannot print closer to the paper's edge (die-cut label sheets excepted)
DEFAULT_STOCK = {CardTemplate.STICKERS: "L7164", CardTemplate.BUSINESS: "C32010"}
# On the owner's paper (Preferences ▸ Printing): the label products, and four counter cards on US Letter as
# quarter-letter cards (4¼ × 5½ in: four A6 do not fit on Letter), "letter" standing for the product
PAPER_STOCK = {"a4": {**DEFAULT_STOCK},
               "letter": {CardTemplate.STICKERS: "5163", CardTemplate.BUSINESS: "8371", CardTemplate.A6X4: "letter",
                          CardTemplate.DOOR_A4: "letter",  # the large door sign on a Letter page
                          # US paper for the A-sized pages: a quarter-letter counter card (4¼ × 5½ in), the tent
                          # and the small door sign on half-letter (5½ × 8½ in, a Letter sheet cut in two)
                          CardTemplate.A6: "letter", CardTemplate.TENT: "letter", CardTemplate.DOOR_A5: "letter"}}


LETTER_COUNTRIES = ("US", "CA")  # where shops buy US Letter paper and Avery's US sheets


def shop_paper(settings, country: str) -> str:
    """The paper chosen in Preferences ▸ Printing; never chosen: US Letter for a shop in the US or Canada, else A4.
    `settings` is the store's settings (get, stored)."""
    if settings.stored("paper"):
        return settings.get("paper")
    return "letter" if (country or "").strip().upper() in LETTER_COUNTRIES else "a4"


def default_stock(template: "CardTemplate", paper: str | None) -> str | None:
    """What `template` prints on by default for the owner's paper ("a4" or "letter"); None: the template's own."""
    return PAPER_STOCK.get(paper or "a4", PAPER_STOCK["a4"]).get(template)


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
    safe_mm: float = SAFE_MM  # nothing printed closer to the edge; 0 on a die-cut label sheet
    content: str = "codes"  # what a face shows: "codes", "business" (front page, backs mirrored) or "door"
    stock: str = ""  # the label product's code, for a label sheet


def _grid(paper: tuple[float, float], columns: int, rows: int, cell: tuple[float, float]) -> tuple[Face, ...]:
    left = (paper[0] - columns * cell[0]) / 2
    top = (paper[1] - rows * cell[1]) / 2
    return tuple(Face(Rect(left + c * cell[0], top + r * cell[1], *cell)) for r in range(rows) for c in range(columns))


def _label_sheet(code: str, content: str, max_codes: int) -> Sheet:
    from socialdesk.domain.label_sheets import label_sheet

    stock = label_sheet(code)
    faces = tuple(Face(Rect(*position)) for position in stock.positions())
    return Sheet(stock.paper_mm, faces, False, max_codes, safe_mm=0.0, content=content, stock=stock.code)


_A4 = (210.0, 297.0)
_LETTER = (215.9, 279.4)
_HALF_LETTER = (139.7, 215.9)  # 5½ × 8½ in
_QUARTER_LETTER = (107.95, 139.7)  # 4¼ × 5½ in
_FIXED = {
    CardTemplate.A6: Sheet((105.0, 148.0), (Face(Rect(0, 0, 105, 148)),), True, 4),
    CardTemplate.A6X4: Sheet(_A4, _grid(_A4, 2, 2, (105.0, 148.5)), False, 4, crop_marks=True),
    CardTemplate.TENT: Sheet((148.0, 210.0), (Face(Rect(0, 0, 148, 105), upside_down=True),
                                              Face(Rect(0, 105, 148, 105))), True, 2, fold_y=105.0),
    CardTemplate.DOOR_A5: Sheet((148.0, 210.0), (Face(Rect(0, 0, 148, 210)),), True, 1, content="door"),
    CardTemplate.DOOR_A4: Sheet(_A4, (Face(Rect(0, 0, 210, 297)),), True, 1, content="door"),
}
_STOCK_CONTENT = {CardTemplate.STICKERS: ("codes", 1), CardTemplate.BUSINESS: ("business", 1)}
_ON_PAPER = {(CardTemplate.A6X4, "a4"): _FIXED[CardTemplate.A6X4],
             (CardTemplate.A6X4, "letter"): Sheet(_LETTER, _grid(_LETTER, 2, 2, (107.95, 139.7)), False, 4,
                                                  crop_marks=True),
             (CardTemplate.DOOR_A4, "a4"): _FIXED[CardTemplate.DOOR_A4],
             (CardTemplate.DOOR_A4, "letter"): Sheet(_LETTER, (Face(Rect(0, 0, *_LETTER)),), True, 1, content="door"),
             (CardTemplate.A6, "letter"): Sheet(_QUARTER_LETTER, (Face(Rect(0, 0, *_QUARTER_LETTER)),), True, 4),
             (CardTemplate.TENT, "letter"): Sheet(_HALF_LETTER, (Face(Rect(0, 0, 139.7, 107.95), upside_down=True),
                                                                Face(Rect(0, 107.95, 139.7, 107.95))), True, 2,
                                                  fold_y=107.95),
             (CardTemplate.DOOR_A5, "letter"): Sheet(_HALF_LETTER, (Face(Rect(0, 0, *_HALF_LETTER)),), True, 1,
                                                     content="door")}


def takes_stock(template: CardTemplate) -> str | None:
    """The kind of label product ("stickers", "business") the template prints on, None for plain paper."""
    return template.value if template in _STOCK_CONTENT else None


def sheet_for(template: CardTemplate, stock: str | None = None) -> Sheet:
    """The template's sheet; stickers and business cards on the label product `stock` (its code on the
    box; the default when None), four counter cards on "a4" or "letter". ValueError for a product of
    another kind or a template on plain paper."""
    if (template, (stock or "a4").lower()) in _ON_PAPER:  # four counter cards on the owner's paper
        return _ON_PAPER[template, (stock or "a4").lower()]
    if template not in _STOCK_CONTENT:
        if stock:
            raise ValueError(f"{template.value} prints on plain paper, not on {stock}")
        return _FIXED[template]
    from socialdesk.domain.label_sheets import label_sheet

    code = stock or DEFAULT_STOCK[template]
    if label_sheet(code).kind != template.value:
        raise ValueError(f"{code} is not a sheet of {template.value}")
    return _label_sheet(code, *_STOCK_CONTENT[template])


class _Sheets(dict):
    """SHEETS[template]: the template's sheet on its default stock, built when first asked for."""

    def __missing__(self, template: CardTemplate) -> Sheet:
        self[template] = sheet_for(CardTemplate(template))
        return self[template]


SHEETS: dict[CardTemplate, Sheet] = _Sheets()


def on_page(sheet: Sheet, width_mm: float, height_mm: float) -> Sheet:
    """The sheet on the page the printer really makes (an A6 PDF in whole points is 104.78 mm wide):
    plain paper's safe area measured on it, so backgrounds and frames stay 5 mm from its edges (the faces,
    and so the codes checked for them, stay as laid out); a die-cut label sheet as its product's table says."""
    if not sheet.safe_mm:
        return sheet
    return replace(sheet, paper_mm=(width_mm, height_mm))


def safe_area(sheet: Sheet) -> Rect:
    width, height = sheet.paper_mm
    return Rect(0, 0, width, height).inset(sheet.safe_mm)


def clip(rect: Rect, area: Rect) -> Rect:
    x, y = max(rect.x, area.x), max(rect.y, area.y)
    right, bottom = min(rect.x + rect.width, area.x + area.width), min(rect.y + rect.height, area.y + area.height)
    return Rect(x, y, max(0.0, right - x), max(0.0, bottom - y))


DOOR_WORDS = 0.4  # a door sign's upper share: name, opening hours, closure; the code below, centred under them


DOOR_CODE_WIDEST = 1.18  # a door sign's code area at most this many times as wide as high: on Letter too the
# code stands centred under its large call to action (wider, face_layout would put it beside small words)


def code_area(sheet: Sheet, rect: Rect) -> Rect:
    """The part of a face that holds the codes: the whole face, or a door sign's lower part, centred."""
    if sheet.content != "door":
        return rect
    height = rect.height * (1 - DOOR_WORDS)
    width = min(rect.width, height * DOOR_CODE_WIDEST)
    return Rect(rect.x + (rect.width - width) / 2, rect.y + rect.height * DOOR_WORDS, width, height)


def words_area(rect: Rect) -> Rect:
    return Rect(rect.x, rect.y, rect.width, rect.height * DOOR_WORDS)


def mirrored(sheet: Sheet, rect: Rect) -> Rect:
    """Where the back of `rect` falls on the back page when the sheet turns over its long edge (duplex):
    left and right swap, so each back is behind its own front."""
    return Rect(sheet.paper_mm[0] - rect.x - rect.width, rect.y, rect.width, rect.height)


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


COMPACT_BELOW_MM = 45.0  # a landscape face lower than this (the small labels: L7159, L7160, L7163) is laid out compact
LABEL_EDGE_MM = 1.0  # compact: from the label's cut to the code's quiet zone (itself white), for a sheet fed askew
ADDRESS_EDGE_MM = 2.0  # compact: from the label's cut to the words, whose letters a shifted cut must not touch
COMPACT_MIN_CODE_MM = 25.0  # a compact code with its quiet zone smaller than this does not read at 150 dpi
_LAST_LINE_SLACK = 0.2  # the band's last line ends its letters this far above the band's foot (descender room)


MIN_LABEL_MM = COMPACT_MIN_CODE_MM + 2 * LABEL_EDGE_MM + ADDRESS_BAND  # the lowest label a code that scans fits on


def carries_a_code(product) -> bool:
    """Whether a label product's labels are high enough for a code that scans with its address under it (5160: no)."""
    return min(product.label) >= MIN_LABEL_MM


def _compact_layout(face: Rect, address_band: float) -> FaceLayout:
    """A small label: the code as high as the label allows above the address (the quiet zone is the code's
    margin), the address across the whole label under it, the shop name, call to action and caption to
    the code's right when they fit."""
    inner, words = face.inset(LABEL_EDGE_MM), face.inset(ADDRESS_EDGE_MM)
    foot = words.y + words.height + _LAST_LINE_SLACK
    if foot - address_band - inner.y < COMPACT_MIN_CODE_MM:  # the lowest labels: the code's size before the margin
        foot = inner.y + inner.height
    band = Rect(words.x, foot - address_band, words.width, address_band)
    side = max(0.0, min(band.y - inner.y, inner.width * 0.6))
    code = Rect(inner.x, inner.y, side, side)
    left = inner.x + side + _GAP
    right = Rect(left, inner.y + side * 0.12, words.x + words.width - left, side * 0.76)
    title = Rect(right.x, right.y, right.width, right.height * 0.4)
    call = Rect(right.x, right.y + right.height * 0.42, right.width, min(CALL_BAND, right.height * 0.28))
    caption = Rect(right.x, right.y + right.height * 0.72, right.width, right.height * 0.28)
    return FaceLayout(title, (CodeSlot(code, call, caption, band),))


def face_layout(face: Rect, count: int, address_band: float = ADDRESS_BAND, headline: bool = False) -> FaceLayout:
    """Title band on top, then `count` codes in a grid, each with its call to action, caption and,
    in a band `address_band` mm high the width of its cell, its address (a taller band for an address
    on two or three lines makes the code that much smaller, never the words above it). `headline`: a
    title band about twice as high, for the brand's "large headline" style. A small landscape label
    with one code: the compact layout."""
    if count == 1 and face.height < COMPACT_BELOW_MM and face.width > face.height * 1.25:
        return _compact_layout(face, address_band)
    inner = face.inset(max(3.0, min(face.width, face.height) * 0.06))
    if count == 1 and inner.width > inner.height * 1.25:
        return _side_layout(inner, address_band)
    title_h = min(28.0, max(10.0, inner.height * 0.2)) if headline else min(14.0, max(5.0, inner.height * 0.1))
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


def cards_for_sheets(template: CardTemplate, groups: list[list], stock: str | None = None) -> list[list[list]]:
    """Sheets -> cards -> items. A6 and tents: one card a sheet. Grids: cards fill each sheet in
    turn; fewer cards than a sheet holds are repeated, so a sheet of stickers is not half empty. Business
    cards: one sheet, the first card on every back (the shop's one code, as on a real business card)."""
    sheet = sheet_for(template, stock)
    if sheet.one_card_per_sheet:
        return [[group] for group in groups]
    if sheet.content == "business":  # every back the same code, the first marked for print, behind every front
        groups = groups[:1]
    per_sheet = len(sheet.faces)
    if len(groups) < per_sheet:
        return [[groups[i % len(groups)] for i in range(per_sheet)]]
    return [groups[i:i + per_sheet] for i in range(0, len(groups), per_sheet)]


def group_items(items: list, per_card: int, template: CardTemplate) -> list[list]:
    per_card = max(1, min(per_card, SHEETS[template].max_codes))
    return [items[i:i + per_card] for i in range(0, len(items), per_card)]


def printed_items(template: CardTemplate, items: list, per_card: int = 1, stock: str | None = None) -> list:
    """Every code the sheets carry, once per printed copy (a sheet of 12 stickers for 4 listings: each 3 times)."""
    sheets = cards_for_sheets(template, group_items(items, per_card, template), stock)
    return [item for cards in sheets for group in cards for item in group]
