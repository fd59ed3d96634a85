"""One code as the owner designed it, and the drawing-ready form every output (PNG, SVG, PDF) uses."""

from dataclasses import dataclass
from functools import cached_property

from socialdesk.qr import geometry
from socialdesk.qr.colours import RGB, check_colours
from socialdesk.qr.encoding import QrMatrix, encode
from socialdesk.qr.logo import Logo

DEFAULT_SIZE_MM = 40.0  # a counter card read at 30-50 cm


@dataclass(frozen=True)
class QrDesign:
    payload: str
    ec: str | None = None  # None: automatic (H with a logo)
    foreground: str = "#000000"
    background: str = "#ffffff"
    logo: Logo | None = None
    size_mm: float = DEFAULT_SIZE_MM
    caption: str = ""
    call_to_action: str = ""
    font: str = "sans"  # the brand's letters for the words under the code (domain/brand.py FONTS)


@dataclass(frozen=True)
class PreparedCode:
    """Everything needed to draw: the matrix, the cleared logo box, checked colours, the size."""

    design: QrDesign
    matrix: QrMatrix
    dark: RGB
    light: RGB
    contrast: float
    box: geometry.LogoBox | None

    @property
    def modules(self) -> int:
        return self.matrix.size

    @property
    def total_modules(self) -> int:
        return self.matrix.size + 2 * geometry.QUIET_ZONE

    @property
    def size_mm(self) -> float:
        return self.design.size_mm

    @property
    def total_size_mm(self) -> float:
        return geometry.total_size_mm(self.design.size_mm, self.matrix.size)

    @property
    def minimum_size_mm(self) -> float:
        return geometry.minimum_size_mm(self.matrix.size)

    @cached_property
    def rows(self) -> list[list[bool]]:
        return geometry.visible_modules(self.matrix.modules, self.box)

    @cached_property
    def module_bytes(self) -> bytes:
        """One byte per module, quiet zone included, row after row: 1 dark, 0 light."""
        total, quiet = self.total_modules, geometry.QUIET_ZONE
        blank, pad = bytes(total * quiet), bytes(quiet)
        body = b"".join(pad + bytes(row) + pad for row in self.rows)
        return blank + body + blank

    @cached_property
    def runs(self) -> list[tuple[int, int, int]]:
        return geometry.dark_runs(self.rows)

    def logo_rect(self) -> tuple[float, float, float, float] | None:
        """(x, y, width, height) of the logo image in modules from the symbol's corner, kept to
        its aspect inside the cleared box with half a module of padding."""
        if self.box is None or self.design.logo is None:
            return None
        inner_w, inner_h = self.box.width - 1.0, self.box.height - 1.0
        scale = min(inner_w / self.design.logo.width, inner_h / self.design.logo.height)
        width, height = self.design.logo.width * scale, self.design.logo.height * scale
        return (self.box.x + (self.box.width - width) / 2, self.box.y + (self.box.height - height) / 2,
                width, height)


class LogoDoesNotFit(ValueError):
    """The symbol is too small to keep a logo clear of the finder squares."""


def prepare(design: QrDesign, logo_fraction: float = geometry.LOGO_MAX_FRACTION) -> PreparedCode:
    """Encode and check; raises EncodingRefused, ColourRefused or LogoDoesNotFit."""
    colours = check_colours(design.foreground, design.background)
    matrix = encode(design.payload, design.ec, with_logo=design.logo is not None)
    box = None
    if design.logo is not None:
        box = geometry.logo_box(matrix.size, design.logo.aspect, logo_fraction)
        if box is None:
            raise LogoDoesNotFit(f"{matrix.size} modules")
    return PreparedCode(design, matrix, colours.dark, colours.light, colours.ratio, box)


def caption_line(text: str) -> str:
    """A caption as printed: one line, blanks collapsed, no control characters (invalid in SVG, unmeasurable in Pillow)."""
    visible = "".join(c if c.isprintable() or c.isspace() else " " for c in text or "")
    return " ".join(visible.split())


def caption_lines(text: str) -> list[str]:
    """A caption as printed, one entry a line: only a code's own address too long for one line is given on
    several lines (split where break_address splits it); each line as caption_line makes it."""
    return [line for line in (caption_line(part) for part in (text or "").split("\n")) if line]


# The one caption rule for PNG, SVG and PDF: ONE line under the code, never wrapped nor cut. Each
# output shrinks its letters to fit the code's width (quiet zone included), down to about 6 pt,
# where a letter takes CAPTION_LETTER_MM on average; a caption that would need smaller letters is
# refused, naming the limit. Wide (East Asian) letters count as two.
CAPTION_WIDTH = 0.92  # share of the code's printed width the caption may use
CAPTION_LETTER_MM = 1.25  # average advance of one letter at 6 pt (0.6 em of 2.1 mm)
CAPTION_EM = 0.6  # average advance of one letter in ems, for outputs that cannot measure (SVG)


class CaptionTooLong(ValueError):
    """The caption would not fit on one line under a code this wide; `limit` letters would."""

    def __init__(self, length: int, limit: int):
        super().__init__(f"{length} letters, at most {limit}")
        self.length, self.limit = length, limit


def caption_letters(text: str) -> int:
    """The width of a caption line in average letters (a wide letter counts two)."""
    from unicodedata import east_asian_width

    return sum(2 if east_asian_width(c) in "WF" else 1 for c in caption_line(text))


def caption_limit(total_size_mm: float) -> int:
    """The most letters a caption may have under a code `total_size_mm` wide (quiet zone included)."""
    return int(total_size_mm * CAPTION_WIDTH / CAPTION_LETTER_MM)


def checked_caption(text: str, total_size_mm: float) -> str:
    """The caption as printed, or CaptionTooLong when it cannot fit on one line at the smallest size."""
    line, limit = caption_line(text), caption_limit(total_size_mm)
    if caption_letters(line) > limit:
        raise CaptionTooLong(caption_letters(line), limit)
    return line



ADDRESS_POINTS = 7.0  # the least an address may have: smaller is not readable
_POINT_MM = 25.4 / 72
_SLACK = 0.98  # a renderer other than the one measured may set text a hair wider


def text_ems(text: str, letters: str = "sans") -> float:
    """The advance of one line in ems, measured with the font the PNG is drawn in (the brand's `letters`:
    DejaVu Sans or Serif, else the system's); CAPTION_EM a letter when no font file is found."""
    from socialdesk.qr.raster import font_file_font

    font = font_file_font(1000, letters)
    if font is None:
        return caption_letters(text) * CAPTION_EM
    return font.getlength(caption_line(text)) / 1000


def address_caption(payload: str, total_size_mm: float, beside: str = "", letters: str = "sans") -> str | None:
    """What is printed under a code the owner gave no caption (`socialdesk qr` and the designer): the
    code's own short address, "" for a code that opens no web page, None when it does not fit one
    line of 7 pt in the brand's `letters` (with `beside`, a call to action sharing the line in PNG and SVG)."""
    from socialdesk.domain.cards import printed_address

    address = printed_address(payload)
    if not address:
        return ""
    line = " — ".join(text for text in (caption_line(beside), address) if text)
    room = total_size_mm * CAPTION_WIDTH * _SLACK
    return address if text_ems(line, letters) * ADDRESS_POINTS * _POINT_MM <= room else None


def address_on_lines(payload: str, total_size_mm: float, letters: str = "sans") -> str | None:
    """The code's own address on two or three lines of 7 pt ("\n" between them, nothing added: joined back, the lines
    are the address), for `socialdesk qr` when one line is too short; None when three are not enough."""
    from socialdesk.domain.address_text import break_address
    from socialdesk.domain.cards import printed_address

    room = total_size_mm * CAPTION_WIDTH * _SLACK
    lines = break_address(printed_address(payload),
                          lambda line: text_ems(line, letters) * ADDRESS_POINTS * _POINT_MM <= room, most_lines=3)
    return "\n".join(lines) if lines else None
