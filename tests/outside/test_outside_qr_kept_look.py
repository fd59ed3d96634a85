"""`socialdesk qr` in the shop's look kept in the data file (colours, letters, logo), read from outside: zbar and
zxing-cpp on the PNG, Qt's SVG renderer then both on the SVG; --fg --bg --logo --no-logo over it; refusals in one line."""

import io
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from socialdesk.cli import main
from socialdesk.domain.brand import logo_text
from socialdesk.storage import open_store
from tests.outside.readers import both_decoders, svg_image

URL = "https://boulangerie-lea.fr/avis"
BLUE, CREAM, RED = (0x1a, 0x3c, 0x6b), (0xfd, 0xf3, 0xd8), (200, 30, 30)


def _data_file(tmp_path, font: str = "serif", logo: bool = True) -> Path:
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.settings.set("brand", {"foreground": "#1a3c6b", "background": "#fdf3d8", "font": font, "layout": "plain"})
    if logo:
        image = io.BytesIO()
        Image.new("RGBA", (200, 120), (*RED, 255)).save(image, format="PNG")
        store.settings.set("brand_logo", logo_text(image.getvalue()))
    store.close()
    return path


def _share(image: Image.Image, colour, slack: int = 12) -> float:
    counts = image.getcolors(maxcolors=image.width * image.height)
    near = sum(n for n, pixel in counts if all(abs(a - b) <= slack for a, b in zip(pixel, colour)))
    return near / (image.width * image.height)


def _picture(out: Path) -> Image.Image:
    """The file as a reader sees it: the PNG itself, the SVG rasterised by Qt (not our code) at 150 dpi."""
    return svg_image(out, 150) if out.suffix == ".svg" else Image.open(out).convert("RGB")


def _qr(tmp_path, suffix: str, *options) -> Image.Image:
    out = tmp_path / f"code-{len(list(tmp_path.iterdir()))}.{suffix}"
    assert main(["qr", URL, "-o", str(out), *options]) == 0
    picture = _picture(out)
    assert both_decoders(picture) == ([URL], [URL])
    return picture


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_qr_prints_in_the_kept_colours_and_logo(qapp, tmp_path, capsys, suffix):
    picture = _qr(tmp_path, suffix, "--db", str(_data_file(tmp_path)))
    assert _share(picture, CREAM) > 0.3 and _share(picture, BLUE) > 0.2  # the shop's look, not black on white
    assert _share(picture, RED) > 0.002  # the kept logo, as the window's export carries it


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_qr_options_override_the_kept_look(qapp, tmp_path, capsys, suffix):
    db = str(_data_file(tmp_path))
    logo = tmp_path / "green.png"
    Image.new("RGBA", (120, 120), (20, 160, 40, 255)).save(logo)
    picture = _qr(tmp_path, suffix, "--db", db, "--fg", "#5a1010", "--bg", "#ffffff", "--logo", str(logo))
    assert _share(picture, (0x5a, 0x10, 0x10)) > 0.2 and _share(picture, CREAM) == 0
    assert _share(picture, (20, 160, 40)) > 0.002 and _share(picture, RED) == 0
    plain = _qr(tmp_path, suffix, "--db", db, "--no-logo")
    assert _share(plain, RED) == 0 and _share(plain, CREAM) > 0.3  # the kept colours stay, the logo goes


def test_qr_without_a_data_file_is_black_on_white(tmp_path, capsys):
    picture = _qr(tmp_path, "png")  # the tests' home has no data file: nothing is created, nothing kept
    assert _share(picture, (0, 0, 0)) > 0.2 and _share(picture, CREAM) == 0


@pytest.mark.parametrize("options, words", [
    (["--fg", "#999999"], "the contrast is too low"),  # a grey code on the kept cream
    (["--bg", "#1a3c6b", "--fg", "#fdf3d8"], "light code on a dark background"),
    (["--ec", "M"], "add --no-logo"),  # the kept logo needs H
])
def test_qr_refuses_a_look_that_would_not_scan_in_one_line(tmp_path, capsys, options, words):
    out = tmp_path / "code.png"
    assert main(["qr", URL, "-o", str(out), "--db", str(_data_file(tmp_path)), *options]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("socialdesk qr: ") and words in err[0], err
    assert not out.exists()


def test_qr_refuses_a_kept_logo_that_does_not_fit_and_names_no_logo(tmp_path, capsys):
    db, out = str(_data_file(tmp_path)), tmp_path / "code.png"
    long_url = "https://boulangerie-lea.fr/" + "a" * 1500
    assert main(["qr", long_url, "-o", str(out), "--db", db]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "--no-logo" in err[0] and not out.exists()
    assert main(["qr", long_url, "-o", str(out), "--db", db, "--no-logo"]) == 0


def test_qr_with_a_named_data_file_that_is_missing_fails_in_one_line(tmp_path, capsys):
    out = tmp_path / "code.png"
    assert main(["qr", URL, "-o", str(out), "--db", str(tmp_path / "none.sqlite3")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "no data file" in err[0] and not out.exists()


def test_svg_caption_is_in_the_kept_letters(tmp_path, capsys):
    for font, first in (("serif", "'DejaVu Serif'"), ("sans", "'DejaVu Sans'")):
        folder = tmp_path / font
        folder.mkdir()
        out = folder / "code.svg"
        assert main(["qr", URL, "-o", str(out), "--db", str(_data_file(folder, font, logo=False))]) == 0
        family = out.read_text().split('font-family="', 1)[1].split('"', 1)[0]
        assert family.startswith(first) and family.endswith("serif")
        assert (family.endswith(", serif")) == (font == "serif")


def test_png_caption_is_drawn_in_the_kept_letters(tmp_path, capsys):
    pictures = {}
    for font in ("serif", "sans"):
        folder = tmp_path / font
        folder.mkdir()
        out = folder / "code.png"
        assert main(["qr", URL, "-o", str(out), "--db", str(_data_file(folder, font, logo=False))]) == 0
        pictures[font] = Image.open(out).convert("RGB")
    serif, sans = pictures["serif"], pictures["sans"]
    assert serif.size == sans.size
    side = serif.width  # the code is the top square, the caption the band under it
    code_box, band_box = (0, 0, side, side), (0, side, side, serif.height)
    assert ImageChops.difference(serif.crop(code_box), sans.crop(code_box)).getbbox() is None
    changed = ImageChops.difference(serif.crop(band_box), sans.crop(band_box)).convert("L").point(lambda v: v > 64)
    assert sum(changed.histogram()[1:]) > 200  # other letters, not the same ones


def test_the_windows_png_and_svg_exports_follow_the_letters_chosen(tmp_path):
    """The designer's Save as PNG / SVG (socialdesk.qr.files): the caption in the brand's serif, not the default sans."""
    from socialdesk.qr.design import QrDesign
    from socialdesk.qr.files import write_code_png, write_code_svg
    from socialdesk.qr.verify import check

    bands = {}
    for font in ("serif", "sans"):
        checked = check(QrDesign(URL, font=font))
        png, svg = write_code_png(tmp_path / f"{font}.png", checked, 300, "Scan me"), tmp_path / f"{font}.svg"
        write_code_svg(svg, checked, "Scan me")
        assert ('font-family="\'DejaVu Serif\'' in svg.read_text()) == (font == "serif")
        assert both_decoders(svg_image(svg, 150)) == ([URL], [URL])
        image = Image.open(png).convert("RGB")
        assert both_decoders(image) == ([URL], [URL])
        bands[font] = image.crop((0, image.width, image.width, image.height))
    changed = ImageChops.difference(bands["serif"], bands["sans"]).convert("L").point(lambda v: v > 64)
    assert sum(changed.histogram()[1:]) > 100
