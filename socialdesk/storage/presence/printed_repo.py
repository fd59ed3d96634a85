"""The printed codes' inventory, read and written (table printed_codes, migration 0011)."""

from dataclasses import asdict
from datetime import datetime

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.presence.printed import (PrintedCode, Reprint, kind_of, listing_for_payload, place_key,
                                                to_reprint)
from socialdesk.storage.errors import guard_reads
from socialdesk.storage.presence.codes_rule import codes_rule_entry, is_codes_rule

_TABLE = "printed_codes"


def _from_row(row: dict) -> PrintedCode:
    values = dict(row)
    values["printed_at"] = datetime.fromisoformat(values["printed_at"])
    if values.get("retired_at"):
        values["retired_at"] = datetime.fromisoformat(values["retired_at"])
    return PrintedCode(**values)


@guard_reads
class PrintedRepo:
    def __init__(self, store, presence):
        self._store, self._presence = store, presence

    def codes(self) -> list[PrintedCode]:
        """Every printed code, oldest first."""
        return [_from_row(row) for row in self._store.query(f"SELECT * FROM {_TABLE} ORDER BY printed_at, id")]

    def to_reprint(self) -> list[Reprint]:
        """Printed items to reprint or take down, each compared with today's link of the kind it printed."""
        return to_reprint(self.codes(), self._presence.listings(), self._door_target())

    def _door_target(self) -> str | None:
        """What a door sign's code would open if printed today (it follows the Google listing, else the address)."""
        from socialdesk.domain.presence.door_code import door_card

        card = door_card(self._presence.listings(), self._store.shop.get())
        return card.payload if card is not None else None

    def retire(self, codes, when: datetime) -> list[Change]:
        """The owner took these printed codes down: kept in the file, no longer listed."""
        ids = [code.id for code in codes if code.id is not None]
        if not ids:
            return []
        with self._store.write() as db:
            db.execute(f"UPDATE {_TABLE} SET retired_at = ? WHERE id IN ({', '.join('?' * len(ids))})",
                       [when.replace(microsecond=0).isoformat(), *ids])
        return [Change(Area.PRESENCE, ("printed",))]

    def record(self, items, template: str, place: str, when: datetime, language: str = "en") -> list[Change]:
        """One row a printed code (`items`: each copy on the sheets, so twelve stickers of one code are twelve rows),
        tied to its listing if any; the changes to publish (the checklist's too, the first time, its rule worded in
        `language`, the one the window or the command speaks: "en" or "fr")."""
        listings = self._presence.listings()
        rows = []
        for item in items:
            code = PrintedCode(when.replace(microsecond=0), template, item.caption, item.call_to_action, item.payload,
                               place_key(place), listing_for_payload(item.payload, listings),
                               kind=kind_of(item.payload, template, listings))
            row = asdict(code)
            row.pop("id")
            row.pop("retired_at")
            row["printed_at"] = code.printed_at.isoformat()
            rows.append(row)
        with self._store.write() as db:
            db[_TABLE].insert_all(rows)
        return [Change(Area.PRESENCE, ("printed",)), *self._ensure_rule(when, language)]

    def _ensure_rule(self, when: datetime, language: str) -> list[Change]:
        """The first printed code puts "our codes are still ours" on the weekly checklist (once: an archived
        one stays archived)."""
        from socialdesk.domain.rules.model import Frequency, Rule

        if any(is_codes_rule(rule) for rule in self._store.rules.rules(include_archived=True)):
            return []
        entry = codes_rule_entry()
        language = language if language in entry["text"] else "en"
        rule = Rule(text=entry["text"][language], why=entry["why"][language], frequency=Frequency(entry["frequency"]),
                    starter_key=entry["key"])
        return [self._store.rules.add(rule, when.date())]
