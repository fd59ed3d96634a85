"""Several `socialdesk backup` runs (and the window's own backup) on one file in the same second: each run that
says it made a backup names a whole, readable copy of its own; a run that made none says so."""

import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from socialdesk.storage import open_store
from socialdesk.storage.backups import make_backup

ROOT = Path(__file__).resolve().parents[2]
RUNS = 6
# Each run imports everything first, then waits for the same instant, so that all copies start in one second.
_LAUNCH = """
import sys, time
from socialdesk.cli import main
start = float(sys.argv[1])
time.sleep(max(0.0, start - time.time()))
sys.exit(main(["backup", "--db", sys.argv[2]]))
"""


def _shop(path: Path) -> int:
    """A data file big enough that copies overlap (a few MB of settings rows); returns its row count."""
    store = open_store(path)
    store.settings.set("backups_keep", 30)
    store.close()
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                     ((f"note{i}", '"' + "x" * 400 + '"') for i in range(12000)))
    conn.commit()
    count = conn.execute("SELECT count(*) FROM settings").fetchone()[0]
    conn.close()
    return count


def _rows(backup: Path) -> tuple[str, int]:
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)  # sqlite3 itself, not our storage
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0], conn.execute("SELECT count(*) FROM settings").fetchone()[0]
    finally:
        conn.close()


def test_six_backups_started_in_one_second_each_report_a_good_copy_of_their_own(tmp_path):
    path = tmp_path / "fleurs.sqlite3"
    count = _shop(path)
    start = int(time.time()) + 4.05  # the start of a second, once every run has imported SocialDesk
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    runs = [subprocess.Popen([sys.executable, "-c", _LAUNCH, str(start), str(path)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(RUNS)]
    store = open_store(path)  # the window's "Back up now" at the same instant
    try:
        time.sleep(max(0.0, start - time.time()))
        mine = make_backup(store.conn, path, datetime.now(), "manual")
    finally:
        store.close()
    results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    reported = [Path(out.strip()) for code, out, err in results if code == 0]
    for code, out, err in results:
        assert code in (0, 1), err
        assert (code == 0) == bool(out.strip()) and (code == 0) != bool(err.strip()), (code, out, err)
    reported.append(mine)
    assert len(set(reported)) == len(reported), reported  # no two runs report the same copy
    for backup in reported:
        assert _rows(backup) == ("ok", count), backup.name  # whole: every row, never empty or damaged
    assert len(reported) == RUNS + 1, [err for code, out, err in results]  # nothing stops them: all succeed
    assert not list(path.parent.glob("backups/*.partial*"))  # no copy in progress left behind
