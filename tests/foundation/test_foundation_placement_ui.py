"""At start the window warns about a network share, offers to move a file out of a synced folder, and
lists what a conflict copy holds differently (the questions are answered here, never left waiting)."""

from datetime import date

import pytest

from socialdesk.domain.rules.model import Rule
from socialdesk.paths import DB_FILE_NAME, standard_data_dir
from socialdesk.storage import placement
from socialdesk.ui.placement_notice import ConflictDialog, PlacementNotice

TODAY = date(2026, 12, 3)


@pytest.fixture
def asked(monkeypatch):
    said = {"tell": [], "move": [], "compare": [], "dialogs": []}
    monkeypatch.setattr(PlacementNotice, "tell", classmethod(lambda cls, parent, text: said["tell"].append(text)))
    monkeypatch.setattr(PlacementNotice, "ask_move_out",
                        classmethod(lambda cls, parent, text: said["move"].append(text) or True))
    monkeypatch.setattr(PlacementNotice, "ask_open_moved",
                        classmethod(lambda cls, parent, text: said.setdefault("open_moved", []).append(text) or True))
    monkeypatch.setattr(PlacementNotice, "ask_compare",
                        classmethod(lambda cls, parent, copies: said["compare"].append(copies) or True))
    monkeypatch.setattr(PlacementNotice, "show_differences", classmethod(
        lambda cls, parent, live, copy: said["dialogs"].append(ConflictDialog(parent, live, copy))))
    return said


def test_a_file_in_onedrive_is_moved_out_on_request(controller, tmp_path, asked):
    synced = tmp_path / "Élodie Dupré" / "OneDrive" / "Documents" / "Boutique.sqlite3"
    synced.parent.mkdir(parents=True)
    assert controller.open(synced)
    controller.store.rules.add(Rule(text="Répondre aux avis"), TODAY)
    controller._after_first_paint(controller.store)
    assert "OneDrive" in asked["move"][0]
    assert controller.store.path == standard_data_dir() / DB_FILE_NAME
    assert "Répondre aux avis" in [rule.text for rule in controller.store.rules.rules()]
    assert synced.exists()  # the owner deletes the synced one after checking


def test_a_network_share_is_told_once(controller, tmp_path, asked, monkeypatch):
    shop = tmp_path / "nas" / "shop.sqlite3"
    shop.parent.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//nas/boutique {shop.parent} cifs rw 0 0\n")
    monkeypatch.setattr(placement, "MOUNTS", mounts)
    assert controller.open(shop)
    controller._after_first_paint(controller.store)
    assert len(asked["tell"]) == 1 and "network share" in asked["tell"][0]
    assert asked["move"] == [] and asked["compare"] == []


def test_a_conflict_copy_is_listed_record_by_record(qtbot, controller, tmp_path, asked):
    shop = tmp_path / "Boutique" / "shop.sqlite3"
    shop.parent.mkdir()
    assert controller.open(shop)
    store = controller.store
    store.rules.add(Rule(text="Répondre aux avis"), TODAY)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = shop.with_name("shop.sync-conflict-20261201-101010-ABCDEFG.sqlite3")
    copy.write_bytes(shop.read_bytes())
    before = copy.read_bytes()
    store.rules.add(Rule(text="Photo du jour"), TODAY)
    controller._after_first_paint(store)
    assert asked["compare"] == [[copy]]
    qtbot.waitUntil(lambda: not asked["dialogs"][0].busy)  # compared in a worker thread
    tree = asked["dialogs"][0].tree
    rows = [[tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())]
    assert ["Rule", "Photo du jour", "Only in your data file"] in rows
    assert copy.read_bytes() == before


def test_a_move_the_disk_refuses_keeps_the_synced_file_and_says_so(controller, tmp_path, asked, monkeypatch):
    told = []
    monkeypatch.setattr(PlacementNotice, "tell_move_failed",
                        classmethod(lambda cls, parent, text: told.append(text)))
    synced = tmp_path / "Dropbox" / "Boutique.sqlite3"
    synced.parent.mkdir(parents=True)
    (synced.parent / ".dropbox").write_text("{}")
    assert controller.open(synced)
    in_the_way = standard_data_dir()
    in_the_way.parent.mkdir(parents=True, exist_ok=True)
    in_the_way.write_text("a file where the data folder should be")  # the move's destination cannot be made
    controller._after_first_paint(controller.store)
    assert asked["move"] and len(told) == 1
    assert controller.store.path == synced  # still working on the file it had
    assert sorted(p.name for p in in_the_way.parent.iterdir()) == [in_the_way.name]  # no half-made copy


def _in_onedrive(tmp_path):
    synced = tmp_path / "Élodie Dupré" / "OneDrive" / "Documents" / "Boutique.sqlite3"
    synced.parent.mkdir(parents=True)
    return synced


def test_after_the_move_the_backups_go_into_the_synced_folder_and_the_moved_file_opens_by_default(
        controller, tmp_path, asked):
    import sqlite3
    from datetime import datetime

    from socialdesk.paths import default_db_path
    from socialdesk.storage.backups import make_backup

    synced = _in_onedrive(tmp_path)
    assert controller.open(synced)
    controller.store.rules.add(Rule(text="Répondre aux avis"), TODAY)
    controller._after_first_paint(controller.store)
    backups = synced.parent / "SocialDesk backups"
    assert str(backups) in asked["move"][0]
    backup = make_backup(controller.store.conn, controller.store.path, datetime(2026, 12, 4, 9), "daily")
    assert backup.parent == backups
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    assert [row[0] for row in conn.execute("SELECT text FROM rules")] == ["Répondre aux avis"]
    conn.close()
    assert default_db_path() == standard_data_dir() / DB_FILE_NAME  # the next start without --db


def test_started_again_on_the_synced_file_the_owner_is_offered_the_moved_one(controller, tmp_path, asked):
    synced = _in_onedrive(tmp_path)
    assert controller.open(synced)
    controller._after_first_paint(controller.store)
    moved = controller.store.path
    assert controller.open(synced)  # as with --db or SOCIALDESK_DB naming the synced file
    controller._after_first_paint(controller.store)
    assert "was moved out of OneDrive" in asked["open_moved"][0] and str(moved) in asked["open_moved"][0]
    assert len(asked["move"]) == 1  # not offered a second move
    assert controller.store.path == moved


def test_a_data_file_already_at_the_standard_place_gets_the_moved_one_under_another_name(
        controller, tmp_path, asked):
    from socialdesk.storage import open_store

    standard = standard_data_dir() / DB_FILE_NAME
    standard.parent.mkdir(parents=True)
    open_store(standard).close()
    before = standard.read_bytes()
    synced = _in_onedrive(tmp_path)
    assert controller.open(synced)
    controller.store.rules.add(Rule(text="Photo du jour"), TODAY)
    controller._after_first_paint(controller.store)
    assert controller.store.path == standard_data_dir() / "socialdesk (from OneDrive).sqlite3"
    assert "socialdesk (from OneDrive).sqlite3" in asked["move"][0]
    assert "Photo du jour" in [rule.text for rule in controller.store.rules.rules()]
    assert standard.read_bytes() == before


def test_a_portable_copy_inside_dropbox_is_told_once_and_never_copied(controller, tmp_path, asked, monkeypatch):
    from socialdesk import paths

    dropbox = tmp_path / "Dropbox"
    program = dropbox / "Apps" / "SocialDesk"
    program.mkdir(parents=True)
    (dropbox / ".dropbox").write_text("{}")
    (program / "portable").write_text("")
    monkeypatch.setattr(paths, "program_dir", lambda: program)
    shop = paths.default_db_path()
    assert shop.parent == program / "SocialDesk Data"
    assert controller.open(shop)
    for _ in range(2):  # checked again in the same session: not told again
        controller._after_first_paint(controller.store)
    assert asked["move"] == []
    assert len(asked["tell"]) == 1 and "Dropbox" in asked["tell"][0] and "portable" in asked["tell"][0]
    assert controller.store.path == shop
    assert [p.name for p in shop.parent.glob("*.sqlite3")] == [shop.name]


def test_a_move_whose_backups_folder_cannot_be_made_leaves_no_copy(controller, tmp_path, asked, monkeypatch):
    from socialdesk.paths import default_db_path
    from socialdesk.storage.moved import moved_to

    told = []
    monkeypatch.setattr(PlacementNotice, "tell_move_failed",
                        classmethod(lambda cls, parent, text: told.append(text)))
    synced = tmp_path / "Dropbox" / "P" / "p.sqlite3"
    synced.parent.mkdir(parents=True)
    (tmp_path / "Dropbox" / ".dropbox").write_text("{}")
    (synced.parent / "SocialDesk backups").write_text("a file in the way")
    assert controller.open(synced)
    controller.store.rules.add(Rule(text="Répondre aux avis"), TODAY)
    controller._after_first_paint(controller.store)
    assert asked["move"] and len(told) == 1
    assert "could not be moved" in told[0] and "unchanged" in told[0] and str(synced) in told[0]
    assert controller.store.path == synced
    assert list(standard_data_dir().glob("*.sqlite3*")) == []  # no whole copy left behind
    assert moved_to(synced) is None and default_db_path() == standard_data_dir() / DB_FILE_NAME
    assert (synced.parent / "SocialDesk backups").read_text() == "a file in the way"


def test_the_move_question_says_the_posts_images_go_with_the_file(controller, tmp_path, asked):
    from PIL import Image

    from socialdesk.storage.calendar.media import import_image
    synced = tmp_path / "OneDrive" / "Documents" / "Boutique.sqlite3"
    synced.parent.mkdir(parents=True)
    assert controller.open(synced)
    for colour in ((200, 30, 60), (20, 30, 200)):
        Image.new("RGB", (32, 32), colour).save(tmp_path / "photo.png")
        import_image(controller.store, tmp_path / "photo.png")
    controller._after_first_paint(controller.store)
    assert "the 2 images of your posts" in asked["move"][0]
    assert len(list((standard_data_dir() / "media").glob("*.png"))) == 2
