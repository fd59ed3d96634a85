"""Opening a data file to write loads only what the first paint needs: no filelock on Linux and macOS, no sqlite-utils."""

import os
import subprocess
import sys

import pytest

CHILD = """
import sys
from socialdesk.storage import open_store
store = open_store(sys.argv[1], defer_daily_backup=True)
print(" ".join(name for name in ("filelock", "sqlite_utils") if name in sys.modules))
store.conn.close()
"""


@pytest.mark.skipif(os.name != "posix", reason="Windows keeps filelock's LockFileEx")
def test_opening_a_file_to_write_does_not_import_filelock_or_sqlite_utils(tmp_path):
    path = tmp_path / "shop.sqlite3"
    for number in range(2):  # created (migrations use sqlite-utils), then opened again as every morning
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=120,
                              env=dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state")))
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == ([] if number else ["sqlite_utils"])
