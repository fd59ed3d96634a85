"""A crash while the very first data file is being created must not leave a file the app refuses."""

import subprocess
import sys

import pytest

from reliability_support import ROOT, integrity
from socialdesk.storage import open_store
from tests.posix_only import needs_sigkill

DIE_WHILE_CREATING = """
import os, signal, sys
from pathlib import Path
from socialdesk.storage import creating, migrations, opening
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
if sys.argv[2] == "configure":
    creating.configure_connection = die
else:
    migrations.migrations.apply = die
opening.open_store(Path(sys.argv[1]))
"""


@needs_sigkill
@pytest.mark.parametrize("moment", ["configure", "migrate"])
def test_killed_while_creating_the_file_opens_fresh_next_time(tmp_path, moment):
    path = tmp_path / "shop.sqlite3"
    run = subprocess.run([sys.executable, "-c", DIE_WHILE_CREATING, str(path), moment], cwd=ROOT)
    assert run.returncode == -9
    store = open_store(path)
    try:
        store.settings.set("language", "fr")
        assert store.settings.get("language") == "fr"
    finally:
        store.close()
    assert integrity(path) == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.sqlite3", "shop.sqlite3.lock"]
    assert path.stat().st_mode & 0o777 == 0o600
