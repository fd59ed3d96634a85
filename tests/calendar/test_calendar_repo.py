"""The calendar's storage: the week contract, publishing marks, series and undo snapshots."""

from datetime import date, datetime, time

import pytest

from socialdesk.domain.calendar.recurrence import Frequency, Recurrence
from socialdesk.domain.changes import Area
from socialdesk.domain.posts import Post, PostStatus


def _post(day, hour=None, text="Hello", **kw):
    return Post(day=day, time=time(hour, 0) if hour is not None else None, networks=("instagram",), text=text,
                status=kw.pop("status", PostStatus.PLANNED), **kw)


def test_posts_in_week_returns_seven_days_ordered_by_day_and_time(store):
    repo = store.calendar
    for day, hour in ((date(2026, 11, 29), 8), (date(2026, 11, 23), 18), (date(2026, 11, 23), 9),
                      (date(2026, 11, 30), 9), (date(2026, 11, 22), 9)):
        repo.add(_post(day, hour))
    repo.add(Post(text="an idea"))
    week = repo.posts_in_week(date(2026, 11, 23))
    assert [(p.day, p.time.hour) for p in week] == [
        (date(2026, 11, 23), 9), (date(2026, 11, 23), 18), (date(2026, 11, 29), 8)]


def test_mark_published_then_unpublished(store):
    repo = store.calendar
    post = _post(date(2026, 11, 24), 10)
    repo.add(post)
    change = repo.mark_published(post.id, datetime(2026, 11, 24, 10, 7))
    assert change.concerns(Area.CALENDAR) and change.ids == (post.id,)
    stored = repo.get(post.id)
    assert stored.status is PostStatus.PUBLISHED and stored.published_at == datetime(2026, 11, 24, 10, 7)
    repo.mark_unpublished(post.id)
    stored = repo.get(post.id)
    assert stored.status is PostStatus.PLANNED and stored.published_at is None


def test_round_trip_keeps_every_field(store):
    post = Post(day=date(2026, 3, 29), time=time(2, 30), networks=("x", "bluesky"), text="Bonjour 🥐",
                status=PostStatus.DRAFT, pillar="Savoir-faire", about="customers", notes="n",
                zone="Europe/Paris", variants={"x": "court"}, image="a.png")
    store.calendar.add(post)
    back = store.calendar.get(post.id)
    assert back == post


def test_move_keeps_time_and_marks_series_exception(store):
    repo = store.calendar
    repo.add_series(_post(date(2026, 11, 23), 9), Recurrence(Frequency.WEEKLY, date(2026, 11, 23), count=3))
    first = repo.posts_in_week(date(2026, 11, 23))[0]
    repo.move(first.id, date(2026, 11, 25))
    moved = repo.get(first.id)
    assert moved.day == date(2026, 11, 25) and moved.time == time(9, 0) and moved.extra["exception"]


def test_series_edit_skips_edited_and_published_occurrences(store):
    repo = store.calendar
    change = repo.add_series(_post(date(2026, 1, 31), 9, text="v1"),
                             Recurrence(Frequency.MONTHLY, date(2026, 1, 31), count=4))
    posts = repo.get_many(change.ids)
    assert [p.day for p in posts] == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]
    repo.mark_published(posts[0].id, datetime(2026, 1, 31, 9, 5))
    repo.move(posts[1].id, date(2026, 3, 2))  # edited one by one: an exception
    template = _post(date(2026, 1, 31), 11, text="v2")
    repo.save_series(posts[0].series_id, template, Recurrence(Frequency.MONTHLY, date(2026, 1, 31), count=5))
    series = repo.series_posts(posts[0].series_id)
    assert [(p.day, p.text) for p in series] == [
        (date(2026, 1, 31), "v1"), (date(2026, 3, 2), "v1"), (date(2026, 3, 31), "v2"),
        (date(2026, 4, 30), "v2"), (date(2026, 5, 31), "v2")]
    assert all(p.time == time(11, 0) for p in series if p.text == "v2")


def test_put_back_restores_deleted_posts_with_their_ids(store):
    repo = store.calendar
    post = _post(date(2026, 11, 24), 10)
    repo.add(post)
    before = repo.get(post.id)
    repo.delete([post.id])
    assert repo.get(post.id) is None
    repo.put_back([], [before])
    assert repo.get(post.id) == before


@pytest.mark.parametrize("key,limit", [("x", 4000), ("bluesky", 250)])
def test_limits_start_from_defaults_and_are_editable(store, key, limit):
    assert store.calendar.limits()["x"] == 280
    store.calendar.set_limit(key, limit, date(2026, 11, 26))
    assert store.calendar.limits()[key] == limit
    checked = {row[0]: row[3] for row in store.calendar.limit_rows()}
    assert checked[key] == "2026-11-26"
