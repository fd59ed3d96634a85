"""Issue 16's third attack on the wording guard: offers and star asks in other words, Yelp asks without "review",
and shops refused for their own name (D1, D2, D3, D10)."""

import pytest

from socialdesk.cli import main
from socialdesk.domain.cards import CardItem
from socialdesk.domain.review_rules import card_breaks, items_breaking
from socialdesk.domain.shop import ShopCard
from socialdesk.storage import open_store
from socialdesk.ui.i18n import install_translators

GOOGLE = "https://search.google.com/local/writereview?placeid=ChIJd8BlQ2BZwokRjMKtTjMezRw"
TRIP = "https://www.tripadvisor.fr/UserReviewEdit-g187147-d1234567-Fleurs.html"
YELP = "https://www.yelp.com/biz/fleurs-de-margaux"
SITE = "https://shop.example/"
MAPS = "https://maps.google.com/?cid=1234567890"
INSTAGRAM = "https://www.instagram.com/fleurs_margaux/"

REFUSED = [  # (link, words, rule key, breach)
    (GOOGLE, "Review us: next coffee's ours", "google", "incentive"),  # D1
    (GOOGLE, "Review us, grab a freebie", "google", "incentive"),
    (GOOGLE, "Leave a review and your next coffee is ours", "google", "incentive"),
    (GOOGLE, "Review us on Google – show it at the till for a treat", "google", "incentive"),
    (GOOGLE, "Post a review and we'll buy your next coffee", "google", "incentive"),
    (GOOGLE, "Review us & enter our monthly raffle", "google", "incentive"),
    (GOOGLE, "Review us: giveaway every month", "google", "incentive"),
    (GOOGLE, "Review us → 2 for 1 on cakes", "google", "incentive"),
    (GOOGLE, "Laissez un avis, le café suivant est pour nous", "google", "incentive"),
    (GOOGLE, "Un avis Google ? Le croissant est pour la maison", "google", "incentive"),
    (GOOGLE, "Laissez un avis et repartez avec une viennoiserie", "google", "incentive"),
    (TRIP, "Review us on Tripadvisor, next drink's on the bar", "tripadvisor", "incentive"),
    (TRIP, "Review us on Tripadvisor & enter our raffle", "tripadvisor", "incentive"),
    (GOOGLE, "Give us five ⭐ on Google", "google", "five_stars"),  # D2
    (GOOGLE, "Give us a top rating on Google", "google", "five_stars"),
    (GOOGLE, "Une note de 10/10 ?", "google", "five_stars"),
    (GOOGLE, "Only review us if you had a great time", "google", "gating"),
    (SITE, "Give us 5 stars", "ftc", "five_stars"),
    (SITE, "Laissez-nous 5 étoiles", "ftc", "five_stars"),
    (YELP, "Tell us how we did on Yelp", "yelp", "asking"),  # D3
    (YELP, "Leave us a few words on Yelp", "yelp", "asking"),
    (YELP, "Let others know about us on Yelp", "yelp", "asking"),
    (YELP, "Write something nice on Yelp", "yelp", "asking"),
    (YELP, "Say hi on Yelp: how was your meal?", "yelp", "asking"),
    (YELP, "Rév1ew us on Yelp", "yelp", "asking"),
    (YELP, "R3v13w us on Yelp", "yelp", "asking"),
    (YELP, "R e v i e w us on Yelp", "yelp", "asking"),
    (YELP, "Réviewez-nous", "yelp", "asking"),
]


@pytest.mark.parametrize("payload, words, rule, breach", REFUSED)
def test_attack_wording_is_refused_naming_the_rule(payload, words, rule, breach):
    found = card_breaks(CardItem(payload, "", words))
    assert (rule, breach) in [(b.rule.key, b.breach.value) for b in found], found


ACCEPTED = [
    (GOOGLE, "Leave us a review on Google"), (GOOGLE, "Laissez-nous un avis"), (GOOGLE, "Merci de votre visite"),
    (INSTAGRAM, "Follow us on Instagram"), (YELP, "Find us on Yelp"), (YELP, "Check us out on Yelp"),
    (GOOGLE, "Votre avis compte pour nous"), (GOOGLE, "Votre avis compte beaucoup pour nous"),
    (GOOGLE, "Treat yourself — then leave us a review"), (SITE, "Open 7 days, 2 for 1 happy hour"),
    (GOOGLE, "Rate us from 1 to 5 stars, honestly"), (GOOGLE, "Notez-nous de 1 à 5 étoiles"),
    (TRIP, "Review us on Tripadvisor"), (SITE, "Hôtel 5 étoiles du Lac"), (MAPS, "Le Petit Cadeau"),
    (INSTAGRAM, "Surprise Cakes"), (MAPS, "Find us on Google Maps"),
]


@pytest.mark.parametrize("payload, words", ACCEPTED)
def test_ordinary_words_pass(payload, words):
    assert card_breaks(CardItem(payload, "", words)) == []


SHOPS = [("Le Petit Cadeau", "Boutique de cadeaux"), ("Gift shop", "Gift shop"), ("Free Spirit Yoga", "Yoga"),
         ("Hôtel du Concours", "Hôtel"), ("Surprise Cakes", "Pâtisserie"), ("Le Don Camillo", "Pizzeria"),
         ("Hôtel 5 étoiles du Lac", "Hôtel"), ("The 5 Stars Hotel", "Hotel"), ("First Rate Gifts", "Gift shop")]


@pytest.mark.parametrize("name, trade", SHOPS)
def test_a_shop_is_never_refused_for_its_own_name(name, trade):  # D10
    shop = ShopCard(name=name, trade=trade)
    for cards in ([CardItem(GOOGLE, "Google", "Leave us a review on Google")],
                  [CardItem(MAPS, "Google Maps", "Find us on Google Maps")],
                  [CardItem(GOOGLE, name, f"Review {name} on Google")],
                  [CardItem(TRIP, trade, f"Laissez un avis sur {name}")]):
        assert items_breaking(cards, "", shop) == [], (name, cards)


def test_a_name_beside_an_offer_is_still_read():  # the ask is judged, the name left out
    shop = ShopCard(name="Le Petit Cadeau")
    found = items_breaking([CardItem(GOOGLE, "", "Review Le Petit Cadeau: free coffee")], "", shop)
    assert [(b.rule.key, b.breach.value) for b in found] == [("google", "incentive")]


def _shop(path, name, trade):
    from socialdesk.domain.presence.listings import Listing, ListingStatus

    store = open_store(path)
    store.shop.save(ShopCard(name=name, trade=trade, address="1 rue X", postcode="75011", city="Paris"))
    store.presence.add(Listing("google_business", status=ListingStatus.VERIFIED, url="https://g.page/x",
                               review_url=GOOGLE, print_card=True))
    store.close()


@pytest.mark.parametrize("template", ["a6", "door-a5", "business"])
@pytest.mark.parametrize("name, trade", [("Le Petit Cadeau", "Boutique de cadeaux"),
                                         ("Hôtel 5 étoiles du Lac", "Hôtel")])
def test_print_cards_prints_for_a_shop_named_for_its_trade(qapp, tmp_path, capsys, template, name, trade):  # D10
    _shop(tmp_path / "shop.sqlite3", name, trade)
    out = tmp_path / "cards.pdf"
    try:
        code = main(["--lang", "fr", "print-cards", "-o", str(out), "--template", template,
                     "--db", str(tmp_path / "shop.sqlite3")])
    finally:
        install_translators("en")
    err = capsys.readouterr().err
    assert code == 0 and "enfreint" not in err and out.exists(), err


@pytest.mark.parametrize("caption, said", [("Review us: next coffee's ours", "Google's review rules"),
                                           ("Tell us how we did on Yelp", "Yelp's rules")])
def test_qr_refuses_the_attack_caption(tmp_path, capsys, caption, said):  # the repro of D1 / D3
    payload = YELP if "Yelp" in caption else GOOGLE
    out = tmp_path / "w.png"
    open_store(tmp_path / "shop.sqlite3").close()
    code = main(["qr", payload, "--caption", caption, "--size-mm", "60", "-o", str(out),
                 "--db", str(tmp_path / "shop.sqlite3")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and said in err[0] and not out.exists(), err


def _named_shop(path, name="Le Petit Cadeau", trade="Boutique de cadeaux"):
    store = open_store(path)
    store.shop.save(ShopCard(name=name, trade=trade))
    store.close()


@pytest.mark.parametrize("caption, code_", [("Le Petit Cadeau", 0), ("Laissez un avis au Petit Cadeau", 0),
                                            ("Le Petit Cadeau : un avis = un café offert", 2)])
def test_qr_caption_naming_the_shop_prints(tmp_path, capsys, caption, code_):  # D10 on `socialdesk qr`
    _named_shop(tmp_path / "shop.sqlite3", trade="Petit Cadeau")
    out = tmp_path / "w.png"
    code = main(["qr", GOOGLE, "--caption", caption, "--size-mm", "60", "-o", str(out),
                 "--db", str(tmp_path / "shop.sqlite3")])
    err = capsys.readouterr().err
    assert code == code_ and out.exists() == (code_ == 0), err
    assert ("Google's review rules" in err) == (code_ == 2)


def test_window_caption_naming_the_shop_is_no_offer(qtbot, store, bus, monkeypatch, tmp_path):  # D10 in the window
    from socialdesk.ui.presence.card_rules import CardRulesDialogs
    from socialdesk.ui.presence.qr_dialogs import QrDialogs
    from socialdesk.ui.presence.qr_page import QrPage

    asked = []
    monkeypatch.setattr(CardRulesDialogs, "ask_print_anyway",
                        staticmethod(lambda parent, text: asked.append(text) or False))
    target = tmp_path / "code.pdf"
    monkeypatch.setattr(QrDialogs, "ask_save", classmethod(lambda cls, *args: target))
    store.shop.save(ShopCard(name="Surprise Cakes", trade="Pâtisserie"))
    page = QrPage(store, bus)
    qtbot.addWidget(page)
    page.show()
    page.set_payload(GOOGLE, "Surprise Cakes", "Review Surprise Cakes on Google")
    assert page.wording.isHidden()
    page.outputs.pdf.click()
    assert asked == [] and target.exists(), page.report.text()
    page.set_payload(GOOGLE, "Surprise Cakes", "Review us: next coffee's ours")
    assert "Google's review rules" in page.wording.text() and not page.wording.isHidden()
