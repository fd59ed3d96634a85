"""The dated posts come out of the file one by one in the plan's order, read from the index (no sort held in memory)."""

from datetime import date, time

from socialdesk.domain.posts import Post
from socialdesk.storage import open_store


def _plan(store):
    for day, at in ((date(2026, 12, 2), time(9)), (date(2026, 12, 1), None), (date(2026, 12, 2), None),
                    (date(2026, 12, 2), time(7, 30)), (date(2026, 12, 1), time(18)), (None, None),
                    (date(2026, 12, 2), time(9)), (date(2027, 1, 5), time(8))):
        store.calendar.add(Post(day=day, time=at, text=f"{day} {at}", zone="Europe/Paris"))


def test_dated_posts_follow_the_plans_order_and_the_chosen_weeks(tmp_path):
    store = open_store(tmp_path / "shop.sqlite3")
    _plan(store)
    every = [p.id for p in store.calendar.all_posts() if p.day is not None]
    assert [p.id for p in store.calendar.dated_posts()] == every
    december = [p.text for p in store.calendar.dated_posts(date(2026, 12, 2), date(2026, 12, 31))]
    assert december == ["2026-12-02 None", "2026-12-02 07:30:00", "2026-12-02 09:00:00", "2026-12-02 09:00:00"]
    assert store.calendar.dated_zones() == ["Europe/Paris"]
    store.close()


def test_the_stream_needs_no_sort_in_memory(tmp_path):
    store = open_store(tmp_path / "shop.sqlite3")
    _plan(store)
    queries = []
    store.conn.set_trace_callback(queries.append)
    assert len(list(store.calendar.dated_posts())) == 7
    store.conn.set_trace_callback(None)
    (query,) = [q for q in queries if q.lstrip().upper().startswith("SELECT")]
    plan = " ".join(row[-1] for row in store.conn.execute("EXPLAIN QUERY PLAN " + query))
    assert "TEMP B-TREE" not in plan, plan  # a sort would hold every post (47 MiB at 10,000; now 29)
    store.close()
