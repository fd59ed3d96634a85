"""Upgrading a file to structured opening hours (migration 0015): read when it can be, kept as typed always."""

import json
import sqlite3

import pytest
from sqlite_utils import Database

from socialdesk.storage import open_store
from socialdesk.storage.migrations import migrations


def _file_before_0015(path, typed: str):
    db = Database(str(path))
    migrations.apply(db, stop_before="0015_opening_hours")
    db["shop"].insert({"id": 1, "name": "Boulangerie Léa", "opening_hours": typed, "languages": "[]"})
    db.conn.close()


@pytest.mark.parametrize("typed", ["Mar–sam 7 h–19 h 30, dim 7 h–13 h", "Tue-Sat 7am-7:30pm, Sun 7am-1pm"])
def test_typed_hours_that_read_become_a_week_and_the_text_stays(tmp_path, typed):
    path = tmp_path / "shop.sqlite3"
    _file_before_0015(path, typed)
    open_store(path).close()
    text, week = sqlite3.connect(path).execute("SELECT opening_hours, opening_week FROM shop").fetchone()
    assert text == typed
    days = json.loads(week)["week"]
    assert days[0] == [] and days[1] == [[420, 1170]] and days[6] == [[420, 780]]


def test_typed_hours_that_do_not_read_are_kept_as_typed_and_the_editor_says_so(tmp_path, qtbot):
    path = tmp_path / "shop.sqlite3"
    _file_before_0015(path, "Mar–sam 7 h–19 h 30, sauf jours fériés")
    store = open_store(path)
    try:
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT opening_hours, opening_week FROM shop").fetchone() == (
            "Mar–sam 7 h–19 h 30, sauf jours fériés", "")
        assert conn.execute("SELECT nap_hours FROM presence_listings").fetchall() == []
        from socialdesk.ui.common.hours_editor import HoursEditor

        editor = HoursEditor()
        qtbot.addWidget(editor)
        card = store.shop.get()
        editor.load(card.hours, card.opening_hours)
        assert "Mar–sam 7 h–19 h 30, sauf jours fériés" in editor.problem.text()
        assert "“jours” is not a day" in editor.problem.text()  # "sauf" reads, "jours fériés" does not
        assert editor.typed.text() == "Mar–sam 7 h–19 h 30, sauf jours fériés"
    finally:
        store.close()
