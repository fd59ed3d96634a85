"""The scan check reads the full-size image first and scans smaller copies only when that misses: same verdicts, less time.
Its grey renders are the very pixels of Pillow's NEAREST resize, made without resizing the whole image."""

import itertools

import pytest
import zxingcpp
from PIL import Image, ImageFilter

from socialdesk.domain.cards import CardItem
from socialdesk.domain.card_template import CardTemplate
from socialdesk.qr import geometry, verify
from socialdesk.qr.design import QrDesign, prepare
from socialdesk.qr.encoding import payload_bytes
from socialdesk.qr.raster import luminance_pixels, render, render_luminance, zxing_luminance

PAYLOADS = ("https://boulangerie-lea.example/carte/3-07", "Café crème à emporter", "Łódź 🥐 œuvre")


def _whole_read(image, payload: str) -> str | None:
    """The check as it was: zxing-cpp's full read (smaller copies included) of the PIL image."""
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode, try_invert=False,
                                   text_mode=zxingcpp.TextMode.Plain)
    wanted = payload_bytes(payload).data
    if any(result.text == payload and result.bytes == wanted for result in found):
        return None
    return found[0].text if found else ""


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_verdict_is_the_whole_reads(payload):
    """Sharp and blurred, small and large (over 500 pixels zxing-cpp also scans smaller copies), grey and colour:
    passes, misreads and nothing-read alike. Large blurred renders read only in a smaller copy: still passed."""
    code = prepare(QrDesign(payload, size_mm=50))
    outcomes = set()
    for dpi in (60, 105, 150, 480, 900):
        for blur in (0.0, 0.3, 0.5, 0.8):
            for image in (render_luminance(code, dpi), render(code, dpi)):
                if blur:
                    image = image.filter(ImageFilter.GaussianBlur(blur * image.width / code.total_modules))
                ours = verify.decodes_exactly(image, payload)
                assert ours == _whole_read(image, payload), (dpi, blur, image.mode)
                outcomes.add(ours is None)
    assert outcomes == {True, False}


def test_thirty_cards_are_read_at_full_size_only(qapp, monkeypatch):
    """Issue 19: every variant of a plain code reads at its full size, so zxing-cpp is never asked for smaller copies."""
    from socialdesk.ui.printing.cards import check_cards

    calls = []
    original = zxingcpp.read_barcodes
    monkeypatch.setattr(zxingcpp, "read_barcodes",
                        lambda image, **options: calls.append(options.get("try_downscale", True)) or original(image, **options))
    verify._recent.clear()
    items = [CardItem(f"https://boulangerie-lea.example/carte/full-{n:02d}", caption="Google") for n in range(30)]
    checked = check_cards(CardTemplate("a6"), items)
    assert all(result.verdict.ok for result in checked.values()) and len(checked) == 30
    assert len(calls) == 30 * len(verify.check_variants(300)) and not any(calls)



def _resized_by_pillow(code, dpi: int) -> Image.Image:
    total = code.total_modules
    grey = bytes((zxing_luminance(code.light), zxing_luminance(code.dark))) + bytes(254)
    side = geometry.pixels_for(geometry.total_size_mm(code.size_mm, code.modules), dpi)
    return Image.frombytes("L", (total, total), code.module_bytes.translate(grey)).resize((side, side), Image.NEAREST)


def test_grey_pixels_are_pillows_nearest_resize_pixel_for_pixel():
    """Versions 1 to 40 (185 modules with the quiet zone), odd sizes and resolutions, smaller than the modules too."""
    payloads = ("a", PAYLOADS[0], "x" * 300, "y" * 1500, "z" * 2900)
    for payload, size, dpi in itertools.product(payloads, (20, 23.7, 50, 62.3, 101), (60, 95, 105, 129, 151, 300, 480)):
        code = prepare(QrDesign(payload, "L", "#1a3d6e", "#fdf6e3", size_mm=size))
        data, side = luminance_pixels(code, dpi)
        expected = _resized_by_pillow(code, dpi)
        assert expected.size == (side, side) and expected.tobytes() == data, (payload[:4], size, dpi)
        assert render_luminance(code, dpi).tobytes() == data
