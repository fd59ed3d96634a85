"""Cards follow the paper chosen in Preferences (A4 or US Letter): the default label sheet and the four-card page."""

import pytest

from socialdesk.cli import main
from socialdesk.domain.label_sheets import label_sheet
from socialdesk.storage import open_store
from tests.outside.readers import pdf_pages
from tests.outside.test_outside_label_stock import DPI, MM, _codes, _ink, _label_of
from tests.outside.test_outside_printed import _data_file

LETTER = (215.9, 279.4)


def _print_on(tmp_path, paper: str, template: str):
    db, targets = _data_file(tmp_path, "Boulangerie Léa")
    store = open_store(db)
    store.settings.set("paper", paper)
    store.close()
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--db", str(db), "--template", template]) == 0
    return pdf_pages(out, DPI), targets


@pytest.mark.parametrize("template, code", [("stickers", "5163"), ("business", "8371")])
def test_on_letter_paper_the_default_sheet_is_a_letter_product(qapp, tmp_path, template, code):
    pages, targets = _print_on(tmp_path, "letter", template)
    sheet = label_sheet(code)
    assert (pages[0].width / MM, pages[0].height / MM) == pytest.approx(LETTER, abs=0.5)
    page = pages[-1]  # business cards: the codes are on the back
    found = _codes(page)
    assert {text for text, _x, _y in found} <= set(targets)
    labels = {_label_of(sheet if template == "stickers" else _mirror(sheet), x, y) for _t, x, y in found}
    assert labels == set(range(len(sheet.positions())))  # a code on every label of the Letter product


def _mirror(sheet):
    """The backs of a business-card sheet: left and right swap when the sheet turns over its long edge."""
    class Backs:
        def positions(self):
            return [(sheet.paper_mm[0] - x - w, y, w, h) for x, y, w, h in sheet.positions()]
    return Backs()


def test_on_a4_paper_the_default_sheet_stays_the_a4_product(qapp, tmp_path):
    pages, _targets = _print_on(tmp_path, "a4", "stickers")
    assert (pages[0].width / MM, pages[0].height / MM) == pytest.approx((210, 297), abs=0.5)
    assert len(_codes(pages[0])) == len(label_sheet("L7164").positions())


def test_four_counter_cards_on_letter_paper(qapp, tmp_path):
    pages, targets = _print_on(tmp_path, "letter", "a6x4")
    page = pages[0]
    width, height = page.width / MM, page.height / MM
    assert (width, height) == pytest.approx(LETTER, abs=0.5)
    found = _codes(page)
    assert {text for text, _x, _y in found} <= set(targets)
    assert len(found) == 4 and len({(x > width / 2, y > height / 2) for _t, x, y in found}) == 4  # one a quarter
    edge = 4.7
    for band in ((0, 0, width, edge), (0, height - edge, width, height), (0, 0, edge, height),
                 (width - edge, 0, width, height)):
        assert not _ink(page, band), band
    assert _ink(page, (width / 2 - 0.3, 6, width / 2 + 0.3, 8))  # the cut mark of the middle line


def test_the_cards_bar_takes_the_paper_from_preferences(qtbot, store, bus, tmp_path, monkeypatch):
    import socialdesk.ui.printing.cards as cards
    from socialdesk.domain.card_template import CardTemplate
    from socialdesk.ui.presence.qr_page import QrPage

    store.settings.set("paper", "letter")
    page = QrPage(store, bus)
    qtbot.addWidget(page)
    bar = page.cards_bar
    bar.template.setCurrentIndex(bar.template.findData(CardTemplate.STICKERS.value))
    assert bar.sheet.currentData() == "5163"
    bar.template.setCurrentIndex(bar.template.findData(CardTemplate.BUSINESS.value))
    assert bar.sheet.currentData() == "8371"
    bar.template.setCurrentIndex(bar.template.findData(CardTemplate.A6X4.value))
    assert "Letter" in bar.template.currentText() and "A4" not in bar.template.currentText()
    target = tmp_path / "cards.pdf"

    def preview(_parent, paint, printer):
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        paint(printer)
        return True

    monkeypatch.setattr(cards, "show_preview", preview)
    page.set_payload("https://g.page/r/CbX12345/review", "Google", "Leave us a review")
    bar.cards.click()
    sheet = pdf_pages(target, DPI)[0]
    assert (sheet.width / MM, sheet.height / MM) == pytest.approx(LETTER, abs=0.5)
    assert len(_codes(sheet)) == 4
