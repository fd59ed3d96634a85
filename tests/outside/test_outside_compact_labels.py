"""The smallest label sheets (L7159, L7160, L7163; 5160 refused) measured on the PDF by readers that are not ours."""

import re

import pytest

from socialdesk.cli import main
from socialdesk.domain.cards_layout import LABEL_EDGE_MM
from socialdesk.domain.label_sheets import label_sheet
from tests.outside.readers import pdf_pages
from tests.outside.test_outside_label_stock import DPI, MM, _codes, _label_of, _print, _words
from tests.outside.test_outside_printed import _data_file, _same_page

QUIET = 4  # modules of blank margin around a code (ISO/IEC 18004)


def _symbols(page) -> dict[int, tuple[str, float, float, float, float, int]]:
    """label index -> (text, left, top, right, bottom in mm, modules across) of the code zxing-cpp finds on it."""
    import zxingcpp

    found = {}
    for result in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode):
        position = result.position
        xs = [c.x / MM for c in (position.top_left, position.top_right, position.bottom_right, position.bottom_left)]
        ys = [c.y / MM for c in (position.top_left, position.top_right, position.bottom_right, position.bottom_left)]
        modules = 17 + 4 * int(result.extra["Version"])
        found[(min(xs), min(ys), max(xs), max(ys))] = (result.text, modules)
    return found


@pytest.mark.parametrize("code", ["L7159", "L7160", "L7163"])
def test_small_labels_carry_a_code_that_scans_its_quiet_zone_and_its_address(qapp, tmp_path, code):
    sheet = label_sheet(code)
    out, targets = _print(tmp_path, "--template", "stickers", "--sheet", code)
    page = pdf_pages(out, DPI)[0]
    assert page.width / MM == pytest.approx(sheet.paper_mm[0], abs=0.5)
    assert page.height / MM == pytest.approx(sheet.paper_mm[1], abs=0.5)
    codes = _codes(page)  # zbar reads the same codes as zxing-cpp
    assert len(codes) == len(sheet.positions()) and {text for text, _x, _y in codes} <= set(targets)
    by_label = {_label_of(sheet, x, y): text for text, x, y in codes}
    assert set(by_label) == set(range(len(sheet.positions())))  # one code on every label
    words = [(word, x, y) for page_number, word, x, y in _words(out) if page_number == 0]
    for (left, top, right, bottom), (text, modules) in _symbols(page).items():
        index = _label_of(sheet, (left + right) / 2, (top + bottom) / 2)
        lx, ly, width, height = sheet.positions()[index]
        quiet = QUIET * (right - left) / modules
        # the code with its quiet zone starts LABEL_EDGE_MM inside the label where the maker's table puts
        # it (measured within 0.5 mm), and its quiet zone ends on the label
        assert left - quiet == pytest.approx(lx + LABEL_EDGE_MM, abs=0.5), (code, index)
        assert top - quiet == pytest.approx(ly + LABEL_EDGE_MM, abs=0.5), (code, index)
        assert bottom + quiet <= ly + height + 0.5 and right + quiet <= lx + width + 0.5, (code, index)
        assert right - left >= 20 - 0.5  # 2 cm at the least (DOMAIN.md)
        mine = [(word, x, y) for word, x, y in words if _label_of(sheet, x, y) == index]
        under = "".join(word for word, _x, y in sorted(mine, key=lambda w: (round(w[2], 1), w[1])) if y > bottom + quiet)
        assert _same_page(under, text), (code, index, under)  # the address under the code is its target
        assert "Boulangerie" in {word for word, _x, _y in mine}  # the shop's name fits beside the code
    for word, x, y in words:  # no word off its label
        assert _label_of(sheet, x, y) is not None, word


def test_a_label_too_small_for_any_code_is_refused_naming_the_height_it_needs(qapp, tmp_path, capsys):
    db, _targets = _data_file(tmp_path, "Boulangerie Léa")
    out = tmp_path / "cards.pdf"
    capsys.readouterr()
    assert main(["print-cards", "-o", str(out), "--db", str(db), "--template", "stickers", "--sheet", "5160"]) == 2
    assert not out.exists()
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 1 and "5160" in said[0] and "25.4 mm" in said[0], said
    needed = float(re.search(r"labels at least (\d+) mm high", said[0])[1])
    assert 25.4 < needed <= 33.9  # the L7159's 33.9 mm are enough, as the test above shows


def test_the_cards_bar_says_which_label_height_a_code_needs(qtbot, store, bus, monkeypatch):
    import socialdesk.ui.printing.cards as cards
    from socialdesk.domain.card_template import CardTemplate
    from socialdesk.ui.presence.qr_page import QrPage

    page = QrPage(store, bus)
    qtbot.addWidget(page)
    monkeypatch.setattr(cards, "show_preview", lambda *a: pytest.fail("nothing should be printed"))
    bar = page.cards_bar
    bar.template.setCurrentIndex(bar.template.findData(CardTemplate.STICKERS.value))
    bar.sheet.setCurrentIndex(bar.sheet.findData("5160"))
    page.set_payload("https://g.page/r/CbX12345/review", "Google", "Leave us a review")
    bar.cards.click()
    said = page.report.text()
    assert "5160" in said and "25.4 mm high" in said, said
    assert re.search(r"labels at least \d+ mm high", said) and "shorter link" not in said, said


def test_the_refusal_in_french(qapp, tmp_path, capsys):
    from socialdesk.ui.i18n import install_translators

    db, _targets = _data_file(tmp_path, "Boulangerie Léa", "fr")
    capsys.readouterr()
    try:
        assert main(["print-cards", "-o", str(tmp_path / "c.pdf"), "--db", str(db), "--template", "stickers",
                     "--sheet", "5160", "--lang", "fr"]) == 2
    finally:
        install_translators("en")  # print-cards speaks French to the whole process: the next tests are English
    said = capsys.readouterr().err.strip()
    assert "25,4\u00a0mm de haut" in said and re.search(r"étiquettes d'au moins \d+\u00a0mm de haut", said), said
