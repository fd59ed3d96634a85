"""A long address is printed whole under its code on every card, on up to three lines, clear of the code."""

import subprocess

import pytest

from socialdesk.domain.cards import CardItem
from socialdesk.domain.card_template import CardTemplate
from socialdesk.domain.cards_layout import SHEETS, code_area, mirrored
from socialdesk.qr.design import QrDesign, prepare
from socialdesk.qr.geometry import QUIET_ZONE
from socialdesk.ui.printing.cards import _layout, card_notices, card_printer, paint_cards
from socialdesk.ui.printing.output import write_pdf
from tests.outside.readers import both_decoders, pdf_pages

GOOGLE = CardItem("https://search.google.com/local/writereview?placeid=ChIJd8BlQ2BZwokRjMKtTjMezRw",
                  "Google Business Profile", "Leave us a review on Google")
TRIPADVISOR = CardItem("https://www.tripadvisor.fr/UserReviewEdit-g187265-d2345678-Boulangerie_Patisserie_Lea-"
                       "Lyon_Rhone_Auvergne_Rhone_Alpes.html", "Tripadvisor", "Give us your opinion")
MM_TO_PT = 72 / 25.4


def _pdf(tmp_path, template, item):
    out = tmp_path / f"{template.value}.pdf"
    write_pdf(out, lambda p: paint_cards(p, template, [item], "Boulangerie Léa"), card_printer(template, "cards"))
    return out


def _upright_face(template):
    """The first face with codes, upright: a door sign's lower part, a business card's back (page 2)."""
    sheet = SHEETS[template]
    face = sheet.faces[-1] if sheet.faces[0].upside_down else sheet.faces[0]
    if sheet.content == "business":
        return type(face)(mirrored(sheet, face.rect))
    return type(face)(code_area(sheet, face.rect))


def _door(template) -> bool:
    """A door sign's code sits under its call to action in large letters (the "headline" layout)."""
    return SHEETS[template].content == "door"


def _page(template) -> int:
    return 2 if SHEETS[template].content == "business" else 1


def _band_text(path, rect, page: int = 1) -> str:
    """pdftotext -layout of one rectangle (mm) of a page, its lines stripped and joined with nothing."""
    x, y, w, h = (round(v * MM_TO_PT) for v in (rect.x, rect.y - 0.5, rect.width, rect.height + 1))
    done = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), "-r", "72", "-x", str(x), "-y", str(y),
                           "-W", str(w), "-H", str(h), str(path), "-"], check=True, capture_output=True, text=True)
    return "".join(line.strip() for line in done.stdout.splitlines())


@pytest.mark.parametrize("item", [GOOGLE, TRIPADVISOR], ids=["google", "tripadvisor"])
@pytest.mark.parametrize("template", list(CardTemplate))
def test_a_long_address_is_printed_whole_on_every_card(qapp, tmp_path, template, item):
    # Before: "too long to print under its code" for Google on a6, stickers and business, and for the
    # TripAdvisor link on every template.
    assert card_notices(card_printer(template, "c"), template, [item], "Boulangerie Léa") == []
    out = _pdf(tmp_path, template, item)
    face = _upright_face(template)
    slot = _layout(face.rect, [item], headline=_door(template)).slots[0]
    assert _band_text(out, slot.address, _page(template)) == item.address
    assert "…" not in _band_text(out, face.rect, _page(template))


@pytest.mark.parametrize("item", [GOOGLE, TRIPADVISOR], ids=["google", "tripadvisor"])
@pytest.mark.parametrize("template", list(CardTemplate))
def test_the_address_lines_keep_off_the_codes_quiet_zone(qapp, tmp_path, template, item):
    out = _pdf(tmp_path, template, item)
    dpi = 300
    page = pdf_pages(out, dpi)[_page(template) - 1].convert("L")
    assert both_decoders(page)[0] and set(both_decoders(page)[0]) == set(both_decoders(page)[1]) == {item.payload}
    slot = _layout(_upright_face(template).rect, [item], headline=_door(template)).slots[0]
    code = slot.code
    per_mm = dpi / 25.4
    quiet_mm = code.width * QUIET_ZONE / prepare(QrDesign(item.payload)).total_modules
    inner = quiet_mm * 0.8  # a hair inside the ring: the symbol's own edge is antialiased
    ring_bottom = page.crop((round((code.x + 0.3) * per_mm), round((code.y + code.height - inner) * per_mm),
                             round((code.x + code.width - 0.3) * per_mm), round((code.y + code.height - 0.3) * per_mm)))
    assert ring_bottom.getextrema()[0] > 200, "ink in the quiet zone under the code"
    assert slot.address.y >= code.y + code.height


def test_a_code_that_needs_the_room_keeps_it_and_the_address_is_left_off_and_said(qapp, tmp_path):
    """A logo code that scans only at its usual size: the code first, the long address left off and said."""
    from tests.qr.qr_helpers import make_logo

    from socialdesk.ui.printing.cards import CardStyle, check_cards

    style = CardStyle(logo=make_logo(300, 200))
    item = CardItem("https://www.example.org/boulangerie-lea/produits/viennoiseries/croissant-au-beurre-aop?"
                    "saison=hiver&v=" + "x" * 30, "Site")  # on the 63.5 x 72 mm label (L7164)
    template = CardTemplate.STICKERS
    checked = check_cards(template, [item], style=style)  # before: refused, too small to scan
    notices = card_notices(card_printer(template, "c"), template, [item], "Boulangerie Léa", checked=checked)
    assert [notice.kind for notice in notices] == ["address"]
    out = tmp_path / "logo.pdf"
    write_pdf(out, lambda p: paint_cards(p, template, [item], "Boulangerie Léa", style=style, checked=checked),
              card_printer(template, "cards"))
    page = pdf_pages(out, 200)[0]
    zbar, zxing = both_decoders(page)
    assert set(zbar) == set(zxing) == {item.payload}
