"""Recurring series in storage: the rule row and the occurrences it owns."""

import sqlite3
from dataclasses import replace
from datetime import date, time

from socialdesk.domain.calendar.recurrence import Frequency, Recurrence
from socialdesk.domain.calendar.zones import wall_time_shift
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.rows import row_from_post

# fields a whole-series edit copies from the template onto each occurrence
_SHARED = ("time", "networks", "text", "variants", "pillar", "about", "notes", "image", "zone")


def read_series_row(conn: sqlite3.Connection, series_id: int) -> Recurrence | None:
    row = conn.execute(
        "SELECT frequency, first_day, interval, until, count FROM post_series WHERE id = ?", (series_id,)
    ).fetchone()
    if row is None:
        return None
    frequency, first_day, interval, until, count = row
    return Recurrence(Frequency(frequency), date.fromisoformat(first_day), interval or 1,
                      date.fromisoformat(until) if until else None, count or None)


def write_series_row(db, series_id: int, rule: Recurrence | None) -> None:
    if rule is None:
        db.conn.execute("UPDATE posts SET series_id = NULL WHERE series_id = ?", (series_id,))
        db.conn.execute("DELETE FROM post_series WHERE id = ?", (series_id,))
        return
    db["post_series"].upsert(
        {"id": series_id, "frequency": rule.frequency.value, "first_day": rule.first_day.isoformat(),
         "interval": rule.interval, "until": rule.until.isoformat() if rule.until else None,
         "count": rule.count}, pk="id")


def _on_day(template: Post, day: date, extra: dict) -> dict:
    """The day, time and extra of the occurrence on `day`, by the single posts' rule (zones.wall_time_shift):
    a time the clocks skip that night is kept as the hour it becomes, a time they pass twice means the first.
    `series_time` keeps the series' own wall-clock time, so a whole-series edit starts from it."""
    intended = template.time
    at = wall_time_shift(day, intended, template.zone)[1] if intended is not None else None
    extra = {k: v for k, v in extra.items() if k != "series_time"}
    if intended is not None:
        extra["series_time"] = intended.isoformat(timespec="minutes")
    return {"day": day, "time": at, "extra": {**extra, "series_day": day.isoformat()}}


def series_time(post: Post) -> time | None:
    """The wall-clock time the series gave this occurrence, even if that day it is at the hour the clocks skip to."""
    raw = post.extra.get("series_time")
    if post.time is None or not raw:
        return post.time
    try:
        return time.fromisoformat(raw)
    except (TypeError, ValueError):
        return post.time


def add_series(db, template: Post, rule: Recurrence, insert) -> list[int]:
    series_id = db["post_series"].insert(
        {"frequency": rule.frequency.value, "first_day": rule.first_day.isoformat(), "interval": rule.interval,
         "until": rule.until.isoformat() if rule.until else None, "count": rule.count}).last_pk
    ids = []
    for day in rule.dates():
        post = replace(template, id=None, uid="", series_id=series_id, variants=dict(template.variants),
                       **_on_day(template, day, template.extra))
        insert(db, post)
        ids.append(post.id)
    return ids


def _frozen(post: Post) -> bool:
    """Occurrences a series edit leaves alone: published, skipped, or edited one by one."""
    return post.status in (PostStatus.PUBLISHED, PostStatus.SKIPPED) or bool(post.extra.get("exception"))


def _series_day(post: Post) -> date | None:
    """The date the rule gave this occurrence, even after the owner moved it."""
    raw = post.extra.get("series_day")
    try:
        return date.fromisoformat(raw) if raw else post.day
    except (TypeError, ValueError):
        return post.day


def save_series(db, current: list[Post], series_id: int, template: Post, rule: Recurrence, insert) -> list[int]:
    """Rewrite the series: shared fields on every free occurrence, dates from the (new) rule."""
    write_series_row(db, series_id, rule)
    wanted = set(rule.dates())
    touched = []
    by_day = {}
    for post in current:
        if _frozen(post):
            wanted.discard(_series_day(post))
            continue
        if post.day not in wanted or post.day in by_day:
            db.conn.execute("DELETE FROM posts WHERE id = ?", (post.id,))
            touched.append(post.id)
            continue
        by_day[post.day] = post
    for day in sorted(wanted):
        shared = {name: getattr(template, name) for name in _SHARED}
        if day in by_day:
            post = replace(by_day[day], status=template.status, **shared)
            post = replace(post, **_on_day(template, day, post.extra))
            db["posts"].update(post.id, row_from_post(post))
        else:
            post = replace(template, id=None, uid="", series_id=series_id, published_at=None,
                           variants=dict(template.variants), **_on_day(template, day, {}))
            insert(db, post)
        touched.append(post.id)
    return touched
