"""CalendarRepo: the posts of the content plan, their series and the character limits."""

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cached_property
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from socialdesk.domain.calendar.zones import local_zone_name, wall_time_shift
from socialdesk.domain.changes import Area, Change
from socialdesk.domain.networks import NETWORKS
from socialdesk.domain.post_text import clean_text
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.rows import OCCASION_SQL, SELECT, post_from_row, row_from_post
from socialdesk.storage.errors import guard_reads, reading

if TYPE_CHECKING:  # imports, hashtag sets and new posts' keys load with their first use, not with the week's posts
    from socialdesk.domain.calendar.plan_merge import ImportPlan
    from socialdesk.domain.calendar.ready_text import NetworkExtras
    from socialdesk.storage.calendar.closures import ClosuresRepo

_ORDER = " ORDER BY day IS NULL, day, time IS NOT NULL, time, id"
# The same order for dated posts (SQLite sorts NULL times first), read straight from the index
# posts_by_day (day, time, then rowid): no sort in memory, however many posts.
_DATED_ORDER = " ORDER BY day, time, id"


def _dated_range(first: date | None, last: date | None) -> tuple[str, tuple]:
    where, args = " WHERE day IS NOT NULL", ()
    if first is not None:
        where, args = where + " AND day >= ?", args + (first.isoformat(),)
    if last is not None:
        where, args = where + " AND day <= ?", args + (last.isoformat(),)
    return where, args


def _new_uid() -> str:
    import uuid  # with `platform`: when a post is added, not when the week is read

    return uuid.uuid4().hex


@guard_reads
class CalendarRepo:
    """Reads return Post dataclasses; every write is one transaction and returns a Change."""

    def __init__(self, store):
        self._store = store
        self.system_zone: Callable[[], str] | None = None  # the UI's guess where the OS gives Python no name

    @cached_property
    def zone(self) -> str:
        """The zone new posts keep (IANA name, "" for floating times), worked out on the first write."""
        return local_zone_name() or (self.system_zone() if self.system_zone is not None else "")

    @cached_property
    def closures(self) -> "ClosuresRepo":
        """The shop's closures and the ticks of the tasks before each holiday or closure."""
        from socialdesk.storage.calendar.closures import ClosuresRepo

        return ClosuresRepo(self._store)

    # ----- reads
    def posts_in_week(self, start: date) -> list[Post]:
        """The posts of the 7 days from `start`, ordered by day and time (untimed first)."""
        return self.posts_between(start, start + timedelta(days=6))

    def posts_between(self, first: date, last: date) -> list[Post]:
        rows = self._store.conn.execute(
            SELECT + " WHERE day >= ? AND day <= ?" + _ORDER, (first.isoformat(), last.isoformat())
        )
        return [post_from_row(row) for row in rows]

    def ideas(self) -> list[Post]:
        """Unscheduled ideas, oldest first."""
        return [post_from_row(r) for r in self._store.conn.execute(SELECT + " WHERE day IS NULL ORDER BY id")]

    def all_posts(self) -> list[Post]:
        """Every post: dated ones by day and time, then the ideas (the export order)."""
        return [post_from_row(r) for r in self._store.conn.execute(SELECT + _ORDER)]

    def dated_posts(self, first: date | None = None, last: date | None = None) -> Iterator[Post]:
        """The dated posts from `first` to `last` (either open), by day and time, read a few hundred at a time."""
        where, args = _dated_range(first, last)
        with reading():
            cursor = self._store.conn.execute(SELECT + where + _DATED_ORDER, args)
        while True:
            with reading():
                rows = cursor.fetchmany(500)
            if not rows:
                return
            yield from (post_from_row(row) for row in rows)

    def dated_zones(self, first: date | None = None, last: date | None = None) -> list[str]:
        """The zones named by timed posts in that range (an .ics file describes each one it uses)."""
        where, args = _dated_range(first, last)
        rows = self._store.conn.execute("SELECT DISTINCT zone FROM posts" + where + " AND time IS NOT NULL", args)
        return sorted(row[0] for row in rows if row[0])

    def get(self, post_id: int) -> Post | None:
        row = self._store.conn.execute(SELECT + " WHERE id = ?", (post_id,)).fetchone()
        return post_from_row(row) if row else None

    def get_many(self, ids) -> list[Post]:
        found = [self.get(post_id) for post_id in ids]
        return [post for post in found if post is not None]

    def series_posts(self, series_id: int) -> list[Post]:
        rows = self._store.conn.execute(SELECT + " WHERE series_id = ?" + _ORDER, (series_id,))
        return [post_from_row(row) for row in rows]

    def occasion_post(self, occasion_key: str) -> Post | None:
        """The ready post placed for a holiday or closure (Post.extra[OCCASION_KEY]), the first if copied."""
        from socialdesk.domain.calendar.closures import OCCASION_KEY

        row = self._store.conn.execute(
            SELECT + f" WHERE {OCCASION_SQL} = ? ORDER BY id LIMIT 1", (OCCASION_KEY, occasion_key)).fetchone()
        return post_from_row(row) if row else None

    def occasion_posts(self, occasion_key: str) -> list[Post]:
        """Every ready post placed for a holiday or closure, whatever its dates (a closure's post carries its key,
        then the dates it announces: see Occasion.post_key), by day and time."""
        from socialdesk.domain.calendar.closures import OCCASION_KEY

        head = occasion_key + ":"
        # Its key alone or followed by ":" and more: the occasion with ":" added starts with the key and ":"
        # (one JSON read per post).
        rows = self._store.conn.execute(
            SELECT + f" WHERE substr({OCCASION_SQL} || ':', 1, ?) = ?" + _ORDER, (OCCASION_KEY, len(head), head))
        return [post_from_row(row) for row in rows]

    def count(self) -> int:
        return self._store.conn.execute("SELECT count(*) FROM posts").fetchone()[0]

    # ----- writes of single posts
    def add(self, post: Post, replacing=()) -> Change:
        """Insert a new post; `post.id` and `post.uid` are filled in. `replacing`: ids of posts it takes the place
        of, deleted in the same write."""
        replacing = tuple(replacing)
        with self._store.write() as db:
            self._insert(db, post)
            db.conn.executemany("DELETE FROM posts WHERE id = ?", [(i,) for i in replacing])
        return Change(Area.CALENDAR, (post.id, *replacing))

    def save(self, post: Post) -> Change:
        """Store an edited post (it must have an id)."""
        with self._store.write() as db:
            db["posts"].update(post.id, row_from_post(post))
        return Change(Area.CALENDAR, (post.id,))

    def move(self, post_id: int, day: date | None) -> Change:
        """Put a post on another day, keeping its time of day; None makes it an idea again."""
        post = self.get(post_id)
        if post is None:
            return Change(Area.CALENDAR, ())
        post = moved(post, day)
        return self.save(post)

    def duplicate(self, post_id: int, day: date | None = None) -> Change:
        """A copy (same day unless given) that is not published and belongs to no series."""
        post = self.get(post_id)
        if post is None:
            return Change(Area.CALENDAR, ())
        status = PostStatus.PLANNED if post.status is PostStatus.PUBLISHED else post.status
        copy = replace(post, id=None, uid="", series_id=None, published_at=None, status=status,
                       day=day if day is not None else post.day, variants=dict(post.variants),
                       extra={k: v for k, v in post.extra.items()
                              if k not in ("exception", "series_day", "series_time", "occasion")})
        return self.add(copy)

    def delete(self, ids) -> Change:
        ids = tuple(ids)
        with self._store.write() as db:
            db.conn.executemany("DELETE FROM posts WHERE id = ?", [(i,) for i in ids])
        return Change(Area.CALENDAR, ids)

    def mark_published(self, post_id: int, when: datetime, alt_text: str | None = None) -> Change:
        """Record that the owner published the post by hand at `when` (local wall-clock); `alt_text`, when given,
        is the image's description written in the publishing assistant, kept in the same write."""
        published = when.replace(tzinfo=None).isoformat(timespec="minutes")
        with self._store.write() as db:
            if alt_text is None:
                db.conn.execute("UPDATE posts SET status = ?, published_at = ? WHERE id = ?",
                                (PostStatus.PUBLISHED.value, published, post_id))
            else:
                db.conn.execute("UPDATE posts SET status = ?, published_at = ?, alt_text = ? WHERE id = ?",
                                (PostStatus.PUBLISHED.value, published, clean_text(alt_text), post_id))
        return Change(Area.CALENDAR, (post_id,))

    def mark_unpublished(self, post_id: int) -> Change:
        """Back to planned: the publication time is forgotten."""
        with self._store.write() as db:
            db.conn.execute(
                "UPDATE posts SET status = ?, published_at = NULL WHERE id = ?",
                (PostStatus.PLANNED.value, post_id),
            )
        return Change(Area.CALENDAR, (post_id,))

    def put_back(self, remove_ids, posts: list[Post], series: dict | None = None) -> Change:
        """Undo/redo: delete `remove_ids`, then write `posts` with their own ids, in one go."""
        from socialdesk.storage.calendar.series import write_series_row

        posts = list(posts)
        keep = {p.id for p in posts}
        with self._store.write() as db:
            for series_id, rule in (series or {}).items():
                write_series_row(db, series_id, rule)
            doomed = [(i,) for i in remove_ids if i not in keep]
            db.conn.executemany("DELETE FROM posts WHERE id = ?", doomed)
            for post in posts:
                db["posts"].upsert({"id": post.id, **row_from_post(post)}, pk="id")
        return Change(Area.CALENDAR, tuple(keep | set(remove_ids)))

    def import_posts(self, posts: list[Post]) -> Change:
        """Add many posts in one transaction: all of them land, or none; their ids are filled in."""
        from socialdesk.domain.calendar.plan_merge import ImportPlan

        return self.apply_import(ImportPlan(new=list(posts)))

    def sort_import(self, posts: list[Post], lines: list[int], absent: tuple[str, ...] = ()) -> "ImportPlan":
        """A file's posts against the plan: a known key updates its post (or changes nothing), keeping the fields
        of the `absent` columns (CsvImport.absent); an unknown key is a new post; a row without a key that the
        plan already holds is left out."""
        from socialdesk.domain.calendar.plan_merge import ImportPlan, updated_post

        plan, keyless, shifts = ImportPlan(), [], {}
        for line, post in zip(lines, posts):
            row = self._store.conn.execute(SELECT + " WHERE uid = ?", (post.uid,)).fetchone() if post.uid else None
            shifts[line] = _on_a_clock_change(post, post_from_row(row).zone if row is not None else self.zone)
            changed = updated_post(post_from_row(row), post, absent) if row is not None else post
            if not post.uid:
                keyless.append((line, post))
            elif changed is None:
                plan.unchanged += 1
            else:
                (plan.new if row is None else plan.updated).append(changed)
                (plan.new_lines if row is None else plan.updated_lines).append(line)
                if row is not None:
                    plan.was.append(post_from_row(row))
        fresh = {id(p) for p in self.not_yet_planned([p for _, p in keyless])}
        for line, post in keyless:
            if id(post) in fresh:
                plan.new.append(post)
                plan.new_lines.append(line)
            else:
                plan.unchanged += 1
        plan.clock_changes = [(line, *shifts[line]) for line, _ in plan.landing if shifts[line] is not None]
        return plan

    def apply_import(self, plan: "ImportPlan") -> Change:
        """New posts added and known ones updated in one transaction: all of it lands, or none."""
        posts = plan.new
        for post in posts:
            post.uid = post.uid or _new_uid()
            post.zone = post.zone or self.zone
        with self._store.write() as db:
            for post in plan.updated:
                db["posts"].update(post.id, row_from_post(post))
            db["posts"].insert_all((row_from_post(p) for p in posts), batch_size=500)
            ids = {}
            uids = [p.uid for p in posts]
            for first in range(0, len(uids), 500):
                chunk = uids[first:first + 500]
                marks = ",".join("?" * len(chunk))
                ids.update(db.conn.execute(f"SELECT uid, id FROM posts WHERE uid IN ({marks})", chunk))
        for post in posts:
            post.id = ids[post.uid]
        return Change(Area.CALENDAR, tuple(p.id for p in (*plan.updated, *posts)))

    def not_yet_planned(self, posts: list[Post]) -> list[Post]:
        """The posts the plan does not hold yet (same day, time, networks and text), so that
        importing a file twice does not plan everything twice."""
        def key(day, at, networks, text):
            return (day or "", at or "", networks, text)

        existing = {key(*row) for row in self._store.conn.execute(
            "SELECT day, time, networks, text FROM posts")}
        return [p for p in posts if key(*_row_key(p)) not in existing]

    def _insert(self, db, post: Post) -> None:
        post.uid = post.uid or _new_uid()
        post.zone = post.zone or self.zone
        record = row_from_post(post)
        if post.id is not None:
            record["id"] = post.id
        post.id = db["posts"].insert(record, pk="id").last_pk

    # ----- recurring series
    def series_rule(self, series_id: int):
        from socialdesk.storage.calendar.series import read_series_row

        return read_series_row(self._store.conn, series_id)

    def add_series(self, post: Post, rule) -> Change:
        """Create the occurrences of a new series from a template post and a Recurrence."""
        from socialdesk.storage.calendar.series import add_series

        with self._store.write() as db:
            ids = add_series(db, replace(post, zone=post.zone or self.zone), rule, self._insert)
        return Change(Area.CALENDAR, tuple(ids))

    def make_series(self, post_id: int, template: Post, rule) -> Change:
        """Turn a single post into a repeating series, in one transaction."""
        from socialdesk.storage.calendar.series import add_series

        with self._store.write() as db:
            db.conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
            ids = add_series(db, replace(template, id=None, uid="", zone=template.zone or self.zone), rule,
                             self._insert)
        return Change(Area.CALENDAR, (post_id, *ids))

    def save_series(self, series_id: int, template: Post, rule) -> Change:
        """Apply an edit to the whole series (published and individually edited posts stay)."""
        from socialdesk.storage.calendar.series import save_series

        with self._store.write() as db:
            ids = save_series(db, self.series_posts(series_id), series_id,
                              replace(template, zone=template.zone or self.zone), rule, self._insert)
        return Change(Area.CALENDAR, tuple(ids))

    # ----- character limits
    def limits(self) -> dict[str, int]:
        rows = self._store.conn.execute("SELECT network, char_limit FROM network_limits")
        found = dict(rows)
        return {n.key: found.get(n.key, n.default_limit) for n in NETWORKS}

    def limit_rows(self) -> list[tuple[str, int, int, str]]:
        """(network, limit, default, last checked) in the networks' order."""
        rows = {r[0]: r for r in self._store.conn.execute(
            "SELECT network, char_limit, default_limit, checked FROM network_limits")}
        return [tuple(rows.get(n.key, (n.key, n.default_limit, n.default_limit, ""))) for n in NETWORKS]

    def set_limit(self, network_key: str, limit: int, checked: date | None = None) -> Change:
        default = next(n.default_limit for n in NETWORKS if n.key == network_key)
        with self._store.write() as db:
            db["network_limits"].upsert(
                {"network": network_key, "char_limit": int(limit), "default_limit": default,
                 "checked": checked.isoformat() if checked else ""}, pk="network")
        return Change(Area.CALENDAR, ("limits",))

    # ----- hashtag sets and signatures
    def extras(self) -> dict[str, "NetworkExtras"]:
        """Each network's hashtag set and signature (networks without any are left out)."""
        from socialdesk.domain.calendar.ready_text import NetworkExtras

        rows = self._store.conn.execute("SELECT network, hashtags, signature FROM network_extras")
        found = {key: NetworkExtras(tags or "", sign or "") for key, tags, sign in rows}
        return {key: value for key, value in found.items() if not value.empty}

    def save_extras(self, network_key: str, hashtags: str, signature: str) -> Change:
        with self._store.write() as db:
            db["network_extras"].upsert({"network": network_key, "hashtags": clean_text(hashtags).strip(),
                                         "signature": clean_text(signature).strip()}, pk="network")
        return Change(Area.CALENDAR, ("extras",))


def _row_key(post: Post) -> tuple:
    row = row_from_post(post)
    return row["day"], row["time"], row["networks"], row["text"]


def moved(post: Post, day: date | None) -> Post:
    """The post on another day at the same time; an occurrence moved out of line is an exception."""
    extra = dict(post.extra)
    if post.series_id is not None and day != post.day:
        extra["exception"] = True
    status = post.status
    if day is None and status in (PostStatus.DRAFT, PostStatus.PLANNED):
        status = PostStatus.IDEA
    elif day is not None and status is PostStatus.IDEA:
        status = PostStatus.DRAFT
    return replace(post, day=day, extra=extra, status=status)


def _on_a_clock_change(post: Post, zone: str) -> tuple | None:
    """(kind, day, time typed, time kept) when a row's time falls on a clock change in its zone, the post given the
    time kept (a skipped 02:30 becomes 03:30) before it is compared with the plan; else None."""
    if post.day is None or post.time is None:
        return None
    kind, kept = wall_time_shift(post.day, post.time, zone)
    if not kind:
        return None
    typed, post.time = post.time, kept
    return kind, post.day, typed, kept
