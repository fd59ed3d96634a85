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
