"""The shop's closures (date ranges with a reason) and the ticks of the tasks before each holiday or closure."""

import json
from dataclasses import replace
from datetime import date, datetime

from socialdesk.domain.calendar.closures import OCCASION_KEY, OCCASION_SAID, Closure, Occasion, TaskKind, \
    closure_periods, holiday_answer
from socialdesk.domain.calendar.special_days import SpecialDay
from socialdesk.domain.changes import Area, Change
from socialdesk.domain.hours.model import from_json
from socialdesk.storage.calendar.rows import OCCASION_SQL
from socialdesk.storage.errors import guard_reads


def _closure(row) -> Closure:
    return Closure(date.fromisoformat(row["first_day"]), date.fromisoformat(row["last_day"]), row["reason"],
                   row["id"])


def _closures(db) -> list[Closure]:
    cursor = db.execute("SELECT id, first_day, last_day, reason FROM closures")
    names = [column[0] for column in cursor.description]
    return [_closure(dict(zip(names, row))) for row in cursor.fetchall()]


def periods(db) -> dict:
    """The closure periods as the customers see them (see `closure_periods`), each with the days the shop's special
    days open in it: occasion key -> Occasion."""
    closures = _closures(db)
    stored = db.execute("SELECT opening_week FROM shop WHERE id = 1").fetchone()
    return {period.key: period for period in closure_periods(closures, from_json(stored[0]) if stored else None)}


def _done_for(period) -> tuple | None:
    """What the period's listings and door sign were done for: its dates and the days special days open in it."""
    return (period.first, period.last, period.opened) if period is not None else None


def forget_changed_ticks(db, before: dict, when: datetime | None = None) -> None:
    """A period whose dates changed (its closure edited, merged, one added or removed beside it), whose opened days
    changed (a special day in it added, changed or taken back), or that is gone loses its ticks: the listings'
    hours, the door sign and the post were done for what it was. A new reason or reopening day (the hours after it)
    undoes the post's tick when the post placed says otherwise, and a new reason the door sign's (it is printed).
    One rule keeps the post task true to the calendar: a period whose ready post for what it is now is on the
    calendar (dates moved away and back) has its post task ticked again, at `when`."""
    after = periods(db)
    for key, period in before.items():
        now = after.get(key)
        if now is not None and now.post_key == period.post_key and now.said != period.said:
            _stamp_unsaid(db, now.post_key, period.said)  # same dates, other words: a post placed before says so
        if _done_for(now) != _done_for(period):
            db.execute("DELETE FROM occasion_ticks WHERE occasion = ?", (key,))
        else:
            if now.said != period.said and _out_of_date(db, now.post_key, now.said):
                db.execute("DELETE FROM occasion_ticks WHERE occasion = ? AND task = ?", (key, TaskKind.POST.value))
            if now.closure.reason != period.closure.reason:  # the printed sign says the reason (attack 36c, F6)
                db.execute("DELETE FROM occasion_ticks WHERE occasion = ? AND task = ?",
                           (key, TaskKind.DOOR_SIGN.value))
    for key, period in after.items():
        if when is None or before.get(key) is not None and before[key].said == period.said \
                and _done_for(before[key]) == _done_for(period):
            continue
        if _placed(db, period.post_key, period.said):
            _tick_post(db, key, when)


def _tick_post(db, key: str, when: datetime) -> None:
    db.execute("INSERT OR REPLACE INTO occasion_ticks (occasion, task, done_at) VALUES (?, ?, ?)",
               (key, TaskKind.POST.value, when.isoformat(timespec="seconds")))


def _placed(db, post_key: str, said: str) -> bool:
    """Whether a ready post for these dates, saying `said`, is on the calendar (a post placed before the app kept
    what it said counts)."""
    return any(placed in (None, said) for placed in _saids(db, post_key))


def _out_of_date(db, post_key: str, said: str) -> bool:
    """Whether a ready post placed for these dates says something else than `said` (a post ticked by hand, with
    none placed, keeps its tick: what the owner wrote is not known)."""
    return any(placed not in (None, said) for placed in _saids(db, post_key))


def _saids(db, post_key: str) -> list:
    rows = db.execute(f"SELECT extra FROM posts WHERE {OCCASION_SQL} = ?", (OCCASION_KEY, post_key))
    return [_said_of(extra) for (extra,) in rows]


def _said_of(extra: str) -> str | None:
    try:
        said = json.loads(extra or "{}").get(OCCASION_SAID)
    except (ValueError, AttributeError):
        return None
    return said if isinstance(said, str) else None


def forget_changed_answers(db, hours_before, hours_after, when: datetime | None = None) -> None:
    """A holiday answered (closed, or its hours) whose answer changed loses its ticks: its listings, door sign and
    post said the old answer (attack 36b, H1). Giving a first answer keeps them. Answered back as a ready post on the
    calendar says, its post task is ticked again, at `when` (36c, F3)."""
    ticked = db.execute("SELECT DISTINCT occasion FROM occasion_ticks WHERE occasion NOT LIKE 'closure:%'")
    keys = [row[0] for row in ticked]
    placed = db.execute(f"SELECT DISTINCT {OCCASION_SQL} FROM posts WHERE {OCCASION_SQL} NOT LIKE 'closure:%'",
                        (OCCASION_KEY, OCCASION_KEY))  # the holidays whose post is placed (a read of each post's JSON)
    keys += [row[0] for row in placed if row[0] not in keys]
    closures = _closures(db)
    for key in keys:
        code, _, day_text = key.rpartition(":")
        try:
            holiday = Occasion(date.fromisoformat(day_text), date.fromisoformat(day_text), holiday=SpecialDay(code))
        except ValueError:
            continue  # a closure's post (its key holds its dates), or a key this version does not know
        answer = holiday_answer(hours_before, closures, holiday.first)
        now = holiday_answer(hours_after, closures, holiday.first)
        if answer == now:
            continue
        if answer is not None:
            db.execute("DELETE FROM occasion_ticks WHERE occasion = ?", (key,))
            _stamp_unsaid(db, key, replace(holiday, answer=answer).said)
        if when is not None and now is not None and _placed(db, key, replace(holiday, answer=now).said):
            _tick_post(db, key, when)


def _stamp_unsaid(db, post_key: str, said: str) -> None:
    """Posts placed before the app kept what they said are taken as current, until it sees the hours change under
    them: they said what was true just before (`said`), which is now written on them (attack 36d, M3)."""
    db.execute(f"UPDATE posts SET extra = json_set(extra, '$.' || ?, ?) "
               f"WHERE {OCCASION_SQL} = ? AND {OCCASION_SQL} IS NULL",  # OCCASION_SQL reads valid JSON only
               (OCCASION_SAID, said, OCCASION_KEY, post_key, OCCASION_SAID))


@guard_reads
class ClosuresRepo:
    def __init__(self, store):
        self._store = store

    def closures(self) -> list[Closure]:
        rows = self._store.query("SELECT * FROM closures ORDER BY first_day, id")
        return [_closure(row) for row in rows]

    def add(self, closure: Closure, when: datetime | None = None) -> Change:
        with self._store.write() as db:
            before = periods(db)
            cursor = db.execute("INSERT INTO closures (first_day, last_day, reason) VALUES (?, ?, ?)",
                                (closure.first.isoformat(), closure.last.isoformat(), closure.reason.strip()))
            forget_changed_ticks(db, before, when)
        return Change(Area.CALENDAR, (f"closure:{cursor.lastrowid}",))

    def update(self, closure: Closure, when: datetime | None = None) -> Change:
        with self._store.write() as db:
            before = periods(db)
            db.execute("UPDATE closures SET first_day = ?, last_day = ?, reason = ? WHERE id = ?",
                       (closure.first.isoformat(), closure.last.isoformat(), closure.reason.strip(), closure.id))
            forget_changed_ticks(db, before, when)
        return Change(Area.CALENDAR, (f"closure:{closure.id}",))

    def merge(self, kept: Closure, removed: list[int], when: datetime | None = None) -> Change:
        """One write: `kept` (an existing closure, its new dates) takes the place of the `removed` closures.
        `when` (here and in add, update, remove): the time of the change, to tick the post task of a period whose
        new dates have their ready post on the calendar (see `forget_changed_ticks`)."""
        with self._store.write() as db:
            before = periods(db)
            db.execute("UPDATE closures SET first_day = ?, last_day = ?, reason = ? WHERE id = ?",
                       (kept.first.isoformat(), kept.last.isoformat(), kept.reason.strip(), kept.id))
            for closure_id in removed:
                db.execute("DELETE FROM closures WHERE id = ?", (closure_id,))
                db.execute("DELETE FROM occasion_ticks WHERE occasion = ?", (f"closure:{closure_id}",))
            forget_changed_ticks(db, before, when)
        return Change(Area.CALENDAR, tuple(f"closure:{i}" for i in [kept.id, *removed]))

    def remove(self, closure_id: int, when: datetime | None = None, posts=()) -> Change:
        """`posts`: its ready posts, taken off the calendar in the same write (they announce it)."""
        with self._store.write() as db:
            before = periods(db)
            db.execute("DELETE FROM closures WHERE id = ?", (closure_id,))
            db.conn.executemany("DELETE FROM posts WHERE id = ?", [(i,) for i in posts])
            db.execute("DELETE FROM occasion_ticks WHERE occasion = ?", (f"closure:{closure_id}",))
            forget_changed_ticks(db, before, when)
        return Change(Area.CALENDAR, (f"closure:{closure_id}",))

    def ticks(self, occasion_key: str) -> dict[str, datetime]:
        """The ticked tasks of one holiday or closure: task key -> when it was ticked."""
        rows = self._store.query("SELECT task, done_at FROM occasion_ticks WHERE occasion = ?", [occasion_key])
        return {row["task"]: datetime.fromisoformat(row["done_at"]) for row in rows}

    def set_tick(self, occasion_key: str, task_key: str, done: bool, when: datetime) -> Change:
        with self._store.write() as db:
            if done:
                db.execute("INSERT OR REPLACE INTO occasion_ticks (occasion, task, done_at) VALUES (?, ?, ?)",
                           (occasion_key, task_key, when.isoformat(timespec="seconds")))
            else:
                db.execute("DELETE FROM occasion_ticks WHERE occasion = ? AND task = ?", (occasion_key, task_key))
        return Change(Area.RULES, (f"{occasion_key}/{task_key}",))
