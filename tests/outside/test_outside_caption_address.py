"""The address printed under a code is the code's own (issue 12): `socialdesk qr` and the designer agree."""

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from socialdesk.cli import main
from tests.outside.readers import both_decoders, pdf_pages, pdf_text, svg_image

GOOD = "https://good.fr/"
REVIEW = "https://search.google.com/local/writereview?placeid=ChIJd8BlQ2BZwokRjMKtTjMezRw"


@pytest.fixture(scope="module", autouse=True)
def _qapp_first(qapp):
    return qapp


def _image(path: Path) -> Image.Image:
    if path.suffix == ".png":
        return Image.open(path).convert("RGB")
    return svg_image(path, 300) if path.suffix == ".svg" else pdf_pages(path, 300)[0]


def _band_has_ink(image: Image.Image) -> bool:
    """Dark pixels under the square code (its quiet zone excluded): where words are printed."""
    if image.height <= image.width + 2:
        return False
    band = image.crop((0, image.width + 2, image.width, image.height)).convert("L")
    return band.point(lambda v: 255 if v < 128 else 0).getbbox() is not None


def _words_height_pt(path: Path) -> float:
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes)]
    return min(heights)


@pytest.mark.parametrize("caption", ["https://evil.example/", "evil.example", "www.x.fr", "Scan evil.example now",
                                     "http://good.fr/", "good.fr/other"])
@pytest.mark.parametrize("suffix", ["pdf", "png", "svg"])
def test_a_caption_naming_another_address_is_refused(tmp_path, capsys, caption, suffix):
    out = tmp_path / f"c2.{suffix}"
    assert main(["qr", GOOD, "--caption", caption, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not the address this code opens (good.fr)" in err
    assert not out.exists()


def test_an_address_caption_under_a_code_that_opens_none_is_refused(tmp_path, capsys):
    assert main(["qr", "--wifi", "Léa", "--password", "croissant", "--caption", "lea.fr", "-o",
                 str(tmp_path / "w.png")]) == 2
    assert "looks like a web address, but this code opens none" in capsys.readouterr().err


@pytest.mark.parametrize("caption", ["Scan me", "Notre carte", "good.fr", "www.good.fr", "https://good.fr/",
                                     "Avis : good.fr"])
def test_free_words_and_the_codes_own_address_are_printed(tmp_path, caption):
    out = tmp_path / "ok.pdf"
    assert main(["qr", GOOD, "--caption", caption, "-o", str(out)]) == 0
    assert pdf_text(out).split() == caption.split()
    assert both_decoders(pdf_pages(out)[0]) == ([GOOD], [GOOD])


@pytest.mark.parametrize("suffix", ["pdf", "png", "svg"])
def test_without_a_caption_the_codes_own_short_address_is_printed(tmp_path, capsys, suffix):
    out = tmp_path / f"c3.{suffix}"
    assert main(["qr", "https://www.boulangerie-lea.fr/avis", "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    image = _image(out)
    assert _band_has_ink(image)
    assert both_decoders(image) == (["https://www.boulangerie-lea.fr/avis"],) * 2
    if suffix == "pdf":
        assert pdf_text(out).split() == ["boulangerie-lea.fr/avis"]
        assert _words_height_pt(out) >= 7 * 1.1  # DejaVu's box is 1.16 em high: 7 pt or more
    if suffix == "svg":
        assert ">boulangerie-lea.fr/avis</text>" in out.read_text()


@pytest.mark.parametrize("suffix", ["pdf", "png", "svg"])
def test_an_address_too_long_for_three_lines_is_left_off_and_said(tmp_path, capsys, suffix):
    out = tmp_path / f"long.{suffix}"  # a Google review link's address takes three lines (test_qr_attack16b.py)
    assert main(["qr", "https://boulangerie-lea.fr/" + "galettes" * 12, "-o", str(out)]) == 0
    err = [line for line in capsys.readouterr().err.splitlines() if "a long link" not in line]
    assert len(err) == 1 and "is too long to print on three lines under this 40 mm code: none is printed" in err[0]
    err = err[0]
    assert not _band_has_ink(_image(out)) and "…" not in err.split("warning:")[0]
    if suffix == "pdf":
        assert pdf_text(out).split() == []


def test_a_bigger_code_prints_the_long_address(tmp_path):
    out = tmp_path / "big.pdf"
    assert main(["qr", REVIEW, "--size-mm", "90", "-o", str(out)]) == 0
    assert pdf_text(out).split() == [REVIEW.removeprefix("https://")]


def _designer(qtbot, store, bus, caption: str):
    from socialdesk.ui.presence.qr_page import QrPage

    page = QrPage(store, bus)
    qtbot.addWidget(page)
    page.set_payload(GOOD, caption, "")
    return page


@pytest.mark.parametrize("language, said", [("en", "is not the address this code opens (good.fr)"),
                                            ("fr", "n'est pas l'adresse qu'ouvre ce code (good.fr)")])
def test_the_designer_refuses_another_address_under_the_caption_field(qtbot, store, bus, language, said):
    from socialdesk.ui.i18n import install_translators

    install_translators(language)
    try:
        page = _designer(qtbot, store, bus, "https://evil.example/")
        problem = page.design_form.caption_problem
        assert said in problem.text() and problem.isVisibleTo(page)
        assert not page.outputs.pdf.isEnabled() and not page.cards_bar.save_pdf.isEnabled()
        page.design_form.caption.setText("Scan me")
        page.refresh()
        assert page.outputs.pdf.isEnabled() and not problem.isVisibleTo(page)
    finally:
        install_translators("en")


def test_the_designer_prints_the_same_address_as_socialdesk_qr(qtbot, store, bus, tmp_path):
    """Without a caption, the designer's PDF and `socialdesk qr`'s PDF carry the same words."""
    from socialdesk.ui.presence.qr_output_bar import QrOutputBar

    page = _designer(qtbot, store, bus, "")
    out = tmp_path / "window.pdf"
    checked, caption, call = page._current()
    QrOutputBar._write("pdf", out, checked, 300, caption, call)
    assert main(["qr", GOOD, "-o", str(tmp_path / "cli.pdf")]) == 0
    assert pdf_text(out).split() == pdf_text(tmp_path / "cli.pdf").split() == ["good.fr"]
    long_page = _designer(qtbot, store, bus, "")
    long_page.set_payload(REVIEW)
    assert long_page._current()[1] == "" and "too long to print on one line" in long_page.warnings.text()
