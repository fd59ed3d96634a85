"""Printed cards read from outside: zbar and zxing-cpp on 150 dpi rasters, poppler's text and boxes."""

import dataclasses
import re
import subprocess
from datetime import date
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree

import pytest

from socialdesk.cli import main
from socialdesk.domain.card_template import CardTemplate
from socialdesk.storage import open_store
from tests.outside.readers import both_decoders, pdf_pages, pdf_text

SHOPS = ["Boulangerie Léa", "Café Jade", "Crêperie Ô Délice"]
MIN_POINTS = 7.0
# poppler's word box is the font's ascent + descent: >= 1.1 em for every common sans (DejaVu 1.16)
BOX_PER_POINT = 1.1


def _data_file(tmp_path, shop_name: str, language: str = "en"):
    from socialdesk.storage.presence.demo import seed_demo as seed_listings
    from socialdesk.storage.strategy.demo import seed_demo as seed_shop

    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    seed_shop(store, date(2026, 11, 26))
    seed_listings(store, date(2026, 11, 26))
    store.shop.save(dataclasses.replace(store.shop.get(), name=shop_name))
    store.settings.set("language", language)
    targets = {item.payload: item.caption for item in store.presence.cards_to_print()}
    store.close()
    return path, targets


def _door_targets(db) -> dict[str, str]:
    """A door sign's one code: the shop's Google listing's page (the demo has one)."""
    from socialdesk.domain.presence.door_code import MAPS_NAME, door_card

    store = open_store(db)
    try:
        card = door_card(store.presence.listings(), store.shop.get())
    finally:
        store.close()
    return {card.payload: MAPS_NAME}


def _same_page(printed: str, target: str) -> bool:
    """Typed into a browser, does `printed` open exactly `target`? (https:// and www. may be
    dropped; letters stand for their UTF-8 %-encoding, an accented host for its punycode)."""
    candidates = [printed] if printed.startswith("http") else ["https://" + printed, "https://www." + printed]
    return any(_as_uri(candidate) in (target, target.rstrip("/") if urlsplit(target).path == "/" else target)
               for candidate in candidates)


def _as_uri(iri: str) -> str:
    parts = urlsplit(iri)
    host = parts.netloc.encode("idna").decode("ascii") if not parts.netloc.isascii() else parts.netloc
    rest = iri.split("://", 1)[1][len(parts.netloc):]
    return f"{parts.scheme}://{host}{quote(rest, safe='/:@!$&()*+,;=?#[]~-._%' + chr(39))}"


def _word_boxes(path) -> list[tuple[int, str, float]]:
    """(page index, word, box height in pt) for every word poppler finds; a one-word line that goes on
    an address (the line above ends in "/", "?", "&", "=" or ".", or it starts with "-" or "_") is
    joined to it: a long address is printed on up to three lines, nothing added."""
    done = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], check=True, capture_output=True,
                          timeout=120)
    xhtml = re.sub(rb'xmlns="[^"]+"', b"", done.stdout)
    words = []
    for number, page in enumerate(ElementTree.fromstring(xhtml).iter("page")):
        for block in page.iter("block"):
            found: list[list] = []
            for line in block.iter("line"):
                line_words = [[w.text or "", float(w.get("yMax")) - float(w.get("yMin"))] for w in line.iter("word")]
                goes_on = found and len(line_words) == 1 and (found[-1][0].endswith(tuple("/?&=."))
                                                             or line_words[0][0].startswith(("-", "_")))
                if goes_on:
                    found[-1] = [found[-1][0] + line_words[0][0], min(found[-1][1], line_words[0][1])]
                else:
                    found.extend(line_words)
            words.extend((number, text, height) for text, height in found)
    return words


def _page_texts(path) -> list[str]:
    return pdf_text(path).split("\f")


def _check_pdf(path, targets: dict[str, str], shop_name: str, left_off: set[str], fronts: bool = False) -> None:
    """Every code decodes in both readers to a listing's target; each printed address is exactly
    that page's code's target (short form), never cut, at 7 pt or more; the shop name is whole.
    `fronts`: every other page, from the first, is the business cards' fronts (the shop, no code)."""
    pages, texts, boxes = pdf_pages(path, 150), _page_texts(path), _word_boxes(path)
    seen = set()
    for number, page in enumerate(pages):
        zbar, zxing = both_decoders(page)
        assert sorted(zbar) == sorted(zxing), f"page {number + 1}: zbar {zbar} / zxing-cpp {zxing}"
        if fronts and number % 2 == 0:
            assert not zbar and all(word in texts[number].split() for word in shop_name.split())
            continue
        assert zbar and set(zbar) <= set(targets), f"page {number + 1}: {zbar}"
        seen |= set(zbar)
        text = texts[number]
        assert "…" not in text
        assert all(word in text.split() for word in shop_name.split()), f"{shop_name!r} on page {number + 1}"
        assert "\ufb01" not in text and "\ufb02" not in text  # "fi", "fl" as ligatures: not findable
        printed = [word for page_number, word, _height in boxes
                   if page_number == number and ("/" in word or re.search(r"\.[a-z]{2,}$", word))]
        for word in printed:
            assert any(_same_page(word, target) for target in zbar), f"{word!r} is not a code on page {number + 1}"
        for target in set(zbar) - left_off:
            assert any(_same_page(word, target) for word in printed), f"no address for {target}"
        for target in set(zbar) & left_off:
            assert not any(_same_page(word, target) for word in printed)
        for page_number, word, height in boxes:
            if page_number == number and word in printed:
                assert height >= MIN_POINTS * BOX_PER_POINT, f"{word!r} is {height / BOX_PER_POINT:.1f} pt"
    assert seen == set(targets)


def _first(targets: dict[str, str]) -> dict[str, str]:
    """The first listing marked for print: the one code on the backs of business cards."""
    return dict(list(targets.items())[:1])


def _left_off(stderr: str, targets: dict[str, str]) -> set[str]:
    return {target for target, name in targets.items() if f"The address of {name} is too long" in stderr}


@pytest.mark.parametrize("template", [t.value for t in CardTemplate])
@pytest.mark.parametrize("shop_name", SHOPS)
def test_print_cards_command_pdf_read_from_outside(qapp, tmp_path, capsys, template, shop_name):
    # (qapp: the window's QApplication first, as in the app; the command alone makes a QGuiApplication)
    db, targets = _data_file(tmp_path, shop_name)
    targets = _door_targets(db) if template.startswith("door") else targets
    targets = _first(targets) if template == "business" else targets  # one code on every back
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--template", template, "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert all(line.startswith("socialdesk print-cards: warning: ") for line in err.splitlines())
    _check_pdf(out, targets, shop_name, _left_off(err, targets), template == "business")


@pytest.mark.parametrize("template", list(CardTemplate))
@pytest.mark.parametrize("language", ["en", "fr"])
def test_window_print_to_pdf_read_from_outside(qapp, tmp_path, monkeypatch, template, language):
    """The cards bar's "Print the marked listings…" → preview → print to a PDF file."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.presence.qr_cards_bar import QrCardsBar

    shop_name = SHOPS[2]
    from PySide6.QtWidgets import QWidget

    db, targets = _data_file(tmp_path, shop_name, language)
    targets = _door_targets(db) if template.value.startswith("door") else targets
    holder = QWidget()  # the page that holds the bar has the open data file (door signs read the shop's)
    holder.store = open_store(db)
    items = holder.store.presence.cards_to_print()
    out, shown = tmp_path / "window.pdf", []

    def print_to_pdf(dialog):
        label = dialog.findChild(type(dialog.layout().itemAt(0).widget()), "cardNotices")
        shown.append(label.text() if label is not None else "")
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_to_pdf)
    install_translators(language)
    try:
        bar = QrCardsBar(lambda: None, lambda: items, lambda: shop_name, holder)
        bar.template.setCurrentIndex(bar.template.findData(template.value))
        bar.listings.click()
    finally:
        install_translators("en")
        holder.store.close()
    assert shown, "the preview was not shown"
    said = {"en": "The address of {} is too long to print", "fr": "L'adresse de {} est trop longue pour être imprimée"}
    business = template is CardTemplate.BUSINESS  # one code on every back, the others said left off
    targets = _first(targets) if business else targets
    left_off = {t for t, name in targets.items() if said[language].format(name) in shown[0]}
    assert len(left_off) + business == len(shown[0].splitlines())  # every other line is about an address
    _check_pdf(out, targets, shop_name, left_off, template is CardTemplate.BUSINESS)


def test_window_print_to_file_cannot_name_the_data_file(qapp, tmp_path, monkeypatch):
    """The cards preview's own "Print to file" is refused onto the open data file, which stays whole."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

    from socialdesk.ui.common.save_guard import SaveGuard
    from socialdesk.ui.presence.qr_cards_bar import QrCardsBar

    db, _targets = _data_file(tmp_path, SHOPS[0])
    holder = QWidget()
    holder.store = open_store(db)
    items = holder.store.presence.cards_to_print()
    before, told = db.read_bytes(), []
    monkeypatch.setattr(SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: told.append(text)))

    def print_onto_the_data_file(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(db))
        dialog.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_onto_the_data_file)
    try:
        bar = QrCardsBar(lambda: None, lambda: items, lambda: SHOPS[0], holder)
        bar.listings.click()
        assert db.read_bytes() == before
    finally:
        holder.store.close()
    assert len(told) == 1 and "data file" in told[0]
