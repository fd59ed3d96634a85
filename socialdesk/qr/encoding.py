"""The module matrix of a payload (qrcode library): its bytes, charset (ECI) and error correction."""

from dataclasses import dataclass
from functools import lru_cache

EC_LEVELS = ("L", "M", "Q", "H")  # 7 %, 15 %, 25 %, 30 % of the code can be lost
MAX_VERSION = 40
LOGO_MIN_VERSION = 3  # from 29 x 29 modules a logo fits clear of the finder squares


class EncodingRefused(ValueError):
    """Base of the reasons a payload cannot become a QR code."""


class EmptyPayload(EncodingRefused):
    def __init__(self):
        super().__init__("nothing to encode")


class UnencodableText(EncodingRefused):
    """Text no charset can carry (a lone surrogate from a broken paste)."""

    def __init__(self):
        super().__init__("text with characters no QR reader can read")


class PayloadTooLong(EncodingRefused):
    """More bytes than the largest QR code (version 40) holds at this error-correction level."""

    def __init__(self, length: int, ec: str, with_logo: bool):
        super().__init__(f"too long for a QR code: {length} bytes at error correction {ec}")
        self.length, self.ec, self.with_logo = length, ec, with_logo


@dataclass(frozen=True)
class QrMatrix:
    """Dark (True) and light modules of the symbol, without its quiet zone."""

    modules: tuple[tuple[bool, ...], ...]
    version: int
    ec: str

    @property
    def size(self) -> int:
        return len(self.modules)


def choose_ec(requested: str | None, with_logo: bool) -> tuple[str, ...]:
    """Levels to try, best first: H with a logo, else what was asked, else M then L."""
    if with_logo:
        return ("H",)
    if requested:
        if requested not in EC_LEVELS:
            raise ValueError(f"unknown error correction {requested!r}")
        return (requested,)
    return ("M", "L")


ECI_LATIN_1 = 3  # ISO-8859-1
ECI_UTF_8 = 26


@dataclass(frozen=True)
class PayloadBytes:
    """What a reader gets: the bytes, and the ECI that names their charset (None: plain ASCII)."""

    data: bytes
    eci: int | None


def payload_bytes(payload: str) -> PayloadBytes:
    """ASCII as is; else ISO-8859-1 where it fits, UTF-8 otherwise, each declared by its ECI.

    Without an ECI readers guess the charset, and zbar guesses wrong for both ("Caf\u00e9" in
    UTF-8 reads as "Caf\u77c7", "cr\u00e8me" in ISO-8859-1 as "cr\u92d7e"); with it zbar and
    zxing-cpp both read the text exactly (tests/qr/test_qr_codes.py, tests/outside/)."""
    if payload.isascii():
        return PayloadBytes(payload.encode("ascii"), None)
    try:
        return PayloadBytes(payload.encode("iso-8859-1"), ECI_LATIN_1)
    except UnicodeEncodeError:
        pass
    try:
        return PayloadBytes(payload.encode("utf-8"), ECI_UTF_8)
    except UnicodeEncodeError:
        raise UnencodableText() from None


def encode(payload: str, ec: str | None = None, with_logo: bool = False) -> QrMatrix:
    """Encode `payload` (see payload_bytes); raises EncodingRefused, never a library error."""
    if not payload:
        raise EmptyPayload()
    chosen = payload_bytes(payload)
    levels = choose_ec(ec, with_logo)
    for level in levels:
        matrix = _encode_cached(payload, level, LOGO_MIN_VERSION if with_logo else 1)
        if matrix is not None:
            return matrix
    raise PayloadTooLong(len(chosen.data), levels[-1], with_logo)


@lru_cache(maxsize=64)
def _encode_cached(payload: str, level: str, min_version: int) -> QrMatrix | None:
    import qrcode
    from qrcode.exceptions import DataOverflowError

    from socialdesk.qr.eci import EciQRCode

    constants = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
                 "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}
    chosen = payload_bytes(payload)
    code = EciQRCode(chosen.eci, version=min_version, error_correction=constants[level], border=0)
    code.add_data(chosen.data)
    try:
        code.make(fit=True)
    except (DataOverflowError, ValueError):
        return None
    if code.version > MAX_VERSION:
        return None
    modules = tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
    return QrMatrix(modules, code.version, level)
