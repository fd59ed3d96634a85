"""The words printed on QR cards are the catalogue's (translators' reach), in the window and on the command line."""

import re
import subprocess
from dataclasses import replace

import pytest

from socialdesk.cli import main
from socialdesk.domain.presence.listings import Listing
from socialdesk.storage import open_store
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence import labels

GOOGLE_REVIEW = "https://search.google.com/local/writereview?placeid=ChIJabc"


def _marked(store, key, **fields):
    store.presence.ensure_listing(key)
    store.presence.save(replace(store.presence.listing_for(key), print_card=True, **fields))


@pytest.mark.parametrize("language, said", [
    ("en", ["Leave us a review on Google", "Find us on Yelp", "Follow us on Facebook"]),
    ("fr", ["Laissez-nous un avis sur Google", "Retrouvez-nous sur Yelp", "Suivez-nous sur Facebook"]),
])
def test_the_window_words_each_card_in_its_language(qapp, language, said):
    listings = [Listing("google_business", review_url=GOOGLE_REVIEW), Listing("yelp", review_url="https://yelp.fr/x"),
                Listing("facebook", handle="boulangerie.lea")]
    install_translators(language)
    try:
        assert [labels.call_to_action(listing) for listing in listings] == said
    finally:
        install_translators("en")


@pytest.mark.parametrize("language, said", [("fr", "Retrouvez-nous sur Yelp"), ("en", "Find us on Yelp")])
def test_print_cards_words_the_cards_in_the_commands_language(tmp_path, language, said):
    """Before: the command line worded cards from a table in the domain, by the data file's language setting."""
    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    _marked(store, "yelp", url="https://www.yelp.fr/biz/boulangerie-lea-lyon")
    store.settings.set("language", "en" if language == "fr" else "fr")  # the window's setting is not the command's
    store.close()
    out = tmp_path / "cards.pdf"
    assert main(["--lang", language, "print-cards", "-o", str(out), "--template", "a6", "--db", str(db)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert re.search(said.replace(" ", r"\s+"), text), text


def test_the_domain_holds_no_card_sentence():
    from socialdesk.domain.presence import listings

    assert not hasattr(listings, "call_to_action")
    source = open(listings.__file__, encoding="utf-8").read()
    assert "Leave us" not in source and "Laissez-nous" not in source
