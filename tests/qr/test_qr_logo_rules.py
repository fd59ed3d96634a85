"""Logo size rule (every Verified logo code reads in zbar too) and the designer's encoding refusals."""

import pytest
from qr_helpers import make_logo

from socialdesk.qr import geometry
from socialdesk.qr.design import QrDesign, prepare
from socialdesk.qr.raster import render
from socialdesk.qr.verify import check
from tests.outside.readers import both_decoders


@pytest.fixture
def page(qtbot, store, bus):
    from socialdesk.ui.presence.qr_page import QrPage

    widget = QrPage(store, bus)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("language, words", [("en", "no QR reader can read"), ("fr", "aucun lecteur")])
def test_designer_says_a_lone_surrogate_cannot_be_encoded(page, qtbot, language, words):
    """Before: evaluate let UnencodableText escape from the designer's refresh (a traceback)."""
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.presence.qr_payload_form import TEXT

    install_translators(language)
    try:
        page.payload_form.kind.setCurrentIndex(TEXT)
        qtbot.keyClicks(page.payload_form.text, "Pain au chocolat")
        page.refresh()
        assert page.checked is not None
        # PySide6 drops a lone surrogate typed or pasted through Qt; a text handed over from Python
        # (another tab, a broken paste kept by the app) keeps it, exactly as given.
        page.set_payload("Pain au chocolat \udc80 1,20")
        assert page.checked is None
        assert words in page.status.text()
        assert not page.outputs.png.isEnabled()
    finally:
        install_translators("en")


# -- the logo rule: every code the check calls Verified with a logo reads in zbar too -------------------
SHAPES = {"square": (240, 240), "wide": (400, 160), "tall": (160, 400)}
COLOURS = {"black": ("#000000", "#ffffff"), "purple": ("#3b1f5c", "#ffffff"), "brown": ("#5a1e0f", "#fff6e0"),
           "green": ("#000000", "#007f00"), "grey": ("#767676", "#ffffff")}  # the last two: 4.0 and 4.5:1
# (dpi of the check, mm added to the minimum size): `socialdesk qr` checks at 300 dpi and prints at
# the minimum size; the designer checks at 150 dpi (PREVIEW_DPI) whatever size the owner picked.
SETTINGS = {"cli": (300, 0.0), "designer": (150, 10.0)}
# Left by the rule (bench/qr_logo_zbar.py rule --dpi 150 --extra-mm 10): 4-9 % logos zbar misses in
# one variant (240 dpi sharp or 150 dpi blurred): zbar finds no code at all there, while the same
# code reads with the box left empty, or with a pastel or a black logo of the same size; it is the
# test logo's mid-dark red (grey 128 does it too) near zbar's threshold, and half a module more or
# less padding flips which codes fail. Not a question of logo size: no size rule removes these.
# The low-contrast pairs (green 4.0:1, grey 4.5:1, both above the 4:1 floor) add 5 of 204 such
# misses; the three pairs from 11:1 up add none beyond the ones above.
ZBAR_LUCK = {("designer", 160, "wide"), ("designer", 160, "tall"), ("designer", 800, "wide", "purple"),
             ("cli", 80, "wide", "green"), ("cli", 300, "wide", "grey"), ("designer", 200, "tall", "grey"),
             ("designer", 250, "wide", "grey"), ("designer", 800, "wide", "grey")}


def payload_of(length: int) -> str:
    """A shop's order link of `length` characters (the density of the code grows with it)."""
    tail = "&".join(f"produit{i}=baguette" for i in range(200))
    return ("https://www.boulangerie-lea.fr/commande?" + tail)[:length]


def _zbar_reads_every_variant(code, dpi: int) -> bool:
    from PIL import ImageFilter

    from socialdesk.qr.verify import check_variants
    from tests.outside.readers import zbar_texts

    for variant_dpi, blur in check_variants(dpi):
        image = render(code, variant_dpi)
        if blur:
            image = image.filter(ImageFilter.GaussianBlur(blur * image.width / code.total_modules))
        if zbar_texts(image) != [code.design.payload]:
            return False
    return True


def _assert_verified_reads_in_zbar(setting: str, length: int, shape: str, colour: str) -> None:
    dpi, extra_mm = SETTINGS[setting]
    foreground, background = COLOURS[colour]
    design = QrDesign(payload_of(length), foreground=foreground, background=background,
                      logo=make_logo(*SHAPES[shape]))
    design = QrDesign(design.payload, foreground=foreground, background=background, logo=design.logo,
                      size_mm=prepare(design).minimum_size_mm + extra_mm)
    checked = check(design, dpi)
    if not checked.verdict.ok:
        pytest.skip(f"not Verified ({checked.verdict.reason}): the owner is told, nothing to prove")
    box, n = checked.code.box, checked.code.modules
    assert box.area_fraction(n) <= geometry.LOGO_MAX_FRACTION
    assert _zbar_reads_every_variant(checked.code, dpi), (setting, length, shape, colour, box.area_fraction(n))
    assert both_decoders(render(checked.code, 150)) == ([design.payload], [design.payload])


def _params(lengths, colours):
    for setting in SETTINGS:
        for length in lengths:
            for shape in SHAPES:
                for colour in colours:
                    luck = {(setting, length, shape), (setting, length, shape, colour)} & ZBAR_LUCK
                    marks = [pytest.mark.xfail(strict=True, reason="zbar: mid-tone logo, one variant")] if luck else []
                    yield pytest.param(setting, length, shape, colour, marks=marks,
                                       id=f"{setting}-{length}-{shape}-{colour}")


@pytest.mark.parametrize("setting, length, shape, colour",
                         [p for i, p in enumerate(_params((40, 120, 400, 1000), COLOURS))
                          if i % len(COLOURS) == (i // len(COLOURS)) % len(COLOURS)])  # one colour each, in turn
def test_every_verified_logo_code_reads_in_zbar(setting, length, shape, colour):
    """Before: zxing-cpp's check let logos reach 20 % of the area; zbar missed 10 of 80 such codes
    (a 1000-character link with a square logo: Verified at 19 %, zbar read it only at 9 %)."""
    _assert_verified_reads_in_zbar(setting, length, shape, colour)


@pytest.mark.faults
@pytest.mark.parametrize("setting, length, shape, colour", list(_params(
    (10, 40, 80, 120, 160, 200, 250, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200), COLOURS)))
def test_every_verified_logo_code_reads_in_zbar_sweep(setting, length, shape, colour):
    _assert_verified_reads_in_zbar(setting, length, shape, colour)


@pytest.mark.parametrize("version", range(3, 41))
@pytest.mark.parametrize("aspect", [0.2, 1.0, 2.5, 5.0])
def test_logo_box_keeps_off_centre_alignment_patterns_visible(version, aspect):
    n = 17 + 4 * version
    box = geometry.logo_box(n, aspect)
    assert box is not None and box.width >= 3 and box.height >= 3
    from qrcode.util import pattern_position

    positions = pattern_position(version)
    middle = positions[len(positions) // 2] if len(positions) % 2 else None
    for x, y in geometry.alignment_centres(n):
        if (x, y) != (middle, middle):
            assert not any(box.contains(x + dx, y + dy) for dx in range(-2, 3) for dy in range(-2, 3)), (x, y)
