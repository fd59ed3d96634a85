"""A tick reaches the disk at once: the app killed right after ticking still has it on restart."""

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date, time

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage import open_store
from tests.posix_only import needs_sigkill

TODAY = date(2026, 11, 26)  # the child tab's clock shows this day

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from socialdesk.storage import open_store
    from datetime import datetime
    from socialdesk.domain.clock import fixed_clock
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.rules.tab import RulesTab

    app = QApplication([])
    store = open_store(Path(sys.argv[1]))
    tab = RulesTab(store, DataBus(), fixed_clock(datetime(2026, 11, 26, 9, 0)))
    tab.show()
    rule_id, box = next(iter(tab.week_page.rule_boxes.items()))
    box.click()
    next(iter(tab.week_page.post_boxes.values())).click()
    print("ticked", rule_id, flush=True)
    time.sleep(60)  # the parent kills us long before
""")


@needs_sigkill
def test_a_tick_survives_sigkill_right_after_it(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    post = Post(day=TODAY, time=time(9, 0), networks=("facebook",), text="Pain du jour",
                status=PostStatus.PLANNED)
    store.calendar.add(post)
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline()
        child.send_signal(signal.SIGKILL)  # no clean shutdown: no close, no checkpoint
    finally:
        child.wait(timeout=30)
    assert line.startswith("ticked"), child.stderr.read()
    assert child.returncode == -signal.SIGKILL
    rule_id = int(line.split()[1])
    reopened = open_store(path)
    try:
        check = reopened.rules.checks_for_week(IsoWeek.of(TODAY))[rule_id]
        assert check.done and check.done_at is not None
        assert reopened.calendar.get(post.id).status is PostStatus.PUBLISHED
    finally:
        reopened.close()
