"""The community's drivers: people worth keeping close, unique per name and group."""

from datetime import date

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.rules.model import Driver, name_key
from socialdesk.storage.errors import guard_reads

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
        "last_contact": driver.last_contact.isoformat() if driver.last_contact else None,
    }


@guard_reads
class DriversRepo:
    def __init__(self, store):
        self._store = store

    def drivers(self) -> list[Driver]:
        """Longest without contact first (never contacted at the top): who to call next."""
        rows = self._store.query(f"SELECT * FROM drivers {_ORDER}")
        return [_driver(row) for row in rows]

    def get(self, driver_id: int) -> Driver:
        return _driver(self._store.query_one("SELECT * FROM drivers WHERE id = ?", [driver_id]))

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
        driver.id = new_id
        return Change(Area.RULES, (f"driver:{new_id}",))

    def update(self, driver: Driver) -> Change:
        with self._store.write() as db:
            db["drivers"].update(driver.id, _record(driver))
        return Change(Area.RULES, (f"driver:{driver.id}",))

    def remove(self, driver_id: int) -> Change:
        with self._store.write() as db:
            db["drivers"].delete(driver_id)
        return Change(Area.RULES, (f"driver:{driver_id}",))

    def mark_contacted(self, driver_id: int, day: date) -> Change:
        return self.set_last_contact(driver_id, day)

    def set_last_contact(self, driver_id: int, day: date | None) -> Change:
        with self._store.write() as db:
            db["drivers"].update(driver_id, {"last_contact": day.isoformat() if day else None})
        return Change(Area.RULES, (f"driver:{driver_id}",))
