"""One caption rule for PNG, SVG and PDF: one whole line inside the code's width, or refused naming the limit."""

from pathlib import Path
from xml.etree import ElementTree

import pytest
from PIL import Image

from socialdesk.cli import main
from socialdesk.qr.design import QrDesign, caption_limit, prepare
from tests.outside.readers import pdf_pages, pdf_text, svg_image

URL = "https://www.boulangerie-lea.fr/"
WORDS = "Scan me for our bread, cakes and Sunday opening hours at Léa's"


def _limit(size_mm: float = 40.0) -> int:
    code = prepare(QrDesign(URL, size_mm=size_mm))
    return caption_limit(code.total_size_mm)


def _caption(letters: int) -> str:
    text = (WORDS * 3)[:letters]
    return text[:-1] + "s" if text.endswith((" ", ",")) else text


def _image(path: Path) -> Image.Image:
    if path.suffix == ".png":
        return Image.open(path).convert("RGB")
    if path.suffix == ".svg":
        return svg_image(path, dpi=300)
    return pdf_pages(path, dpi=300)[0]


def _band_ink(image: Image.Image) -> tuple[int, int, int]:
    """(left, right, rows) of the dark pixels under the square code: where the caption was drawn."""
    band = image.crop((0, image.width + 2, image.width, image.height)).convert("L").point(lambda v: 255 if v < 128 else 0)
    box = band.getbbox()
    assert box is not None, "no caption drawn"
    rows = [y for y in range(band.height) if band.crop((0, y, band.width, y + 1)).getbbox()]
    blocks = sum(1 for a, b in zip([-2] + rows, rows) if b != a + 1)
    return box[0], band.width - box[2], blocks


def _shown_words(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        return pdf_text(path).split()
    if path.suffix == ".svg":
        text = ElementTree.parse(path).getroot().find("{http://www.w3.org/2000/svg}text")
        return text.text.split()
    return []  # no outside reader reads a raster's letters: its ink is checked instead


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_a_caption_at_the_limit_is_one_whole_line_inside_the_width(tmp_path, suffix):
    caption = _caption(_limit())
    out = tmp_path / f"code{suffix}"
    assert main(["qr", URL, "-o", str(out), "--caption", caption]) == 0
    left, right, lines = _band_ink(_image(out))
    width = _image(out).width
    assert left > width * 0.02 and right > width * 0.02, "the caption runs past the code's edge"
    assert lines == 1, "the caption was wrapped"
    if suffix != ".png":
        assert _shown_words(out) == caption.split()


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_a_caption_past_the_limit_is_refused_in_every_format(tmp_path, capsys, suffix):
    limit = _limit()
    out = tmp_path / f"code{suffix}"
    assert main(["qr", URL, "-o", str(out), "--caption", _caption(limit + 1)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"at most {limit}" in err and "--caption" in err
    assert not out.exists()


def test_a_bigger_code_takes_a_longer_caption(tmp_path):
    caption = _caption(_limit(40.0) + 10)
    assert main(["qr", URL, "-o", str(tmp_path / "big.svg"), "--caption", caption, "--size-mm", "60"]) == 0
