"""Printed cards, read back by pdftotext: a call to action is one whole line or left off and said;
an address is the code's own target on up to three lines, or none and said (also without a caption)."""

import re
import shutil
import subprocess

import pytest

from socialdesk.domain.cards import CardItem
from socialdesk.domain.card_template import CardTemplate
from socialdesk.ui.printing.cards import card_notices, card_printer, paint_cards
from socialdesk.ui.printing.output import write_pdf

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
REVIEW = "https://g.page/r/CbX12345/review"
CALL = "Laissez-nous un avis sur Google"


def _pdf_text(tmp_path, template, items, per_card=1) -> tuple[str, list[str]]:
    out = tmp_path / f"{template.value}.pdf"
    printer = card_printer(template, "cards")
    notices = [notice.text() for notice in card_notices(printer, template, items, "Boulangerie Léa", per_card)]
    write_pdf(out, lambda p: paint_cards(p, template, items, "Boulangerie Léa", per_card), card_printer(template, "c"))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True).stdout
    return text, notices


@needs_pdftotext
@pytest.mark.parametrize("template", list(CardTemplate))
def test_the_call_to_action_is_printed_on_one_line(qapp, tmp_path, template):
    # Before: on the sticker and the business card "Laissez-nous un avis" / "sur Google" came out as two lines.
    text, notices = _pdf_text(tmp_path, template, [CardItem(REVIEW, "Google", CALL)])
    assert re.search(r"Laissez-nous +un +avis +sur +Google", text), text
    assert notices == []


@needs_pdftotext
@pytest.mark.parametrize("template", [t for t in CardTemplate if t is not CardTemplate.DOOR_A4])  # A4: it fits
def test_a_call_to_action_too_long_for_one_line_is_left_off_and_said(qapp, tmp_path, template):
    call = "Laissez-nous un avis sur Google, cela aide beaucoup une petite boulangerie de quartier comme la nôtre"
    text, notices = _pdf_text(tmp_path, template, [CardItem(REVIEW, "Google", call)])
    assert "Laissez-nous" not in text and "…" not in text  # neither wrapped nor cut
    assert len(notices) == 1 and "does not fit on one line" in notices[0] and "Laissez-nous un avis" in notices[0]


LONG = "https://www.example.org/boulangerie-lea/produits/viennoiseries/croissant-au-beurre-aop?saison=hiver"
LONGER = LONG + "".join(f"&variante{i}=croissant-aux-amandes-et-au-chocolat" for i in range(2))  # > 3 lines


@needs_pdftotext
@pytest.mark.parametrize("template", [CardTemplate.STICKERS, CardTemplate.BUSINESS])
def test_a_card_without_caption_prints_a_long_address_on_more_lines(qapp, tmp_path, template):
    text, notices = _pdf_text(tmp_path, template, [CardItem(LONG)])
    first_card = "".join(re.split(r"\s{3,}", line.strip())[0] for line in text.splitlines())  # columns apart
    assert LONG.removeprefix("https://www.") in first_card
    assert notices == [] and "…" not in text


@needs_pdftotext
@pytest.mark.parametrize("template", [CardTemplate.STICKERS, CardTemplate.BUSINESS])
def test_a_card_without_caption_says_its_address_is_left_off(qapp, tmp_path, template):
    text, notices = _pdf_text(tmp_path, template, [CardItem(LONGER)])
    address = LONGER.removeprefix("https://www.")
    assert address not in text.replace(" ", "") and "…" not in text  # no address printed, none cut
    assert "example.org/boulangerie" not in text
    assert len(notices) == 1 and notices[0].startswith("The address example.org/boulangerie-lea/")
    assert "the code itself is complete" in notices[0]


@needs_pdftotext
def test_a_card_without_caption_prints_a_short_address_whole(qapp, tmp_path):
    text, notices = _pdf_text(tmp_path, CardTemplate.A6, [CardItem(REVIEW)])
    assert "g.page/r/CbX12345/review" in text and notices == []


@pytest.mark.parametrize("language, words", [("en", "headline is too long"), ("fr", "phrase d'accroche est trop longue")])
def test_the_designer_refuses_a_call_to_action_too_long_for_one_line(qtbot, store, bus, language, words):
    from socialdesk.qr.design import caption_limit
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.presence.qr_page import QrPage

    page = QrPage(store, bus)
    qtbot.addWidget(page)
    page.set_payload(REVIEW)
    limit = caption_limit(page.checked.code.total_size_mm)
    install_translators(language)
    try:
        page.design_form.call_to_action.setText("x" * limit)
        page.refresh()
        assert page.checked is not None
        page.design_form.call_to_action.setText("x" * (limit + 1))
        page.refresh()
        assert page.checked is None and words in page.status.text() and str(limit) in page.status.text()
        assert not page.outputs.png.isEnabled()
    finally:
        install_translators("en")


@needs_pdftotext
def test_the_single_code_pdf_prints_the_call_to_action_on_one_line(qapp, tmp_path):
    from socialdesk.qr.design import QrDesign
    from socialdesk.qr.verify import check
    from socialdesk.ui.presence.qr_export import paint_code_pdf_to

    checked = check(QrDesign(REVIEW, size_mm=30, call_to_action=CALL, caption="Google"))
    out = tmp_path / "code.pdf"
    paint_code_pdf_to(out, checked, "Google", CALL)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True).stdout
    # Before: "Laissez-nous un avis" and "sur Google" on two lines under a 30 mm code.
    assert re.search(r"Laissez-nous +un +avis +sur +Google", text), text
