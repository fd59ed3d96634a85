"""The window offers (enabled) exactly the label sheets print-cards can print with codes both readers scan."""

from dataclasses import replace

import pytest
from pyzbar import pyzbar
from qr_helpers import needs_pdftoppm, rasterise_pdf

from socialdesk.cli import main
from socialdesk.domain.label_sheets import label_sheet
from socialdesk.qr.verify import decode_texts
from socialdesk.storage import open_store
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.presence.qr_page import QrPage

DPI = 150
INSTAGRAM = "https://www.instagram.com/fleursdemargaux/"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.shop.save(replace(store.shop.get(), name="Fleurs", address="8 rue des Lilas", postcode="75011", city="Paris"))
    store.presence.ensure_listing("instagram")
    store.presence.save(replace(store.presence.listing_for("instagram"), handle="fleursdemargaux", print_card=True))
    store.settings.set("card_sheets", {"stickers": "5160"})  # remembered from an older version
    store.close()
    return path


def _offered(qtbot, db) -> dict[str, tuple[bool, str]]:
    store = open_store(db)
    page = QrPage(store, DataBus())
    qtbot.addWidget(page)
    bar = page.cards_bar
    bar.template.setCurrentIndex(bar.template.findData("stickers"))
    try:
        assert bar.sheet.currentData() != "5160"  # a remembered sheet that cannot print is not chosen
        return {bar.sheet.itemData(i): (bar.sheet.model().item(i).isEnabled(), bar.sheet.itemData(i, 3) or "")
                for i in range(bar.sheet.count())}
    finally:
        page.close()
        store.close()


@needs_pdftoppm
def test_enabled_sheets_print_codes_that_scan_and_the_others_say_why(qtbot, tmp_path, db):
    offered = _offered(qtbot, db)
    assert offered["5160"][0] is False and "25.4 mm" in offered["5160"][1]
    for code, (enabled, why) in offered.items():
        out = tmp_path / f"{code}.pdf"
        status = main(["print-cards", "-o", str(out), "--template", "stickers", "--sheet", code, "--db", str(db)])
        assert (status == 0) == enabled, (code, status, why)
        if enabled:  # every label, cut out as it is peeled off, read by both readers
            page, px = rasterise_pdf(out, DPI)[0], DPI / 25.4
            for x, y, width, height in label_sheet(code).positions():
                label = page.crop((round(x * px), round(y * px), round((x + width) * px), round((y + height) * px)))
                zbar = [r.data.decode() for r in pyzbar.decode(label.convert("L"), symbols=[pyzbar.ZBarSymbol.QRCODE])]
                assert decode_texts(label) == zbar == [INSTAGRAM], (code, x, y)
