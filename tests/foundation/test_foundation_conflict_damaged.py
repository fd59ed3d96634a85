"""A conflict copy that is damaged or still syncing is said as such (keep it, wait for the sync), never in the words
for another program's file, in English and in French."""

import sqlite3
from datetime import date

import pytest

from socialdesk.domain.rules.model import Rule
from socialdesk.storage.opening import open_store
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.placement_notice import ConflictDialog

COPY = "shop (Élodie's conflicted copy 2026-12-03).sqlite3"


def _half_synced(live, copy):
    data = live.read_bytes()
    copy.write_bytes(data[: len(data) // 3])  # what a copy still downloading looks like


def _scribbled(live, copy):
    data = bytearray(live.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)  # the header is SQLite's, the first pages are not
    copy.write_bytes(bytes(data))


@pytest.fixture
def live(tmp_path):
    shop = tmp_path / "Sync" / "shop.sqlite3"
    shop.parent.mkdir()
    store = open_store(shop)
    for n in range(300):
        store.rules.add(Rule(text=f"Répondre aux avis {n} " + "x" * 200), date(2026, 12, 3))
    store.close()
    conn = sqlite3.connect(shop)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return shop


def _said(qtbot, live, copy) -> list[str]:
    dialog = ConflictDialog(None, live, copy)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)
    return [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]


@pytest.mark.parametrize("make", [_half_synced, _scribbled])
def test_a_damaged_copy_is_said_to_be_kept_until_the_sync_ends(qtbot, live, make):
    copy = live.with_name(COPY)
    make(live, copy)
    said = _said(qtbot, live, copy)
    assert said == ["This copy is damaged or not fully synced yet: keep it, wait for the sync to finish, and start "
                    "SocialDesk again to compare it."]
    assert "delete" not in said[0].lower()
    install_translators("fr")
    try:
        said = _said(qtbot, live, copy)
    finally:
        install_translators("en")
    assert said == ["Cette copie est endommagée ou pas encore entièrement synchronisée\u00a0: gardez-la, attendez la "
                    "fin de la synchronisation, puis relancez SocialDesk pour la comparer."]


def test_the_whole_advice_is_shown_above_the_list(qtbot, live):
    copy = live.with_name(COPY)
    _half_synced(live, copy)
    dialog = ConflictDialog(None, live, copy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.status.isVisible() and dialog.status.wordWrap()
    assert dialog.status.text().endswith("start SocialDesk again to compare it.")
