"""Reading a plan file lets long cells through without changing the csv module's limit for the process."""

import csv
import subprocess
import sys
from datetime import date, time

from socialdesk.domain.calendar.csv_format import export_csv, parse_csv
from socialdesk.domain.posts import Post, PostStatus


def test_importing_the_csv_format_changes_no_process_wide_setting():
    probe = ("import csv; before = csv.field_size_limit()\n"
             "import socialdesk.domain.calendar.csv_format\n"
             "print(before == csv.field_size_limit())")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_a_long_post_comes_back_whole_and_the_limit_is_put_back():
    before = csv.field_size_limit()
    text = "Du pain chaud. " * 20_000  # 300 KB: over the csv module's 128 KB
    post = Post(day=date(2026, 12, 1), time=time(9, 0), networks=("instagram",), text=text,
                status=PostStatus.PLANNED)
    parsed = parse_csv(export_csv([post]))
    assert parsed.errors == [] and parsed.posts[0].text == text
    assert csv.field_size_limit() == before
