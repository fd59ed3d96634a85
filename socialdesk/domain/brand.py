"""The shop's printed look (colours, font, card layout, logo), as kept in the data file's settings."""

import base64
import binascii
from dataclasses import dataclass

FONTS = ("sans", "serif")  # plain letters (the app's own), or classic letters with serifs
LAYOUTS = ("plain", "framed", "headline")  # headline: the card's headline large across its top
MAX_LOGO_TEXT = 8 * 1024 * 1024  # a stored logo is a PNG at most 1024 px a side: far below this


@dataclass(frozen=True)
class Brand:
    foreground: str = "#000000"
    background: str = "#ffffff"
    font: str = "sans"
    layout: str = "plain"

    def as_setting(self) -> dict:
        return {"foreground": self.foreground, "background": self.background, "font": self.font,
                "layout": self.layout}


DEFAULT_BRAND = Brand().as_setting()


def brand_from_setting(value: dict) -> Brand:
    """The Brand of a setting already checked by `valid_brand` (settings.checked)."""
    return Brand(value["foreground"], value["background"], value["font"], value["layout"])


def valid_brand(value) -> bool:
    """A stored brand is used only whole: colour texts, a known font and layout (whether the colours make a
    printable pair is judged where they are read, qr/brand.py)."""
    if not isinstance(value, dict) or set(value) != set(DEFAULT_BRAND):
        return False
    if not all(isinstance(v, str) and len(v) <= 64 for v in value.values()):
        return False
    return value["font"] in FONTS and value["layout"] in LAYOUTS


def valid_logo_text(value) -> bool:
    """"" (no logo) or base64 text; whether it is an image is judged when it is read (qr.logo)."""
    if not isinstance(value, str) or len(value) > MAX_LOGO_TEXT:
        return False
    return value == "" or logo_bytes(value) is not None


def logo_bytes(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


def logo_text(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
