"""The strategy repository: typed fields survive, versions freeze, Apply hands over decisions."""

from datetime import date, datetime

import pytest

from socialdesk.domain.changes import Area
from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.plan import Pillar
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.model import Driver, Goal, StrategyPillar
from socialdesk.storage import open_store


def test_nothing_applied_means_empty_contracts(store):
    assert store.strategy.applied_cadence() == {}
    assert store.strategy.applied_pillars() == []
    assert store.strategy.applied_at() is None


def test_fields_survive_closing_the_file(tmp_path):
    path = tmp_path / "shop.sqlite3"
    first = open_store(path)
    repo = first.strategy
    change = repo.set_text(f.STAND_VALUE, "Pain au levain cuit sur place 🥖")
    repo.save_goals([Goal("20 avis Google", date(2027, 6, 1)), Goal("Sans date")])
    repo.save_drivers(CommunityGroup.PRESCRIBERS, [Driver(CommunityGroup.PRESCRIBERS, "Marie", "@marie", "blog")])
    repo.set_channel("instagram", 3)
    repo.save_pillars([StrategyPillar("Coulisses", 50), StrategyPillar("Offres", 20, sells=True)])
    first.close()
    assert change.concerns(Area.STRATEGY)
    again = open_store(path)
    loaded = again.strategy.load()
    again.close()
    assert loaded.text(f.STAND_VALUE) == "Pain au levain cuit sur place 🥖"
    assert loaded.goals == [Goal("20 avis Google", date(2027, 6, 1)), Goal("Sans date")]
    assert loaded.drivers == [Driver(CommunityGroup.PRESCRIBERS, "Marie", "@marie", "blog")]
    assert loaded.channels == {"instagram": 3}
    assert loaded.pillars[1] == StrategyPillar("Offres", 20, True)


def test_saving_one_group_keeps_the_others(store):
    repo = store.strategy
    repo.save_drivers(CommunityGroup.SUPPLIERS, [Driver(CommunityGroup.SUPPLIERS, "Moulin Perrin")])
    repo.save_drivers(CommunityGroup.PARTNERS, [Driver(CommunityGroup.PARTNERS, "Fromagerie")])
    repo.save_drivers(CommunityGroup.PARTNERS, [])
    assert [d.name for d in repo.load().drivers] == ["Moulin Perrin"]


def test_review_freezes_the_old_version_and_copies_it(store):
    repo = store.strategy
    card = store.shop.get()
    card.name = "Boulangerie Léa"
    store.shop.save(card)
    repo.set_text(f.CONV_TOPICS, "la galette")
    repo.set_channel("facebook", 2)
    repo.start_review(date(2027, 3, 1))
    repo.set_text(f.CONV_TOPICS, "la Chandeleur")
    card.name = "Boulangerie Léa & fils"
    store.shop.save(card)
    old, new = repo.versions()
    assert not old.is_current and old.reviewed_on == date(2027, 3, 1)
    assert new.is_current and new.started_on == date(2027, 3, 1)
    assert repo.load(old.id).text(f.CONV_TOPICS) == "la galette"
    assert repo.load().text(f.CONV_TOPICS) == "la Chandeleur"
    assert repo.load().channels == {"facebook": 2}
    assert repo.shop_of(old).name == "Boulangerie Léa"
    assert repo.shop_of(new).name == "Boulangerie Léa & fils"


def test_apply_sets_cadence_and_pillars_once(store):
    repo = store.strategy
    repo.set_channel("instagram", 3)
    repo.set_channel("x", 0)
    repo.save_pillars([StrategyPillar("Coulisses", 60), StrategyPillar("", 10), StrategyPillar("Offres", 20, True)])
    repo.apply(datetime(2027, 1, 4, 9, 30))
    repo.apply(datetime(2027, 1, 5, 9, 30))
    assert repo.applied_cadence() == {"instagram": 3}
    assert repo.applied_pillars() == [Pillar("Coulisses", 60), Pillar("Offres", 20)]
    assert repo.applied_at() == datetime(2027, 1, 5, 9, 30)
    assert store.db["strategy_applied"].count == 1


def test_applied_decisions_stay_until_applied_again(store):
    repo = store.strategy
    repo.set_channel("facebook", 2)
    repo.apply(datetime(2027, 1, 4, 9, 30))
    repo.set_channel("facebook", 5)
    assert repo.applied_cadence() == {"facebook": 2}


@pytest.mark.parametrize("text", ["", "x" * 20000, "ligne 1\nligne 2", "émoji 🎉 ✨"])
def test_any_text_round_trips(store, text):
    store.strategy.set_text(f.LISTEN_INDICATORS, text)
    assert store.strategy.text(f.LISTEN_INDICATORS) == text


def test_demo_bakery_has_a_strategy_applied(store):
    from socialdesk.storage.strategy.demo import seed_demo

    seed_demo(store, date(2027, 1, 4))
    assert store.shop.get().name == "Boulangerie Léa"
    assert store.strategy.applied_cadence() == {"instagram": 3, "facebook": 2, "google": 1}
    assert sum(p.share for p in store.strategy.applied_pillars()) == 100
    assert len(store.strategy.load().drivers) == 4
