"""Against fake stickers: under every printed code, on every template, its own short address (pdftotext)."""

import subprocess
from dataclasses import replace

import pytest
from qr_helpers import needs_pdftoppm, rasterise_pdf

from socialdesk.cli import main
from socialdesk.domain.cards import printed_address
from socialdesk.domain.card_template import CardTemplate
from socialdesk.qr.verify import decode_texts
from socialdesk.storage import open_store


def _shop(db):
    store = open_store(db)
    store.shop.save(replace(store.shop.get(), name="Boulangerie Léa", address="12 rue des Lilas", postcode="69003",
                            city="Lyon"))
    for key, url in (("yelp", "https://www.yelp.fr/biz/boulangerie-lea-lyon"),
                     ("instagram", "https://www.instagram.com/boulangerie.lea/")):
        store.presence.ensure_listing(key)
        store.presence.save(replace(store.presence.listing_for(key), url=url, print_card=True))
    store.close()


@needs_pdftoppm
@pytest.mark.parametrize("template", [template.value for template in CardTemplate])
def test_every_code_on_every_template_has_its_short_address_printed(tmp_path, template):
    db, out = tmp_path / "shop.sqlite3", tmp_path / "cards.pdf"
    _shop(db)
    assert main(["print-cards", "-o", str(out), "--template", template, "--db", str(db)]) == 0
    text = "".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    payloads = {payload for page in rasterise_pdf(out, 150) for payload in decode_texts(page)}
    assert payloads, "no code decoded"
    for payload in payloads:
        assert "".join(printed_address(payload).split()) in text, (payload, text[:300])
