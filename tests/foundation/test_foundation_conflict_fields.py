"""The conflict dialog names a listing as the Listings page does, shows a repeating post's changed schedule, and says
in words (English and French) which fields of a changed record differ."""

import shutil
import sqlite3
from datetime import date

import pytest

from socialdesk.domain.calendar.recurrence import Frequency, Recurrence
from socialdesk.domain.posts import Post
from socialdesk.domain.presence.listings import Listing
from socialdesk.storage import open_store
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.placement_notice import ConflictDialog


@pytest.fixture
def files(tmp_path):
    live, copy = tmp_path / "fleurs.sqlite3", tmp_path / "fleurs (1).sqlite3"
    store = open_store(live)
    store.calendar.add_series(Post(day=date(2026, 12, 5), text="Bouquet du samedi", zone="Europe/Paris"),
                              Recurrence(Frequency.WEEKLY, date(2026, 12, 5), 1, None, 8))
    store.presence.add(Listing(platform_key="google_business", nap_phone="04 78 00 00 00"))
    store.close()
    shutil.copyfile(live, copy)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE post_series SET frequency = 'monthly', count = 99, until = '2027-12-31'")
    conn.execute("UPDATE presence_listings SET nap_phone = '04 78 11 11 11'")
    conn.commit()
    conn.close()
    return live, copy


def _rows(qtbot, live, copy):
    dialog = ConflictDialog(None, live, copy)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)  # compared in a worker thread
    tree = dialog.tree
    return sorted(tuple(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount()))


def test_the_listing_and_the_series_are_named_with_what_differs(qtbot, files):
    assert _rows(qtbot, *files) == [
        ("Listing", "Google Business Profile", "Different in the copy: phone shown"),
        ("Repeat of a post", "Bouquet du samedi", "Different in the copy: how often, end date, number of times")]


def test_in_french(qtbot, files):
    install_translators("fr")
    try:
        rows = _rows(qtbot, *files)
    finally:
        install_translators("en")
    assert rows == [
        ("Fiche", "Google Business Profile", "Diffère dans la copie\u00a0: téléphone affiché"),
        ("Répétition d'une publication", "Bouquet du samedi",
         "Diffère dans la copie\u00a0: fréquence, date de fin, nombre de fois")]
