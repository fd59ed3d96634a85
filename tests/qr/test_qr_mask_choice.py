"""Our fast mask choice gives the very codes qrcode gives, versions 1–15 at every level, and both readers read them."""

import random

import pytest
import qrcode
from PIL import Image
from qrcode import util

from socialdesk.domain.presence.contact_card import vcard_payload
from socialdesk.domain.shop import ShopCard
from socialdesk.qr import mask_choice
from socialdesk.qr.eci import EciQRCode
from socialdesk.qr.encoding import payload_bytes
from socialdesk.qr.payloads import wifi_payload
from tests.outside.readers import zbar_texts, zxing_texts

LEVELS = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
          "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}
VERSIONS = range(1, 16)


def _url(filler: str) -> str:
    return f"https://boulangerie-lea.example/carte?ref={filler}"


def _wifi(filler: str) -> str:
    return wifi_payload("Boulangerie Léa;invités", f"p@ss:{filler}")


def _vcard(filler: str) -> str:
    return vcard_payload(ShopCard(name="Boulangerie Léa", phone="04 78 00 00 00", city="Lyon",
                                  website=f"https://boulangerie-lea.example/{filler}"))


def _latin1(filler: str) -> str:
    return f"Café crème à emporter, {filler}"


def _utf8(filler: str) -> str:
    return f"Łódź 🥐 œuvre {filler}"


KINDS = {"url": (_url, "0123456789abcdefghij-ABCDEF/"), "wifi": (_wifi, "xyz;:\\,Ab9"),
         "vcard": (_vcard, "menu-du-jour/2026/"), "latin1": (_latin1, "été, pâte brisée ; "),
         "utf8": (_utf8, "ğ€ straße ")}


def _payload(kind: str, target_bytes: int) -> str:
    """A payload of this kind with about `target_bytes` bytes (its filler alone when the kind is longer)."""
    make, pattern = KINDS[kind]
    if len(payload_bytes(make("")).data) >= target_bytes:
        make = str
    filler = ""
    while len(payload_bytes(make(filler)).data) < target_bytes:
        filler += pattern[len(filler) % len(pattern)]
    return make(filler)


def _capacity(level: str, version: int) -> int:
    return util.BIT_LIMIT_TABLE[LEVELS[level]][version] // 8 - 4


def _cases() -> list[tuple[str, str]]:
    """Five kinds at each level and version: a length between the version below's room and its own."""
    chooser, cases = random.Random(19), []
    for level in LEVELS:
        for version in VERSIONS:
            low, high = (_capacity(level, version - 1) if version > 1 else 1), _capacity(level, version)
            for kind in KINDS:
                cases.append((_payload(kind, chooser.randint(low + 1, max(low + 1, high - 2))), level))
    return cases


CASES = _cases()


class LibraryChoice(EciQRCode):
    """Our encoder with qrcode's own mask choice: eight full builds scored by `util.lost_point`."""

    best_mask_pattern = qrcode.QRCode.best_mask_pattern


def _made(cls, payload: str, level: str):
    chosen = payload_bytes(payload)
    code = cls(chosen.eci, version=1, error_correction=LEVELS[level], border=0)
    code.add_data(chosen.data)
    code.make(fit=True)
    return code


def _image(modules) -> Image.Image:
    size = len(modules) + 8
    image = Image.new("L", (size, size), 255)
    image.putdata([0 if 4 <= y < size - 4 and 4 <= x < size - 4 and modules[y - 4][x - 4] else 255
                   for y in range(size) for x in range(size)])
    return image.resize((size * 4, size * 4), Image.NEAREST)


def test_the_cases_cover_every_version_from_1_to_15_at_every_level():
    made = {(level, _made(EciQRCode, payload, level).version) for payload, level in CASES}
    assert made >= {(level, version) for level in LEVELS for version in VERSIONS}
    assert len(CASES) == 300


@pytest.mark.parametrize("chunk", range(10))
def test_the_same_matrix_as_qrcode_and_both_readers_read_it(chunk):
    for payload, level in CASES[chunk::10]:
        ours, library = _made(EciQRCode, payload, level), _made(LibraryChoice, payload, level)
        assert ours.version == library.version
        assert ours.get_matrix() == library.get_matrix(), (payload, level)
        image = _image(ours.get_matrix())
        assert zxing_texts(image) == [payload], (payload, level)
        assert zbar_texts(image) == [payload], (payload, level)


@pytest.mark.parametrize("chunk", range(5))
def test_every_masks_lost_points_are_qrcodes(chunk):
    """Not only the winner: all eight scores, so a tie is settled the same way (first lowest)."""
    for payload, level in CASES[chunk::25]:
        code = _made(EciQRCode, payload, level)
        code.makeImpl(True, 0)
        fast = mask_choice.mask_scores(code.modules, code.version)
        slow = []
        for mask in range(8):
            code.makeImpl(True, mask)
            slow.append(util.lost_point(code.modules))
        assert fast == slow, (payload, level)


def test_lost_points_of_odd_matrices_are_qrcodes():
    """Whole-dark, whole-light, stripes, checkers and noise of every darkness, in sizes 21 to 177."""
    chooser = random.Random(7)
    matrices = []
    for size in (21, 25, 33, 57, 77, 177):
        matrices += [[[True] * size for _ in range(size)], [[False] * size for _ in range(size)],
                     [[x % 2 == 0] * size for x in range(size)], [[(x + y) % 2 == 0 for x in range(size)] for y in range(size)],
                     [[(x // 5) % 2 == 0 for x in range(size)] for _ in range(size)]]
        matrices += [[[chooser.random() < darkness for _ in range(size)] for _ in range(size)]
                     for darkness in (0.05, 0.3, 0.5, 0.7, 0.95)]
    for matrix in matrices:
        assert mask_choice.penalty(matrix) == util.lost_point(matrix)


def test_choosing_the_mask_builds_the_matrix_twice_not_nine_times(monkeypatch):
    """The speed itself (issue 19: 30 cards in half a second): qrcode builds all eight masked matrices."""
    builds = []
    original = EciQRCode.makeImpl
    monkeypatch.setattr(EciQRCode, "makeImpl", lambda self, test, mask: builds.append(mask) or original(self, test, mask))
    _made(EciQRCode, "https://boulangerie-lea.example/carte/3-07", "M")
    assert len(builds) == 2  # the one scored (mask 0), then the chosen one
