"""A data file whose name is close to the file system's limit (233–255 bytes) can be created and set aside."""

import sqlite3
from datetime import datetime

from socialdesk.storage import open_store
from socialdesk.storage.files import set_aside

WHEN = datetime(2026, 12, 3, 9, 0)
LONG = ("Fleurs d’Élodie " * 14)[:192] + ".sqlite3"  # 200 characters, 236 bytes with the accents


def test_a_new_data_file_with_a_name_near_the_limit_is_created_and_no_leftover_stays(tmp_path):
    path = tmp_path / LONG
    assert 232 < len(LONG.encode()) <= 255
    open_store(path, now=WHEN).close()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".creating")]


def test_a_file_with_such_a_name_is_set_aside_under_a_name_that_fits(tmp_path):
    path = tmp_path / LONG
    open_store(path, now=WHEN).close()
    aside = set_aside(path, WHEN)
    assert aside.is_file() and not path.exists() and len(aside.name.encode()) <= 255 - len("-journal")
    assert ".damaged-20261203-090000" in aside.name and aside.name.startswith("Fleurs d’Élodie")
    assert sqlite3.connect(aside).execute("PRAGMA integrity_check").fetchone() == ("ok",)
