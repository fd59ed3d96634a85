"""A conflict copy that is empty or another program's file is said as such, and start-up goes on to offer the draft."""

import sqlite3
from datetime import date

import pytest

from socialdesk.domain.rules.model import Rule
from socialdesk.storage.conflict_compare import compare_with_copy
from socialdesk.storage.errors import Problem, StoreOpenError
from socialdesk.ui.placement_notice import ConflictDialog, PlacementNotice

TODAY = date(2026, 12, 3)
COPY = "shop (Élodie's conflicted copy 2026-12-01).sqlite3"


def _foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, x)")
    conn.execute("INSERT INTO posts (x) VALUES ('not ours')")
    conn.commit()
    conn.close()


@pytest.fixture
def shown(monkeypatch):
    dialogs = []
    monkeypatch.setattr(PlacementNotice, "ask_compare", classmethod(lambda cls, parent, copies: True))
    monkeypatch.setattr(PlacementNotice, "show_differences", classmethod(
        lambda cls, parent, live, copy: dialogs.append(ConflictDialog(parent, live, copy))))
    return dialogs


def _rows(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy)  # compared in a worker thread
    tree = dialog.tree
    return [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]


@pytest.mark.parametrize("make, said, problem", [
    (_foreign, "This copy cannot be read as a SocialDesk data file.", Problem.FOREIGN),
    (lambda path: path.write_bytes(b""), "This copy is empty: it holds none of your records.", Problem.EMPTY_FILE),
])
def test_a_foreign_or_empty_copy_is_said_so_and_the_draft_is_still_offered(qtbot, controller, tmp_path, shown, monkeypatch,
                                                                            make, said, problem):
    import socialdesk.ui.calendar.draft_offer as draft_offer

    offered = []
    monkeypatch.setattr(draft_offer, "offer_draft", lambda window, store: offered.append(store))
    shop = tmp_path / "Boutique" / "shop.sqlite3"
    shop.parent.mkdir()
    assert controller.open(shop)
    controller.store.rules.add(Rule(text="Répondre aux avis"), TODAY)
    make(shop.with_name(COPY))
    controller._after_first_paint(controller.store)
    assert offered == [controller.store]  # before waiting: the window's own first-paint call is still queued
    assert _rows(qtbot, shown[0]) == [said]  # not every record listed as "only in your data file"
    with pytest.raises(StoreOpenError) as raised:
        compare_with_copy(shop, shop.with_name(COPY))
    assert raised.value.problem is problem


def test_a_failing_placement_check_still_offers_the_draft(controller, tmp_path, monkeypatch):
    import socialdesk.ui.calendar.draft_offer as draft_offer
    import socialdesk.ui.placement_notice as placement_notice

    offered = []
    monkeypatch.setattr(draft_offer, "offer_draft", lambda window, store: offered.append(store))

    failures = [OSError("the folder went away")]

    def broken(window, path):  # fails once, for the call below (the window's own first paint may call it too)
        if failures:
            raise failures.pop()

    assert controller.open(tmp_path / "shop.sqlite3")
    monkeypatch.setattr(placement_notice, "check_placement", broken)
    offered.clear()
    with pytest.raises(OSError):
        controller._after_first_paint(controller.store)
    assert offered == [controller.store]
