"""Pure strategy rules: what Apply hands over, progress, the 80/20 share, Markdown escaping."""

import pytest

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.plan import Pillar
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.apply import apply_plan
from socialdesk.domain.strategy.document import PlanDocument, Section, to_markdown
from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.model import Driver, Strategy, StrategyPillar, StrategyVersion
from socialdesk.domain.strategy.progress import filled_count, sell_share, step_filled


def strategy(**kwargs) -> Strategy:
    return Strategy(StrategyVersion(1, None), **kwargs)


def test_apply_plan_merges_networks_reserved_names_and_listings_once():
    plan = apply_plan(strategy(
        texts={f.CHANNEL_HANDLE: " @boulangerielea ", f.CHANNEL_RESERVE: "tiktok,instagram",
               f.CHANNEL_LISTINGS: "google_business,apple"},
        channels={"instagram": 3, "google": 1, "x": 0},
    ))
    assert plan.cadence == {"instagram": 3, "google": 1}
    assert dict(plan.listings) == {"google_business": "boulangerielea", "apple": "",
                                   "instagram": "boulangerielea", "tiktok": "boulangerielea"}
    assert [key for key, _ in plan.listings][:2] == ["google_business", "apple"]  # Google, Apple first


def test_apply_plan_skips_unnamed_pillars_and_drivers():
    plan = apply_plan(strategy(
        pillars=[StrategyPillar("Coulisses", 80), StrategyPillar("  ", 10), StrategyPillar("Offres", 20, True)],
        drivers=[Driver(CommunityGroup.PARTNERS, "Fromagerie"), Driver(CommunityGroup.PARTNERS, " ", "@x")],
    ))
    assert plan.pillars == [Pillar("Coulisses", 80), Pillar("Offres", 20)]
    assert [d.name for d in plan.drivers] == ["Fromagerie"]


@pytest.mark.parametrize("pillars, share", [
    ([], 0),
    ([StrategyPillar("Infos", 0), StrategyPillar("Promos", 0, True)], 0),
    ([StrategyPillar("Infos", 80), StrategyPillar("Promos", 20, True)], 20),
    ([StrategyPillar("Infos", 1), StrategyPillar("Promos", 2, True)], 67),
])
def test_sell_share_is_a_share_of_the_declared_total(pillars, share):
    assert sell_share(pillars) == share


def test_progress_counts_steps_with_anything_in_them():
    empty = strategy()
    assert filled_count(empty, ShopCard()) == 0
    assert not step_filled(Step.SHOP, empty, ShopCard(country="FR"))  # the default country is not typed
    some = strategy(texts={f.CONV_TOPICS: " la galette "}, channels={"instagram": 0})
    assert step_filled(Step.CONVERSATIONS, some, ShopCard())
    assert not step_filled(Step.CHANNELS, some, ShopCard())
    assert filled_count(some, ShopCard(name="Léa")) == 2
    assert not step_filled(Step.SUMMARY, some, ShopCard(name="Léa"))


def test_community_keys_are_stable_and_checked():
    assert f.community_key(CommunityGroup.SUPPLIERS, "who") == "community.suppliers.who"
    with pytest.raises(KeyError):
        f.community_key(CommunityGroup.SUPPLIERS, "age")


def test_markdown_marks_empty_steps_and_keeps_text_literal():
    shop = Section("La boutique")
    shop.add("Nom", "Fleurs de Jade")
    shop.add("Messages", ["1. fraîcheur", "- local", "", "[lien](x)"])
    shop.add("Site", "")
    document = PlanDocument("Plan", "Version", [shop, Section("Écoute", empty=True)], "(vide)")
    text = to_markdown(document)
    assert "- **Nom**: Fleurs de Jade" in text
    assert "  - \\1. fraîcheur" in text and "  - \\- local" in text and "\\[lien\\](x)" in text
    assert "- **Site**: *(vide)*" in text
    assert "## Écoute\n\n*(vide)*\n" in text


def test_strategy_domain_and_storage_do_not_load_qt():
    import subprocess
    import sys

    code = ("import sys, socialdesk.domain.strategy.apply, socialdesk.domain.strategy.document, "
            "socialdesk.domain.strategy.listening, socialdesk.domain.strategy.progress, "
            "socialdesk.storage.strategy.repo, socialdesk.storage.strategy.demo; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
