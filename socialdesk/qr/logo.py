"""A logo for the centre of a code, read and checked with Pillow before anything draws it."""

import io
import warnings
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from socialdesk.input_files import InputProblem, InputRefused, read_bounded, size_words

MAX_LOGO_BYTES = 20 * 1024 * 1024
MAX_LOGO_PIXELS = 40_000_000  # refuse decompression bombs
MIN_LOGO_SIDE = 8
# Only these are decoded: Pillow would hand EPS/PostScript to Ghostscript, a program of its own.
LOGO_FORMATS = ("PNG", "JPEG", "GIF", "WEBP")


class LogoProblem(str, Enum):
    UNREADABLE = "unreadable"  # missing file, permissions
    NOT_AN_IMAGE = "not_an_image"
    TOO_BIG = "too_big"
    TOO_SMALL = "too_small"


class LogoRefused(ValueError):
    def __init__(self, problem: LogoProblem, detail: str = ""):
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem


@dataclass(frozen=True)
class Logo:
    """A validated RGBA image; compared and hashed by its content digest."""

    digest: str
    width: int
    height: int
    image: object = field(compare=False, hash=False, repr=False)  # PIL.Image.Image, RGBA

    @property
    def aspect(self) -> float:
        return self.width / self.height

    def png_bytes(self) -> bytes:
        out = io.BytesIO()
        self.image.save(out, format="PNG")
        return out.getvalue()


def load_logo(path: Path) -> Logo:
    """The logo in a PNG, JPEG, GIF or WebP file of at most 20 MB; LogoRefused otherwise."""
    try:
        data = read_bounded(path, MAX_LOGO_BYTES)
    except InputRefused as refused:
        if refused.problem is InputProblem.TOO_BIG:
            raise LogoRefused(LogoProblem.TOO_BIG, f"larger than {size_words(MAX_LOGO_BYTES)}") from None
        detail = "not a regular file" if refused.problem is InputProblem.NOT_A_FILE else refused.detail
        raise LogoRefused(LogoProblem.UNREADABLE, detail) from None
    return logo_from_bytes(data)


def logo_from_bytes(data: bytes) -> Logo:
    if len(data) > MAX_LOGO_BYTES:
        raise LogoRefused(LogoProblem.TOO_BIG, f"larger than {size_words(MAX_LOGO_BYTES)}")
    from PIL import Image

    try:
        rgba = _decode(data)
    except LogoRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise LogoRefused(LogoProblem.TOO_BIG, str(error)[:80]) from error
    except Exception as error:  # noqa: BLE001 - Pillow's decoders fail on hostile bytes in many ways
        raise LogoRefused(LogoProblem.NOT_AN_IMAGE, str(error)[:80]) from error
    if min(rgba.size) < MIN_LOGO_SIDE:
        raise LogoRefused(LogoProblem.TOO_SMALL, f"{rgba.width}x{rgba.height}")
    bbox = rgba.getchannel("A").getbbox()
    if bbox and bbox != (0, 0, rgba.width, rgba.height):
        rgba = rgba.crop(bbox)  # transparent margins would only shrink the visible logo
    from hashlib import sha256  # with OpenSSL: when a logo is read, not as the QR codes' words load

    return Logo(sha256(data).hexdigest(), rgba.width, rgba.height, rgba)


def _decode(data: bytes):
    """The first frame as RGBA; only LOGO_FORMATS are tried, the size is checked before decoding."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(data), formats=LOGO_FORMATS) as probe:
            if probe.width * probe.height > MAX_LOGO_PIXELS:
                raise LogoRefused(LogoProblem.TOO_BIG, f"{probe.width}x{probe.height}")
            probe.verify()
        with Image.open(io.BytesIO(data), formats=LOGO_FORMATS) as image:
            image.seek(0)
            return image.convert("RGBA")
