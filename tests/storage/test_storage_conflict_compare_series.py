"""The conflict compare sees a repeating post's schedule and its posts' link to it, names a listing as the Listings
page does, and says which fields of a changed record differ."""

import shutil
import sqlite3
from datetime import date

import pytest

from socialdesk.domain.calendar.recurrence import Frequency, Recurrence
from socialdesk.domain.posts import Post
from socialdesk.domain.presence.listings import Listing
from socialdesk.storage import open_store
from socialdesk.storage.conflict_compare import Side, compare_with_copy

COPY = "fleurs (conflicted copy 2026-12-04).sqlite3"


@pytest.fixture
def files(tmp_path):
    """The live file with a weekly post eight times and Google's listing, and a conflict copy of it."""
    live = tmp_path / "fleurs.sqlite3"
    store = open_store(live)
    store.calendar.add_series(Post(day=date(2026, 12, 5), text="Bouquet du samedi", zone="Europe/Paris"),
                              Recurrence(Frequency.WEEKLY, date(2026, 12, 5), 1, None, 8))
    store.presence.add(Listing(platform_key="google_business", nap_phone="04 78 00 00 00"))
    store.close()
    shutil.copyfile(live, tmp_path / COPY)
    return live, tmp_path / COPY


def _change(path, *statements):
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_a_series_repeated_otherwise_in_the_copy_is_shown_changed_with_its_rule_fields(files):
    live, copy = files
    _change(copy, "UPDATE post_series SET frequency = 'monthly', count = 99, until = '2027-12-31'")
    found = compare_with_copy(live, copy)
    assert [(d.area, d.side, d.label) for d in found] == [("series", Side.CHANGED, "Bouquet du samedi")]
    assert set(found[0].fields) == {"frequency", "count", "until"}


def test_a_post_taken_out_of_its_series_in_the_copy_differs(files):
    live, copy = files
    _change(copy, "UPDATE posts SET series_id = NULL WHERE day = '2026-12-12'")
    found = compare_with_copy(live, copy)
    assert [(d.area, d.side, d.label, d.fields) for d in found] == [
        ("posts", Side.CHANGED, "Bouquet du samedi", ("series",))]


def test_a_listing_is_named_as_the_listings_page_names_it_with_the_fields_that_differ(files):
    live, copy = files
    _change(copy, "UPDATE presence_listings SET nap_phone = '04 78 11 11 11', url = 'https://g.page/fleurs'")
    found = compare_with_copy(live, copy)
    assert [(d.area, d.side, d.label) for d in found] == [("listings", Side.CHANGED, "Google Business Profile")]
    assert set(found[0].fields) == {"nap_phone", "url"}


def test_series_made_on_each_computer_with_the_same_row_id_are_two_series(files):
    live, copy = files
    _change(live, "INSERT INTO post_series (id, frequency, first_day, count) VALUES (7, 'weekly', '2027-01-02', 4)",
            "INSERT INTO posts (uid, day, text, series_id) VALUES ('pc-a', '2027-01-02', 'Galette des rois', 7)")
    _change(copy, "INSERT INTO post_series (id, frequency, first_day, count) VALUES (7, 'monthly', '2027-02-14', 3)",
            "INSERT INTO posts (uid, day, text, series_id) VALUES ('pc-b', '2027-02-14', 'Saint-Valentin', 7)")
    series = {(d.side, d.label) for d in compare_with_copy(live, copy) if d.area == "series"}
    assert series == {(Side.ONLY_LIVE, "Galette des rois"), (Side.ONLY_COPY, "Saint-Valentin")}
