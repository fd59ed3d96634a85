"""A logo for the centre of a code, read and checked with Pillow before anything draws it."""

import hashlib
import io
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

MAX_LOGO_BYTES = 20 * 1024 * 1024
MAX_LOGO_PIXELS = 40_000_000  # refuse decompression bombs
MIN_LOGO_SIDE = 8


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
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise LogoRefused(LogoProblem.UNREADABLE, error.strerror or str(error)) from error
    return logo_from_bytes(data)


def logo_from_bytes(data: bytes) -> Logo:
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_LOGO_BYTES:
        raise LogoRefused(LogoProblem.TOO_BIG, f"{len(data)} bytes")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.width * probe.height > MAX_LOGO_PIXELS:
                raise LogoRefused(LogoProblem.TOO_BIG, f"{probe.width}x{probe.height}")
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.seek(0)
            rgba = image.convert("RGBA")
    except LogoRefused:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise LogoRefused(LogoProblem.NOT_AN_IMAGE, str(error)[:80]) from error
    if min(rgba.size) < MIN_LOGO_SIDE:
        raise LogoRefused(LogoProblem.TOO_SMALL, f"{rgba.width}x{rgba.height}")
    bbox = rgba.getchannel("A").getbbox()
    if bbox and bbox != (0, 0, rgba.width, rgba.height):
        rgba = rgba.crop(bbox)  # transparent margins would only shrink the visible logo
    return Logo(hashlib.sha256(data).hexdigest(), rgba.width, rgba.height, rgba)
