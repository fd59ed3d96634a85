"""Issue 16's second attack on the wording guard: offers before the ask, gating with 'if not', look-alike letters."""

import pytest

from socialdesk.cli import main
from socialdesk.domain.cards import CardItem
from socialdesk.domain.review_rules import card_breaks
from socialdesk.storage import open_store
from socialdesk.ui.i18n import install_translators

GOOGLE = "https://search.google.com/local/writereview?placeid=ChIJd8BlQ2BZwokRjMKtTjMezRw"
YELP = "https://www.yelp.fr/biz/fleurs-de-margaux"
TRIP = "https://www.tripadvisor.fr/Restaurant_Review-g187147-d1-Fleurs.html"
SITE = "https://fleurs-margaux.fr"
RULE = {"en": {GOOGLE: "Google's review rules", YELP: "Yelp's rules", TRIP: "Tripadvisor's review rules"},
        "fr": {GOOGLE: "enfreint les règles de Google", YELP: "enfreint les règles de Yelp",
               TRIP: "enfreint les règles de Tripadvisor"}}


def _qr(tmp_path, capsys, payload, caption, lang):
    out = tmp_path / "code.pdf"
    open_store(tmp_path / "shop.sqlite3").close()
    try:
        code = main(["--lang", lang, "qr", payload, "--caption", caption, "-o", str(out), "--size-mm", "90",
                     "--db", str(tmp_path / "shop.sqlite3")])
    finally:
        install_translators("en")
    return code, capsys.readouterr().err.strip().splitlines(), out


@pytest.mark.parametrize("lang, payload, words", [  # N3, N12: each printed under the review code, exit 0
    ("en", GOOGLE, "Free coffee when you review us"),
    ("en", GOOGLE, "Get 10% off with your review"),
    ("en", GOOGLE, "A free rose with every review"),
    ("fr", GOOGLE, "Un café offert à chaque avis"),
    ("fr", GOOGLE, "Un café offert avec votre avis"),
    ("en", GOOGLE, "Review us and we'll send you a little something"),
    ("fr", GOOGLE, "Laissez un avis, votre prochain bouquet à moitié prix"),
    ("en", GOOGLE, "Help us get to 5 stars!"),
    ("fr", GOOGLE, "Aidez-nous à passer à 5 étoiles"),
    ("en", GOOGLE, "★ ★ ★ ★ ★ please"),
    ("en", GOOGLE, "L\u0435ave a 5-st\u0430r review"),  # Cyrillic е and а
    ("fr", GOOGLE, "Laissez-n\u043eus 5 \u0435toiles"),  # Cyrillic о and е
    ("en", GOOGLE, "Giv\u03b5 us fiv\u03b5 stars"),  # Greek ε
    ("en", YELP, "Yelp us!"),
    ("fr", YELP, "Notez-nous sur Yelp"),
    ("fr", YELP, "Racontez votre visite sur Yelp"),
    ("en", YELP, "Check in on Yelp and tell your friends"),
    ("en", GOOGLE, "Happy? Review us on Google. If not, email us first."),
    ("fr", GOOGLE, "Satisfait ? Laissez un avis Google. Sinon, appelez-nous."),
    ("en", GOOGLE, "Happy? Google review. Or not? Talk to the manager."),
    ("fr", GOOGLE, "Pas content ? Parlez-nous d'abord. Sinon, un avis Google !"),
    ("en", GOOGLE, "Unhappy? Talk to us first. Otherwise, review us on Google"),
    ("fr", TRIP, "Participez à notre tirage en laissant un avis"),
    ("en", TRIP, "Enter our prize draw by reviewing us"),
])
def test_forbidden_caption_is_refused_naming_its_rule(qapp, tmp_path, capsys, lang, payload, words):
    code, err, out = _qr(tmp_path, capsys, payload, words, lang)
    assert code == 2 and len(err) == 1 and RULE[lang][payload] in err[0], err
    assert not out.exists()


HONEST = [  # D22: the 24 honest cards of the attack, which must still print
    (GOOGLE, "Leave us a review on Google"), (GOOGLE, "Laissez-nous un avis sur Google"),
    (GOOGLE, "Tell us how we did — good or bad"), (GOOGLE, "Free Wi-Fi inside — leave us a review"),
    (GOOGLE, "Rate us from 1 to 5 stars, honestly"), (GOOGLE, "Notez-nous de 1 à 5 étoiles"),
    (GOOGLE, "Vous avez aimé ? Dites-le, et sinon aussi !"), (GOOGLE, "Your opinion helps us improve"),
    (GOOGLE, "Votre avis nous aide à nous améliorer"), (GOOGLE, "Open 7 days — leave us a review"),
    (GOOGLE, "Since 1985 — leave us a review"), (GOOGLE, "Review us on Google, it takes 1 minute"),
    (GOOGLE, "Laissez un avis, ça prend 1 minute"), (GOOGLE, "Loved it or not, tell us on Google"),
    (YELP, "Find us on Yelp"), (YELP, "Retrouvez-nous sur Yelp"), (SITE, "Free delivery in Paris"),
    (SITE, "Livraison offerte dès 50 €"), (SITE, "Happy Mother's Day? Order online"),
    (GOOGLE, "Thanks for shopping local"), (GOOGLE, "Merci d'avoir choisi une fleuriste de quartier"),
    (SITE, "Scan to join our Wi-Fi"), (GOOGLE, "How was your visit? Tell us on Google"),
    (GOOGLE, "Comment était votre visite ? Dites-le sur Google"),
    (GOOGLE, "Loved it? Tell us either way"), (GOOGLE, "Vous avez aimé ? Dites-le, et sinon aussi."),
]


@pytest.mark.parametrize("payload, words", HONEST)
def test_honest_caption_breaks_no_rule(payload, words):
    assert card_breaks(CardItem(payload, "", words)) == []


MAPS = "https://g.page/fleurs-margaux"


def _shop(path, **words):
    from socialdesk.domain.presence.listings import Listing, ListingStatus
    from socialdesk.domain.shop import ShopCard

    store = open_store(path)
    fields = dict(name="Fleurs de Margaux", trade="Fleuriste", address="8 rue des Lilas", postcode="75011",
                  city="Paris")
    store.shop.save(ShopCard(**(fields | words)))
    store.presence.add(Listing("google_business", status=ListingStatus.VERIFIED, url=MAPS, print_card=True))
    store.close()


@pytest.mark.parametrize("lang, template, field, words, said", [  # N4: printed on every card, exit 0, no word
    ("fr", "a6", "name", "Fleurs - 5 étoiles = 1 rose offerte", "enfreint les règles de Google"),
    ("en", "a6", "name", "Flowers - 5 stars = a free rose", "Google's review rules"),
    ("fr", "business", "trade", "Avis 5 étoiles = 1 rose offerte", "enfreint les règles de Google"),
    ("en", "door-a5", "opening_hours", "Tue–Sat 9–7. Leave 5 stars: free coffee!", "Google's review rules"),
    ("fr", "door-a5", "opening_hours", "Mar–Sam 9h–19h. Laissez 5 étoiles : café offert !",
     "enfreint les règles de Google"),
])
def test_shop_words_on_cards_pass_the_guard(qapp, tmp_path, capsys, lang, template, field, words, said):
    _shop(tmp_path / "shop.sqlite3", **{field: words})
    out = tmp_path / "cards.pdf"
    try:
        code = main(["--lang", lang, "print-cards", "-o", str(out), "--template", template,
                     "--db", str(tmp_path / "shop.sqlite3")])
    finally:
        install_translators("en")
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and said in err[0] and words in err[0], err
    assert ("Strategy tab" in err[0] or "onglet Stratégie" in err[0]) and not out.exists()


def test_window_cards_ask_about_the_shop_name(qtbot, store, bus, monkeypatch):  # N4, in the window
    from socialdesk.domain.presence.listings import Listing, ListingStatus
    from socialdesk.domain.shop import ShopCard
    from socialdesk.ui.presence.card_rules import CardRulesDialogs
    from socialdesk.ui.presence.qr_page import QrPage

    asked = []
    monkeypatch.setattr(CardRulesDialogs, "ask_print_anyway",
                        staticmethod(lambda parent, text: asked.append(text) or False))
    page = QrPage(store, bus)
    qtbot.addWidget(page)
    store.shop.save(ShopCard(name="Fleurs - 5 étoiles = 1 rose offerte", address="8 rue des Lilas", city="Paris"))
    store.presence.add(Listing("google_business", status=ListingStatus.VERIFIED, url=MAPS, print_card=True))
    bar = page.cards_bar
    bar.template.setCurrentIndex(bar.template.findData("a6"))
    bar.listings.click()
    assert len(asked) == 1 and "5 étoiles = 1 rose offerte" in asked[0] and "Google's review rules" in asked[0]
    assert "Not printed" in page.report.text()


@pytest.mark.parametrize("lang, advice", [("en", "Change --closure before printing."),
                                          ("fr", "Changez --closure avant d'imprimer.")])
def test_closure_refusal_says_to_change_closure(qapp, tmp_path, capsys, lang, advice):  # N8: not "the listing's name"
    _shop(tmp_path / "shop.sqlite3")
    try:
        code = main(["--lang", lang, "print-cards", "-o", str(tmp_path / "d.pdf"), "--template", "door-a5",
                     "--closure", "Laissez-nous 5 étoiles sur Google : un bouquet offert !",
                     "--db", str(tmp_path / "shop.sqlite3")])
    finally:
        install_translators("en")
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and advice in err[0], err


def test_a_shop_name_is_no_request_on_a_yelp_card():  # N4's guard must not refuse an honest name
    from socialdesk.domain.review_rules import items_breaking
    from socialdesk.domain.shop import ShopCard

    cards = [CardItem(YELP, "", "Find us on Yelp")]
    honest = ShopCard(name="Share Tea", trade="Bubble tea", opening_hours="Tue–Sun 11–8")
    assert items_breaking(cards, shop=honest) == []
    assert items_breaking(cards, shop=ShopCard(name="Share Tea — 5 stars = free tea"))
