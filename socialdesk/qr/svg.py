"""Vector SVG sized in millimetres: one background rectangle and ONE path for all dark modules.

qrcode's SvgImage factories draw a rect per module without a viewBox; renderers then show
seams between modules that stop decoding. A single path, in module units, has none.
"""

import base64
from xml.sax.saxutils import escape

from socialdesk.qr import geometry
from socialdesk.qr.colours import hex_colour
from socialdesk.qr.design import CAPTION_WIDTH, PreparedCode, caption_lines, text_ems

CAPTION_MODULES = 5.0  # height of the caption band, in modules


def path_data(code: PreparedCode, offset: float = geometry.QUIET_ZONE) -> str:
    """`M x y h n v 1 h -n z` for each horizontal run of dark modules."""
    parts = []
    for row, column, length in code.runs:
        parts.append(f"M{column + offset:g} {row + offset:g}h{length}v1h-{length}z")
    return "".join(parts)


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def svg_document(code: PreparedCode, caption: str = "") -> str:
    """A standalone SVG document; its width and height are the printed size in mm."""
    captions = caption_lines(caption)
    total = code.total_modules
    height = total + CAPTION_MODULES * len(captions)
    mm_per_module = code.total_size_mm / total
    dark, light = hex_colour(code.dark), hex_colour(code.light)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
        f'width="{_number(total * mm_per_module)}mm" height="{_number(height * mm_per_module)}mm" '
        f'viewBox="0 0 {total} {_number(height)}">',
        f'<rect x="0" y="0" width="{total}" height="{_number(height)}" fill="{light}"/>',
        f'<path fill="{dark}" fill-rule="nonzero" d="{path_data(code)}"/>',
    ]
    rect = code.logo_rect()
    if rect is not None:
        x, y, w, h = rect
        data = base64.b64encode(code.design.logo.png_bytes()).decode("ascii")
        lines.append(
            f'<image x="{_number(x + geometry.QUIET_ZONE)}" y="{_number(y + geometry.QUIET_ZONE)}" '
            f'width="{_number(w)}" height="{_number(h)}" preserveAspectRatio="xMidYMid meet" '
            f'href="data:image/png;base64,{data}" xlink:href="data:image/png;base64,{data}"/>'
        )
    for number, line in enumerate(captions):  # an address too long for one line takes up to three
        lines.append(_caption_text(line, total, dark, code.design.font, number))
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


FONT_FAMILIES = {  # the brand's letters (domain/brand.py FONTS), the families the PNG and the window use first
    "sans": "'DejaVu Sans', Arial, sans-serif",
    "serif": "'DejaVu Serif', 'Liberation Serif', Georgia, 'Times New Roman', serif",
}


def _caption_text(caption: str, total: int, dark: str, letters: str = "sans", number: int = 0) -> str:
    """One line in the brand's letters, shrunk so that it fits the width (measured in the PNG's font,
    design.text_ems; a long line's width is pinned with textLength for a viewer whose font is wider)."""
    available = total * CAPTION_WIDTH
    size = min(CAPTION_MODULES * 0.5, available / max(text_ems(caption, letters), 0.01))
    pinned = ""
    if size < CAPTION_MODULES * 0.5:
        pinned = f' textLength="{_number(available)}" lengthAdjust="spacingAndGlyphs"'
    return (f'<text x="{total / 2:g}" y="{_number(total + CAPTION_MODULES * (number + 0.55))}" fill="{dark}" '
            f'font-family="{FONT_FAMILIES.get(letters, FONT_FAMILIES["sans"])}" font-size="{_number(size)}" text-anchor="middle"{pinned}>'
            f'{escape(caption)}</text>')
