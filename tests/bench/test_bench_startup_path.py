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


def _existing_file(tmp_path) -> Path:
    from socialdesk.storage.backups import backup_dir_for

    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    assert not list(backup_dir_for(path).glob("*.sqlite3"))  # a new file gets no daily backup
    return path


def test_a_deferred_daily_backup_is_made_when_asked_or_at_close(tmp_path):
    from socialdesk.storage.backups import list_backups

    path = _existing_file(tmp_path)
    store = open_store(path, defer_daily_backup=True)
    assert list_backups(path) == [] and store.daily_backup_due is not None
    made = store.make_due_backup()
    assert list_backups(path) == [made] and store.make_due_backup() is None
    store.close()
    other = _existing_file(tmp_path / "other")
    open_store(other, defer_daily_backup=True).close()  # never asked: closing makes it
    assert len(list_backups(other)) == 1


def test_the_app_makes_the_days_backup_once_the_window_has_painted(qtbot, tmp_path):
    from socialdesk.storage.backups import list_backups
    from socialdesk.ui import application

    path = _existing_file(tmp_path)
    application.make_application()
    controller = application.AppController("en")
    try:
        assert controller.open(path)
        qtbot.waitUntil(lambda: len(list_backups(path)) == 1, timeout=3000)
        assert controller.store.daily_backup_due is None
    finally:
        controller.window.close()
        controller.store.close()
    assert len(list_backups(path)) == 1
