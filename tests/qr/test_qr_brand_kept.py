"""The shop's look set in the QR page is kept in the data file: after a restart the page and a printed card carry it."""

from qr_helpers import make_logo

from socialdesk.domain.cards import CardItem
from socialdesk.domain.card_template import CardTemplate
from socialdesk.storage import open_store
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.presence.qr_page import QrPage

REVIEW = "https://g.page/r/CbX12345/review"
GREEN, CREAM, LOGO_RED = (0x1a, 0x6b, 0x3c), (0xfd, 0xf6, 0xe3), (200, 30, 30)


def _page(qtbot, store):
    page = QrPage(store, DataBus())
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def _near(pixel, colour, slack: int = 10) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(pixel[:3], colour))


def test_the_look_set_in_the_window_comes_back_after_a_restart(qtbot, tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    page = _page(qtbot, store)
    page.design_form.foreground.edit.setText("#1a6b3c")
    page.design_form.background.edit.setText("#fdf6e3")
    page.design_form.set_logo(make_logo(), "logo.png")
    page.design_form.letters.setCurrentIndex(page.design_form.letters.findData("serif"))
    page.design_form.layout_choice.setCurrentIndex(page.design_form.layout_choice.findData("framed"))
    page.close()
    store.close()

    store = open_store(path)
    try:
        again = _page(qtbot, store)
        again.set_payload(REVIEW, "Google", "Leave us a review on Google")
        form = again.design_form
        assert (form.foreground.value(), form.background.value()) == ("#1a6b3c", "#fdf6e3")
        assert form.logo is not None and form.letters.currentData() == "serif"
        assert form.layout_choice.currentData() == "framed"
        design = again.checked.code.design
        assert again.checked.verdict.ok and design.logo is not None and design.font == "serif"
        preview = again.preview.pixmap().toImage()
        corner = preview.pixelColor(2, 2)
        assert _near((corner.red(), corner.green(), corner.blue()), CREAM)  # the kept background
        _printed_card_carries_it(again, tmp_path)
    finally:
        store.close()


def _printed_card_carries_it(page, tmp_path) -> None:
    from socialdesk.ui.printing.cards import card_printer, paint_cards
    from socialdesk.ui.printing.output import paint_pdf_to
    from tests.outside.readers import both_decoders, pdf_pages

    style = page.card_style()
    out = tmp_path / "card.pdf"
    items = [CardItem(REVIEW, "Google", "Leave us a review on Google")]
    paint_pdf_to(out, lambda printer: paint_cards(printer, CardTemplate.A6, items, "Fleurs de Léa", 1, style),
                 card_printer(CardTemplate.A6, "cards"))
    raster = pdf_pages(out, 150)[0]
    assert both_decoders(raster) == ([REVIEW], [REVIEW])
    colours = dict((pixel, count) for count, pixel in raster.getcolors(raster.width * raster.height))
    total = raster.width * raster.height

    def share(colour) -> float:
        return sum(count for pixel, count in colours.items() if _near(pixel, colour)) / total

    assert share(CREAM) > 0.5 and share(GREEN) > 0.05 and share(LOGO_RED) > 0.0005
    per_mm = 150 / 25.4  # the frame: a green line in the margin above the shop's name (1 to 6 mm from the top)
    column = [raster.getpixel((raster.width // 2, y)) for y in range(round(per_mm), round(6 * per_mm))]
    assert any(_near(pixel, GREEN, 40) for pixel in column)


def test_a_damaged_kept_look_reads_as_black_on_white(store):
    from socialdesk.qr.brand import load_brand

    store.settings.set("brand", {"foreground": "#eeeeee", "background": "#ffffff", "font": "serif",
                                 "layout": "framed"})
    store.settings.set("brand_logo", "%%% not base64")
    brand, logo = load_brand(store.settings)
    assert (brand.foreground, brand.background, brand.font, brand.layout) == ("#000000", "#ffffff", "serif", "framed")
    assert logo is None and store.settings.get("brand_logo") == ""
    store.settings.set("brand", {"foreground": 3})
    assert load_brand(store.settings)[0].foreground == "#000000"
