"""The strategy's repository: versions, what the owner typed, and the decisions applied.

The strategy's model loads with the first strategy or version read: the calendar and the checklist read only
what was applied (a cadence, posting days) before their first paint."""

from __future__ import annotations

import json
from dataclasses import asdict, fields, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from socialdesk.domain.changes import Area, Change
from socialdesk.storage.errors import guard_reads

if TYPE_CHECKING:  # Apply loads the calendar's planning: when the owner applies, not before the first paint
    from socialdesk.domain.community import CommunityGroup
    from socialdesk.domain.plan import Pillar
    from socialdesk.domain.shop import ShopCard
    from socialdesk.domain.strategy.model import Driver, Goal, Strategy, StrategyPillar, StrategyVersion
    from socialdesk.storage.strategy.applying import ApplyReport

_VERSIONED = ("strategy_text", "strategy_goal", "strategy_driver", "strategy_channel", "strategy_pillar")


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None  # "2026-12-03" or "2026-12-03T14:05"
    except ValueError:
        return None


def _moment(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text and "T" in text else None
    except ValueError:
        return None


@guard_reads
class StrategyRepo:
    def __init__(self, store):
        self._store = store

    # -- versions ---------------------------------------------------------------------
    def versions(self) -> list[StrategyVersion]:
        """Every version, the oldest first; the last one is the current one."""
        rows = self._store.conn.execute(
            "SELECT id, started_on, reviewed_on FROM strategy_version ORDER BY id"
        ).fetchall()
        from socialdesk.domain.strategy.model import StrategyVersion

        return [StrategyVersion(r[0], _day(r[1]), _day(r[2]), _moment(r[2])) for r in rows]

    def _current_id(self) -> int:
        return self._store.conn.execute("SELECT MAX(id) FROM strategy_version").fetchone()[0]

    def start_review(self, now: date | datetime) -> Change:
        """Keep the current version read-only, dated now (to the minute), and go on editing a copy of it."""
        old = self._current_id()
        today = now.date() if isinstance(now, datetime) else now
        stamp = now.isoformat(timespec="minutes") if isinstance(now, datetime) else now.isoformat()
        shop = _shop_json(self._store.shop.get())
        with self._store.write() as db:
            db["strategy_version"].update(old, {"reviewed_on": stamp, "shop_json": shop})
            new = db["strategy_version"].insert({"started_on": today.isoformat()}).last_pk
            for table in _VERSIONED:
                columns = [c.name for c in db[table].columns if c.name not in ("id", "version_id")]
                names = ", ".join(columns)
                db.execute(
                    f"INSERT INTO {table} (version_id, {names}) SELECT ?, {names} FROM {table} WHERE version_id = ?",
                    (new, old),
                )
        return Change(Area.STRATEGY, ("version", new))

    def shop_of(self, version: StrategyVersion) -> ShopCard:
        """The shop card as it was when that version was reviewed (today's for the current one)."""
        row = self._store.conn.execute(
            "SELECT shop_json FROM strategy_version WHERE id = ?", (version.id,)
        ).fetchone()
        if version.is_current or row is None or not row[0]:
            return self._store.shop.get()
        from socialdesk.domain.shop import ShopCard

        from socialdesk.domain.hours.model import from_json

        known = {f.name for f in fields(ShopCard)} - {"hours"}
        kept = json.loads(row[0])
        card = ShopCard(**{k: v for k, v in kept.items() if k in known})
        hours = kept.get("hours")  # the hours' own JSON; an older review kept them as a mapping, or none
        card.hours = from_json(hours if isinstance(hours, str) else json.dumps(hours))
        return card

    # -- reading ----------------------------------------------------------------------
    def load(self, version_id: int | None = None) -> Strategy:
        """One version's content (the current one by default)."""
        from socialdesk.domain.community import CommunityGroup
        from socialdesk.domain.strategy.model import Driver, Goal, Strategy, StrategyPillar

        version = next((v for v in self.versions() if v.id == (version_id or self._current_id())), None)
        if version is None:
            raise KeyError(version_id)
        conn, vid = self._store.conn, version.id
        texts = dict(conn.execute("SELECT key, value FROM strategy_text WHERE version_id = ?", (vid,)))
        goals = [Goal(t, _day(d)) for t, d in conn.execute(
            "SELECT text, due FROM strategy_goal WHERE version_id = ? ORDER BY position", (vid,))]
        drivers = [Driver(CommunityGroup(g), n, h, note) for g, n, h, note in conn.execute(
            "SELECT grp, name, handle, note FROM strategy_driver WHERE version_id = ? ORDER BY grp, position",
            (vid,))]
        channels = dict(conn.execute(
            "SELECT network, posts_per_week FROM strategy_channel WHERE version_id = ?", (vid,)))
        pillars = [StrategyPillar(n, s, bool(sells)) for n, s, sells in conn.execute(
            "SELECT name, share, sells FROM strategy_pillar WHERE version_id = ? ORDER BY position", (vid,))]
        return Strategy(version, texts, goals, drivers, channels, pillars)

    def text(self, key: str) -> str:
        row = self._store.conn.execute(
            "SELECT value FROM strategy_text WHERE version_id = ? AND key = ?", (self._current_id(), key)
        ).fetchone()
        return row[0] if row else ""

    # -- writing (always the current version) -----------------------------------------
    def set_text(self, key: str, value: str) -> Change:
        with self._store.write() as db:
            db["strategy_text"].upsert({"version_id": self._current_id(), "key": key, "value": value},
                                       pk=("version_id", "key"))
        return Change(Area.STRATEGY, (key,))

    def save_goals(self, goals: list[Goal]) -> Change:
        rows = [{"text": g.text, "due": g.due.isoformat() if g.due else None} for g in goals]
        return self._replace("strategy_goal", rows, "", "goals")

    def save_drivers(self, group: CommunityGroup, drivers: list[Driver]) -> Change:
        """Replace one group's drivers (the table the owner edits shows one group)."""
        rows = [{"grp": group.value, "name": d.name, "handle": d.handle, "note": d.note} for d in drivers]
        return self._replace("strategy_driver", rows, group.value, "drivers")

    def save_pillars(self, pillars: list[StrategyPillar]) -> Change:
        rows = [{"name": p.name, "share": int(p.share), "sells": int(p.sells)} for p in pillars]
        return self._replace("strategy_pillar", rows, "", "pillars")

    def set_channel(self, network_key: str, posts_per_week: int) -> Change:
        with self._store.write() as db:
            db["strategy_channel"].upsert(
                {"version_id": self._current_id(), "network": network_key, "posts_per_week": max(0, posts_per_week)},
                pk=("version_id", "network"),
            )
        return Change(Area.STRATEGY, ("channel", network_key))

    def _replace(self, table: str, rows: list[dict], group: str, what: str) -> Change:
        vid = self._current_id()
        where = "version_id = ?" + (" AND grp = ?" if group else "")
        params = (vid, group) if group else (vid,)
        with self._store.write() as db:
            db.execute(f"DELETE FROM {table} WHERE {where}", params)
            for position, row in enumerate(rows):
                db[table].insert({"version_id": vid, "position": position, **row})
        return Change(Area.STRATEGY, (what,))

    # -- applied decisions (contracts read by the calendar) ---------------------------
    def applied_cadence(self) -> dict[str, int]:
        """Network key -> posts per week, as last applied; {} if the owner never applied."""
        row = self._applied_row()
        return {str(k): int(v) for k, v in json.loads(row[0]).items()} if row else {}

    def applied_pillars(self) -> list[Pillar]:
        """Content pillars as last applied; [] if the owner never applied."""
        row = self._applied_row()
        from socialdesk.domain.plan import Pillar

        return [Pillar(p["name"], int(p["share"])) for p in json.loads(row[1])] if row else []

    def applied_posting_days(self) -> frozenset[int]:
        """The usual posting days (ISO weekdays) as last applied; none if the owner never applied."""
        from socialdesk.domain.calendar.week_plan import posting_days

        row = self._store.conn.execute("SELECT posting_days FROM strategy_applied WHERE id = 1").fetchone()
        return posting_days(row[0] or "") if row else frozenset()

    def applied_at(self) -> datetime | None:
        row = self._applied_row()
        return datetime.fromisoformat(row[2]) if row else None

    def _applied_row(self):
        return self._store.conn.execute(
            "SELECT cadence_json, pillars_json, applied_at FROM strategy_applied WHERE id = 1"
        ).fetchone()

    def record_applied(self, cadence: dict[str, int], pillars: list[Pillar], now: datetime,
                       days: frozenset[int] = frozenset()) -> Change:
        with self._store.write() as db:
            db["strategy_applied"].upsert({
                "id": 1, "version_id": self._current_id(), "applied_at": now.isoformat(timespec="seconds"),
                "cadence_json": json.dumps(cadence), "posting_days": ",".join(str(d) for d in sorted(days)),
                "pillars_json": json.dumps([{"name": p.name, "share": p.share} for p in pillars],
                                           ensure_ascii=False),
            }, pk="id")
        return Change(Area.STRATEGY, ("applied",))

    def apply(self, now: datetime) -> "ApplyReport":
        """Hand the current version's decisions to the calendar, presence and checklist."""
        from socialdesk.storage.strategy.applying import apply_strategy

        return apply_strategy(self._store, self.load(), now)


def _shop_json(card) -> str:
    """The shop card kept with a review: its opening hours as the shop table keeps them (hours.model.to_json); a
    special day's date is no JSON value as such (attack 35c, F0: a review crashed on the demo file)."""
    from socialdesk.domain.hours.model import to_json

    record = asdict(replace(card, hours=None))
    record["hours"] = to_json(card.hours) if card.hours is not None else None
    return json.dumps(record, ensure_ascii=False)
