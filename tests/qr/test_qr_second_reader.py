"""Without zbar (the second reader logo codes need) a code with a logo is never called checked (« vérifié »)."""

import os
import sys

import pytest
from qr_helpers import make_logo

from socialdesk.cli import main
from socialdesk.domain.cards import CardItem
from socialdesk.qr.design import QrDesign
from socialdesk.qr.verify import Reason, check, decode_texts, zbar_available
from socialdesk.ui.presence.qr_dialogs import QrDialogs
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence.qr_page import QrPage

REVIEW = "https://g.page/r/CbX12345/review"


@pytest.fixture
def no_zbar(monkeypatch):
    """pyzbar cannot be imported, as on a build that lost it or a Linux without libzbar0."""
    monkeypatch.setitem(sys.modules, "pyzbar", None)
    monkeypatch.setitem(sys.modules, "pyzbar.pyzbar", None)
    assert not zbar_available()


def test_zbar_is_installed_here():
    """A runtime dependency now (pyproject.toml), so the check without it is the exception."""
    assert zbar_available()


def test_logo_code_is_not_verified_without_zbar_and_the_plain_code_still_is(no_zbar):
    logo = check(QrDesign(REVIEW, logo=make_logo(300, 200)))
    # Before: zbar_misreads let the logo code through and the window said the code was checked.
    assert not logo.verdict.ok and logo.verdict.reason is Reason.SECOND_READER
    plain = check(QrDesign(REVIEW))
    assert plain.verdict.ok  # zxing-cpp still checks a code without a logo


def _logo_then_none(page, qtbot, monkeypatch, tmp_path, shot: str = "") -> tuple[str, str]:
    """The status with a logo (zbar missing), then without it."""
    page.resize(1100, 760)
    page.show()
    logo_file = tmp_path / "logo.png"
    make_logo(300, 200).image.save(logo_file)
    monkeypatch.setattr(QrDialogs, "ask_logo", classmethod(lambda cls, parent: logo_file))
    page.set_payload(REVIEW)
    page.design_form.choose_logo.click()
    qtbot.waitUntil(lambda: page.design_form.logo is not None)
    page.refresh()
    with_logo = page.status.text()
    if shot:
        page.grab().save(shot)
    assert not page.outputs.png.isEnabled() and not page.cards_bar.cards.isEnabled()
    page.design_form.remove_logo.click()
    page.refresh()
    assert page.outputs.png.isEnabled()
    return with_logo, page.status.text()


def test_designer_says_the_logo_needs_the_second_reader(qtbot, store, bus, monkeypatch, tmp_path, no_zbar):
    page = QrPage(store, bus)
    qtbot.addWidget(page)
    with_logo, without = _logo_then_none(page, qtbot, monkeypatch, tmp_path)
    # One word for a code that scans back exactly: "checked", on the status, in the advice and on the CLI.
    assert with_logo.startswith("Not checked — ") and "zbar" in with_logo
    assert with_logo.endswith("Remove the logo to print a checked code.")
    assert without.startswith("Checked ✓ — at ")
    assert "verif" not in (with_logo + without).lower()
    image = page.preview.pixmap().toImage()
    assert decode_texts(_pil(image)) == [REVIEW]


def _pil(qimage):
    from PIL import Image
    from PySide6.QtCore import QBuffer

    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    qimage.save(buffer, "PNG")
    import io

    return Image.open(io.BytesIO(bytes(buffer.data())))


def test_cards_with_a_logo_are_refused_without_zbar(qapp, no_zbar):
    from socialdesk.domain.card_template import CardTemplate
    from socialdesk.ui.printing.cards import CardCodeRefused, CardStyle, check_cards

    with pytest.raises(CardCodeRefused) as refused:
        check_cards(CardTemplate.A6, [CardItem(REVIEW, "Google")], style=CardStyle(logo=make_logo()))
    assert refused.value.reason is Reason.SECOND_READER
    assert check_cards(CardTemplate.A6, [CardItem(REVIEW, "Google")])  # without the logo: printed


def test_headless_qr_with_a_logo_refuses_without_zbar(tmp_path, capsys, no_zbar):
    logo_file = tmp_path / "logo.png"
    make_logo(300, 200).image.save(logo_file)
    out = tmp_path / "code.png"
    assert main(["qr", REVIEW, "--logo", str(logo_file), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "zbar" in err and "without --logo" in err
    assert not out.exists()
    assert main(["qr", REVIEW, "-o", str(out)]) == 0 and out.exists()


def test_cards_bar_says_why_a_logo_card_is_not_printed(qtbot, no_zbar):
    """The cards bar's own words when check_cards refuses for the missing reader (not a size)."""
    from socialdesk.ui.presence.qr_cards_bar import QrCardsBar
    from socialdesk.ui.printing.cards import CardStyle

    logo_check = None
    bar = QrCardsBar(lambda: logo_check, lambda: [CardItem(REVIEW, "Google")], lambda: "Boulangerie")
    qtbot.addWidget(bar)
    bar._style = lambda: CardStyle(logo=make_logo())  # the designer's logo, checked earlier with zbar
    said = []
    bar.reported.connect(lambda text, ok: said.append((text, ok)))
    bar.listings.click()
    assert said and not said[0][1]
    assert "zbar" in said[0][0] and "Remove the logo" in said[0][0] and "too small" not in said[0][0]


def test_the_sentence_is_in_french_too(qapp):
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.presence import qr_labels as labels

    try:
        install_translators("fr")
        said = labels.SCAN_REASONS[Reason.SECOND_READER] + " " + labels.advice_text(Reason.SECOND_READER, 20)
    finally:
        install_translators("en")
    assert said == ("logo\u00a0: il manque à cet ordinateur zbar, le second lecteur qui vérifie les codes avec logo "
                    "Retirez le logo pour imprimer un code vérifié.")


def test_the_french_designer_says_verifie_for_a_checked_code(qtbot, store, bus, monkeypatch, tmp_path, no_zbar):
    install_translators("fr")
    try:
        page = QrPage(store, bus)
        qtbot.addWidget(page)
        with_logo, without = _logo_then_none(page, qtbot, monkeypatch, tmp_path, os.environ.get("QR_SHOT", ""))
    finally:
        install_translators("en")
    assert with_logo.startswith("Non vérifié — ") and "zbar" in with_logo
    assert with_logo.endswith("Retirez le logo pour imprimer un code vérifié.")  # not « contrôlé »
    assert without.startswith("Vérifié ✓ — à ")
    assert "contrôl" not in (with_logo + without)


def test_the_command_line_and_readme_say_the_same_word():
    from pathlib import Path

    from socialdesk.headless.language import catalogue

    help_line = "make a QR code that is checked to scan"
    assert "vérifiée" in catalogue("fr").gettext(help_line)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "QR codes, checked to scan" in readme and "verified to scan" not in readme
