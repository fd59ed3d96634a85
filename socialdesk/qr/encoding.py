"""The module matrix of a payload (qrcode library), with the error-correction level chosen for it."""

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


def encode(payload: str, ec: str | None = None, with_logo: bool = False) -> QrMatrix:
    """Encode `payload` as UTF-8; raises EmptyPayload or PayloadTooLong, never a library error."""
    if not payload:
        raise EmptyPayload()
    levels = choose_ec(ec, with_logo)
    for level in levels:
        matrix = _encode_cached(payload, level, LOGO_MIN_VERSION if with_logo else 1)
        if matrix is not None:
            return matrix
    raise PayloadTooLong(len(payload.encode("utf-8")), levels[-1], with_logo)


@lru_cache(maxsize=64)
def _encode_cached(payload: str, level: str, min_version: int) -> QrMatrix | None:
    import qrcode
    from qrcode.exceptions import DataOverflowError

    constants = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
                 "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}
    code = qrcode.QRCode(version=min_version, error_correction=constants[level], border=0)
    code.add_data(payload)
    try:
        code.make(fit=True)
    except (DataOverflowError, ValueError):
        return None
    if code.version > MAX_VERSION:
        return None
    modules = tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
    return QrMatrix(modules, code.version, level)
