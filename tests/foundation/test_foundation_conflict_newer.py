"""A conflict copy written by a newer SocialDesk (migrations this version does not know) is never compared as if it
held "no difference": the owner is told to update SocialDesk first, in English and in French."""

import shutil
import sqlite3
from datetime import date

import pytest

from socialdesk.domain.rules.model import Rule
from socialdesk.storage.opening import open_store
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.placement_notice import ConflictDialog

COPY = "shop (Élodie's conflicted copy 2026-12-03).sqlite3"


@pytest.fixture
def newer_copy(tmp_path):
    """The live file, and a copy of it as the other computer's updated SocialDesk wrote it: a migration this
    version does not know, a new column with a value, a new table with a record."""
    live = tmp_path / "Sync" / "shop.sqlite3"
    live.parent.mkdir()
    store = open_store(live)
    store.rules.add(Rule(text="Répondre aux avis"), date(2026, 12, 3))
    store.close()
    copy = live.with_name(COPY)
    shutil.copyfile(live, copy)
    conn = sqlite3.connect(copy)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('socialdesk', '0018_loyalty_cards', '2026-12-03')")
    conn.execute("ALTER TABLE rules ADD COLUMN boost_budget INTEGER")
    conn.execute("UPDATE rules SET boost_budget = 30")
    conn.execute("CREATE TABLE loyalty_cards (id INTEGER PRIMARY KEY, holder TEXT)")
    conn.execute("INSERT INTO loyalty_cards (holder) VALUES ('Mme Keller')")
    conn.commit()
    conn.close()
    return live, copy


def _said(qtbot, live, copy) -> list[str]:
    dialog = ConflictDialog(None, live, copy)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)
    return [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]


def test_a_copy_from_a_newer_socialdesk_asks_for_an_update_instead_of_no_difference(qtbot, newer_copy):
    said = _said(qtbot, *newer_copy)
    assert said == ["This copy comes from a newer version of SocialDesk: update SocialDesk to compare it."]
    install_translators("fr")
    try:
        said = _said(qtbot, *newer_copy)
    finally:
        install_translators("en")
    assert said == ["Cette copie vient d'une version plus récente de SocialDesk\u00a0: mettez SocialDesk à jour pour "
                    "la comparer."]
