"""Issue 16's fourth attack on the wording guard: a shop's name or trade that is itself an offer or a star ask
(X2), and a caption repeating the shop's trade to hide its offer (X3)."""

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
