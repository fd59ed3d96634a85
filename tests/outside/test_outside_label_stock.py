"""Printed matter on the paper the owner buys, measured on the PDF by readers that are not ours."""

import re
import subprocess

import pytest

from socialdesk.cli import main
from socialdesk.domain.label_sheets import label_sheet
from tests.outside.readers import both_decoders, pdf_pages, pdf_text
from tests.outside.test_outside_printed import _data_file

DPI = 150
MM = DPI / 25.4  # pixels a millimetre
PT = 72 / 25.4  # PDF points a millimetre


def _print(tmp_path, *options: str, language: str = "en"):
    db, targets = _data_file(tmp_path, "Boulangerie Léa", language)
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--db", str(db), *options]) == 0
    return out, targets


def _codes(page) -> list[tuple[str, float, float]]:
    """(text, centre x, centre y) in mm of every code zxing-cpp finds; zbar must read the same texts."""
    import zxingcpp

    zbar, zxing = both_decoders(page)
    assert sorted(zbar) == sorted(zxing)
    found = []
    for result in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode):
        corners = [result.position.top_left, result.position.top_right, result.position.bottom_right,
                   result.position.bottom_left]
        found.append((result.text, sum(c.x for c in corners) / 4 / MM, sum(c.y for c in corners) / 4 / MM))
    return found


def _words(path) -> list[tuple[int, str, float, float]]:
    """(page, word, centre x, centre y) in mm, from poppler's `pdftotext -bbox`."""
    done = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, timeout=120)
    words, page = [], -1
    for line in done.stdout.decode("utf-8").splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', line)
        if match:
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            words.append((page, match[5], (x0 + x1) / 2 / PT, (y0 + y1) / 2 / PT))
    return words


def _label_of(sheet, x: float, y: float) -> int | None:
    for index, (lx, ly, w, h) in enumerate(sheet.positions()):
        if lx <= x <= lx + w and ly <= y <= ly + h:
            return index
    return None


@pytest.mark.parametrize("code", ["L7164", "L7165", "5163", "5164"])
def test_stickers_sit_on_the_products_labels(qapp, tmp_path, code):
    sheet = label_sheet(code)
    out, targets = _print(tmp_path, "--template", "stickers", "--sheet", code)
    page = pdf_pages(out, DPI)[0]
    assert page.width / MM == pytest.approx(sheet.paper_mm[0], abs=0.5)
    assert page.height / MM == pytest.approx(sheet.paper_mm[1], abs=0.5)
    codes = _codes(page)
    assert len(codes) == sheet.columns * sheet.rows and {text for text, _x, _y in codes} <= set(targets)
    labels = {_label_of(sheet, x, y): (text, x, y) for text, x, y in codes}
    assert set(labels) == set(range(len(sheet.positions())))  # one code on every label
    # a code sits at the same place on every label that carries it: the labels are where the maker's
    # table says (the same code twice at pitch + gap apart, measured within 0.5 mm)
    offsets: dict[str, list] = {}
    for index, (text, x, y) in labels.items():
        offsets.setdefault(text, []).append((x - sheet.positions()[index][0], y - sheet.positions()[index][1]))
    for same in offsets.values():
        assert len(same) > 1
        for dx, dy in same:
            assert dx == pytest.approx(same[0][0], abs=0.5) and dy == pytest.approx(same[0][1], abs=0.5)
    for page_number, word, x, y in _words(out):  # no word off its label
        assert page_number > 0 or _label_of(sheet, x, y) is not None, word


def test_stickers_too_small_for_a_code_are_refused_not_printed(qapp, tmp_path):
    db, _targets = _data_file(tmp_path, "Boulangerie Léa")
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--db", str(db), "--template", "stickers", "--sheet", "5160"]) == 2
    assert not out.exists()


def _ink(page, box_mm) -> bool:
    x0, y0, x1, y1 = (round(v * MM) for v in box_mm)
    return page.convert("L").crop((x0, y0, x1, y1)).getextrema()[0] < 250


@pytest.mark.parametrize("template", ["a6", "a6x4", "tent", "door-a5", "door-a4"])
def test_nothing_prints_within_5_mm_of_the_edge(qapp, tmp_path, monkeypatch, template):
    from socialdesk.ui.printing import cards

    real = cards.CardStyle
    monkeypatch.setattr(cards, "CardStyle", lambda *a, **k: real("#1a3b2c", "#fff3d6"))  # a coloured card
    out, _targets = _print(tmp_path, "--template", template)
    for page in pdf_pages(out, DPI):
        width, height = page.width / MM, page.height / MM
        edge = 4.7  # 5 mm less a pixel's rounding
        for band in ((0, 0, width, edge), (0, height - edge, width, height), (0, 0, edge, height),
                     (width - edge, 0, width, height)):
            assert not _ink(page, band), (template, band)
        assert _ink(page, (6, 6, 7, 7))  # the background comes as close as the printer can


def test_four_a6_on_a4_with_cut_marks(qapp, tmp_path):
    out, targets = _print(tmp_path, "--template", "a6x4")
    pages = pdf_pages(out, DPI)
    assert pages[0].width / MM == pytest.approx(210, abs=0.5)
    codes = [_codes(page) for page in pages]
    assert {text for page in codes for text, _x, _y in page} == set(targets)
    quarters = {(x > 105, y > 148.5) for _text, x, y in codes[0]}
    assert len(codes[0]) == 4 and len(quarters) == 4  # one card a quarter
    page = pages[0].convert("L")
    mark = [page.getpixel((round(105 * MM), round(y * MM))) for y in (6, 7, 8)]
    assert max(mark) < 200  # the vertical cut line's mark, in the white border at the top
    assert page.getpixel((round(60 * MM), round(6 * MM))) > 250  # none elsewhere along the border


def test_business_cards_fronts_and_backs_in_register(qapp, tmp_path):
    sheet = label_sheet("C32010")
    out, targets = _print(tmp_path, "--template", "business")
    pages = pdf_pages(out, DPI)
    assert len(pages) % 2 == 0
    front, back = pages[0], pages[1]
    assert _codes(front) == []  # the front is the shop's
    text = pdf_text(out).split("\f")[0]
    for words in ("Boulangerie Léa",):
        assert words in text
    assert re.search(r"\d\d \d\d \d\d \d\d \d\d", text) or "+33" in text  # the phone number
    fronts = [(x, y) for page, word, x, y in _words(out) if page == 0 and word == "Léa"]
    assert len(fronts) >= len(sheet.positions())
    found = _codes(back)
    assert len(found) == len(sheet.positions())
    order = [text for text, _x, _y in sorted(found, key=lambda c: (round(c[2]), c[1]))]
    first = list(targets)[0]  # the first listing marked for print, on every back: the shop's one code
    for index, (x, y, w, h) in enumerate(sheet.positions()):
        behind = (210 - x - w, y, w, h)  # the sheet turns over its long edge: left and right swap
        code = [t for t, cx, cy in found if behind[0] <= cx <= behind[0] + w and y <= cy <= y + h]
        assert code == [first], (index, order)


def test_door_sign_shows_hours_closure_and_a_code_to_the_maps_listing(qapp, tmp_path):
    out, _targets = _print(tmp_path, "--template", "door-a5", "--closure", "Closed 10-24 August")
    text = pdf_text(out)
    assert "Opening hours" in text and "Closed 10-24 August" in text and "Find us on Google Maps" in text
    pages = pdf_pages(out, DPI)
    assert len(pages) == 1 and [t for t, _x, _y in _codes(pages[0])] == ["https://g.page/boulangerie-lea-lyon"]
    assert "g.page/boulangerie-lea-lyon" in text  # the printed address is the code's target


def test_door_sign_without_a_google_listing_codes_a_maps_search_for_the_shop(qapp, tmp_path):
    from urllib.parse import parse_qs, urlsplit

    from socialdesk.storage import open_store

    db, _targets = _data_file(tmp_path, "Boulangerie Léa")
    store = open_store(db)
    for listing in store.presence.listings():
        if listing.platform_key == "google_business":
            store.presence.delete(listing.id)
    shop = store.shop.get()
    store.close()
    out = tmp_path / "door.pdf"
    assert main(["print-cards", "-o", str(out), "--db", str(db), "--template", "door-a4"]) == 0
    [(code, _x, _y)] = _codes(pdf_pages(out, DPI)[0])
    assert code.startswith("https://www.google.com/maps/search/?api=1&query=")
    query = parse_qs(urlsplit(code).query)["query"][0]
    assert shop.name in query and shop.address in query


def test_door_sign_in_french(qapp, tmp_path):
    from socialdesk.ui.i18n import install_translators

    try:
        out, _targets = _print(tmp_path, "--template", "door-a4", "--lang", "fr", language="fr")
    finally:
        install_translators("en")  # print-cards speaks French to the whole process: the next tests are English
    assert "Horaires d'ouverture" in pdf_text(out)
