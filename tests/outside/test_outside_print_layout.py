"""Issue 16 print layout, read from outside (pdftoppm 150 dpi, zbar and zxing-cpp, poppler's text): frames and
backgrounds inside the 5 mm rule and even after cutting, the brand on every face, refusals and warnings."""

import re
import subprocess

import pytest

from socialdesk.cli import main
from socialdesk.storage import open_store
from tests.outside.readers import both_decoders, pdf_pages
from tests.outside.test_outside_brand_cards import CREAM, SHOP_BLUE, SHOP_CREAM, _data_file, _share
from tests.outside.test_outside_label_stock import DPI, MM, _ink

RED = (200, 30, 30)


def _brand(tmp_path, layout="framed", font="serif", logo=True):
    import io

    from PIL import Image

    data = io.BytesIO()
    Image.new("RGBA", (200, 120), RED + (255,)).save(data, format="PNG")
    brand = {"foreground": SHOP_BLUE, "background": SHOP_CREAM, "font": font, "layout": layout}
    return _data_file(tmp_path, brand, data.getvalue() if logo else b"")


def _print(db, tmp_path, template, *options, name="cards.pdf"):
    out = tmp_path / name
    assert main(["print-cards", "-o", str(out), "--template", template, "--db", str(db), *options]) == 0
    return out


def _scans(pages):
    for page in pages:
        zbar, zxing = both_decoders(page)
        assert sorted(zbar) == sorted(zxing)


@pytest.mark.parametrize("template", ["a6", "a6x4", "tent", "door-a5", "door-a4"])
def test_framed_style_keeps_its_frame_5_mm_from_the_paper_edge(qapp, tmp_path, capsys, template):  # D1
    db, _targets = _brand(tmp_path)
    pages = pdf_pages(_print(db, tmp_path, template), DPI)
    _scans(pages)
    for page in pages:
        width, height = page.width / MM, page.height / MM
        edge = 4.7  # 5 mm less a pixel's rounding
        for band in ((0, 0, width, edge), (0, height - edge, width, height), (0, 0, edge, height),
                     (width - edge, 0, width, height)):
            assert not _ink(page, band), (template, band)


def _colour_run(page, y_mm: float, x0: float, x1: float) -> tuple[float, float]:
    """Where the cream background starts and ends (mm) along the row y between x0 and x1."""
    y = round(y_mm * MM)
    xs = [x for x in range(round(x0 * MM), round(x1 * MM)) if _cream(page.getpixel((x, y)))]
    return xs[0] / MM, xs[-1] / MM


def _colour_col(page, x_mm: float, y0: float, y1: float) -> tuple[float, float]:
    x = round(x_mm * MM)
    ys = [y for y in range(round(y0 * MM), round(y1 * MM)) if _cream(page.getpixel((x, y)))]
    return ys[0] / MM, ys[-1] / MM


def _cream(pixel) -> bool:
    return all(abs(a - b) <= 6 for a, b in zip(pixel, CREAM))


def test_four_a6_coloured_cards_are_even_on_all_four_sides_once_cut(qapp, tmp_path, capsys):  # D16
    db, _targets = _brand(tmp_path, layout="plain", logo=False)
    page = pdf_pages(_print(db, tmp_path, "a6x4"), DPI)[0]
    for left, top in ((0, 0), (105, 0), (0, 148.5), (105, 148.5)):  # each card between its cut lines
        start, end = _colour_run(page, top + 74, left, left + 105)
        up, down = _colour_col(page, left + 8, top, top + 148.5)
        sides = [start - left, left + 105 - end, up - top, top + 148.5 - down]
        assert max(sides) - min(sides) < 0.8, (left, top, sides)
        assert min(sides) >= 4.5  # nothing within the printer's 5 mm of the paper's edge


def _fonts(path, page: int) -> list[str]:
    done = subprocess.run(["pdffonts", "-f", str(page), "-l", str(page), str(path)], capture_output=True,
                          text=True, check=True)
    return [line.split()[0] for line in done.stdout.splitlines()[2:]]


def _text_fonts(path) -> dict[str, str]:
    """Each printed word's font family, from poppler's pdftohtml -xml."""
    done = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", "-q", str(path)], capture_output=True,
                          text=True, check=True)
    families = dict(re.findall(r'<fontspec id="(\d+)"[^>]*family="([^"]+)"', done.stdout))
    words = {}
    for font, text in re.findall(r'<text [^>]*font="(\d+)"[^>]*>(.*?)</text>', done.stdout):
        for word in re.sub(r"<[^>]+>", "", text).split():
            words[word] = families[font]
    return words


def test_business_card_fronts_carry_the_brands_font_logo_and_frame(qapp, tmp_path, capsys):  # D8
    db, _targets = _brand(tmp_path)
    out = _print(db, tmp_path, "business")
    assert any("Serif" in font for font in _fonts(out, 1)), _fonts(out, 1)
    front = pdf_pages(out, DPI)[0]
    assert _share(front, RED) > 0.0005  # the logo
    assert _share(front, CREAM) > 0.2


def test_door_sign_words_are_in_the_brands_font_and_framed_whole(qapp, tmp_path, capsys):  # D8
    db, _targets = _brand(tmp_path)
    out = _print(db, tmp_path, "door-a5")
    words = _text_fonts(out)
    assert "Serif" in words["hours"] or "Serif" in words.get("Opening", ""), words
    page = pdf_pages(out, DPI)[0].convert("L")
    x = round(74 * MM)
    top = [y for y in range(round(4 * MM), round(20 * MM)) if page.getpixel((x, y)) < 120]
    assert top, "the frame crosses the top of the sign"


def _shop_named(tmp_path, name: str):
    from tests.outside.test_outside_printed import _data_file as named_file

    return named_file(tmp_path, name)[0]


def test_business_cards_of_an_empty_shop_card_are_refused_in_one_line(qapp, tmp_path, capsys):  # D17
    from socialdesk.domain.presence.listings import Listing

    db = tmp_path / "empty.sqlite3"
    store = open_store(db)
    store.presence.add(Listing("instagram", handle="fleurs", print_card=True))
    store.close()
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--template", "business", "--db", str(db)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "shop card" in err[0] and "Strategy" in err[0], err
    assert not out.exists()


def test_print_cards_without_the_kept_logo(qapp, tmp_path, capsys):  # D21
    db, _targets = _brand(tmp_path, layout="plain")
    with_logo = pdf_pages(_print(db, tmp_path, "a6", name="logo.pdf"), DPI)
    without = pdf_pages(_print(db, tmp_path, "a6", "--no-logo", name="bare.pdf"), DPI)
    _scans(without)
    assert _share(with_logo[0], RED) > 0.0005 and all(_share(page, RED) == 0 for page in without)


def test_a_shop_name_with_emoji_is_warned_about(qapp, tmp_path, capsys):  # D9
    from socialdesk.ui.printing.glyphs import missing_glyphs

    name = "🌷 Boulangerie Léa"
    if not missing_glyphs("🌷"):
        pytest.skip("this computer has an emoji font: the flower prints")
    _print(_shop_named(tmp_path, name), tmp_path, "business")
    err = capsys.readouterr().err
    assert "🌷" in err and "empty box" in err, err


LETTER = (215.9, 279.4)


def _paper_size(path) -> tuple[float, float]:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", done).groups()
    return float(width) * 25.4 / 72, float(height) * 25.4 / 72


def test_a_us_shop_prints_its_large_door_sign_on_letter(qapp, tmp_path, capsys):  # D23
    db = _shop_named(tmp_path, "Boulangerie Léa")
    store = open_store(db)
    store.settings.set("paper", "letter")
    store.close()
    out = _print(db, tmp_path, "door-a4")
    assert _paper_size(out) == pytest.approx(LETTER, abs=0.3)
    page = pdf_pages(out, DPI)[0]
    _scans([page])
    width, height = page.width / MM, page.height / MM
    for band in ((0, 0, width, 4.7), (0, height - 4.7, width, height), (0, 0, 4.7, height), (width - 4.7, 0, width, height)):
        assert not _ink(page, band)


def test_the_sheet_chosen_in_the_window_is_kept_for_the_next_print(qtbot, tmp_path, capsys):  # D23
    from socialdesk.domain.card_template import CardTemplate
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.presence.qr_page import QrPage

    db = _shop_named(tmp_path, "Boulangerie Léa")
    store = open_store(db)
    page = QrPage(store, DataBus())
    qtbot.addWidget(page)
    bar = page.cards_bar
    bar.template.setCurrentIndex(bar.template.findData(CardTemplate.STICKERS.value))
    bar.sheet.setCurrentIndex(bar.sheet.findData("L7165"))
    bar.sheet.activated.emit(bar.sheet.currentIndex())  # as the owner's click does
    bar.template.setCurrentIndex(bar.template.findData(CardTemplate.BUSINESS.value))
    bar.template.setCurrentIndex(bar.template.findData(CardTemplate.STICKERS.value))
    assert bar.sheet.currentData() == "L7165"  # not back to the default L7164
    store.close()
    again = open_store(db)
    page = QrPage(again, DataBus())
    qtbot.addWidget(page)
    page.cards_bar.template.setCurrentIndex(page.cards_bar.template.findData(CardTemplate.STICKERS.value))
    assert page.cards_bar.sheet.currentData() == "L7165"  # after a restart
    again.close()
    out = _print(db, tmp_path, "stickers")  # and the command line prints on it
    assert len(pdf_pages(out, DPI)) == 1 and _paper_size(out) == pytest.approx((210, 297), abs=0.3)
    from socialdesk.domain.label_sheets import label_sheet
    from tests.outside.test_outside_label_stock import _codes

    assert len(_codes(pdf_pages(out, DPI)[0])) == len(label_sheet("L7165").positions())


def _boxes(path, page: int = 0) -> list[tuple[str, float, float, float, float]]:
    """(word, left, top, right, bottom) in mm on `page`, from poppler's `pdftotext -bbox`."""
    done = subprocess.run(["pdftotext", "-bbox", "-f", str(page + 1), "-l", str(page + 1), str(path), "-"],
                          check=True, capture_output=True, timeout=120)
    found = []
    for match in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                             done.stdout.decode("utf-8")):
        found.append((match[5], *(float(v) * 25.4 / 72 for v in match.groups()[:4])))
    return found


@pytest.mark.parametrize("code", ["L7160", "L7163"])  # L7159 (33.9 mm): a two-line address keeps the code's size
def test_small_labels_keep_a_short_call_to_action_and_their_words_2_mm_inside(qapp, tmp_path, capsys, code):
    from socialdesk.domain.label_sheets import label_sheet
    from tests.outside.test_outside_label_stock import _label_of

    sheet = label_sheet(code)
    out = _print(_shop_named(tmp_path, "Boulangerie Léa"), tmp_path, "stickers", "--sheet", code)
    _scans(pdf_pages(out, DPI))
    calls = {index: False for index in range(len(sheet.positions()))}
    for word, left, top, right, bottom in _boxes(out):
        index = _label_of(sheet, (left + right) / 2, (top + bottom) / 2)
        assert index is not None, word
        lx, ly, width, height = sheet.positions()[index]
        assert min(left - lx, top - ly, lx + width - right, ly + height - bottom) >= 2.0 - 0.05, (code, word)
        calls[index] |= word in ("review", "Follow", "Find")  # "Leave us a review", "Follow us", "Find us"
    assert all(calls.values()), calls


def test_door_sign_reads_as_one_column_hours_call_to_action_code(qapp, tmp_path, capsys):
    out = _print(_shop_named(tmp_path, "Boulangerie Léa"), tmp_path, "door-a5", "--closure", "Closed 24-26 December")
    page = pdf_pages(out, DPI)[0]
    from tests.outside.test_outside_label_stock import _codes

    (_text, x, _y), = _codes(page)
    assert x == pytest.approx(148 / 2, abs=3)  # the code centred under the words, not at the left
    boxes = _boxes(out)
    closure = max(bottom for word, _l, _t, _r, bottom in boxes if word == "December")
    find = [(top, bottom) for word, _l, top, _r, bottom in boxes if word == "Find"]
    assert len(find) == 1
    top, bottom = find[0]
    assert bottom - top >= 8  # letters for the street: above 20 pt
    from tests.outside.test_outside_compact_labels import _symbols

    (code_top,) = [box[1] for box in _symbols(page)]
    assert closure < top and bottom < code_top  # hours, closure, then the call to action right above its code
    assert code_top - closure < 40


def test_the_window_refuses_business_cards_of_an_empty_shop_card(qtbot, store, bus, monkeypatch):  # D17
    import socialdesk.ui.printing.cards as cards
    from socialdesk.domain.card_template import CardTemplate
    from socialdesk.domain.presence.listings import Listing
    from socialdesk.ui.presence.qr_page import QrPage

    store.presence.add(Listing("instagram", handle="fleurs", print_card=True))
    monkeypatch.setattr(cards, "show_preview", lambda *a: pytest.fail("a blank front must not be printed"))
    page = QrPage(store, bus)
    qtbot.addWidget(page)
    bar = page.cards_bar
    said = []
    bar.reported.connect(lambda text, ok: said.append((text, ok)))
    bar.template.setCurrentIndex(bar.template.findData(CardTemplate.BUSINESS.value))
    bar.listings.click()
    assert len(said) == 1 and not said[0][1] and "shop card" in said[0][0], said
