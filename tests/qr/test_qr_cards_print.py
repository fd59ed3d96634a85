"""Printed cards: every template's codes scan from the PDF at 150 dpi; the tent's top face is upside down."""

import pytest
from qr_helpers import make_logo, needs_pdftoppm, rasterise_pdf

from socialdesk.domain.cards import CardItem
from socialdesk.domain.card_template import CardTemplate
from socialdesk.domain.cards_layout import SHEETS, cards_for_sheets, face_layout, group_items
from socialdesk.qr.payloads import wifi_payload
from socialdesk.qr.verify import Reason, decode_texts
from socialdesk.ui.printing.cards import (CardCodeRefused, CardStyle, PrintCancelled, card_printer, check_cards,
                                          paint_cards)
from socialdesk.ui.printing.output import write_pdf

ITEMS = [
    CardItem("https://g.page/r/CbX12345/review", "Google", "Laissez-nous un avis sur Google"),
    CardItem("https://www.instagram.com/boulangerie.lea/", "Instagram", "Suivez-nous 📷"),
    CardItem(wifi_payload('Léa "invités";5G', "croissant,2024:\\", "WPA"), "Wi-Fi", "Le Wi-Fi, c'est par ici"),
]


def _pdf(tmp_path, template, items=ITEMS, per_card=1, style=CardStyle()):
    out = tmp_path / f"{template.value}.pdf"
    write_pdf(out, lambda p: paint_cards(p, template, items, "Boulangerie Léa", per_card, style),
              card_printer(template, "cards"))
    return out


@needs_pdftoppm
@pytest.mark.parametrize("template", list(CardTemplate))
@pytest.mark.parametrize("per_card", [1, 2])
def test_every_code_on_every_template_scans(qapp, tmp_path, template, per_card):
    pages = rasterise_pdf(_pdf(tmp_path, template, per_card=per_card), 150)
    found = [text for page in pages for text in decode_texts(page)]
    backs = template is CardTemplate.BUSINESS  # every back carries the first card's code, the shop's one
    assert set(found) == ({ITEMS[0].payload} if backs else {item.payload for item in ITEMS})
    width_mm = pages[0].width / 150 * 25.4
    assert width_mm == pytest.approx(SHEETS[template].paper_mm[0], abs=1)


@needs_pdftoppm
def test_coloured_cards_with_logo_scan(qapp, tmp_path):
    style = CardStyle("#5a1e0f", "#fff6e0", make_logo(300, 200))
    pages = rasterise_pdf(_pdf(tmp_path, CardTemplate.A6, style=style), 150)
    assert [decode_texts(page) for page in pages] == [[item.payload] for item in ITEMS]


@needs_pdftoppm
def test_tent_top_face_is_upside_down(qapp, tmp_path):
    import zxingcpp

    page = rasterise_pdf(_pdf(tmp_path, CardTemplate.TENT, ITEMS[:1]), 150)[0]
    half = page.height // 2
    top, bottom = page.crop((0, 0, page.width, half)), page.crop((0, half, page.width, page.height))
    orientation = [zxingcpp.read_barcodes(face)[0].orientation for face in (top, bottom)]
    assert orientation == [180, 0]


def test_code_too_dense_for_a_sticker_is_refused_with_sizes(qapp):
    item = CardItem("https://www.boulangerie-lea.fr/?" + "x" * 900, "Site")
    with pytest.raises(CardCodeRefused) as refused:
        check_cards(CardTemplate.STICKERS, [item])
    assert refused.value.reason is Reason.TOO_DENSE
    assert refused.value.needed_mm > refused.value.available_mm


def test_printing_can_be_cancelled(qapp, tmp_path):
    printer = card_printer(CardTemplate.A6, "cards")
    printer.setOutputFileName(str(tmp_path / "c.pdf"))
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 1

    with pytest.raises(PrintCancelled):
        paint_cards(printer, CardTemplate.A6, ITEMS, "Léa", progress=progress)
    assert seen == [(0, 3), (1, 3)]


def test_grids_repeat_a_short_list_and_cap_codes_per_card():
    groups = group_items(ITEMS, 4, CardTemplate.STICKERS)
    assert [len(g) for g in groups] == [1, 1, 1]
    sheets = cards_for_sheets(CardTemplate.STICKERS, groups)
    assert len(sheets) == 1 and len(sheets[0]) == 12
    assert len(cards_for_sheets(CardTemplate.A6, group_items(ITEMS, 4, CardTemplate.A6))) == 1


@pytest.mark.parametrize("template", list(CardTemplate))
@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_layout_keeps_codes_inside_their_face_and_apart(template, count):
    count = min(count, SHEETS[template].max_codes)
    face = SHEETS[template].faces[0].rect
    slots = face_layout(face, count).slots
    for slot in slots:
        box = slot.code
        assert face.x <= box.x and box.x + box.width <= face.x + face.width + 1e-6
        assert face.y <= box.y and box.y + box.height <= face.y + face.height + 1e-6
        assert box.width >= 30
    for a, b in zip(slots, slots[1:]):
        assert a.code.x + a.code.width <= b.code.x + 1e-6 or a.code.y + a.code.height <= b.code.y + 1e-6


REVIEW = "https://search.google.com/local/writereview?placeid=ChIJd8BlQ2BZwokRjMKtTjMezRw"


@pytest.mark.parametrize("payload, printed", [
    ("https://www.instagram.com/boulangerie.lea/", "instagram.com/boulangerie.lea/"),
    ("https://g.page/r/CbX12345/review", "g.page/r/CbX12345/review"),
    ("https://www.boulangerie-lea.fr/", "boulangerie-lea.fr"),
    ("https://www.yelp.fr/biz/boulangerie-l%C3%A9a-lyon", "yelp.fr/biz/boulangerie-léa-lyon"),
    ("https://xn--caf-dma.fr/", "café.fr"),
    ("https://x.fr/a%2Fb", "x.fr/a%2Fb"),  # %2F is not "/": the same page only as typed
    ("http://www.x.fr/a", "http://www.x.fr/a"),  # without http:// a browser may open another page
    ("https://www.google.com@evil.example/", "https://www.google.com@evil.example/"),
    ("WIFI:T:WPA;S:Léa;P:x;;", ""),
])
def test_printed_address_is_the_codes_own_target(payload, printed):
    from socialdesk.domain.cards import printed_address

    assert printed_address(payload) == printed


def test_review_card_prints_the_review_form_not_the_listing_page():
    """The Google card's code opens the review form: the address under it is the review form."""
    from socialdesk.domain.presence.listings import Listing, card_for_listing

    listing = Listing("google_business", url="https://g.page/boulangerie-lea-lyon", review_url=REVIEW,
                      print_card=True)
    card = card_for_listing(listing)
    assert card.payload == REVIEW
    assert card.address == REVIEW.removeprefix("https://")


def _words(qapp, template, items, shop_name="Boulangerie Léa", per_card=1):
    from socialdesk.ui.presence.qr_paint import MmCanvas
    from socialdesk.ui.printing.cards import _face_words

    printer = card_printer(template, "cards")
    face = SHEETS[template].faces[0].rect
    groups = group_items(items, per_card, template)
    return printer, [_face_words(printer, MmCanvas(printer.resolution()), face, group, shop_name)
                     for group in groups]


@pytest.mark.parametrize("template", list(CardTemplate))
@pytest.mark.parametrize("per_card", [1, 2, 4])
def test_address_is_whole_at_7_pt_or_more_or_left_off_and_said(qapp, template, per_card):
    from socialdesk.ui.printing.cards import card_notices

    items = [*ITEMS[:2], CardItem(REVIEW, "Google")]
    printer, faces = _words(qapp, template, items, per_card=per_card)
    addresses = [fitted for face in faces for _area, fitted, notice in face[3::3]]
    left_off = [notice for face in faces for _area, _fitted, notice in face[3::3] if notice]
    printed = [fitted for fitted in addresses if fitted is not None]
    assert printed, "no address at all fits"
    for fitted in printed:  # up to three lines broken at natural points, nothing added: joined, the address
        assert fitted.points >= 7 and 1 <= len(fitted.lines) <= 3 and "…" not in "".join(fitted.lines)
        assert "".join(fitted.lines) in {item.address for item in items}
    assert not left_off, "the Google review form's address fits on two or three lines on every card"
    notices = card_notices(printer, template, items, "Boulangerie Léa", per_card)
    assert {n.name for n in notices if n.kind == "address"} == {n.name for n in left_off}
    assert all("too long to print under its code" in n.text() for n in notices if n.kind == "address")


@pytest.mark.parametrize("template", [t for t in CardTemplate if t is not CardTemplate.DOOR_A4])  # A4: the name fits
def test_long_shop_name_and_caption_stay_inside_their_card_and_are_reported(qapp, template):
    from PySide6.QtGui import QFontMetricsF

    from socialdesk.ui.presence.qr_paint import _font
    from socialdesk.ui.printing.cards import card_notices

    name = "Boulangerie-Pâtisserie-Chocolaterie Artisanale de la Croix-Rousse et du Plateau " * 8
    item = CardItem(ITEMS[0].payload, "Anticonstitutionnellement" * 3, "Laissez-nous un avis " * 12)
    printer, faces = _words(qapp, template, [item], name)
    for area, fitted, notice in faces[0]:
        if fitted is None:
            continue
        metrics = QFontMetricsF(_font(printer, fitted.points, fitted.bold), printer)
        assert len(fitted.lines) * metrics.lineSpacing() <= area.height() + 1e-6
        assert all(metrics.horizontalAdvance(line) <= area.width() for line in fitted.lines)
        assert fitted.points >= 6
        assert fitted.complete or notice is not None
    kinds = {notice.kind for notice in card_notices(printer, template, [item], name)}
    assert "title" in kinds


def test_a_name_that_fits_is_wrapped_between_words_not_inside_them(qapp):
    _printer, faces = _words(qapp, CardTemplate.BUSINESS, ITEMS[:1])
    title = faces[0][0][1]
    assert title.complete and " ".join(title.lines) == "Boulangerie Léa"


TOO_LONG = ("https://www.tripadvisor.fr/UserReviewEdit-g187265-d2345678-" + "_".join(
    ["Boulangerie_Patisserie_Chocolaterie_Artisanale_Lea_de_la_Croix_Rousse_et_du_Plateau-Lyon_Rhone_Auvergne_Rhone_"
     "Alpes_France"] * 2) + ".html")  # more than three lines of 7 pt on every card


@pytest.mark.parametrize("template", ["a6", "stickers"])  # a real 85 x 54 mm business card is too small for it
def test_print_cards_says_on_stderr_which_address_is_left_off(qapp, tmp_path, capsys, template):
    from socialdesk.cli import main
    from socialdesk.domain.presence.listings import Listing
    from socialdesk.storage import open_store

    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    store.presence.add(Listing(
        "tripadvisor", url="https://www.tripadvisor.fr/Restaurant_Review-g187265-d2345678.html", review_url=TOO_LONG,
        print_card=True))
    store.close()
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--template", template, "--db", str(db)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == ["socialdesk print-cards: warning: The address of TripAdvisor is too long to print "
                   "under its code; the code itself is complete."]
    assert out.stat().st_size > 0
