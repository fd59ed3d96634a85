"""The local zone name a new post is stored with, read through tzlocal."""

from pathlib import Path

import pytest

from socialdesk.domain.calendar.zones import is_zone, local_zone_name

PARIS_FILE = Path("/usr/share/zoneinfo/Europe/Paris")


@pytest.mark.skipif(not PARIS_FILE.exists(), reason="no system zoneinfo files")
def test_tz_naming_a_zone_file_gives_its_zone_name(monkeypatch):
    # POSIX lets TZ name a file; the owner's posts were stored with the machine's zone instead.
    monkeypatch.setenv("TZ", str(PARIS_FILE))
    assert local_zone_name() == "Europe/Paris"


@pytest.mark.parametrize("value", ["Europe/Paris", ":Europe/Paris"])
def test_tz_naming_a_zone_wins(monkeypatch, value):
    monkeypatch.setenv("TZ", value)
    assert local_zone_name() == "Europe/Paris"


@pytest.mark.parametrize("value", ["Mars/Olympus", "CET-1CEST", "../../etc/passwd"])
def test_a_tz_that_is_no_zone_name_falls_back_to_the_system_zone(monkeypatch, value):
    monkeypatch.delenv("TZ", raising=False)
    system = local_zone_name()
    monkeypatch.setenv("TZ", value)
    assert local_zone_name() == system
    assert system == "" or is_zone(system)


def test_the_zone_follows_tz_from_one_call_to_the_next(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Paris")
    assert local_zone_name() == "Europe/Paris"
    monkeypatch.setenv("TZ", "America/Montreal")
    assert local_zone_name() == "America/Montreal"


def test_the_zone_new_posts_keep_is_asked_of_the_ui_only_when_python_finds_none(tmp_path, monkeypatch):
    """Worked out on first use, not as the store opens: Python's guess, else the window's (Qt's, on Windows)."""
    from socialdesk.storage import calendar as calendar_storage
    from socialdesk.storage.opening import open_store

    store = open_store(tmp_path / "shop.sqlite3")
    asked = []
    store.calendar.system_zone = lambda: asked.append(1) or "America/Montreal"
    monkeypatch.setattr(calendar_storage.repo, "local_zone_name", lambda: "Europe/Paris")
    assert store.calendar.zone == "Europe/Paris" and asked == []
    del store.calendar.zone
    monkeypatch.setattr(calendar_storage.repo, "local_zone_name", lambda: "")
    assert store.calendar.zone == "America/Montreal" and asked == [1]
    del store.calendar.zone
    store.calendar.system_zone = None
    assert store.calendar.zone == ""
    store.close()
