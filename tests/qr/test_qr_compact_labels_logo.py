"""Small labels with the shop's logo: every code keeps its address under it (the logo goes) and scans in both readers."""

import io
import re
import subprocess
from collections import Counter
from dataclasses import replace

import pytest
import zxingcpp
from PIL import Image
from pyzbar import pyzbar
from qr_helpers import needs_pdftoppm, rasterise_pdf

from socialdesk.cli import main
from socialdesk.domain.brand import logo_text
from socialdesk.domain.cards import printed_address
from socialdesk.domain.presence.links import review_link
from socialdesk.storage import open_store

PLACE = "ChIJd8BlQ2BZwokRjMKtTjMezRw"
DPI = 150
PER_SHEET = {"L7159": 24, "L7160": 21, "L7163": 14}


def _shop(db):
    store = open_store(db)
    store.shop.save(replace(store.shop.get(), name="Fleurs de Margaux", address="8 rue des Lilas", postcode="75011",
                            city="Paris"))
    for key, fields in (("google_business", {"url": "https://g.page/fleurs-margaux", "review_url": review_link(PLACE)}),
                        ("instagram", {"handle": "fleursdemargaux"}),
                        ("tripadvisor", {"url": "https://www.tripadvisor.fr/Attraction_Review-g187147-d1-Fleurs.html"})):
        store.presence.ensure_listing(key)
        store.presence.save(replace(store.presence.listing_for(key), print_card=True, **fields))
    store.presence.set_link_value("place_id", PLACE)
    store.settings.set("brand", {"foreground": "#7a1f3d", "background": "#fdf0f4", "font": "serif", "layout": "framed"})
    logo = io.BytesIO()
    Image.new("RGBA", (200, 120), (30, 120, 60, 255)).save(logo, format="PNG")
    store.settings.set("brand_logo", logo_text(logo.getvalue()))
    store.close()


def _words(pdf) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, word) in points, first page."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(pattern, html)]


def _below(words, left: float, right: float, bottom: float) -> str:
    """The words starting under a code (within 14 mm), across its label (up to 100 mm right of its left edge)."""
    near = [w for w in words if bottom < w[1] < bottom + 40 and left - 12 < w[0] and w[2] < left + 285]
    return "".join(w[4] for w in sorted(near, key=lambda w: (round(w[1]), w[0])))


@needs_pdftoppm
@pytest.mark.parametrize("sheet", sorted(PER_SHEET))
def test_every_code_with_a_logo_keeps_its_address_under_it_and_scans(tmp_path, capfd, sheet):
    db, out = tmp_path / "shop.sqlite3", tmp_path / "stickers.pdf"
    _shop(db)
    assert main(["print-cards", "-o", str(out), "--template", "stickers", "--sheet", sheet, "--db", str(db)]) == 0
    err = capfd.readouterr().err
    logo_lines = [line for line in err.splitlines() if "logo" in line]
    assert len(logo_lines) == 1 and sheet in logo_lines[0] and "Google" in logo_lines[0], err
    assert "address of" not in err, err  # no address left off any more
    page = rasterise_pdf(out, DPI)[0]
    found = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    zbar = [r.data.decode() for r in pyzbar.decode(page.convert("L"), symbols=[pyzbar.ZBarSymbol.QRCODE])]
    assert len(found) == PER_SHEET[sheet] and Counter(r.text for r in found) == Counter(zbar)
    assert review_link(PLACE) in zbar
    words = _words(out)
    for result in found:
        corners = [result.position.top_left, result.position.top_right, result.position.bottom_left,
                   result.position.bottom_right]
        to_pt = 72 / DPI
        left, right = min(p.x for p in corners) * to_pt, max(p.x for p in corners) * to_pt
        bottom = max(p.y for p in corners) * to_pt
        address = "".join(printed_address(result.text).split())
        assert address in _below(words, left, right, bottom), (result.text, _below(words, left, right, bottom))
