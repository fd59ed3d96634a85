"""The conflict compare covers everything the owner types and pairs records by what they are, never by row id."""

import shutil
import sqlite3
from datetime import date

import pytest

from socialdesk.domain.posts import Post
from socialdesk.storage import open_store
from socialdesk.storage.conflict_compare import Side, compare_with_copy

COPY = "fleurs (conflicted copy 2026-12-01).sqlite3"


@pytest.fixture
def files(tmp_path):
    """The live file, made by the app with one post and a setting, and a conflict copy of it."""
    live = tmp_path / "fleurs.sqlite3"
    store = open_store(live)
    store.calendar.add(Post(day=date(2026, 12, 5), text="Marché de Noël samedi", zone="Europe/Paris"))
    store.settings.set("backups_keep", 10)
    store.close()
    shutil.copyfile(live, tmp_path / COPY)
    return live, tmp_path / COPY


def _change(path, *statements):
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _seen(live, copy):
    return {(d.area, d.side, d.label) for d in compare_with_copy(live, copy)}


def test_shop_details_closures_and_settings_typed_on_the_other_computer_are_listed(files):
    live, copy = files
    _change(copy, "INSERT INTO shop (name, city, phone) VALUES ('Les Fleurs d''Élodie', 'Lyon', '04 78 00 00 00')",
            "INSERT INTO closures (first_day, last_day, reason) VALUES ('2026-12-25', '2026-12-26', 'Noël')",
            "UPDATE settings SET value = '3' WHERE key = 'backups_keep'",
            "INSERT INTO settings (key, value) VALUES ('window_geometry', '\"AdnQywADAAA\"')")
    seen = _seen(live, copy)
    assert ("shop", Side.ONLY_COPY, "Les Fleurs d'Élodie") in seen
    assert any(area == "closures" and side is Side.ONLY_COPY and "Noël" in label for area, side, label in seen)
    assert ("settings", Side.CHANGED, "backups_keep") in seen
    assert not any(label == "window_geometry" for _, _, label in seen)  # the other computer's window, not the owner's


def test_strategy_answers_and_review_tallies_are_compared(files):
    live, copy = files
    _change(copy, "INSERT INTO strategy_text (version_id, key, value) "
                  "VALUES ((SELECT max(id) FROM strategy_version), 'who', 'Les mariées de la région')",
            "INSERT INTO review_tallies (week, received, answered) VALUES ('2026-W49', 4, 3)")
    seen = _seen(live, copy)
    assert ("strategy_answers", Side.ONLY_COPY, "who") in seen
    assert ("review_tallies", Side.ONLY_COPY, "2026-W49") in seen


def test_two_new_posts_with_the_same_row_id_are_two_different_posts(files):
    live, copy = files
    _change(live, "INSERT INTO posts (uid, day, text) VALUES ('pc-a', '2026-12-20', 'Fête des mères : bouquets')")
    _change(copy, "INSERT INTO posts (uid, day, text) VALUES ('pc-b', '2026-12-21', 'Saint-Valentin : roses')")
    posts = {(d.side, d.label) for d in compare_with_copy(live, copy) if d.area == "posts"}
    assert posts == {(Side.ONLY_LIVE, "Fête des mères : bouquets"), (Side.ONLY_COPY, "Saint-Valentin : roses")}


def test_a_copy_from_an_older_socialdesk_differs_only_where_the_owner_changed_something(files):
    live, copy = files
    _change(copy, "ALTER TABLE posts DROP COLUMN alt_text")
    assert compare_with_copy(live, copy) == []  # a column the older version did not write is no difference
    _change(copy, "UPDATE posts SET text = 'Marché de Noël dimanche'")
    assert _seen(live, copy) == {("posts", Side.CHANGED, "Marché de Noël dimanche")}


def test_the_same_copy_has_no_difference(files):
    assert compare_with_copy(*files) == []
