"""A command on a data file in a risky place says so in one line on stderr, and still does its work."""

import sqlite3

import pytest

from socialdesk.cli import main
from socialdesk.storage import placement
from socialdesk.storage.opening import open_store

HEADER = "date,time,networks,status,pillar,about,text,notes"


@pytest.fixture
def shop_in(tmp_path):
    def make(*folders: str):
        folder = tmp_path.joinpath(*folders)
        folder.mkdir(parents=True)
        open_store(folder / "Boutique de Élodie.sqlite3").close()
        return folder / "Boutique de Élodie.sqlite3"
    return make


def _import_crlf_plan(shop, tmp_path, *extra):
    plan = tmp_path / "plan semaine déc.csv"
    plan.write_bytes((HEADER + "\r\n2026-12-01,09:00,instagram,planned,,,Pain d'épices,\r\n").encode("utf-8"))
    return main(["import", "csv", str(plan), "--db", str(shop), *extra])


def _texts(shop):
    conn = sqlite3.connect(f"file:{shop}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM posts")]
    finally:
        conn.close()


def test_a_synced_folder_is_named_in_one_line(shop_in, tmp_path, capsys):
    shop = shop_in("Élodie Dupré", "OneDrive", "Documents")
    assert _import_crlf_plan(shop, tmp_path) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == ["socialdesk import: warning: the data file is inside OneDrive, which can corrupt a file in use; "
                   "keep it outside the synced folder (the app can move it and put the backups there)"]
    assert _texts(shop) == ["Pain d'épices"]  # CRLF rows read whole: no stray carriage return


def test_a_network_share_is_said_in_french(shop_in, tmp_path, capsys, monkeypatch):
    shop = shop_in("partage du magasin")
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//nas/boutique {shop.parent.as_posix().replace(' ', chr(92) + '040')} cifs rw 0 0\n")
    monkeypatch.setattr(placement, "MOUNTS", mounts)
    assert main(["backup", "--db", str(shop), "--lang", "fr"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("socialdesk backup: attention\u00a0: le fichier de données est sur un partage réseau")


def test_a_local_file_says_nothing(shop_in, tmp_path, capsys):
    shop = shop_in("Élodie Dupré", "Documents")
    assert _import_crlf_plan(shop, tmp_path) == 0
    assert capsys.readouterr().err == ""


def test_check_names_the_synced_folder_and_its_conflict_copies(shop_in, capsys):
    shop = shop_in("Élodie Dupré", "OneDrive", "Documents")
    for name in ("Boutique de Élodie (1).sqlite3", "Boutique de Élodie.sync-conflict-20261201-101010-ABCDEFG.sqlite3"):
        (shop.parent / name).write_bytes(shop.read_bytes())
    assert main(["check", "--db", str(shop)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"{shop}: ok"]
    assert err.splitlines() == [
        "socialdesk check: warning: the data file is inside OneDrive, which can corrupt a file in use; "
        "keep it outside the synced folder (the app can move it and put the backups there)",
        "socialdesk check: warning: 2 conflict copies of the data file are beside it (two computers changed it at "
        "once); open the app to compare them with the data file"]


def test_check_names_one_conflict_copy_in_french(shop_in, capsys):
    shop = shop_in("Élodie Dupré", "Dropbox")
    (shop.parent / "Boutique de Élodie (conflicted copy 2026-12-01).sqlite3").write_bytes(shop.read_bytes())
    assert main(["check", "--db", str(shop), "--lang", "fr"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "Dropbox" in err[0]
    assert err[1] == ("socialdesk check: attention\u00a0: 1 copie en conflit du fichier de données est à côté de lui "
                      "(deux ordinateurs l'ont modifié en même temps)\u202f; ouvrez l'application pour la comparer "
                      "au fichier de données")


def test_check_of_a_local_file_without_copies_says_only_ok(shop_in, capsys):
    shop = shop_in("Élodie Dupré", "Documents")
    (shop.parent / "Boutique de Élodie 2.sqlite3").write_bytes(b"x")  # the owner's own file, not in iCloud
    assert main(["check", "--db", str(shop)]) == 0
    assert capsys.readouterr().err == ""
