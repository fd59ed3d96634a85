"""Quick measure of the calendar's week switch with ten years of posts (about 10,000).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/calendar/calendar_week_speed.py
(not a pytest test: the real benchmark belongs in bench/).
"""
import pathlib
import random
import statistics
import sys
import tempfile
import time as clock
from datetime import date, time, timedelta
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from socialdesk.domain.clock import system_clock
from socialdesk.storage import open_store
from socialdesk.storage.demo import seed_demo
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.calendar.tab import CalendarTab
path = pathlib.Path(tempfile.mkdtemp()) / "perf.sqlite3"
store = open_store(path)
seed_demo(store, date(2026, 11, 26))
rnd = random.Random(4)
start = date(2016, 12, 1)
posts = [Post(day=start + timedelta(days=rnd.randrange(3650)), time=time(rnd.randrange(7, 20), rnd.choice((0, 15, 30, 45))),
              networks=tuple(rnd.sample(("instagram", "facebook", "google", "x"), 2)), text=f"Post {i} du fournil\nsuite",
              status=rnd.choice(list(PostStatus)), about="customers") for i in range(10_000)]
t0 = clock.perf_counter(); store.calendar.import_posts(posts); print(f"import 10,000 posts: {(clock.perf_counter()-t0)*1000:.0f} ms; total posts {store.calendar.count()}")
t0 = clock.perf_counter()
tab = CalendarTab(store, DataBus(), system_clock); tab.resize(1400, 800); tab.show(); app.processEvents()
print(f"open the tab (build + first week + paint): {(clock.perf_counter()-t0)*1000:.1f} ms")
q = []
for _ in range(200):
    t0 = clock.perf_counter(); store.calendar.posts_in_week(date(2020, 3, 2)); q.append(clock.perf_counter() - t0)
times = []
for i in range(300):
    t0 = clock.perf_counter()
    (tab.go_next if i % 40 < 20 else tab.go_previous)()
    app.processEvents()
    times.append(clock.perf_counter() - t0)
painted = []
for i in range(100):
    t0 = clock.perf_counter(); tab.go_next(); tab.repaint(); painted.append(clock.perf_counter() - t0)
ms = lambda xs: f"median {statistics.median(xs)*1000:.2f} ms, p95 {sorted(xs)[int(len(xs)*.95)]*1000:.2f} ms, max {max(xs)*1000:.2f} ms"
print("posts_in_week query:", ms(q))
print("week switch (reload + events):", ms(times))
print("week switch incl. synchronous repaint:", ms(painted))
per_week = [len(store.calendar.posts_in_week(date(2020,3,2)+timedelta(weeks=w))) for w in range(10)]
print("posts per week sample:", per_week)
tab.close()
tab.deleteLater()
app.processEvents()
store.close()
