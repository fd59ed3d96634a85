"""The brand's logo kept in the data file: a PNG copy at most 1024 px a side, read back through the logo checks."""

import io

from socialdesk.domain.brand import Brand, brand_from_setting, logo_bytes, logo_text
from socialdesk.qr.colours import ColourRefused, check_colours
from socialdesk.qr.logo import Logo, LogoRefused, logo_from_bytes

STORED_SIDE = 1024  # far more than a logo in a 60 mm code at 600 dpi needs (about 700 px)


def stored_logo(logo: Logo | None) -> str:
    """The text kept in the "brand_logo" setting for `logo` ("" for none)."""
    if logo is None:
        return ""
    if logo.digest not in _stored:
        _stored.clear()  # one logo at a time is the brand's
        _stored[logo.digest] = _png_text(logo)
    return _stored[logo.digest]


_stored: dict[str, str] = {}


def _png_text(logo: Logo) -> str:
    image = logo.image
    if max(image.size) > STORED_SIDE:
        image = image.copy()
        image.thumbnail((STORED_SIDE, STORED_SIDE))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return logo_text(out.getvalue())


def kept_logo(text: str) -> Logo | None:
    """The logo kept in the data file, or None (none kept, or damaged: the code is printed without one)."""
    data = logo_bytes(text) if text else None
    if not data:
        return None
    try:
        return logo_from_bytes(data)
    except LogoRefused:
        return None


def load_brand(settings) -> tuple[Brand, Logo | None]:
    """The brand and its logo as the data file keeps them (`settings`: the store's SettingsRepo)."""
    brand = brand_from_setting(settings.get("brand"))
    try:
        check_colours(brand.foreground, brand.background)
    except ColourRefused:  # a file edited by hand: black on white rather than a code that would not scan
        brand = Brand(font=brand.font, layout=brand.layout)
    return brand, kept_logo(settings.get("brand_logo"))


def save_brand(settings, brand: Brand, logo: Logo | None) -> list:
    """Keep the brand (and the logo, when it changed); the changes written, for the bus."""
    changes = []
    if settings.get("brand") != brand.as_setting():
        changes.append(settings.set("brand", brand.as_setting()))
    text = stored_logo(logo)
    if text != settings.get("brand_logo"):
        changes.append(settings.set("brand_logo", text))
    return changes
