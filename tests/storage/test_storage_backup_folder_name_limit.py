"""Backup names fit the name limit of the folder they go to (eCryptfs: 143 bytes), not the data file's."""

import os
from pathlib import Path

from socialdesk.cli import main
from socialdesk.storage.backups import list_backups, own_backups
from socialdesk.storage.opening import open_store

ECRYPTFS_NAME_MAX = 143  # an encrypted home folder on Ubuntu, some NAS shares


def test_a_long_name_fits_a_chosen_folder_with_a_shorter_limit(tmp_path, monkeypatch, capsys):
    chosen = tmp_path / "Privé" / "Sauvegardes"
    chosen.mkdir(parents=True)
    shop = tmp_path / (("Fleurs d’Élodie " * 8)[:120].strip() + ".sqlite3")  # 134 bytes: fits 255, not 143 with a stamp
    store = open_store(shop)
    try:
        store.settings.set("backup_folder", str(chosen))
    finally:
        store.close()
    real = os.pathconf

    def pathconf(path, name):  # the file system holding `chosen` takes 143 bytes, as `getconf NAME_MAX` says there
        if name == "PC_NAME_MAX" and Path(path).resolve().is_relative_to(chosen.parent):
            return ECRYPTFS_NAME_MAX
        return real(path, name)
    monkeypatch.setattr(os, "pathconf", pathconf)
    assert main(["backup", "--db", str(shop)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == chosen
    assert len(os.fsencode(made.name)) + len("-journal") <= ECRYPTFS_NAME_MAX, made.name
    assert made in list_backups(shop) and made in own_backups(shop)
