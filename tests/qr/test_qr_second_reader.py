"""Without zbar (the second reader logo codes need) a code with a logo is never called Verified."""

import sys

import pytest
from qr_helpers import make_logo

from socialdesk.cli import main
from socialdesk.domain.cards import CardItem
from socialdesk.qr.design import QrDesign
from socialdesk.qr.verify import Reason, check, decode_texts, zbar_available
from socialdesk.ui.presence.qr_dialogs import QrDialogs
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
    # Before: zbar_misreads let the logo code through and the window said "Verified ✓".
    assert not logo.verdict.ok and logo.verdict.reason is Reason.SECOND_READER
    plain = check(QrDesign(REVIEW))
    assert plain.verdict.ok  # zxing-cpp still checks a code without a logo


def test_designer_says_the_logo_needs_the_second_reader(qtbot, store, bus, monkeypatch, tmp_path, no_zbar):
    page = QrPage(store, bus)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    logo_file = tmp_path / "logo.png"
    make_logo(300, 200).image.save(logo_file)
    monkeypatch.setattr(QrDialogs, "ask_logo", classmethod(lambda cls, parent: logo_file))
    page.set_payload(REVIEW)
    page.design_form.choose_logo.click()
    qtbot.waitUntil(lambda: page.design_form.logo is not None)
    page.refresh()
    status = page.status.text()
    assert "Verified" not in status.replace("Not verified", "")
    assert "zbar" in status and "Remove the logo to print a checked code." in status
    assert not page.outputs.png.isEnabled() and not page.cards_bar.cards.isEnabled()
    page.design_form.remove_logo.click()
    page.refresh()
    assert page.status.text().startswith("Verified") and page.outputs.png.isEnabled()
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
    from socialdesk.domain.cards_layout import CardTemplate
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
    from socialdesk.ui.presence import labels

    try:
        install_translators("fr")
        said = labels.SCAN_REASONS[Reason.SECOND_READER] + " " + labels.advice_text(Reason.SECOND_READER, 20)
    finally:
        install_translators("en")
    assert said == ("logo\u00a0: il manque à cet ordinateur zbar, le second lecteur qui contrôle les codes avec logo "
                    "Retirez le logo pour imprimer un code contrôlé.")
