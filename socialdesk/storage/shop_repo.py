"""The shop card: one row, written by the strategy wizard, read by the local-presence tab."""

import json

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.hours.model import from_json, to_json
from socialdesk.domain.shop import ShopCard
from socialdesk.storage.errors import guard_reads

_FIELDS = ("name", "trade", "address", "postcode", "city", "country", "phone", "email", "website", "opening_hours")


@guard_reads
class ShopRepo:
    def __init__(self, store):
        self._store = store

    def get(self) -> ShopCard:
        # Plain SQL: the strategy tab reads the card before the window first paints.
        found = self._store.conn.execute(
            f"SELECT {', '.join(_FIELDS)}, languages, opening_week FROM shop WHERE id = 1").fetchone()
        if found is None:
            return ShopCard()
        card = ShopCard(**{k: value or "" for k, value in zip(_FIELDS, found)})
        card.languages = json.loads(found[-2] or "[]")
        card.hours = from_json(found[-1])
        return card

    def alsace_moselle(self) -> bool:
        """Good Friday and 26 December as holidays too: as chosen in Preferences; never chosen, when the shop card's
        postcode is in Alsace-Moselle (a Strasbourg shop sees its holidays without looking for the setting)."""
        settings = self._store.settings
        if settings.stored("alsace_moselle"):
            return settings.get("alsace_moselle")
        # the two fields alone: the calendar asks on every week switch, the opening hours need not be read
        found = self._store.conn.execute("SELECT postcode, country FROM shop WHERE id = 1").fetchone()
        return found is not None and ShopCard(postcode=found[0] or "", country=found[1] or "").in_alsace_moselle

    def save(self, card: ShopCard, when=None) -> Change:
        """The card written; "hours" in the Change when its hours changed. A closure whose opened days (special
        days inside it) changed, or a holiday whose answer changed, loses its ticks, as when a closure's dates move:
        its listings, door sign and post said otherwise (attacks 36 and 36b, H1). `when`: the time of the change, to
        tick the post task of a closure whose ready post for what it is now is on the calendar again (36b, L1)."""
        from socialdesk.storage.calendar.closures import forget_changed_answers, forget_changed_ticks, periods

        record = {k: getattr(card, k) for k in _FIELDS}
        record.update(id=1, languages=json.dumps(card.languages, ensure_ascii=False),
                      opening_week=to_json(card.hours) if card.hours is not None else "")
        with self._store.write() as db:
            stored = db.execute("SELECT opening_week FROM shop WHERE id = 1").fetchone()
            hours_changed = (stored[0] if stored else "") != record["opening_week"]
            before = periods(db) if hours_changed else {}  # a new name or phone changes no closure or holiday
            db["shop"].upsert(record, pk="id")
            if hours_changed:
                forget_changed_ticks(db, before, when)
                forget_changed_answers(db, from_json(stored[0]) if stored else None, card.hours, when)
        return Change(Area.STRATEGY, ("shop", "hours") if hours_changed else ("shop",))
