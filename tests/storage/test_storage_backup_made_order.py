"""Backups are kept, and the day's backup made, in the order they were made, not by the dates in their names: a
clock set ahead, set back or reset at every boot must never leave the owner without the newest data (attack 32c,
F1–F4). Each day below the owner changes the file after its open; each backup is read from outside (sqlite3) for
the day whose work it holds."""

import json
import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from socialdesk.storage import open_store
from socialdesk.storage.backups import make_backup, own_backups
from socialdesk.storage.restoring import restore_backup

START = datetime(2026, 11, 2, 9)


def _fresh(tmp_path, keep=3):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=datetime(2026, 11, 1, 9))
    store.settings.set("backups_keep", keep)
    store.close()
    return path


def _work(path, now, mark=None):
    """One day's use: the open (its backup, its rotation), then the owner's change."""
    store = open_store(path, now=now)
    if mark is not None:
        store.conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('zz_mark', ?)", (json.dumps(mark),))
        store.conn.commit()
    store.close()


def _held(backup) -> str | None:
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'zz_mark'").fetchone()
        return json.loads(row[0]) if row else None
    finally:
        conn.close()


def _marks(path) -> set:
    return {_held(b) for b in own_backups(path)}


@pytest.mark.parametrize("ahead", [2, 5, 10, 400])
def test_a_clock_set_ahead_then_fixed_still_backs_up_every_day_and_keeps_the_last_three(tmp_path, ahead):
    path = _fresh(tmp_path)
    for i in range(5):
        _work(path, START + timedelta(days=i), f"day{i}")
    for i in range(5, 12):  # a week with the clock `ahead` days fast
        _work(path, START + timedelta(days=i + ahead), f"day{i}")
    for i in range(12, 22):  # fixed
        _work(path, START + timedelta(days=i), f"day{i}")
        assert {f"day{i - 1}", f"day{i - 2}", f"day{i - 3}"} <= _marks(path), (i, _marks(path))
        _work(path, START + timedelta(days=i, hours=3))  # a second open that day replaces nothing
        assert {f"day{i - 1}", f"day{i - 2}", f"day{i - 3}"} <= _marks(path), (i, _marks(path))
    assert len(own_backups(path)) <= 3 + 2  # keep, and at most the fullest and the last before an upgrade


def test_a_clock_a_year_slow_then_fixed_keeps_the_backups_made_meanwhile(tmp_path):
    path = _fresh(tmp_path)
    for i in range(5):
        _work(path, START + timedelta(days=i), f"day{i}")
    for i in range(5, 12):
        _work(path, START + timedelta(days=i - 365), f"day{i}")
    _work(path, START + timedelta(days=12), "day12")
    assert {"day11", "day10", "day9"} <= _marks(path)  # not day3 and day2, named later


def test_a_clock_reset_at_every_boot_backs_up_again_when_it_went_back(tmp_path):
    """The same date at every boot (a dead battery): each open at an earlier time than the last backup's is on
    another day, so a backup is made; the copies made meanwhile stay once the clock is right. (An open later in
    the "day" than the last backup cannot be told from a second open the same day: none is made.)"""
    path = _fresh(tmp_path)
    for i in range(3):
        _work(path, START + timedelta(days=i), f"day{i}")
    boot = datetime(2000, 1, 1, 0, 0)
    for i, minutes in zip(range(3, 7), (30, 12, 40, 5)):
        before = set(own_backups(path))
        _work(path, boot + timedelta(minutes=minutes), f"day{i}")
        made = set(own_backups(path)) - before
        assert bool(made) == (minutes != 40), (i, minutes)  # 00:40 after 00:12 the same "day": none due
    _work(path, START + timedelta(days=7), "day7")
    assert _marks(path) == {"day6", "day5", "day3"}  # day4's work was in no backup: the open at 00:40 made none


def test_backups_named_before_the_order_was_kept_come_first_however_they_are_dated(tmp_path):
    """A file from an earlier version: its copies carry no number. One dated in the future by a clock once set
    ahead goes before the copies this version makes, as it was made before them."""
    path = _fresh(tmp_path)
    _work(path, START, "day0")
    _work(path, START + timedelta(days=1), "day1")
    folder = path.parent / "backups"
    for old in folder.glob("*.sqlite3"):  # as an earlier version left them: no number in the header
        conn = sqlite3.connect(old)
        conn.execute("PRAGMA user_version=0")
        conn.close()
    future = folder / "shop-20301201-090000-daily.sqlite3"
    shutil.copy2(next(folder.glob("*.sqlite3")), future)
    for i in range(2, 6):
        _work(path, START + timedelta(days=i), f"day{i}")
    assert not future.exists()
    assert {"day4", "day3", "day2"} <= _marks(path)


def test_each_backup_carries_its_place_and_a_restored_file_carries_none(tmp_path):
    path = _fresh(tmp_path)
    store = open_store(path, now=START)
    try:
        first = make_backup(store.conn, path, START, "manual")
        second = make_backup(store.conn, path, START - timedelta(days=30), "manual")  # a clock set back
        numbers = [sqlite3.connect(f"file:{b}?mode=ro", uri=True).execute("PRAGMA user_version").fetchone()[0]
                   for b in (first, second)]
        assert numbers[1] == numbers[0] + 1
        safety = restore_backup(store, first, now=START)
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        store.close()
    assert sqlite3.connect(f"file:{safety}?mode=ro", uri=True).execute("PRAGMA user_version").fetchone()[0] \
        == numbers[1] + 1
    assert own_backups(path)  # the restored file opens and its backups are still there


@pytest.mark.parametrize("foreign", [True, False])
def test_a_copy_numbered_at_the_top_never_wraps_the_order_to_zero(tmp_path, foreign):
    """Attack 33, F1: a backup carrying 2^31 - 1 (another shop's copied in, or one another tool renumbered) made
    every later backup carry 0, the header's value for a number beyond it: each open then deleted the one before."""
    path = _fresh(tmp_path)
    for i in range(2):
        _work(path, START + timedelta(days=i), f"day{i}")
    folder = path.parent / "backups"
    top = folder / "shop-20250602-090000-manual.sqlite3"
    if foreign:
        other = _fresh(tmp_path / "other")
        _work(other, START, "theirs")
        shutil.copy2(next((other.parent / "backups").glob("*.sqlite3")), top)
    else:
        shutil.copy2(sorted(folder.glob("*.sqlite3"))[-1], top)
    conn = sqlite3.connect(top)
    conn.execute("PRAGMA user_version=2147483647")
    conn.close()
    for day in (2, 3, 3.5, 4):  # 3.5: a second open on day 3, which makes none
        _work(path, START + timedelta(days=day), f"day{day}")
    before = set(own_backups(path))
    _work(path, START + timedelta(days=4, hours=3))  # nor this one
    assert set(own_backups(path)) == before
    assert {"day3.5", "day2", "day1"} <= _marks(path)  # each open's backup holds the work before it
    numbers = [sqlite3.connect(f"file:{b}?mode=ro", uri=True).execute("PRAGMA user_version").fetchone()[0]
               for b in own_backups(path)]
    assert 0 not in numbers


@pytest.mark.parametrize("noted", [-5, 2**31, "7", 3.5])
def test_a_number_edited_in_the_remembered_facts_is_read_again_from_the_backup(tmp_path, noted):
    """Attack 33: the facts' note (`.backup-rows+<id>.json`) took any whole number as a backup's place."""
    path = _fresh(tmp_path)
    for i in range(3):
        _work(path, START + timedelta(days=i), f"day{i}")
    note = next((path.parent / "backups").glob(".backup-rows*.json"))
    facts = json.loads(note.read_text())
    newest = max(facts, key=lambda name: facts[name]["made"])
    facts[newest]["made"] = noted
    note.write_text(json.dumps(facts))
    for i in range(3, 6):
        _work(path, START + timedelta(days=i), f"day{i}")
    assert {"day4", "day3", "day2"} <= _marks(path)
    made = json.loads(note.read_text()).get(newest, {}).get("made", 0)
    assert type(made) is int and 0 <= made < 2**31
