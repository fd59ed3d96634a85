"""PNG output with Pillow at the final print size (300 or 600 dpi, recorded in the file)."""

import io
from functools import lru_cache

from socialdesk.qr import geometry
from socialdesk.qr.design import PreparedCode


def render(code: PreparedCode, dpi: int = 300, size_mm: float | None = None, with_logo: bool = True):
    """The code and its quiet zone as an RGB PIL image, `size_mm` (default: the design's) wide."""
    from PIL import Image

    size_mm = size_mm or code.size_mm
    total = code.total_modules
    if with_logo:
        data = code.module_bytes
    else:
        pad, blank = bytes(geometry.QUIET_ZONE), bytes(total * geometry.QUIET_ZONE)
        data = blank + b"".join(pad + bytes(row) + pad for row in code.matrix.modules) + blank
    modules = Image.frombytes("P", (total, total), data)
    modules.putpalette(code.light + code.dark)
    pixels = geometry.pixels_for(geometry.total_size_mm(size_mm, code.modules), dpi)
    image = modules.resize((pixels, pixels), Image.Resampling.NEAREST).convert("RGB")
    if with_logo:
        _paste_logo(image, code, pixels / total)
    return image


def zxing_luminance(rgb: tuple[int, int, int]) -> int:
    """The grey zxing-cpp makes of a colour (its RGBToLum: 0.299 R + 0.587 G + 0.114 B, rounded)."""
    red, green, blue = rgb
    return (306 * red + 601 * green + 117 * blue + 0x200) >> 10


def render_luminance(code: PreparedCode, dpi: int = 300):
    """A code without a logo as a greyscale ("L") PIL image: the very pixels zxing-cpp reads from
    `render`'s RGB image (it turns each pixel grey with zxing_luminance), a third of the bytes to hand over."""
    from PIL import Image

    data, side = luminance_pixels(code, dpi)
    return Image.frombytes("L", (side, side), data)


def luminance_pixels(code: PreparedCode, dpi: int = 300) -> tuple[bytes, int]:
    """`render_luminance`'s pixels, row after row, and its side: each module row widened by Pillow's NEAREST
    resize, then repeated by the same pixel-to-module map (a square's rows map as its columns do), so the
    full image is neither resized nor copied out of Pillow."""
    from PIL import Image

    if code.box is not None:
        raise ValueError("a logo code is checked in colour (render)")
    total = code.total_modules
    grey = bytes((zxing_luminance(code.light), zxing_luminance(code.dark))) + bytes(254)
    modules = Image.frombytes("L", (total, total), code.module_bytes.translate(grey))
    pixels = geometry.pixels_for(geometry.total_size_mm(code.size_mm, code.modules), dpi)
    wide = modules.resize((pixels, total), Image.Resampling.NEAREST).tobytes()
    rows = [wide[row * pixels:(row + 1) * pixels] for row in range(total)]
    return b"".join([rows[row] for row in _nearest_map(total, pixels)]), pixels


@lru_cache(maxsize=256)
def _nearest_map(total: int, pixels: int) -> bytes:
    """For each of `pixels` pixels, the module (of `total`, at most 255) Pillow's NEAREST resize takes it from."""
    from PIL import Image

    return Image.frombytes("L", (total, 1), bytes(range(total))).resize((pixels, 1), Image.Resampling.NEAREST).tobytes()


def _paste_logo(image, code: PreparedCode, pixels_per_module: float) -> None:
    from PIL import Image

    rect = code.logo_rect()
    if rect is None:
        return
    x, y, width, height = ((value + (geometry.QUIET_ZONE if i < 2 else 0)) * pixels_per_module
                           for i, value in enumerate(rect))
    size = (max(1, round(width)), max(1, round(height)))
    logo = code.design.logo.image.resize(size, Image.Resampling.LANCZOS)
    image.paste(logo, (round(x), round(y)), logo)


def png_bytes(image, dpi: int) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi), optimize=False)
    return out.getvalue()


_FONT_FILES = {  # the brand's letters (domain/brand.py FONTS): the same families as the window's (qr_paint.py)
    "sans": ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "Arial.ttf",
             "/System/Library/Fonts/Supplemental/Arial.ttf"),
    "serif": ("DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", "Georgia.ttf",
              "/System/Library/Fonts/Supplemental/Georgia.ttf", "Times New Roman.ttf",
              "/System/Library/Fonts/Supplemental/Times New Roman.ttf"),
}


def font_file_font(pixels: int, letters: str = "sans"):
    """The brand's `letters` at `pixels` (serif: DejaVu Serif, else Liberation Serif, Georgia or Times; sans:
    DejaVu Sans, else Arial); a serif not found falls back to the sans; None when no font file is found."""
    from PIL import ImageFont

    names = _FONT_FILES.get(letters, ()) + _FONT_FILES["sans"]
    for name in names:
        try:
            return ImageFont.truetype(name, pixels)
        except OSError:
            continue
    return None


def _font(pixels: int, letters: str = "sans"):
    from PIL import ImageFont

    return font_file_font(pixels, letters) or ImageFont.load_default(pixels)


def missing_letters(text: str, letters: str = "sans") -> str:
    """The characters of `text` the font file draws as its empty box (.notdef), each once, in order."""
    font = _font(40, letters)
    empty = font.getmask("\U0010FFFD")  # a private-use character no font has

    def boxed(char: str) -> bool:
        mask = font.getmask(char)
        return mask.size == empty.size and bytes(mask) == bytes(empty)

    return "".join(dict.fromkeys(char for char in text if not char.isspace() and ord(char) > 127 and boxed(char)))


def with_caption(image, code: PreparedCode, caption: str):
    """The code with a caption band under it (a band a line: an address may take up to three), in the dark colour and
    the brand's letters, every line at the size of the widest fitted to the width."""
    from PIL import Image, ImageDraw

    from socialdesk.qr.design import CAPTION_WIDTH, caption_lines

    lines = caption_lines(caption)
    if not lines:
        return image
    width = image.width
    band = max(12, round(width * 0.12))
    canvas = Image.new("RGB", (width, width + band * len(lines)), code.light)
    canvas.paste(image, (0, 0))
    draw = ImageDraw.Draw(canvas)
    size = round(band * 0.55)
    letters = code.design.font  # the brand's letters, as the window's PDF and print
    font = _font(size, letters)
    while size > 1 and max(draw.textlength(line, font=font) for line in lines) > width * CAPTION_WIDTH:  # whole lines
        size -= 1
        font = _font(size, letters)
    for number, line in enumerate(lines):
        draw.text((width / 2, width + band * (number + 0.4)), line, fill=code.dark, font=font, anchor="mm")
    return canvas
