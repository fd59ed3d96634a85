"""Print geometry: size from scanning distance, minimum sizes, the quiet zone, where a logo may go.

Sizes in millimetres are the width of the dark square (the symbol); the quiet zone of
QUIET_ZONE modules is added around it, always.
"""

import math
from dataclasses import dataclass

QUIET_ZONE = 4  # modules of blank margin on every side (ISO/IEC 18004)
DISTANCE_RATIO = 10.0  # code width >= scanning distance / 10
MIN_SIZE_MM = 20.0  # about 2 cm is the floor, even up close
MIN_MODULE_MM = 0.5  # smaller modules blur for a phone camera and in a 150 dpi print
MAX_SIZE_MM = 400.0
# The logo rule: a centred box of at most LOGO_MAX_FRACTION of the symbol's area that keeps clear of
# the finders, timing and every alignment pattern but the middle one. zxing-cpp (the app's check)
# reads logos up to 20 % of the area; zbar does not, so a code called Verified could fail in other
# phones' readers. Measured with bench/qr_logo_zbar.py (versions 3-40, square/wide/tall logos,
# three colour pairs, every check variant: 105-480 dpi sharp and 150 dpi blurred):
# - covering off-centre alignment patterns is what zbar minds most: with 2-9 of them covered it
#   failed from 4 to 16 % where zxing-cpp read up to 19 % (version 30, square: failed at 8 of 11
#   sizes from 6.5 to 19.8 %); clear of them (this rule, 20 % cap) 8 of 135 Verified codes were
#   left unread by zbar (300 dpi, minimum size), all at 15-17 %;
# - above 10 % zbar fails on the blurred variant even with the box left empty (error budget):
#   cap 12 %: 6 of 135 unread, cap 10 %: 0 of 135. Within the cap zbar still missed 16 of 480
#   Verified codes (4-9 %, one variant, no code found); no way of drawing the logo fixed them all
#   (clear zones of 1, 1.5, 2 modules left 8, 2, 13), so verify.py asks zbar as well.
LOGO_MAX_FRACTION = 0.10
_FORMAT_ZONE = 9  # finder (7) + separator (1) + format information (1)
_TIMING = 7  # first row/column past the timing pattern


def size_for_distance_mm(distance_cm: float) -> float:
    """The 10:1 rule, rounded up to a whole millimetre, never under the 2 cm floor."""
    return max(MIN_SIZE_MM, float(math.ceil(distance_cm * 10.0 / DISTANCE_RATIO)))


def distance_for_size_cm(size_mm: float) -> float:
    return size_mm * DISTANCE_RATIO / 10.0


def minimum_size_mm(modules: int) -> float:
    """The smallest printable width for a symbol of `modules` modules across."""
    return max(MIN_SIZE_MM, math.ceil(modules * MIN_MODULE_MM))


def module_mm(size_mm: float, modules: int) -> float:
    return size_mm / modules


def total_size_mm(size_mm: float, modules: int) -> float:
    """Width including the quiet zone on both sides."""
    return size_mm * (modules + 2 * QUIET_ZONE) / modules


def pixels_for(length_mm: float, dpi: int) -> int:
    return max(1, round(length_mm / 25.4 * dpi))


@dataclass(frozen=True)
class LogoBox:
    """The centred rectangle, in whole modules, cleared to the background for a logo."""

    x: int
    y: int
    width: int
    height: int

    def contains(self, column: int, row: int) -> bool:
        return self.x <= column < self.x + self.width and self.y <= row < self.y + self.height

    def area_fraction(self, modules: int) -> float:
        return self.width * self.height / (modules * modules)


def _alignment_positions(modules: int) -> list[int]:
    from qrcode.util import pattern_position

    return list(pattern_position((modules - 17) // 4))


def alignment_centres(modules: int) -> list[tuple[int, int]]:
    """(column, row) of every alignment pattern's centre (none in version 1)."""
    positions = _alignment_positions(modules)
    if not positions:
        return []
    corners = {(positions[0], positions[0]), (positions[-1], positions[0]), (positions[0], positions[-1])}
    return [(x, y) for x in positions for y in positions if (x, y) not in corners]


def _covers_outer_alignment(box: LogoBox, modules: int) -> bool:
    """True if the box touches a 5 x 5 alignment pattern other than the one at the very centre.

    zbar rebuilds the module grid of a large code from these patterns; zxing-cpp copes without
    them, so a code the check verifies can still be unreadable in zbar (bench/qr_logo_zbar.py)."""
    positions = _alignment_positions(modules)
    middle = positions[len(positions) // 2] if len(positions) % 2 else None
    return any(box.x < x + 3 and box.x + box.width > x - 2 and box.y < y + 3 and box.y + box.height > y - 2
               for x, y in alignment_centres(modules) if (x, y) != (middle, middle))


def _overlaps(box: LogoBox, modules: int) -> bool:
    """True if the box touches a finder square (with its separator and format bits), timing, or
    an alignment pattern off the centre."""
    if _covers_outer_alignment(box, modules):
        return True
    if box.x < _TIMING or box.y < _TIMING or box.x + box.width > modules - _TIMING:
        return True
    if box.y + box.height > modules - _TIMING:
        return True
    right, bottom = box.x + box.width, box.y + box.height
    zones = ((0, 0, _FORMAT_ZONE, _FORMAT_ZONE), (modules - 8, 0, modules, _FORMAT_ZONE),
             (0, modules - 8, _FORMAT_ZONE, modules))
    return any(box.x < x1 and right > x0 and box.y < y1 and bottom > y0 for x0, y0, x1, y1 in zones)


def _odd_at_most(value: float, modules: int) -> int:
    """Largest whole number <= value with the same parity as `modules`, so the box is centred."""
    whole = int(math.floor(value))
    if (modules - whole) % 2:
        whole -= 1
    return whole


def logo_box(modules: int, aspect: float = 1.0, fraction: float = LOGO_MAX_FRACTION) -> LogoBox | None:
    """The largest centred box of this aspect (width/height) within `fraction` of the area that
    keeps clear of the finder squares; None if not even 3 x 3 modules fit."""
    aspect = min(max(aspect, 0.2), 5.0)
    area = min(fraction, LOGO_MAX_FRACTION) * modules * modules
    width, height = math.sqrt(area * aspect), math.sqrt(area / aspect)
    while width >= 3 and height >= 3:
        w, h = _odd_at_most(width, modules), _odd_at_most(height, modules)
        if w >= 3 and h >= 3:
            box = LogoBox((modules - w) // 2, (modules - h) // 2, w, h)
            if not _overlaps(box, modules) and box.area_fraction(modules) <= LOGO_MAX_FRACTION:
                return box
        width, height = width * 0.95, height * 0.95
    return None


def visible_modules(modules: tuple[tuple[bool, ...], ...], box: LogoBox | None) -> list[list[bool]]:
    """The modules to draw: those under the logo box are left to the background."""
    if box is None:
        return [list(row) for row in modules]
    return [[dark and not box.contains(c, r) for c, dark in enumerate(row)] for r, row in enumerate(modules)]


def dark_runs(rows: list[list[bool]]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of each horizontal run of dark modules: one path, few shapes."""
    runs = []
    for r, row in enumerate(rows):
        start = None
        for c, dark in enumerate(row + [False]):
            if dark and start is None:
                start = c
            elif not dark and start is not None:
                runs.append((r, start, c - start))
                start = None
    return runs
