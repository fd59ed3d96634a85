"""The shop's closures (date ranges with a reason) and the ticks of the tasks before each holiday or closure."""

from datetime import date, datetime

from socialdesk.domain.calendar.closures import OCCASION_KEY, Closure, TaskKind, closure_periods
from socialdesk.domain.changes import Area, Change
from socialdesk.storage.calendar.rows import OCCASION_SQL
from socialdesk.storage.errors import guard_reads


def _closure(row) -> Closure:
    return Closure(date.fromisoformat(row["first_day"]), date.fromisoformat(row["last_day"]), row["reason"],
                   row["id"])


def _periods(db) -> dict:
    """The closure periods as the customers see them (see `closure_periods`): occasion key -> Occasion."""
    cursor = db.execute("SELECT id, first_day, last_day, reason FROM closures")
    names = [column[0] for column in cursor.description]
    closures = [_closure(dict(zip(names, row))) for row in cursor.fetchall()]
    return {period.key: period for period in closure_periods(closures)}


def _dates(period) -> tuple[date, date] | None:
    return (period.first, period.last) if period is not None else None


def _forget_moved_ticks(db, before: dict, when: datetime | None = None) -> None:
    """A period whose dates changed (its closure edited, merged, one added or removed beside it) or that is gone
    loses its ticks: the listings' hours, the door sign and the post were done for the old dates. A new reason
    alone keeps them. One rule keeps the post task true to the calendar: a period whose new dates have their
    ready post on it (dates moved away and back) has its post task ticked again, at `when`."""
    after = _periods(db)
    for key, period in before.items():
        if _dates(after.get(key)) != _dates(period):
            db.execute("DELETE FROM occasion_ticks WHERE occasion = ?", (key,))
    for key, period in after.items():
        if when is None or _dates(before.get(key)) == _dates(period):
            continue
        placed = db.execute(f"SELECT 1 FROM posts WHERE {OCCASION_SQL} = ? LIMIT 1",
                            (OCCASION_KEY, period.post_key)).fetchone()
        if placed:
            db.execute("INSERT OR REPLACE INTO occasion_ticks (occasion, task, done_at) VALUES (?, ?, ?)",
                       (key, TaskKind.POST.value, when.isoformat(timespec="seconds")))


@guard_reads
class ClosuresRepo:
    def __init__(self, store):
        self._store = store

    def closures(self) -> list[Closure]:
        rows = self._store.query("SELECT * FROM closures ORDER BY first_day, id")
        return [_closure(row) for row in rows]

    def add(self, closure: Closure, when: datetime | None = None) -> Change:
        with self._store.write() as db:
            before = _periods(db)
            cursor = db.execute("INSERT INTO closures (first_day, last_day, reason) VALUES (?, ?, ?)",
                                (closure.first.isoformat(), closure.last.isoformat(), closure.reason.strip()))
            _forget_moved_ticks(db, before, when)
        return Change(Area.CALENDAR, (f"closure:{cursor.lastrowid}",))

    def update(self, closure: Closure, when: datetime | None = None) -> Change:
        with self._store.write() as db:
            before = _periods(db)
            db.execute("UPDATE closures SET first_day = ?, last_day = ?, reason = ? WHERE id = ?",
                       (closure.first.isoformat(), closure.last.isoformat(), closure.reason.strip(), closure.id))
            _forget_moved_ticks(db, before, when)
        return Change(Area.CALENDAR, (f"closure:{closure.id}",))

    def merge(self, kept: Closure, removed: list[int], when: datetime | None = None) -> Change:
        """One write: `kept` (an existing closure, its new dates) takes the place of the `removed` closures.
        `when` (here and in add, update, remove): the time of the change, to tick the post task of a period whose
        new dates have their ready post on the calendar (see `_forget_moved_ticks`)."""
        with self._store.write() as db:
            before = _periods(db)
            db.execute("UPDATE closures SET first_day = ?, last_day = ?, reason = ? WHERE id = ?",
                       (kept.first.isoformat(), kept.last.isoformat(), kept.reason.strip(), kept.id))
            for closure_id in removed:
                db.execute("DELETE FROM closures WHERE id = ?", (closure_id,))
                db.execute("DELETE FROM occasion_ticks WHERE occasion = ?", (f"closure:{closure_id}",))
            _forget_moved_ticks(db, before, when)
        return Change(Area.CALENDAR, tuple(f"closure:{i}" for i in [kept.id, *removed]))

    def remove(self, closure_id: int, when: datetime | None = None) -> Change:
        with self._store.write() as db:
            before = _periods(db)
            db.execute("DELETE FROM closures WHERE id = ?", (closure_id,))
            db.execute("DELETE FROM occasion_ticks WHERE occasion = ?", (f"closure:{closure_id}",))
            _forget_moved_ticks(db, before, when)
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
