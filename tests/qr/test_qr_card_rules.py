"""Review cards' words against Google, Tripadvisor, Yelp, the FTC rule and L121-4: said before printing, in EN and FR."""

import copy
import subprocess
from dataclasses import replace
from datetime import date

import pytest

from socialdesk.cli import main
from socialdesk.domain.cards import CardItem
from socialdesk.domain.review_rules import Breach, card_breaks, review_rules
from socialdesk.domain.review_rules_table import RULES_TABLE
from socialdesk.domain.presence.listings import Listing
from socialdesk.storage import open_store
from socialdesk.ui.common.save_guard import SaveGuard
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence.card_rules import CardRulesDialogs
from socialdesk.ui.presence.qr_page import QrPage

GOOGLE = "https://search.google.com/local/writereview?placeid=ChIJabcdefghijklmnopqrstuv"
TRIPADVISOR = "https://www.tripadvisor.fr/UserReviewEdit-g187147-d1234567-Boulangerie_Lea.html"
YELP = "https://www.yelp.fr/biz/boulangerie-lea-lyon"


@pytest.mark.parametrize("words, payload, rule, breach", [
    ("Free coffee for a review", GOOGLE, "google", Breach.INCENTIVE),
    ("« -10 % pour un avis »", GOOGLE, "google", Breach.INCENTIVE),
    ("Un avis = une chance de gagner un panier garni", TRIPADVISOR, "tripadvisor", Breach.INCENTIVE),
    ("If you loved it, leave us a review", GOOGLE, "google", Breach.GATING),
    ("Vous avez aimé ? Laissez-nous un avis sur Google", GOOGLE, "google", Breach.GATING),
    ("Give us 5 stars on Google!", GOOGLE, "google", Breach.FIVE_STARS),
    ("Notez-nous 5 étoiles", GOOGLE, "google", Breach.FIVE_STARS),
    ("Leave us a review on Yelp", YELP, "yelp", Breach.ASKING),
    ("Laissez-nous un avis sur Yelp", YELP, "yelp", Breach.ASKING),
    ("Donnez votre avis : -10 % sur le prochain achat", "https://www.boulangerie-lea.fr/avis", "l121_4",
     Breach.INCENTIVE),
    ("5 stars = a free croissant", "https://www.boulangerie-lea.fr/", "ftc", Breach.FIVE_STARS),
])
def test_wording_that_breaks_a_rule_names_it(words, payload, rule, breach):
    found = card_breaks(CardItem(payload, "", words))
    assert found and (rule, breach) in [(b.rule.key, b.breach) for b in found], found
    platform_rules = [b for b in found if b.rule.key in ("google", "tripadvisor", "yelp")]
    assert not platform_rules or found[0] is platform_rules[0]  # the platform's own rule is named first


@pytest.mark.parametrize("words, payload", [
    ("Leave us a review on Google", GOOGLE), ("Laissez-nous un avis sur Google", GOOGLE),
    ("Find us on Yelp", YELP), ("Retrouvez-nous sur Yelp", YELP),
    ("Scan to join our Wi-Fi", "WIFI:T:WPA;S:Lea;P:croissant;;"), ("Follow us on Instagram", "https://instagram.com/lea"),
    ("Happy hour 18 h – 20 h", "https://www.boulangerie-lea.fr/"), ("2 croissants offerts le dimanche", "https://x.fr"),
    ("Hôtel 5 étoiles", "https://x.fr"),
])
def test_allowed_wording_passes(words, payload):
    assert card_breaks(CardItem(payload, "", words)) == []


def test_the_rules_table_lists_every_rule_with_a_last_checked_date():
    data = copy.deepcopy(RULES_TABLE)
    assert {entry["key"] for entry in data["rules"]} == {"google", "tripadvisor", "yelp", "ftc", "l121_4"}
    assert all(date.fromisoformat(entry["last_checked"]) for entry in data["rules"])
    assert {rule.key for rule in review_rules().rules} == {"google", "tripadvisor", "yelp", "ftc", "l121_4"}


@pytest.fixture
def page(qtbot, store, bus):
    widget = QrPage(store, bus)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


@pytest.mark.parametrize("language, words, said", [
    ("en", "Free coffee for a review", "breaks Google's review rules: it offers something for a review"),
    ("fr", "« -10 % pour un avis »", "enfreint les règles de Google sur les avis"),
])
def test_the_designer_warns_which_rule_before_printing(page, language, words, said):
    install_translators(language)
    try:
        page.set_payload(GOOGLE, "Google", words)
        assert page.wording.isVisible() and said in page.wording.text(), page.wording.text()
        page.design_form.call_to_action.setText("Leave us a review on Google")
        page.refresh()
        assert not page.wording.isVisible()
    finally:
        install_translators("en")


def test_printing_a_card_that_breaks_a_rule_asks_and_no_prints_nothing(page, monkeypatch, tmp_path):
    asked = []
    monkeypatch.setattr(CardRulesDialogs, "ask_print_anyway",
                        staticmethod(lambda parent, text: asked.append(text) or False))
    target = tmp_path / "cards.pdf"
    monkeypatch.setattr(SaveGuard, "ask", classmethod(lambda cls, *args, **kwargs: (target, "")))
    page.set_payload(GOOGLE, "Google", "If you loved it, leave us a review")
    page.cards_bar.save_pdf.click()
    assert len(asked) == 1 and "only happy customers" in asked[0]
    assert not target.exists() and "Not printed" in page.report.text()
    assert page.store.presence.printed.codes() == []


def test_print_cards_refuses_a_card_that_breaks_a_rule_naming_it(tmp_path, capsys):
    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    store.presence.add(Listing("custom", custom_name="Un café offert pour un avis", url="https://www.boulangerie-lea.fr",
                               print_card=True))
    store.close()
    out = tmp_path / "cards.pdf"
    assert main(["--lang", "en", "print-cards", "-o", str(out), "--template", "a6", "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Code de la consommation (art. L121-4)" in err[0] and "offers something" in err[0], err
    assert not out.exists()


def test_print_cards_prints_a_yelp_card_that_does_not_ask(tmp_path):
    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    store.presence.ensure_listing("yelp")
    store.presence.save(replace(store.presence.listing_for("yelp"), url=YELP, print_card=True))
    store.close()
    out = tmp_path / "cards.pdf"
    try:
        assert main(["--lang", "fr", "print-cards", "-o", str(out), "--template", "a6", "--db", str(db)]) == 0
    finally:
        install_translators("en")  # the command spoke French in this process
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Retrouvez-nous sur Yelp" in " ".join(text.split()) and "avis" not in text
