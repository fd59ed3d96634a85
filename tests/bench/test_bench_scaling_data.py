"""The scaling table's plans: --scale multiplies each week's posts, and leaves the ten-year file as it was."""

import sqlite3
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from make_data import build  # noqa: E402

TODAY = date(2026, 12, 3)


def _posts(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT day, text FROM posts ORDER BY id").fetchall()


def test_a_tenth_scale_plan_has_about_a_thousand_posts_over_the_same_ten_years(tmp_path):
    counts = build(tmp_path / "small.sqlite3", today=TODAY, scale=0.1)
    posts = _posts(tmp_path / "small.sqlite3")
    assert 900 <= counts["posts"] == len(posts) <= 1200
    dated = sorted(day for day, _ in posts if day)
    assert dated[0] < "2017-01-01" and dated[-1] > "2026-12-03"


def test_scale_one_is_the_usual_ten_year_file(tmp_path):
    build(tmp_path / "a.sqlite3", today=TODAY)
    build(tmp_path / "b.sqlite3", today=TODAY, scale=1.0)
    assert _posts(tmp_path / "a.sqlite3") == _posts(tmp_path / "b.sqlite3")
