"""The plan written in French follows French typography where the code joins words: « Nom : … », « 80 % », « ; »."""

from datetime import date

from socialdesk.domain.shop import ShopCard
from socialdesk.domain.strategy.document import PlanDocument, Section, to_markdown
from socialdesk.domain.strategy.model import Goal, StrategyPillar
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.strategy.plan_document import PlanWords

NB, NNB = "\u00a0", "\u202f"


def test_markdown_puts_the_label_and_value_in_the_documents_pattern():
    shop = Section("Boutique")
    shop.add("Nom", "Léa %2")  # the owner's own « %2 » stays as typed
    shop.add("Langues", ["français", "anglais"])
    shop.add("Téléphone", "")
    text = to_markdown(PlanDocument("Plan", "Version", [shop], "(vide)", f"%1{NB}: %2"))
    assert f"- **Nom**{NB}: Léa %2\n" in text
    assert f"- **Langues**{NB}:\n  - français\n  - anglais\n" in text
    assert f"- **Téléphone**{NB}: *(vide)*" in text


def _french_plan(store) -> PlanDocument:
    store.shop.save(ShopCard(name="Boulangerie Léa", city="Lyon"))
    store.strategy.save_pillars([StrategyPillar("Savoir-faire", 80), StrategyPillar("Offres", 20, True)])
    store.strategy.save_goals([Goal("20 avis Google", date(2026, 6, 1)), Goal("500 abonnés", date(2026, 9, 1))])
    install_translators("fr")
    try:
        return PlanWords().build(store.strategy.load(), store.shop.get(), date(2026, 12, 1))
    finally:
        install_translators("en")


def test_the_french_plan_joins_its_words_the_french_way(qapp, store):
    text = to_markdown(_french_plan(store))
    assert f"- **Nom**{NB}: Boulangerie Léa" in text and "**Nom**:" not in text
    assert f"Savoir-faire{NB}: 80{NB}%" in text and "80 %" not in text
    assert f"(1er juin 2026){NNB}; 500 abonnés" in text  # the goals whose date is past


def test_the_english_plan_keeps_english_typography(qapp, store):
    store.shop.save(ShopCard(name="Boulangerie Léa"))
    store.strategy.save_pillars([StrategyPillar("Know-how", 80)])
    text = to_markdown(PlanWords().build(store.strategy.load(), store.shop.get()))
    assert "- **Name**: Boulangerie Léa" in text and "Know-how: 80 %" in text
