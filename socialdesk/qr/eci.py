"""qrcode's QRCode with an ECI header (the library has none) in front of the data segments."""

import qrcode
from qrcode import base, exceptions, util

from socialdesk.qr import mask_choice

ECI_MODE = 0b0111
PAD_BYTES = (0xEC, 0x11)


class EciQRCode(qrcode.QRCode):
    """`EciQRCode(26, …)` declares UTF-8, `EciQRCode(3, …)` ISO-8859-1; `None` is plain QRCode.

    Only the data bit stream differs: 4-bit ECI mode, 8-bit designator (0-127), then the
    segments exactly as qrcode writes them; version fitting counts the 12 extra bits."""

    def __init__(self, eci: int | None, **kwargs):
        if eci is not None and not 0 <= eci <= 127:
            raise ValueError(f"ECI designator {eci} needs more than one byte")
        self.eci = eci
        super().__init__(**kwargs)

    def best_fit(self, start=None):
        version = super().best_fit(start)
        while self.eci is not None and len(self._bits(version)) > _bit_limit(version, self.error_correction):
            version += 1
            if version > 40:
                raise exceptions.DataOverflowError()
        self.version = version
        return version

    def makeImpl(self, test, mask_pattern):  # noqa: N802 - the library's name
        if self.eci is not None and self.data_cache is None:
            self.data_cache = self._data_codewords()
        return super().makeImpl(test, mask_pattern)

    def best_mask_pattern(self):  # noqa: N802 - the library's name
        """The mask qrcode would choose, scored on bit integers (mask_choice) instead of eight full builds."""
        self.makeImpl(True, 0)
        return mask_choice.best_mask(self.modules, self.version)

    def _bits(self, version: int) -> util.BitBuffer:
        buffer = util.BitBuffer()
        if self.eci is not None:
            buffer.put(ECI_MODE, 4)
            buffer.put(self.eci, 8)
        for data in self.data_list:
            buffer.put(data.mode, 4)
            buffer.put(len(data), util.length_in_bits(data.mode, version))
            data.write(buffer)
        return buffer

    def _data_codewords(self) -> list[int]:
        """As util.create_data: terminator, byte alignment, pad codewords, Reed-Solomon blocks."""
        buffer = self._bits(self.version)
        limit = _bit_limit(self.version, self.error_correction)
        if len(buffer) > limit:
            raise exceptions.DataOverflowError(f"{len(buffer)} bits > {limit}")
        buffer.put(0, min(limit - len(buffer), 4))
        if len(buffer) % 8:
            buffer.put(0, 8 - len(buffer) % 8)
        for index in range((limit - len(buffer)) // 8):
            buffer.put(PAD_BYTES[index % 2], 8)
        return util.create_bytes(buffer, base.rs_blocks(self.version, self.error_correction))


def _bit_limit(version: int, error_correction: int) -> int:
    return sum(block.data_count * 8 for block in base.rs_blocks(version, error_correction))
