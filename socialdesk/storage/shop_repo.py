"""The shop card: one row, written by the strategy wizard, read by the local-presence tab."""

import json

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.shop import ShopCard

_FIELDS = ("name", "trade", "address", "postcode", "city", "country", "phone", "email", "website", "opening_hours")


class ShopRepo:
    def __init__(self, store):
        self._store = store

    def get(self) -> ShopCard:
        row = next(self._store.db["shop"].rows_where("id = 1"), None)
        if row is None:
            return ShopCard()
        card = ShopCard(**{k: row[k] or "" for k in _FIELDS})
        card.languages = json.loads(row["languages"] or "[]")
        return card

    def save(self, card: ShopCard) -> Change:
        record = {k: getattr(card, k) for k in _FIELDS}
        record.update(id=1, languages=json.dumps(card.languages, ensure_ascii=False))
        with self._store.write() as db:
            db["shop"].upsert(record, pk="id")
        return Change(Area.STRATEGY, ("shop",))
