"""Issue 16's attack on the wording guard: every printing path refuses the phrasings real cards use, says which rule."""

import subprocess
import unicodedata

import pytest
from PySide6.QtCore import Qt

from socialdesk.cli import main
from socialdesk.domain.cards import CardItem, printed_address
from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.domain.review_rules import card_breaks
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.tracking import tracking_allowed
from socialdesk.storage import open_store
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence.card_rules import CardRulesDialogs
from socialdesk.ui.presence.qr_dialogs import QrDialogs
from socialdesk.ui.presence.qr_page import QrPage

GOOGLE = "https://search.google.com/local/writereview?placeid=ChIJd8BlQ2BZwokRjMKtTjMezRw"
YELP = "https://www.yelp.fr/biz/fleurs-de-margaux"
MAPS = "https://g.page/fleurs-margaux"


def _qr(tmp_path, capsys, payload, caption, *more, lang="en"):
    out = tmp_path / "code.pdf"
    open_store(tmp_path / "shop.sqlite3").close()
    code = main(["--lang", lang, "qr", payload, "--caption", caption, "-o", str(out), "--force", "--size-mm", "80",
                 "--db", str(tmp_path / "shop.sqlite3"), *more])
    return code, capsys.readouterr().err.strip().splitlines(), out


@pytest.mark.parametrize("payload, words, rule", [  # D3: each was printed without a word
    (GOOGLE, "Leave a 5-star review", "Google's review rules"),
    (GOOGLE, "Leave us a 5★ review", "Google's review rules"),
    (GOOGLE, "⭐️⭐️⭐️⭐️⭐️ on Google?", "Google's review rules"),
    (GOOGLE, "Loved your flowers? Review us", "Google's review rules"),
    (GOOGLE, "Vous avez adoré ? Laissez un avis", "Google's review rules"),
    (GOOGLE, "Content(e) ? Notez-nous", "Google's review rules"),
    (GOOGLE, "Laissez un avis, on vous offre un café", "Google's review rules"),
    (GOOGLE, "Leave us a review, get a coffee on us", "Google's review rules"),
    (GOOGLE, "Votre avis compte ! Une rose pour chaque avis", "Google's review rules"),
    (GOOGLE, "Un avis = un café pour vous", "Google's review rules"),
    (YELP, "Share your experience on Yelp", "Yelp's rules"),
    (YELP, "Donnez votre opinion sur Yelp", "Yelp's rules"),
    (GOOGLE, unicodedata.normalize("NFD", "Donnez-nous 5 étoiles"), "Google's review rules"),
    (GOOGLE, "Leave 5 st\u200bars", "Google's review rules"),
    (GOOGLE, "Review us: fr\u200bee coffee", "Google's review rules"),
    (GOOGLE, "Give us ５ ＳＴＡＲＳ", "Google's review rules"),
    ("https://www.yelp.ca/biz/fleurs", "Leave us a review on Yelp", "Yelp's rules"),
    ("https://www.google.co.uk/maps/place/fleurs", "Loved it? Review us", "Google's review rules"),
    ("https://www.tripadvisor.ca/Restaurant_Review-x", "Review us for a free coffee", "Tripadvisor's review rules"),
])
def test_qr_caption_that_breaks_a_rule_is_refused_naming_it(tmp_path, capsys, payload, words, rule):  # D3, D4
    code, err, out = _qr(tmp_path, capsys, payload, words)
    assert code == 2 and len(err) == 1 and rule in err[0] and "--wording-checked" in err[0], err
    assert not out.exists()


def test_qr_caption_refusal_in_french(tmp_path, capsys):  # D4
    code, err, out = _qr(tmp_path, capsys, GOOGLE, "5 étoiles = un café offert !", lang="fr")
    assert code == 2 and len(err) == 1 and "enfreint les règles de Google sur les avis" in err[0], err
    assert "Changez --caption avant d'imprimer." in err[0] and not out.exists()


@pytest.mark.parametrize("words", ["Free Wi-Fi inside — leave us a review", "Vous avez aimé ? Dites-le, et sinon aussi !",
                                   "Rate us from 1 to 5 stars, honestly"])
def test_honest_wording_prints(tmp_path, capsys, words):  # D22: nothing is offered for the review, nobody filtered
    _door_shop(tmp_path / "shop.sqlite3", Listing("custom", custom_name=words, url=GOOGLE, print_card=True))
    code, err, out = _cards(tmp_path, capsys, "a6")
    assert code == 0 and err == [], err
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert " ".join(words.split()) in " ".join(text.split())


def test_print_cards_wording_checked_prints_with_one_warning(tmp_path, capsys):  # D22: a way past on the command line
    _door_shop(tmp_path / "shop.sqlite3", Listing("custom", custom_name="Un café offert pour un avis",
                                                  url="https://www.fleurs-margaux.fr", print_card=True))
    code, err, out = _cards(tmp_path, capsys, "a6", lang="fr")
    assert code == 2 and len(err) == 1 and "--wording-checked l'imprime tout de même" in err[0], err
    code, err, out = _cards(tmp_path, capsys, "a6", "--wording-checked", lang="fr")
    assert code == 0 and len(err) == 1 and "(art. L121-4)" in err[0] and "Imprimé tout de même" in err[0], err
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Un café offert pour un avis" in " ".join(text.split())


def test_wording_checked_prints_with_one_warning(tmp_path, capsys):  # D22
    code, err, out = _qr(tmp_path, capsys, YELP, "Leave us a review on Yelp", "--wording-checked", lang="fr")
    assert code == 0 and len(err) == 1 and "enfreint les règles de Yelp" in err[0] and "--wording-checked" in err[0]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Leave us a review on Yelp" in text


def _door_shop(path, *extra):
    store = open_store(path)
    store.shop.save(ShopCard(name="Fleurs de Margaux", trade="Fleuriste", address="8 rue des Lilas", postcode="75011",
                             city="Paris"))
    store.presence.add(Listing("google_business", status=ListingStatus.VERIFIED, url=MAPS, print_card=True))
    for listing in extra:
        store.presence.add(listing)
    store.close()


def _cards(tmp_path, capsys, template, *more, lang="en"):
    out = tmp_path / "cards.pdf"
    try:
        code = main(["--lang", lang, "print-cards", "-o", str(out), "--force", "--template", template,
                     "--db", str(tmp_path / "shop.sqlite3"), *more])
    finally:
        install_translators("en")
    return code, capsys.readouterr().err.strip().splitlines(), out


@pytest.mark.parametrize("lang, said", [("en", "Google's review rules"), ("fr", "enfreint les règles de Google")])
def test_door_closure_line_passes_the_guard(tmp_path, capsys, lang, said):  # D19
    _door_shop(tmp_path / "shop.sqlite3")
    closure = "Laissez-nous 5 étoiles sur Google : un bouquet offert !"
    code, err, out = _cards(tmp_path, capsys, "door-a5", "--closure", closure, lang=lang)
    assert code == 2 and len(err) == 1 and said in err[0] and closure in err[0], err
    assert not out.exists()


@pytest.mark.parametrize("option, text, said", [
    ("--closure", "Fermé " * 40, "--closure fait 239 caractères\u202f; il en tient au plus 120"),
    ("--place", "x" * 1000, "--place fait 1000 caractères\u202f; il en tient au plus 60"),
])
def test_long_closure_and_place_are_refused(tmp_path, capsys, option, text, said):  # D15
    _door_shop(tmp_path / "shop.sqlite3")
    code, err, out = _cards(tmp_path, capsys, "door-a5", option, text, lang="fr")
    assert code == 2 and err == ["socialdesk print-cards: " + said] and not out.exists(), err


def test_a_listing_left_out_is_said(tmp_path, capsys):  # D14
    _door_shop(tmp_path / "shop.sqlite3", Listing("custom", custom_name="Lien 9", url="https://user@fleurs.fr/",
                                                  print_card=True))
    code, err, out = _cards(tmp_path, capsys, "a6")
    assert code == 0 and out.exists()
    assert any("Lien 9: not printed, the link has a name@ before the web address" in line for line in err), err


def test_a_link_without_a_host_is_refused(tmp_path, capsys):  # D13
    out = tmp_path / "x.png"
    open_store(tmp_path / "shop.sqlite3").close()
    assert main(["qr", "https://www./x", "-o", str(out), "--db", str(tmp_path / "shop.sqlite3")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["socialdesk qr: the link has no valid web address"] and not out.exists()
    assert printed_address("https://www./x") == "www./x"  # never "/x", had one been kept before


@pytest.mark.parametrize("site", ["https://www.instagram.com/fleurs/", "https://www.facebook.com/fleurs",
                                  "https://g.page/fleurs", "https://linktr.ee/fleurs", "https://www.yelp.ca/biz/fleurs"])
def test_no_tracking_tags_on_a_network_page_used_as_website(site):  # D10
    assert tracking_allowed(site, site) is False
    assert tracking_allowed("https://www.fleurs-margaux.fr/bouquets", "https://fleurs-margaux.fr") is True


@pytest.fixture
def page(qtbot, store, bus):
    widget = QrPage(store, bus)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def test_the_tracking_box_is_off_for_an_instagram_website(page):  # D10, what the owner sees
    form = page.payload_form
    form.set_shop(ShopCard(name="Fleurs", website="https://www.instagram.com/fleurs/"))
    form.url.setText("https://www.instagram.com/fleurs/")
    assert not form.tracking.isEnabled()


@pytest.mark.parametrize("button", ["pdf", "png"])
def test_window_export_asks_the_cards_question(page, monkeypatch, tmp_path, button):  # D4
    asked = []
    monkeypatch.setattr(CardRulesDialogs, "ask_print_anyway",
                        staticmethod(lambda parent, text: asked.append(text) or False))
    target = tmp_path / f"code.{button}"
    monkeypatch.setattr(QrDialogs, "ask_save", classmethod(lambda cls, *args: target))
    page.set_payload(GOOGLE, "Google", "Avis 5★ = une rose offerte")
    getattr(page.outputs, button).click()
    assert len(asked) == 1 and "Google's review rules" in asked[0] and "offers something" in asked[0]
    assert not target.exists() and "Not saved" in page.report.text()
    monkeypatch.setattr(CardRulesDialogs, "ask_print_anyway", staticmethod(lambda parent, text: True))
    getattr(page.outputs, button).click()  # "Print anyway": written, as from the cards bar
    assert target.exists()


def test_window_door_closure_asks(page, store, monkeypatch):  # D19
    asked = []
    monkeypatch.setattr(CardRulesDialogs, "ask_print_anyway",
                        staticmethod(lambda parent, text: asked.append(text) or False))
    store.shop.save(ShopCard(name="Fleurs", address="8 rue des Lilas", postcode="75011", city="Paris"))
    store.presence.add(Listing("google_business", status=ListingStatus.VERIFIED, url=MAPS, print_card=True))
    bar = page.cards_bar
    bar.template.setCurrentIndex(bar.template.findData("door-a5"))
    bar.closure.setText("Fermé en août — 5 étoiles = un bouquet offert")
    bar.listings.click()
    assert len(asked) == 1 and "Fermé en août" in asked[0] and "Not printed" in page.report.text()


def test_warning_shows_the_owners_words_as_typed(page):  # D24
    page.set_payload(YELP, "Yelp", "<b>Laissez un avis</b>")
    assert page.wording.textFormat() == Qt.TextFormat.PlainText
    assert "“<b>Laissez un avis</b>”" in page.wording.text()


def test_guard_reads_every_country_domain():  # D3, the hosts
    found = card_breaks(CardItem("https://yelp.to/abc", "", "Write a review"))
    assert [b.rule.key for b in found] == ["yelp"]
