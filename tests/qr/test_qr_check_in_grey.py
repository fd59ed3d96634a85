"""The scan check of a code without a logo reads a grey image: the very pixels zxing-cpp makes of the colour
render, every distinct code of a 30-card print still checked once, and the printed PDF read by zxing and zbar."""

import pytest
from qr_helpers import needs_pdftoppm, rasterise_pdf

from socialdesk.domain.cards import CardItem
from socialdesk.domain.card_template import CardTemplate
from socialdesk.qr import verify
from socialdesk.qr.design import QrDesign, prepare
from socialdesk.qr.raster import render, render_luminance, zxing_luminance
from socialdesk.ui.printing.cards import card_printer, paint_cards
from socialdesk.ui.printing.output import write_pdf


@pytest.mark.parametrize("colours", [("#000000", "#ffffff"), ("#5a1e0f", "#fff6e0"), ("#1d4e89", "#f4d35e")])
@pytest.mark.parametrize("dpi", [105, 150])
def test_grey_check_image_is_what_zxing_reads_of_the_colour_render(colours, dpi):
    dark, light = colours
    code = prepare(QrDesign("https://boulangerie-lea.example/carte", None, dark, light, None, size_mm=25.0))
    coloured, grey = render(code, dpi), render_luminance(code, dpi)
    assert grey.mode == "L" and grey.size == coloured.size
    raw = coloured.tobytes()
    assert grey.tobytes() == bytes(zxing_luminance(tuple(raw[i:i + 3])) for i in range(0, len(raw), 3))


def test_zxing_luminance_is_zxing_cpps_rounding():
    assert [zxing_luminance(c) for c in ((0, 0, 0), (255, 255, 255), (255, 0, 0), (0, 255, 0), (0, 0, 255))] == \
        [0, 255, 76, 150, 29]


@needs_pdftoppm
def test_thirty_cards_check_every_distinct_code_once_and_the_pdf_scans(qapp, tmp_path, monkeypatch):
    from pyzbar import pyzbar

    links = [f"https://boulangerie-lea.example/carte/grey-{n:02d}" for n in range(15)]
    items = [CardItem(links[n % 15], "Google", "Laissez-nous un avis") for n in range(30)]
    seen = []
    checked = verify.decodes_robustly
    monkeypatch.setattr(verify, "decodes_robustly",
                        lambda code, dpi, with_logo=True: seen.append(code.design.payload) or
                        checked(code, dpi, with_logo))
    out = tmp_path / "cards.pdf"
    write_pdf(out, lambda printer: paint_cards(printer, CardTemplate.A6, items, "Boulangerie Léa"),
              card_printer(CardTemplate.A6, "cards"))
    assert sorted(seen) == links  # each distinct code checked, and once
    pages = rasterise_pdf(out, 150)
    assert len(pages) == 30
    read_by_zxing = [verify.decode_texts(page) for page in pages]
    read_by_zbar = [[r.data.decode() for r in pyzbar.decode(page.convert("L"), symbols=[pyzbar.ZBarSymbol.QRCODE])]
                    for page in pages]
    assert read_by_zxing == read_by_zbar == [[item.payload] for item in items]
