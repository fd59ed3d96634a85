"""The shop's closures (date ranges with a reason) and the ticks of the tasks before each holiday or closure."""

from datetime import date, datetime

from socialdesk.domain.calendar.closures import Closure, closure_periods
from socialdesk.domain.changes import Area, Change
from socialdesk.storage.errors import guard_reads


def _closure(row) -> Closure:
    return Closure(date.fromisoformat(row["first_day"]), date.fromisoformat(row["last_day"]), row["reason"],
                   row["id"])


def _periods(db) -> dict[str, tuple[date, date]]:
    """The closure periods as the customers see them (see `closure_periods`): occasion key -> first, last day."""
    cursor = db.execute("SELECT id, first_day, last_day, reason FROM closures")
    names = [column[0] for column in cursor.description]
    closures = [_closure(dict(zip(names, row))) for row in cursor.fetchall()]
    return {period.key: (period.first, period.last) for period in closure_periods(closures)}


def _forget_moved_ticks(db, before: dict[str, tuple[date, date]]) -> None:
    """A period whose dates changed (its closure edited, merged, one added or removed beside it) or that is gone
    loses its ticks: the listings' hours, the door sign and the post were done for the old dates. A new reason
    alone keeps them."""
    after = _periods(db)
    for key, dates in before.items():
        if after.get(key) != dates:
            db.execute("DELETE FROM occasion_ticks WHERE occasion = ?", (key,))


@guard_reads
class ClosuresRepo:
    def __init__(self, store):
        self._store = store

    def closures(self) -> list[Closure]:
        rows = self._store.query("SELECT * FROM closures ORDER BY first_day, id")
        return [_closure(row) for row in rows]

    def add(self, closure: Closure) -> Change:
        with self._store.write() as db:
            before = _periods(db)
            cursor = db.execute("INSERT INTO closures (first_day, last_day, reason) VALUES (?, ?, ?)",
                                (closure.first.isoformat(), closure.last.isoformat(), closure.reason.strip()))
            _forget_moved_ticks(db, before)
        return Change(Area.CALENDAR, (f"closure:{cursor.lastrowid}",))

    def update(self, closure: Closure) -> Change:
        with self._store.write() as db:
            before = _periods(db)
            db.execute("UPDATE closures SET first_day = ?, last_day = ?, reason = ? WHERE id = ?",
                       (closure.first.isoformat(), closure.last.isoformat(), closure.reason.strip(), closure.id))
            _forget_moved_ticks(db, before)
        return Change(Area.CALENDAR, (f"closure:{closure.id}",))

    def merge(self, kept: Closure, removed: list[int]) -> Change:
        """One write: `kept` (an existing closure, its new dates) takes the place of the `removed` closures."""
        with self._store.write() as db:
            before = _periods(db)
            db.execute("UPDATE closures SET first_day = ?, last_day = ?, reason = ? WHERE id = ?",
                       (kept.first.isoformat(), kept.last.isoformat(), kept.reason.strip(), kept.id))
            for closure_id in removed:
                db.execute("DELETE FROM closures WHERE id = ?", (closure_id,))
                db.execute("DELETE FROM occasion_ticks WHERE occasion = ?", (f"closure:{closure_id}",))
            _forget_moved_ticks(db, before)
        return Change(Area.CALENDAR, tuple(f"closure:{i}" for i in [kept.id, *removed]))

    def remove(self, closure_id: int) -> Change:
        with self._store.write() as db:
            before = _periods(db)
            db.execute("DELETE FROM closures WHERE id = ?", (closure_id,))
            db.execute("DELETE FROM occasion_ticks WHERE occasion = ?", (f"closure:{closure_id}",))
            _forget_moved_ticks(db, before)
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
