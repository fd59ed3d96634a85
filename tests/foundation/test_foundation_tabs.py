"""One list of tabs (socialdesk.tabs.TABS): the window, the View menu, settings and storage all follow it."""

import inspect
import re
from datetime import date
from importlib import import_module

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from socialdesk.domain.changes import Area
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.settings import DEFAULTS
from socialdesk.storage import open_store
from socialdesk.storage.schema_names import KNOWN
from socialdesk.tabs import TAB_KEYS, TABS, load
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.main_window import MainWindow

DAY = date(2026, 11, 26)


@pytest.fixture
def window(qtbot, file_store):
    install_translators("en")
    win = MainWindow(file_store, DataBus(), fixed_clock(DAY))
    qtbot.addWidget(win)
    return win


def _view_menu(window):
    return window.findChild(QMenu, "viewMenu")


def test_the_window_the_view_menu_and_the_settings_list_the_spec_tabs(window):
    tabs = [(window.tabs.widget(i).objectName(), window.tabs.tabText(i)) for i in range(window.tabs.count())]
    assert tabs == [(spec.object_name, spec.tab_title) for spec in TABS]
    entries = [(a.text(), a.shortcut().toString()) for a in _view_menu(window).actions() if not a.isSeparator()]
    assert entries == [(spec.menu_title, spec.shortcut) for spec in TABS]
    assert TAB_KEYS == tuple(spec.key for spec in TABS) and DEFAULTS["last_tab"] == TABS[0].key
    assert [spec.object_name for spec in TABS] == ["strategyTab", "calendarTab", "rulesTab", "presenceTab"]


def test_the_view_menu_holds_only_views(window):
    """Language and first weekday moved to Edit ▸ Preferences: no radio items left in View."""
    assert not [a for a in _view_menu(window).actions() if a.isCheckable() or a.menu() is not None]


def test_french_titles_come_from_the_spec(qtbot, file_store):
    install_translators("fr")
    try:
        win = MainWindow(file_store, DataBus(), fixed_clock(DAY))
        qtbot.addWidget(win)
        assert [win.tabs.tabText(i).replace("&", "") for i in range(len(TABS))] == [
            "Stratégie", "Calendrier", "Check-list", "Présence locale"]
        assert [a.text() for a in _view_menu(win).actions()] == [
            QCoreApplication.translate("ViewActions", spec.menu_title) for spec in TABS]
    finally:
        install_translators("en")


def test_each_tab_builds_its_class_and_has_its_repository_and_area(window):
    for index, spec in enumerate(TABS):
        page = window.page(spec.object_name)
        assert type(page.ensure_built()) is load(spec.factory)
        assert type(getattr(window.store, spec.key)) is load(spec.repository)
        assert spec.area is Area(spec.key)


def test_the_store_has_a_written_out_typed_property_for_each_tabs_repository():
    from functools import cached_property

    from socialdesk.storage.store import Store

    for spec in TABS:
        prop = Store.__dict__.get(spec.key)
        assert isinstance(prop, cached_property), spec.key
        assert prop.func.__annotations__["return"] == spec.repository.rpartition(":")[2]
        assert prop.func.__qualname__ == f"Store.{spec.key}"  # written in the class, not attached


def test_every_migration_comes_from_a_spec_schema_module():
    names = set()
    for spec in TABS:
        module = import_module(spec.schema)
        names |= {name[1:] for name, _f in inspect.getmembers(module, inspect.isfunction)
                  if re.fullmatch(r"m\d{4}_\w+", name)}
    shop = {"0001_settings_and_shop", "0015_opening_hours"}  # the shop's own table, which no tab owns
    file = {"0018_file_key"}  # the data file's own key, which no tab owns either
    assert names == set(KNOWN) - shop - file


def test_the_last_tab_is_kept_by_its_key_and_an_old_index_still_restores(qtbot, tmp_path):
    install_translators("en")
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    first = MainWindow(store, DataBus(), fixed_clock(DAY))
    qtbot.addWidget(first)
    first.show_tab(3)
    first.close()
    assert store.settings.get("last_tab") == "presence"
    store.settings.set("last_tab", 1)  # a file saved before tabs had keys
    second = MainWindow(store, DataBus(), fixed_clock(DAY))
    qtbot.addWidget(second)
    assert second.tabs.currentWidget().objectName() == "calendarTab"
    store.close()
