"""The store's repositories are typed attributes a reader, an IDE and a type checker can follow."""

from functools import cached_property

import pytest

from socialdesk.storage import Store

REPOSITORIES = {
    "strategy": "StrategyRepo",
    "calendar": "CalendarRepo",
    "rules": "RulesRepo",
    "presence": "PresenceRepo",
    "settings": "SettingsRepo",
    "shop": "ShopRepo",
}


def test_the_store_looks_nothing_up_by_name():
    assert "__getattr__" not in vars(Store)
    with pytest.raises(AttributeError):
        Store.in_memory().calender  # noqa: B018 - a typo is an error, not a lookup


@pytest.mark.parametrize("name, class_name", REPOSITORIES.items())
def test_each_repository_is_a_typed_cached_property(name, class_name):
    attribute = vars(Store)[name]
    assert isinstance(attribute, cached_property)
    assert attribute.func.__annotations__["return"] == class_name
    store = Store.in_memory()
    repo = getattr(store, name)
    assert type(repo).__name__ == class_name
    assert getattr(store, name) is repo  # made once per store


def test_every_storage_module_stays_small():
    """The house limit (~400 lines): opening.py passed it before file permissions got their own module."""
    from pathlib import Path

    import socialdesk.storage

    folder = Path(socialdesk.storage.__file__).parent
    long = {str(p.relative_to(folder)): n for p in folder.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) >= 400}
    assert long == {}
