"""phonenumbers (about 30 ms and its region data) loads when a phone is first read, not at start-up."""

import os
import subprocess
import sys

from socialdesk.storage.demo import build_demo_file


def _imported(args: list[str], env: dict | None = None) -> str:
    run = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True, text=True,
                         env=env, timeout=120)
    assert run.returncode == 0, run.stderr[-500:]
    return run.stderr


def test_importing_the_modules_that_read_phones_does_not_load_phonenumbers():
    imported = _imported(["-c", "import socialdesk.ui.application, socialdesk.domain.presence.nap, "
                                "socialdesk.qr.payloads, socialdesk.cli"])
    assert "socialdesk.domain.presence.phones" in imported  # the probe does reach the phone module
    assert " phonenumbers" not in imported


def test_the_first_paint_on_the_strategy_tab_does_not_load_phonenumbers(tmp_path):
    path = tmp_path / "shop.sqlite3"
    build_demo_file(path).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SOCIALDESK_BENCH_FIRST_PAINT": "1"}
    imported = _imported(["-m", "socialdesk", "--db", str(path)], env)
    assert "socialdesk.ui.main_window" in imported
    assert " phonenumbers" not in imported
