"""The drivers list and the ensure_driver contract other tabs call."""

from datetime import date

import pytest

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.rules.model import Driver
from socialdesk.storage import StoreWriteError


def test_ensure_driver_adds_once_per_name_and_group_whatever_the_case(store):
    assert store.rules.ensure_driver("Léa Martin", CommunityGroup.CUSTOMERS.value, "@lea", "shares every Friday")
    assert not store.rules.ensure_driver("  LÉA   martin ", "customers")
    assert store.rules.ensure_driver("Léa Martin", "suppliers")
    drivers = store.rules.drivers.drivers()
    assert [(d.name, d.group, d.handle) for d in drivers] == [
        ("Léa Martin", CommunityGroup.CUSTOMERS, "@lea"), ("Léa Martin", CommunityGroup.SUPPLIERS, "")]
    assert drivers[0].note == "shares every Friday"


def test_ensure_driver_refuses_an_unknown_group_and_an_empty_name(store):
    with pytest.raises(ValueError):
        store.rules.ensure_driver("Paul", "fans")
    with pytest.raises(ValueError):
        store.rules.ensure_driver("   ", "customers")
    assert store.rules.drivers.drivers() == []


def test_contacted_this_week_sets_the_date_and_reorders(store):
    repo = store.rules.drivers
    repo.add(Driver(name="Moulin Bio", group=CommunityGroup.SUPPLIERS, network="instagram", handle="@moulinbio"))
    repo.add(Driver(name="Chloé", group=CommunityGroup.PRESCRIBERS, last_contact=date(2026, 11, 2)))
    first = repo.drivers()[0]
    assert first.name == "Moulin Bio"  # never contacted: first to call
    repo.mark_contacted(first.id, date(2026, 11, 26))
    assert [d.name for d in repo.drivers()] == ["Chloé", "Moulin Bio"]
    assert repo.get(first.id).last_contact == date(2026, 11, 26)


def test_a_second_driver_with_the_same_name_and_group_is_refused(store):
    store.rules.drivers.add(Driver(name="Chloé", group=CommunityGroup.PRESCRIBERS))
    with pytest.raises(StoreWriteError):
        store.rules.drivers.add(Driver(name="chloé", group=CommunityGroup.PRESCRIBERS))
    assert len(store.rules.drivers.drivers()) == 1
