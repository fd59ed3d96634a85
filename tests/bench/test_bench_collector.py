"""Python's cyclic collector is off while the window is built and on again once it has painted."""

import os
import subprocess
import sys

from socialdesk.storage.demo import build_demo_file

CHILD = """
import gc, sys
import socialdesk.ui.common.first_paint as first_paint
import socialdesk.ui.common.lazy_tab as lazy_tab

seen = {}
build = lazy_tab.LazyTab.ensure_built

def ensure_built(self):
    seen.setdefault("while built", gc.isenabled())
    return build(self)

def report():  # the probe's own call comes first after the paint: look once the others have run
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look():
        print(f"while built: {seen['while built']}; after the first paint: {gc.isenabled()}", flush=True)
        QApplication.quit()
    QTimer.singleShot(200, look)

lazy_tab.LazyTab.ensure_built = ensure_built
first_paint._report_and_quit = report
from socialdesk.app import main
code = main(["--db", sys.argv[1]])
print(f"after the window: {gc.isenabled()}", flush=True)
sys.exit(code)
"""


def test_the_collector_waits_for_the_first_paint_and_comes_back_after_it(tmp_path):
    path = tmp_path / "shop.sqlite3"
    build_demo_file(path).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SOCIALDESK_BENCH_FIRST_PAINT": "1",
           "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split("\n")[:2] == ["while built: False; after the first paint: True", "after the window: True"]
