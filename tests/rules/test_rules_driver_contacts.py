"""Undoing this week's contact with a driver brings the earlier one back, even after a restart."""

import sqlite3
from datetime import date, datetime

from sqlite_utils import Database

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.rules.model import Driver
from socialdesk.storage import open_store
from socialdesk.storage.migrations import migrations
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.rules import labels
from socialdesk.ui.rules.tab import RulesTab

NOW = datetime(2026, 11, 26, 17, 30)  # Thursday of ISO week 48
EARLIER = date(2026, 11, 2)
LAST_CONTACT = 3  # the table's "Last contact" column


def _open_tab(qtbot, path):
    """A fresh start of the app on `path`: its own store, bus and checklist."""
    store = open_store(path, now=NOW)
    tab = RulesTab(store, DataBus(), clock=lambda: NOW)
    qtbot.addWidget(tab)
    tab.drivers_page.reload()
    return store, tab


def _row(tab, name):
    table = tab.drivers_page.table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)


def _click_contacted(tab, name):
    tab.drivers_page.table.selectRow(_row(tab, name))
    tab.drivers_page.contacted_button.click()


def _shown_contact(tab, name):
    return tab.drivers_page.table.item(_row(tab, name), LAST_CONTACT).text()


def test_undo_after_a_restart_brings_back_the_earlier_contact(qtbot, tmp_path):
    path = tmp_path / "shop.sqlite3"
    store, tab = _open_tab(qtbot, path)
    store.rules.drivers.add(Driver(name="Chloé", group=CommunityGroup.PRESCRIBERS, last_contact=EARLIER))
    tab.drivers_page.reload()
    _click_contacted(tab, "Chloé")
    assert tab.drivers_page.contacted_button.isChecked()
    tab.close()
    store.close()  # the shop closes for the night

    store, tab = _open_tab(qtbot, path)
    tab.drivers_page.table.selectRow(_row(tab, "Chloé"))
    assert tab.drivers_page.contacted_button.isChecked()  # still contacted this week after the restart
    _click_contacted(tab, "Chloé")  # undo
    assert not tab.drivers_page.contacted_button.isChecked()
    assert _shown_contact(tab, "Chloé") == labels.short_day(EARLIER)  # not "not yet"
    tab.close()
    store.close()

    store = open_store(path, now=NOW)
    try:
        assert store.rules.drivers.drivers()[0].last_contact == EARLIER
    finally:
        store.close()
    rows = sqlite3.connect(path).execute("SELECT day FROM driver_contacts").fetchall()
    assert rows == [(EARLIER.isoformat(),)]  # this week's row is gone, the earlier one kept


def test_a_file_from_before_the_contacts_history_keeps_each_last_contact(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = Database(path)
    migrations.apply(db, stop_before="0007_driver_contacts")
    db["drivers"].insert_all([
        {"name": "Chloé", "name_key": "chloé", "grp": "prescribers", "last_contact": "2026-11-02"},
        {"name": "Moulin Bio", "name_key": "moulin bio", "grp": "suppliers", "last_contact": None},
    ])
    db.close()
    path.chmod(0o600)
    store = open_store(path, now=NOW)
    try:
        contacts = {d.name: d.last_contact for d in store.rules.drivers.drivers()}
        assert contacts == {"Chloé": EARLIER, "Moulin Bio": None}
        moulin = next(d for d in store.rules.drivers.drivers() if d.name == "Moulin Bio")
        store.rules.drivers.mark_contacted(moulin.id, NOW.date())
        store.rules.drivers.remove(moulin.id)  # its contacts leave with it
        assert store.query("SELECT COUNT(*) AS n FROM driver_contacts")[0]["n"] == 1
    finally:
        store.close()
