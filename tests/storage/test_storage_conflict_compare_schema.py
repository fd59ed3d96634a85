"""Every table of a new data file is either compared with a conflict copy or listed as not compared, with why:
a table a future migration adds cannot be forgotten by the compare."""

import sqlite3

from socialdesk.storage import open_store
from socialdesk.storage.compare_areas import AREAS, NOT_COMPARED


def test_every_table_of_a_new_data_file_is_compared_or_said_not_to_be(tmp_path):
    path = tmp_path / "fleurs.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    compared = {area.table for area in AREAS.values()}
    assert tables - compared - set(NOT_COMPARED) == set(), "tables neither compared nor listed in NOT_COMPARED"
    assert compared <= tables and set(NOT_COMPARED) <= tables  # nothing stale in either list
    assert not compared & set(NOT_COMPARED) and all(len(why) > 20 for why in NOT_COMPARED.values())
