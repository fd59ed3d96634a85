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
