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
# Before: 16 of 480 codes the check called Verified here were left unread by zbar in one variant
# (240 dpi sharp or 150 dpi blurred), at 4-9 % logos, in every colour pair: zbar found no code at all.
# No drawing rule removed them (bench/qr_logo_zbar.py: a 1-module clear zone left 8, 1.5 modules 2,
# 2 modules 13, flattening the logo's darkest tones 7): which codes fail flips with half a module of
# padding. So the check asks zbar too, and shrinks the logo or refuses until both readers read.


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
                    yield pytest.param(setting, length, shape, colour, id=f"{setting}-{length}-{shape}-{colour}")


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


# Codes zbar left unread before the check asked it (one per colour pair and both settings).
ONCE_MISSED = [("designer", 160, "wide", "black"), ("designer", 160, "tall", "purple"),
               ("designer", 160, "wide", "brown"), ("cli", 80, "wide", "green"), ("cli", 300, "wide", "grey"),
               ("designer", 800, "wide", "purple")]


@pytest.mark.parametrize("setting, length, shape, colour", ONCE_MISSED)
def test_codes_zbar_once_missed_are_verified_only_if_zbar_reads_them(setting, length, shape, colour):
    """Before: Verified with a 4-9 % logo, and zbar found no code in one variant of the check."""
    _assert_verified_reads_in_zbar(setting, length, shape, colour)


def test_png_svg_and_pdf_draw_the_logo_alike_and_read_in_zbar(qtbot, tmp_path):
    """The three outputs draw the same logo in the same place: each reads exactly in zbar."""
    from socialdesk.qr.files import write_code_png, write_code_svg
    from socialdesk.ui.presence.qr_export import paint_code_pdf_to
    from tests.outside.readers import pdf_pages, svg_image, zbar_texts

    design = QrDesign(payload_of(160), logo=make_logo(*SHAPES["wide"]))
    design = QrDesign(design.payload, logo=design.logo, size_mm=prepare(design).minimum_size_mm + 10)
    checked = check(design, 150)
    assert checked.verdict.ok and checked.code.box is not None
    pdf = tmp_path / "c.pdf"
    paint_code_pdf_to(pdf, checked, "Scan me")  # what the designer's "Save as PDF" draws
    pictures = {"png": write_code_png(tmp_path / "c.png", checked, 300),
                "svg": svg_image(write_code_svg(tmp_path / "c.svg", checked), 150),
                "pdf": pdf_pages(pdf, 150)[0]}
    for name, picture in pictures.items():
        assert zbar_texts(picture) == [design.payload], name
