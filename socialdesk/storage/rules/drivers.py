"""The community's drivers: people worth keeping close, unique per name and group."""

from datetime import date

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.rules.model import Driver, name_key
from socialdesk.storage.errors import guard_reads

_SELECT = ("SELECT drivers.*, (SELECT MAX(day) FROM driver_contacts WHERE driver_id = drivers.id) AS last_contact"
           " FROM drivers")
_ORDER = "ORDER BY (last_contact IS NOT NULL), last_contact, name_key"


def _driver(row: dict) -> Driver:
    return Driver(
        id=row["id"], name=row["name"], group=CommunityGroup(row["grp"]), network=row["network"] or "",
        handle=row["handle"] or "", next_step=row["next_step"] or "", note=row["note"] or "",
        last_contact=date.fromisoformat(row["last_contact"]) if row["last_contact"] else None,
    )


def _record(driver: Driver) -> dict:
    name = " ".join(driver.name.split())
    if not name:
        raise ValueError("a driver needs a name")
    return {
        "name": name, "name_key": name_key(name), "grp": CommunityGroup(driver.group).value,
        "network": driver.network, "handle": driver.handle.strip(), "next_step": driver.next_step.strip(),
        "note": driver.note.strip(),
    }


@guard_reads
class DriversRepo:
    def __init__(self, store):
        self._store = store

    def drivers(self) -> list[Driver]:
        """Longest without contact first (never contacted at the top): who to call next."""
        rows = self._store.query(f"{_SELECT} {_ORDER}")
        return [_driver(row) for row in rows]

    def get(self, driver_id: int) -> Driver:
        return _driver(self._store.query_one(f"{_SELECT} WHERE id = ?", [driver_id]))

    def exists(self, name: str, group: str) -> bool:
        key, grp = name_key(name), CommunityGroup(group).value
        return self._find(key, grp) is not None

    def _find(self, key: str, grp: str) -> int | None:
        row = self._store.conn.execute(
            "SELECT id FROM drivers WHERE name_key = ? AND grp = ?", (key, grp)).fetchone()
        return row[0] if row else None

    def ensure_driver(self, name: str, group: str, handle: str = "", note: str = "") -> bool:
        """Add the driver unless one with that name (any case) is already in that group."""
        record = _record(Driver(name=name, group=CommunityGroup(group), handle=handle, note=note))
        with self._store.write() as db:
            if self._find(record["name_key"], record["grp"]) is not None:
                return False
            db["drivers"].insert(record)
        return True

    def add(self, driver: Driver) -> Change:
        with self._store.write() as db:
            new_id = db["drivers"].insert(_record(driver)).last_pk
            if driver.last_contact is not None:
                self._add_contact(new_id, driver.last_contact)
        driver.id = new_id
        return Change(Area.RULES, (f"driver:{new_id}",))

    def update(self, driver: Driver) -> Change:
        with self._store.write() as db:
            db["drivers"].update(driver.id, _record(driver))
            self._correct_last_contact(driver.id, driver.last_contact)
        return Change(Area.RULES, (f"driver:{driver.id}",))

    def remove(self, driver_id: int) -> Change:
        with self._store.write() as db:
            db["drivers"].delete(driver_id)
        return Change(Area.RULES, (f"driver:{driver_id}",))

    def mark_contacted(self, driver_id: int, day: date) -> Change:
        with self._store.write():
            self._add_contact(driver_id, day)
        return Change(Area.RULES, (f"driver:{driver_id}",))

    def forget_contacts(self, driver_id: int, first: date, last: date) -> Change:
        """Undo the contacts from `first` to `last`: the last contact is the one before again."""
        with self._store.write():
            self._store.conn.execute("DELETE FROM driver_contacts WHERE driver_id = ? AND day BETWEEN ? AND ?",
                                     (driver_id, first.isoformat(), last.isoformat()))
        return Change(Area.RULES, (f"driver:{driver_id}",))

    def contact_days(self, driver_id: int) -> list[date]:
        rows = self._store.query("SELECT day FROM driver_contacts WHERE driver_id = ? ORDER BY day", [driver_id])
        return [date.fromisoformat(row["day"]) for row in rows]

    def _add_contact(self, driver_id: int, day: date) -> None:
        self._store.conn.execute("INSERT OR IGNORE INTO driver_contacts (driver_id, day) VALUES (?, ?)",
                                 (driver_id, day.isoformat()))

    def _correct_last_contact(self, driver_id: int, day: date | None) -> None:
        """The edit dialog's "last contact": a new date replaces the latest one; none clears them all."""
        latest = self.get(driver_id).last_contact
        if day == latest:
            return
        if day is None:
            self._store.conn.execute("DELETE FROM driver_contacts WHERE driver_id = ?", (driver_id,))
            return
        if latest is not None:
            self._store.conn.execute("DELETE FROM driver_contacts WHERE driver_id = ? AND day = ?",
                                     (driver_id, latest.isoformat()))
        self._add_contact(driver_id, day)
