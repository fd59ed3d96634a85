"""What start-up loads, and the benchmark data generator's calendar (no timings asserted here)."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from socialdesk.storage import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from make_data import WEEKS, WEEKS_AHEAD, week_mondays  # noqa: E402


def _modules_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_opening_and_reading_a_file_does_not_import_sqlite_utils(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    loaded = _modules_after(
        "from pathlib import Path\nfrom socialdesk.storage import open_store\n"
        f"store = open_store(Path({str(path)!r}))\n"
        "store.settings.get('language'); store.shop.get(); store.strategy.load(); store.close()"
    )
    assert "sqlite_utils" not in loaded
    assert "socialdesk.storage.migrations" not in loaded


def test_the_first_write_brings_sqlite_utils_in(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    store = open_store(path)
    try:
        store.settings.set("language", "fr")
        assert store.settings.get("language") == "fr"
        assert type(store.db).__module__.startswith("sqlite_utils")
    finally:
        store.close()


@pytest.mark.parametrize("today", [date(2026, 11, 26), date(2027, 1, 1), date(2026, 12, 31)])
def test_generator_covers_520_weeks_up_to_today_then_plans_ahead(today):
    mondays = week_mondays(today)
    assert len(mondays) == WEEKS + WEEKS_AHEAD
    assert all(day.weekday() == 0 for day in mondays)
    current = today.toordinal() - today.weekday()
    assert mondays[WEEKS - 1].toordinal() == current
    assert all((b - a).days == 7 for a, b in zip(mondays, mondays[1:]))
