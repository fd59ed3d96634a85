"""The week and month switch bound of `make bench`: the same posts in Qt's own lists, refilled and repainted."""

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def one_post_a_day(tmp_path) -> Path:
    """A post on each of the last 1,300 days (more than the probes walk back), with a long text."""
    path = tmp_path / "days.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, day TEXT, time TEXT, networks TEXT, status TEXT, "
                 "text TEXT)")
    today = date.today()
    conn.executemany("INSERT INTO posts (day, time, networks, status, text) VALUES (?, ?, ?, ?, ?)",
                     [((today - timedelta(days=n)).isoformat(), "09:30", "facebook instagram", "planned",
                       "Sortie du four à 6 h 30 : la fougasse aux olives " * 8) for n in range(1300)])
    conn.execute("INSERT INTO posts (day, time, networks, status, text) VALUES (NULL, NULL, '', 'idea', 'idea')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("kind, shown", [("week_qt", 60 * 7), ("month_qt", 30 * 42)])
def test_the_bound_switches_and_shows_every_post_of_each_week_or_month(kind, shown, one_post_a_day, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, str(BENCH / "ui_probe.py"), kind, str(one_post_a_day)], env=env,
                          cwd=BENCH, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads([line for line in done.stdout.splitlines() if line.startswith("{")][-1])
    assert result["posts_shown"] == shown  # each timed switch showed its whole week or grid, nothing skipped
    assert 0 < result["median_ms"] <= result["p95_ms"]


def test_a_switch_bound_row_has_no_target_and_names_what_it_bounds(monkeypatch):
    sys.path.insert(0, str(BENCH))
    try:
        import run
    finally:
        sys.path.remove(str(BENCH))
    monkeypatch.setattr(run, "probe_json", lambda kind, *args, env: {"median_ms": 4.0, "kind": kind})
    row = run._bound_row("month", Path("ten.sqlite3"), 2.0, {})
    assert (row.measured, row.ratio, row.target, row.result) == ("4.0 ms", "2.00×", "—", "—")
    assert "months' posts in Qt's own lists" in row.figure
    monkeypatch.setattr(run, "probe_json", lambda kind, *args, env: {"error": "exit 1: boom"})
    assert run._bound_row("week", Path("ten.sqlite3"), 2.0, {}).result == "n/a"
