"""Printed cards: every template's codes scan from the PDF at 150 dpi; the tent's top face is upside down."""

import pytest
from qr_helpers import make_logo, needs_pdftoppm, rasterise_pdf

from socialdesk.domain.cards import CardItem
from socialdesk.qr.payloads import wifi_payload
from socialdesk.qr.verify import Reason, decode_texts
from socialdesk.ui.presence.cards_layout import SHEETS, CardTemplate, cards_for_sheets, face_layout, group_items
from socialdesk.ui.printing.cards import (CardCodeRefused, CardStyle, PrintCancelled, card_printer, check_cards,
                                          paint_cards)
from socialdesk.ui.printing.output import write_pdf

ITEMS = [
    CardItem("https://g.page/r/CbX12345/review", "Google", "Laissez-nous un avis sur Google",
             "g.page/r/CbX12345/review"),
    CardItem("https://www.instagram.com/boulangerie.lea/", "Instagram", "Suivez-nous 📷",
             "instagram.com/boulangerie.lea"),
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
    assert set(found) == {item.payload for item in ITEMS}
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
