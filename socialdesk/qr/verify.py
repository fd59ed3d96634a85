"""The scan check: render at the final size and print resolution, decode with zxing-cpp, and say why
not when the decoded text or bytes are not exactly the payload's. Also warns about links that age badly."""

import dataclasses
import math
import re
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import parse_qsl, urlsplit

from socialdesk.qr import geometry
from socialdesk.qr.colours import MIN_CONTRAST
from socialdesk.qr.design import LogoDoesNotFit, PreparedCode, QrDesign, prepare
from socialdesk.qr.encoding import payload_bytes

LONG_URL = 100  # characters; past this a printed code gets dense
# tried in turn until the code decodes: the rule's cap (geometry.LOGO_MAX_FRACTION), then smaller
LOGO_FRACTIONS = tuple(geometry.LOGO_MAX_FRACTION * share for share in (1.0, 0.8, 0.65, 0.5))
PREVIEW_DPI = 150  # the live preview checks at the lowest print resolution: the worst case
BLUR_MODULES = 0.3  # a soft print or a shaky phone, as a blur radius in modules
MAX_CHECK_DPI = 600
LOGO_NEAR_PRINT = tuple(share / 100 for share in range(86, 116, 2))  # of 150 dpi: a logo code reads at each


class Reason(str, Enum):
    TOO_SMALL = "too_small"  # under the 2 cm floor
    TOO_DENSE = "too_dense"  # modules under MIN_MODULE_MM at this size
    CONTRAST = "contrast"  # decoding failed and the colours are close
    LOGO = "logo"  # decodes without the logo, not with it
    SECOND_READER = "second_reader"  # a logo, and zbar (the second reader logos need) is missing
    UNREADABLE = "unreadable"  # the reader did not get the exact payload back


class UrlWarning(str, Enum):
    SHORTENER = "shortener"  # a third-party short link may expire or be reassigned
    TEMPORARY = "temporary"  # tokens, sessions, expiry, previews, local addresses
    TRACKING = "tracking"  # utm_*, fbclid…: denser code for no benefit to the customer
    LONG = "long"


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: Reason | None = None
    decoded: str | None = None
    minimum_size_mm: float = geometry.MIN_SIZE_MM
    warnings: tuple[UrlWarning, ...] = field(default=())


WORKING_SIZE_TRIES = 4  # 1.25× each: up to 2.4× the geometric minimum


def decode_texts(image) -> list[str]:
    """Every QR code zxing-cpp finds in a PIL image (a code, or a whole rasterised page)."""
    return [text for text, _ in _decode(image)]


def _decode(image, try_downscale: bool = True) -> list[tuple[str, bytes]]:
    import zxingcpp

    results = zxingcpp.read_barcodes(_pixels(image), formats=zxingcpp.BarcodeFormat.QRCode, try_invert=False,
                                     text_mode=zxingcpp.TextMode.Plain, try_downscale=try_downscale)
    return [(result.text, result.bytes) for result in results]


def _pixels(image):
    """A grey PIL image's bytes, copied once (zxing-cpp copies a PIL image twice); other images as they are."""
    if getattr(image, "mode", None) != "L":
        return image
    return memoryview(image.tobytes()).cast("B", (image.height, image.width))


def decodes_exactly(image, payload: str) -> str | None:
    """None if some code in `image` decodes to exactly `payload` AND carries exactly the bytes
    encoding.payload_bytes chose (the charset the tests prove zbar reads too), else what was read.

    zxing-cpp alone would also read a code whose charset other readers must guess: for it
    "Caf\u00e9" as UTF-8 without an ECI is right, for zbar it is "Caf\u77c7"."""
    wanted, pixels = payload_bytes(payload).data, _pixels(image)
    # The full-size pass first: zxing-cpp's full read starts with that very pass (then scans smaller copies),
    # so what it finds the full read finds too; only when it misses is the full read needed for the verdict.
    for try_downscale in (False, True):
        found = _decode(pixels, try_downscale)
        if any(text == payload and data == wanted for text, data in found):
            return None
    return found[0][0] if found else ""


def verify(code: PreparedCode, dpi: int = 300) -> Verdict:
    """Geometry first (cheap, and a perfect render decodes even when a print would not), then a
    real decode of the code rendered at its final size, in every variant of `check_variants`."""
    too_small_or_dense = _geometry_verdict(code)
    if too_small_or_dense is not None:
        return too_small_or_dense
    if code.box is not None and not zbar_available():
        return _no_second_reader(code)
    read = decodes_robustly(code, dpi)
    if read is None:
        return _verified(code)
    return Verdict(False, _diagnose(code, dpi), read, code.minimum_size_mm, url_warnings(code.design.payload))


def _verified(code: PreparedCode) -> Verdict:
    payload = code.design.payload
    return Verdict(True, None, payload, code.minimum_size_mm, url_warnings(payload))


def _no_second_reader(code: PreparedCode) -> Verdict:
    """Fail closed: zxing-cpp alone reads logo codes zbar misses, so no logo code is Verified without it."""
    return Verdict(False, Reason.SECOND_READER, None, code.minimum_size_mm, url_warnings(code.design.payload))


def _geometry_verdict(code: PreparedCode) -> Verdict | None:
    warnings, minimum = url_warnings(code.design.payload), code.minimum_size_mm
    if code.size_mm < geometry.MIN_SIZE_MM:
        return Verdict(False, Reason.TOO_SMALL, None, minimum, warnings)
    if geometry.module_mm(code.size_mm, code.modules) < geometry.MIN_MODULE_MM:
        return Verdict(False, Reason.TOO_DENSE, None, minimum, warnings)
    return None


def check_variants(dpi: int, logo: bool = False) -> list[tuple[int, float]]:
    """(dpi, blur in modules) renders that must all decode. A code that decodes only by luck of
    the pixel grid fails on paper, so it must also decode coarser (down to 0.7 x 150 dpi, the
    floor a PDF is proofed at), finer, and slightly blurred. With a logo, also at the pixel sizes
    around 150 dpi (LOGO_NEAR_PRINT): zbar misses some logo codes in bands of a few pixels a module, and
    a PDF viewer's 150 dpi puts a code's modules anywhere in those bands."""
    low = min(dpi, PREVIEW_DPI)
    near = {round(low * share) for share in LOGO_NEAR_PRINT} if logo else set()
    sharp = sorted({round(low * 0.7), low, dpi, min(MAX_CHECK_DPI, round(dpi * 1.6))} | near)
    return [(value, 0.0) for value in sharp] + [(low, BLUR_MODULES)]


def decodes_robustly(code: PreparedCode, dpi: int, with_logo: bool = True) -> str | None:
    """None if every variant of the render decodes to exactly the payload, else what was read.
    With a logo, zbar must read every variant exactly too: no change to how the
    logo is drawn made zbar follow zxing-cpp (bench/qr_logo_zbar.py), so it is asked directly."""
    for variant_dpi, blur in check_variants(dpi, logo=code.box is not None and with_logo):
        image = _variant(code, variant_dpi, blur, with_logo)
        read = decodes_exactly(image, code.design.payload)
        if read is None and with_logo and code.box is not None:
            read = zbar_misreads(image, code.design.payload)
        if read is not None:
            return read
    return None


def _variant(code: PreparedCode, dpi: int, blur: float, with_logo: bool):
    """The render to read: a PIL image, or a code without a logo unblurred as its grey pixels (zxing-cpp alone
    reads it, in the grey it would make of the colours)."""
    from PIL import Image, ImageFilter

    from socialdesk.qr.raster import luminance_pixels, render

    if code.box is None:
        data, side = luminance_pixels(code, dpi)
        if not blur:
            return memoryview(data).cast("B", (side, side))
        image = Image.frombytes("L", (side, side), data)
    else:
        image = render(code, dpi, with_logo=with_logo)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur * image.width / code.total_modules))
    return image


def zbar_available() -> bool:
    """True when pyzbar and its libzbar load (a dependency, bundled; a broken install can lack it)."""
    try:
        from pyzbar import pyzbar  # noqa: F401
    except (ImportError, OSError):  # pyzbar missing, or without a libzbar that loads
        return False
    return True


def zbar_misreads(image, payload: str) -> str | None:
    """None if zbar reads exactly `payload`, else what it read ("" for nothing, or no zbar at all)."""
    try:
        from pyzbar import pyzbar
    except (ImportError, OSError):  # fail closed: never "read" by a reader that is not there
        return ""
    found = [r.data.decode("utf-8", "replace") for r in
             pyzbar.decode(image.convert("L"), symbols=[pyzbar.ZBarSymbol.QRCODE])]
    return None if found == [payload] else (found[0] if found else "")


@dataclass(frozen=True)
class Checked:
    """A prepared code and its verdict; with a logo, the largest logo size that decodes."""

    code: PreparedCode
    verdict: Verdict
    logo_dropped: bool = False  # the logo taken off: with it, the printed page did not read (page_check.py)

    @property
    def logo_fraction(self) -> float | None:
        return None if self.code.box is None else self.code.box.area_fraction(self.code.modules)


def check(design: QrDesign, dpi: int = 300) -> Checked:
    """Prepare and verify; a logo too big to decode is shrunk (down to 5 % of the area) first.
    The words printed under a code do not change it, so typing them reuses the last check.

    Raises what `prepare` raises (payload too long, colours refused, logo does not fit)."""
    # zbar is looked up for logo codes only: loading it runs `ldconfig -p`, which plain codes never need
    key = (dataclasses.replace(design, caption="", call_to_action=""), dpi, design.logo is None or zbar_available())
    found = _recent.get(key)
    if found is None:
        found = _check(key[0], dpi)
        _recent[key] = found
        while len(_recent) > 32:
            _recent.pop(next(iter(_recent)))
    return Checked(dataclasses.replace(found.code, design=design), found.verdict)


_recent: dict[tuple[QrDesign, int, bool], Checked] = {}


def _check(design: QrDesign, dpi: int) -> Checked:
    code = prepare(design)
    too_small_or_dense = _geometry_verdict(code)
    if too_small_or_dense is not None:
        return Checked(code, too_small_or_dense)
    if code.box is not None and not zbar_available():
        return Checked(code, _no_second_reader(code))
    passing = _first_passing(design, code, dpi)
    if passing is not None:
        return Checked(passing, _verified(passing))
    failed = verify(code, dpi)
    if failed.reason in (Reason.UNREADABLE, Reason.LOGO):
        # The geometric minimum is not always enough (dense codes, logos): advise a size that
        # was seen to verify, so following the advice always works.
        failed = dataclasses.replace(failed, minimum_size_mm=_working_size(design, code, dpi))
    return Checked(code, failed)


def _first_passing(design: QrDesign, code: PreparedCode, dpi: int) -> PreparedCode | None:
    """The code (with the largest logo that still decodes) if some variant verifies."""
    fractions = LOGO_FRACTIONS if design.logo is not None else (None,)
    for fraction in fractions:
        try:
            candidate = code if fraction in (None, LOGO_FRACTIONS[0]) else prepare(design, fraction)
        except LogoDoesNotFit:  # a smaller share of a small code may leave under 3 x 3 modules
            break
        if decodes_robustly(candidate, dpi) is None:
            return candidate
    return None


def _working_size(design: QrDesign, code: PreparedCode, dpi: int) -> float:
    size = max(design.size_mm, code.minimum_size_mm)
    for _ in range(WORKING_SIZE_TRIES):
        size = float(math.ceil(size * 1.25))
        larger = dataclasses.replace(design, size_mm=size)
        if _first_passing(larger, prepare(larger), dpi) is not None:
            return size
    return code.minimum_size_mm


def _diagnose(code: PreparedCode, dpi: int) -> Reason:
    if code.box is not None and decodes_robustly(code, dpi, with_logo=False) is None:
        return Reason.LOGO
    if code.contrast < MIN_CONTRAST * 1.5:
        return Reason.CONTRAST
    return Reason.UNREADABLE


_SHORTENERS = {"bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
               "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "s.id", "t.ly", "v.gd", "qrco.de", "bl.ink"}
_TEMPORARY_HOST = re.compile(r"(^|\.)(localhost|ngrok(-free)?\.(io|app)|trycloudflare\.com|"
                             r"(staging|preview|test|dev)\.[^.]+\..+)$|^\d{1,3}(\.\d{1,3}){3}$")
_TEMPORARY_KEYS = re.compile(r"^(token|access_token|session|sessionid|sid|expires?|signature|sig|"
                             r"x-amz-.*|temp|tmp|otp|auth)$", re.IGNORECASE)
_TRACKING_KEYS = re.compile(r"^(utm_.*|fbclid|gclid|msclkid|mc_eid|igshid|_ga)$", re.IGNORECASE)


def url_warnings(payload: str) -> tuple[UrlWarning, ...]:
    """What might make a printed link stop working or scan badly (static codes cannot change)."""
    if not re.match(r"^https?://", payload, re.IGNORECASE):
        return ()
    parts = urlsplit(payload)
    host = (parts.hostname or "").lower().removeprefix("www.")
    keys = [key for key, _ in parse_qsl(parts.query, keep_blank_values=True)]
    found = []
    if host in _SHORTENERS:
        found.append(UrlWarning.SHORTENER)
    if _TEMPORARY_HOST.search(host) or any(_TEMPORARY_KEYS.match(k) for k in keys):
        found.append(UrlWarning.TEMPORARY)
    if any(_TRACKING_KEYS.match(k) for k in keys):
        found.append(UrlWarning.TRACKING)
    if len(payload) > LONG_URL:
        found.append(UrlWarning.LONG)
    return tuple(found)
