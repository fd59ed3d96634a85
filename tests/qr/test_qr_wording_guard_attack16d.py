"""Issue 16's fourth attack on the wording guard: a shop's name or trade that is itself an offer or a star ask
(X2), a caption repeating the shop's trade to hide its offer (X3), offers, gating and Yelp asks in other words (X1)."""

import pytest

from socialdesk.cli import main
from socialdesk.domain.cards import CardItem
from socialdesk.domain.review_rules import items_breaking
from socialdesk.domain.shop import ShopCard
from socialdesk.storage import open_store
from socialdesk.ui.i18n import install_translators

GOOGLE = "https://search.google.com/local/writereview?placeid=ChIJd8BlQ2BZwokRjMKtTjMezRw"

OFFERING_NAMES = ["Review us for a free coffee", "Free coffee for 5 stars", "Avis 5 étoiles, café offert",
                  "Laissez 5 étoiles, repartez avec un cadeau", "Happy? Review us! Unhappy? Call the manager"]


@pytest.mark.parametrize("name", OFFERING_NAMES)
def test_a_name_that_is_itself_an_offer_or_a_star_ask_is_refused(name):  # X2
    found = items_breaking([CardItem(GOOGLE, "Google", "Merci de votre visite")], "", ShopCard(name=name))
    assert found and found[0].text == name, found


@pytest.mark.parametrize("trade", ["Review us for a free coffee", "Avis 5 étoiles, café offert"])
def test_a_trade_that_is_itself_an_offer_is_refused(trade):  # X2
    found = items_breaking([CardItem(GOOGLE, "Google", "Merci")], "", ShopCard(name="Chez Léa", trade=trade))
    assert found and found[0].text == trade, found


@pytest.mark.parametrize("name", ["Le Petit Cadeau", "Gift shop", "Hôtel 5 étoiles du Lac", "Surprise Cakes",
                                  "Free Spirit Yoga", "The 5 Stars Hotel", "First Rate Gifts", "Le Don Camillo"])
def test_an_ordinary_name_is_judged_on_its_own_and_passes(name):
    assert items_breaking([CardItem(GOOGLE, "Google", "Laissez-nous un avis")], "", ShopCard(name=name)) == []


CAPTIONS = [  # (name, trade, caption, refused)
    ("Le Petit Cadeau", "Boutique de cadeaux", "Laissez-nous un avis sur Le Petit Cadeau", False),
    ("Hôtel 5 étoiles du Lac", "Hôtel", "Votre avis sur l'Hôtel 5 étoiles du Lac", False),
    ("Free Spirit Yoga", "Yoga", "Review Free Spirit Yoga on Google", False),
    ("The 5 Stars Hotel", "Hotel", "Review The 5 Stars Hotel on Google", False),
    ("Chez Léa", "Café offert", "Un avis Google ? Café offert !", True),  # X3
    ("5 étoiles", "Bar", "Laissez-nous 5 étoiles !", True),
    ("Chez Léa", "Free coffee", "Review us on Google: free coffee", True),
    ("Five Stars", "Diner", "Give us Five Stars on Google", True),
    ("Le Petit Cadeau", "Boutique", "Laissez un avis, le petit cadeau est pour vous", True),  # not as the name
    ("Le Petit Cadeau", "Boutique", "Review Le Petit Cadeau: free coffee", True),
]


@pytest.mark.parametrize("name, trade, caption, refused", CAPTIONS)
def test_a_caption_naming_the_shop_is_read_without_hiding_an_offer(name, trade, caption, refused):  # X3
    found = items_breaking([CardItem(GOOGLE, "", caption)], "", ShopCard(name=name, trade=trade))
    assert bool(found) == refused and all(b.text == caption for b in found), found


def _shop(path, name, trade):
    from socialdesk.domain.presence.listings import Listing, ListingStatus

    store = open_store(path)
    store.shop.save(ShopCard(name=name, trade=trade, address="1 rue X", postcode="75011", city="Paris"))
    store.presence.add(Listing("google_business", status=ListingStatus.VERIFIED, url="https://g.page/x",
                               review_url=GOOGLE, print_card=True))
    store.close()


def test_print_cards_refuses_a_shop_named_as_an_offer(qapp, tmp_path, capsys):  # the repro of X2
    _shop(tmp_path / "shop.sqlite3", "Review us for a free coffee", "Bar")
    out = tmp_path / "a6.pdf"
    code = main(["print-cards", "-o", str(out), "--template", "a6", "--db", str(tmp_path / "shop.sqlite3")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and not out.exists(), err
    assert "Review us for a free coffee" in err[0] and "shop card" in err[0], err


@pytest.mark.parametrize("name, trade, caption", [("Chez Léa", "Café offert", "Un avis Google ? Café offert !"),
                                                  ("5 étoiles", "Bar", "Laissez-nous 5 étoiles !")])
def test_qr_with_the_data_file_refuses_a_caption_repeating_the_trade(tmp_path, capsys, name, trade, caption):  # X3
    _shop(tmp_path / "shop.sqlite3", name, trade)
    out = tmp_path / "q.pdf"
    try:
        code = main(["--lang", "fr", "qr", "--db", str(tmp_path / "shop.sqlite3"), GOOGLE, "--caption", caption,
                     "--size-mm", "70", "-o", str(out), "--format", "pdf"])
    finally:
        install_translators("en")
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "enfreint" in err[0] and "Google" in err[0] and not out.exists(), err


def test_qr_with_the_data_file_prints_a_caption_naming_the_shop(tmp_path, capsys):
    _shop(tmp_path / "shop.sqlite3", "Hôtel 5 étoiles du Lac", "Hôtel")
    out = tmp_path / "q.pdf"
    code = main(["qr", "--db", str(tmp_path / "shop.sqlite3"), GOOGLE, "--caption",
                 "Votre avis sur l'Hôtel 5 étoiles du Lac", "--size-mm", "70", "-o", str(out), "--format", "pdf"])
    assert code == 0 and out.exists(), capsys.readouterr().err


YELP = "https://www.yelp.com/biz/fleurs-de-margaux"
SITE = "https://shop.example/"
MAPS = "https://maps.app.goo.gl/abc"

X1_REFUSED = [  # (link, words, rule key, breach)
    (GOOGLE, "Earn 50 loyalty points per review", "google", "incentive"),
    (GOOGLE, "Chaque avis vous rapporte 50 points fidélité", "google", "incentive"),
    (GOOGLE, "We reward every review", "google", "incentive"),
    (GOOGLE, "Nous récompensons chaque avis", "google", "incentive"),
    (GOOGLE, "-10% sur présentation de votre avis", "google", "incentive"),
    (GOOGLE, "Les auteurs d'avis ont droit à une crêpe", "google", "incentive"),
    (GOOGLE, "Une étoile de plus, un macaron de plus", "google", "incentive"),
    (GOOGLE, "Tout va bien ? Avis Google. Un souci ? Voyez le gérant", "google", "gating"),
    (GOOGLE, "Smiling? Review us. Frowning? Email us", "google", "gating"),
    (GOOGLE, "Cinq sur cinq ?", "google", "five_stars"),
    (GOOGLE, "Give us the full five", "google", "five_stars"),
    (YELP, "How did we do? Yelp it!", "yelp", "asking"),
    (YELP, "Drop us a line on Yelp", "yelp", "asking"),
    (YELP, "Spread the word on Yelp", "yelp", "asking"),
    (YELP, "Leave a tip on Yelp", "yelp", "asking"),
]


@pytest.mark.parametrize("payload, words, rule, breach", X1_REFUSED)
def test_x1_wording_is_refused_naming_the_rule(payload, words, rule, breach):
    from socialdesk.domain.review_rules import card_breaks

    found = card_breaks(CardItem(payload, "", words))
    assert (rule, breach) in [(b.rule.key, b.breach.value) for b in found], found


HELD_UP = [(GOOGLE, "Merci de votre visite"), (GOOGLE, "Votre avis compte"), (GOOGLE, "Your opinion matters"),
           (GOOGLE, "Leave us a review on Google"), (GOOGLE, "Laissez-nous un avis sur Google"),
           (GOOGLE, "Free Wi-Fi — leave us a review"), (GOOGLE, "Merci ! Votre avis nous aide à progresser"),
           (GOOGLE, "Bon ou mauvais, votre avis compte"), (GOOGLE, "Tell us what you really think"),
           (GOOGLE, "Un avis ? Toujours bienvenu, même critique"), (GOOGLE, "Good or bad, we read every review"),
           (GOOGLE, "Offrez-vous une pause, puis laissez un avis"), (MAPS, "Find us on Google Maps"),
           (MAPS, "Retrouvez-nous sur Google Maps"), (YELP, "Find us on Yelp"), (SITE, "Free delivery from 30 €"),
           (SITE, "Livraison offerte dès 30 €"), (SITE, "Our 5-star rooms"), (SITE, "Nos chambres 5 étoiles"),
           (SITE, "Gift cards available"), (SITE, "Cartes cadeaux en vente ici"), (GOOGLE, "Merci pour votre fidélité"),
           (GOOGLE, "Scan to leave a review — thanks!"), (GOOGLE, "Bonne journée !"), (SITE, "Découvrez nos offres"),
           (SITE, "Free parking"), (GOOGLE, "Rate us from 1 to 5 stars, honestly"), (GOOGLE, "Nous lisons chaque avis"),
           (GOOGLE, "Boulangerie récompensée en 2025 — votre avis compte"), (GOOGLE, "Ouvert 7 jours sur 7")]


@pytest.mark.parametrize("payload, words", HELD_UP)
def test_ordinary_captions_still_pass(payload, words):
    from socialdesk.domain.review_rules import card_breaks

    assert card_breaks(CardItem(payload, "", words)) == []


@pytest.mark.parametrize("payload, caption", [(GOOGLE, "Earn 50 loyalty points per review"),
                                              (GOOGLE, "Tout va bien ? Avis Google. Un souci ? Voyez le gérant"),
                                              (YELP, "How did we do? Yelp it!")])
def test_qr_refuses_the_x1_caption(tmp_path, capsys, payload, caption):  # the repro of X1
    out = tmp_path / "x.png"
    code = main(["qr", payload, "--caption", caption, "--size-mm", "70", "-o", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "rules" in err[0] and not out.exists(), err


def test_window_reads_a_caption_repeating_the_trade(qtbot, store, bus):  # X3 on the QR page's check
    from socialdesk.ui.presence.qr_page import QrPage

    store.shop.save(ShopCard(name="Chez Léa", trade="Café offert"))
    page = QrPage(store, bus)
    qtbot.addWidget(page)
    page.show()
    page.set_payload(GOOGLE, "Google", "Votre avis sur Chez Léa")
    assert page.wording.isHidden()
    page.set_payload(GOOGLE, "Google", "Un avis Google ? Café offert !")
    assert "Google's review rules" in page.wording.text() and not page.wording.isHidden()
