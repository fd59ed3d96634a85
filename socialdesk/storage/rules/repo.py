"""The rules repository: rules in the owner's order, weekly ticks and notes, drivers."""

import re
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.rules.drivers_rule import contacted_in, drivers_rule
from socialdesk.domain.rules.model import Frequency, Rule, RuleCheck
from socialdesk.domain.rules.schedule import due_rules
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.errors import guard_reads
from socialdesk.storage.rules.drivers import DriversRepo
from socialdesk.storage.rules.starter_file import read_starter_rules

if TYPE_CHECKING:
    from socialdesk.storage.rules.reviews_repo import ReviewsRepo


def _rule(row: dict) -> Rule:
    return Rule(
        id=row["id"], text=row["text"], why=row["why"] or "", frequency=Frequency(row["frequency"]),
        month_week=row["month_week"] or 1, position=row["position"],
        first_week=IsoWeek.from_key(row["first_week"]),
        archived_week=IsoWeek.from_key(row["archived_week"]) if row["archived_week"] else None,
        starter_key=row["starter_key"] or "",
    )


def _check(row: dict) -> RuleCheck:
    return RuleCheck(
        rule_id=row["rule_id"], week=IsoWeek.from_key(row["week"]), done=bool(row["done"]),
        done_at=datetime.fromisoformat(row["done_at"]) if row["done_at"] else None, note=row["note"] or "",
    )


def _one_line(text: str) -> str:
    """Collapse line breaks and runs of spaces, keeping no-break spaces (French « : »)."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def _clean(rule: Rule) -> dict:
    text = _one_line(rule.text)
    if not text:
        raise ValueError("a rule needs a text")
    return {"text": text, "why": _one_line(rule.why), "frequency": Frequency(rule.frequency).value,
            "month_week": rule.month_week}


@guard_reads
class RulesRepo:
    def __init__(self, store):
        self._store = store
        self.drivers = DriversRepo(store)

    @cached_property
    def reviews(self) -> "ReviewsRepo":
        """Review replies copied and the weekly review tally (storage.rules.reviews_repo)."""
        from socialdesk.storage.rules.reviews_repo import ReviewsRepo

        return ReviewsRepo(self._store)

    # -- the contract other tabs call ------------------------------------------------------
    def ensure_driver(self, name: str, group: str, handle: str = "", note: str = "") -> bool:
        """Add a driver unless (name, group) is there already, any case; True if added."""
        return self.drivers.ensure_driver(name, group, handle, note)

    def set_driver_contacted(self, driver_id: int, now: datetime, contacted: bool) -> Change:
        """Mark a driver contacted this week (or undo this week's contacts, back to the one before),
        and tick or untick the week's "contact or thank a driver" rule to match, in one transaction."""
        week = IsoWeek.of(now.date())
        with self._store.write():
            if contacted:
                self.drivers.mark_contacted(driver_id, now.date())
            else:
                self.drivers.forget_contacts(driver_id, week.monday, week.monday + timedelta(days=6))
            rule = drivers_rule(self.rules(include_archived=True), week)
            if rule is not None:
                self._follow_contacts(rule.id, week, now, contacted)
        return Change(Area.RULES, (f"driver:{driver_id}",) + ((rule.id,) if rule else ()))

    def _follow_contacts(self, rule_id: int, week: IsoWeek, now: datetime, contacted: bool) -> None:
        """A contact this week ticks the rule (remembered as the contact's tick); with none left, only the
        contact's tick goes: a tick the owner set by hand before stays."""
        row = self._store.conn.execute("SELECT done, by_contact FROM rule_checks WHERE rule_id = ? AND week = ?",
                                       (rule_id, week.key)).fetchone()
        done, by_contact = (bool(row[0]), bool(row[1])) if row else (False, False)
        if contacted or contacted_in(self.drivers.drivers(), week):
            if not done:
                self.set_done(rule_id, week, True, now)
                self._store.conn.execute("UPDATE rule_checks SET by_contact = 1 WHERE rule_id = ? AND week = ?",
                                         (rule_id, week.key))
        elif by_contact:
            self.set_done(rule_id, week, False, now)

    # -- rules -------------------------------------------------------------------------------
    def rules(self, include_archived: bool = False) -> list[Rule]:
        where = "" if include_archived else "WHERE archived_week IS NULL"
        rows = self._store.query(f"SELECT * FROM rules {where} ORDER BY position, id")
        return [_rule(row) for row in rows]

    def get(self, rule_id: int) -> Rule:
        return _rule(self._store.query_one("SELECT * FROM rules WHERE id = ?", [rule_id]))

    def rules_for_week(self, week: IsoWeek) -> list[Rule]:
        """The rules on that week's checklist, in the owner's order (archived ones included
        for the weeks before their archiving)."""
        return due_rules(self.rules(include_archived=True), week)

    def _has_own_rule(self) -> bool:
        """Any rule but the one the first printed code adds ("our codes are still ours"): the checklist was used."""
        from socialdesk.storage.presence.codes_rule import is_codes_rule

        return any(not is_codes_rule(rule) for rule in self.rules(include_archived=True))

    def add(self, rule: Rule, today: date) -> Change:
        """A new rule counts from the current week: past weeks keep their scores."""
        record = _clean(rule)
        record["first_week"] = (rule.first_week or IsoWeek.of(today)).key
        record["starter_key"] = rule.starter_key
        with self._store.write() as db:
            record["position"] = self._next_position()
            rule.id = db["rules"].insert(record).last_pk
        return Change(Area.RULES, (rule.id,))

    def _next_position(self) -> int:
        return self._store.conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM rules").fetchone()[0]

    def update(self, rule: Rule) -> Change:
        """Save an edit. A starter rule keeps its key when reworded (the key-people rule still ticks itself);
        its words differing from the starter's are what marks it edited, so a language switch keeps them."""
        record = _clean(rule)
        record["starter_key"] = rule.starter_key
        with self._store.write() as db:
            db["rules"].update(rule.id, record)
        return Change(Area.RULES, (rule.id,))

    def archive(self, rule_id: int, today: date) -> Change:
        """The rule leaves the checklist from next week on; this week and earlier keep it and its ticks."""
        with self._store.write() as db:
            db["rules"].update(rule_id, {"archived_week": IsoWeek.of(today).shifted(1).key})
        return Change(Area.RULES, (rule_id,))

    def reorder(self, rule_ids: list[int]) -> Change:
        """Put the given rules in this order (others keep their place after them)."""
        with self._store.write() as db:
            for position, rule_id in enumerate(rule_ids):
                db["rules"].update(rule_id, {"position": position})
        return Change(Area.RULES, tuple(rule_ids))

    def ensure_starter_set(self, today: date, language: str) -> Change | None:
        """On first use, add the interview's rules in the owner's language. Codes printed before the checklist was
        first opened added their rule already: the interview's come first, that one after them."""
        if self._has_own_rule():
            return None
        week = IsoWeek.of(today).key
        records = [dict(_clean(rule), first_week=week, starter_key=rule.starter_key, position=index)
                   for index, rule in enumerate(read_starter_rules(language))]
        with self._store.write() as db:
            db.execute("UPDATE rules SET position = position + ?", [len(records)])
            db["rules"].insert_all(records)
        return Change(Area.RULES)

    # -- weekly ticks and notes --------------------------------------------------------------
    def checks_for_week(self, week: IsoWeek) -> dict[int, RuleCheck]:
        rows = self._store.query("SELECT * FROM rule_checks WHERE week = ?", [week.key])
        return {row["rule_id"]: _check(row) for row in rows}

    def checks_between(self, first: IsoWeek, last: IsoWeek) -> dict[tuple[int, str], RuleCheck]:
        rows = self._store.query("SELECT * FROM rule_checks WHERE week BETWEEN ? AND ?", [first.key, last.key])
        return {(row["rule_id"], row["week"]): _check(row) for row in rows}

    def set_done(self, rule_id: int, week: IsoWeek, done: bool, when: datetime) -> Change:
        """Tick or untick one rule in one week; committed (and fsynced) before returning."""
        done_at = when.isoformat(timespec="seconds") if done else None
        with self._store.write() as db:
            db.execute(
                "INSERT INTO rule_checks (rule_id, week, done, done_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (rule_id, week) DO UPDATE SET done = excluded.done, done_at = excluded.done_at, "
                "by_contact = 0",  # a tick set or taken back by hand is the owner's
                (rule_id, week.key, int(done), done_at),
            )
        return Change(Area.RULES, (rule_id,))

    def set_note(self, rule_id: int, week: IsoWeek, note: str) -> Change:
        with self._store.write() as db:
            db.execute(
                "INSERT INTO rule_checks (rule_id, week, note) VALUES (?, ?, ?) "
                "ON CONFLICT (rule_id, week) DO UPDATE SET note = excluded.note",
                (rule_id, week.key, note.strip()),
            )
        return Change(Area.RULES, (rule_id,))
