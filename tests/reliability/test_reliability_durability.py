"""Every acknowledged commit reached the disk: an fsync lies between each write and its acknowledgement."""

import re
import subprocess
import sys

import pytest

from reliability_support import ROOT, strace_usable
from socialdesk.storage import open_store

COMMITS = """
import os, sys
from datetime import date, datetime
from pathlib import Path
from socialdesk.domain.weeks import IsoWeek
from socialdesk.domain.rules.model import Rule
from socialdesk.storage import open_store
store = open_store(Path(sys.argv[1]))
rule = Rule(text="Répondre aux avis")
store.rules.add(rule, date(2026, 11, 26))
os.write(1, b"ACK-start\\n")
for i in range(5):
    store.settings.set(f"k{i}", i)
    os.write(1, f"ACK-setting-{i}\\n".encode())
    store.rules.set_done(rule.id, IsoWeek.of(date(2026, 11, 26)), i % 2 == 0, datetime(2026, 11, 26, 9, i))
    os.write(1, f"ACK-tick-{i}\\n".encode())
store.close()
"""


def test_the_connection_is_set_for_durability(tmp_path):
    store = open_store(tmp_path / "shop.sqlite3")
    try:
        pragmas = [store.conn.execute(f"PRAGMA {name}").fetchone()[0]
                   for name in ("journal_mode", "synchronous", "foreign_keys")]
        assert pragmas == ["wal", 2, 1]  # synchronous 2 = FULL
    finally:
        store.close()


@pytest.mark.skipif(not strace_usable(), reason="strace missing or not allowed to trace (apt-get install strace)")
def test_each_acknowledged_commit_was_synced_first(tmp_path):
    trace = tmp_path / "trace.txt"
    run = subprocess.run(["strace", "-f", "-qq", "-e", "trace=fsync,fdatasync,write", "-o", str(trace),
                          sys.executable, "-c", COMMITS, str(tmp_path / "shop.sqlite3")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    synced, acks = False, 0
    for line in trace.read_text().splitlines():
        if re.search(r"\b(fsync|fdatasync)\(\d+\)\s+= 0", line):
            synced = True
        elif re.search(r'write\(1, "ACK-', line):
            assert synced, f"acknowledged without an fsync since the previous commit: {line}"
            synced, acks = False, acks + 1
    assert acks == 11
