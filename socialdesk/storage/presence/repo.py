"""The shop's listings and the link builder's remembered values, read and written."""

import json
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from socialdesk.domain.cards import CardItem
from socialdesk.domain.changes import Area, Change
from socialdesk.domain.presence.listings import CardWords, Listing, ListingStatus, card_for_listing
from socialdesk.domain.presence.platforms import (
    platform_for_network, resolve_platform_key,
)
from socialdesk.storage.errors import guard_reads

_TABLE = "presence_listings"


def _to_row(listing: Listing) -> dict:
    row = asdict(listing)
    row.pop("id")
    row["status"] = listing.status.value
    row["last_checked"] = listing.last_checked.isoformat() if listing.last_checked else None
    row["print_card"] = int(listing.print_card)
    return row


def _from_row(row: dict) -> Listing:
    values = dict(row)
    values["status"] = ListingStatus(values["status"])
    values["last_checked"] = date.fromisoformat(values["last_checked"]) if values["last_checked"] else None
    values["print_card"] = bool(values["print_card"])
    return Listing(**{k: ("" if v is None and k not in ("last_checked", "id") else v) for k, v in values.items()})


@guard_reads
class PresenceRepo:
    def __init__(self, store):
        self._store = store

    @property
    def printed(self):
        """The inventory of printed codes (storage.presence.printed_repo)."""
        from socialdesk.storage.presence.printed_repo import PrintedRepo

        return PrintedRepo(self._store, self)

    # -- reading --------------------------------------------------------------------------
    def listings(self) -> list[Listing]:
        """Every listing, in the owner's order."""
        return [_from_row(row) for row in self._store.query(f"SELECT * FROM {_TABLE} ORDER BY position, id")]

    def listing(self, listing_id: int) -> Listing | None:
        row = next(iter(self._store.query(f"SELECT * FROM {_TABLE} WHERE id = ?", [listing_id])), None)
        return _from_row(row) if row else None

    def listing_for(self, platform_key: str) -> Listing | None:
        row = next(iter(self._store.query(f"SELECT * FROM {_TABLE} WHERE platform_key = ?", [platform_key])), None)
        return _from_row(row) if row else None

    def url_for_network(self, network_key: str) -> str | None:
        """The shop's page on a network (facebook, instagram, google…) from its listing, if known."""
        found = platform_for_network(network_key)
        listing = self.listing_for(found.key) if found else None
        if listing is None or listing.status is ListingStatus.NOT_RELEVANT:
            return None
        return listing.page_url()

    def cards_to_print(self, words: CardWords | None = None) -> list[CardItem]:
        """A card for every listing marked "print a card" that has a usable link.

        `words` words the calls to action (the UI's, in its language); without it the cards have none.
        """
        cards = []
        for listing in self.listings():
            if listing.print_card and listing.status is not ListingStatus.NOT_RELEVANT:
                card = card_for_listing(listing, words)
                if card is not None:
                    cards.append(card)
        return cards

    def link_values(self) -> dict[str, Any]:
        return {row["key"]: json.loads(row["value"]) for row in self._store.query("SELECT * FROM presence_links")}

    # -- writing --------------------------------------------------------------------------
    def ensure_listing(self, platform_key: str, handle: str = "") -> bool:
        """Add a "to claim" listing for this platform unless there is one; True if added.

        Accepts catalogue keys, network keys ("google") and the interview's names ("qype").
        An existing listing keeps its data; only an empty handle is filled in. The caller
        publishes Change(Area.PRESENCE) if it wants other tabs to reload.
        """
        key = resolve_platform_key(platform_key)
        if key is None:
            raise ValueError(f"unknown platform: {platform_key!r}")
        existing = self.listing_for(key)
        if existing is not None:
            if handle.strip() and not existing.handle.strip():
                self.save(replace(existing, handle=handle.strip()))
            return False
        self.add(Listing(platform_key=key, handle=handle.strip()))
        return True

    def add(self, listing: Listing) -> Change:
        """Insert a listing at the end; the Change carries its new id."""
        with self._store.write() as db:
            last = db.execute(f"SELECT COALESCE(MAX(position), -1) FROM {_TABLE}").fetchone()[0]
            row = _to_row(replace(listing, position=last + 1))
            new_id = db[_TABLE].insert(row).last_pk
        return Change(Area.PRESENCE, (new_id,))

    def save(self, listing: Listing) -> Change:
        """Write every field of an existing listing."""
        if listing.id is None:
            raise ValueError("save() needs a listing read from the store")
        with self._store.write() as db:
            db[_TABLE].update(listing.id, _to_row(listing))
        return Change(Area.PRESENCE, (listing.id,))

    def delete(self, listing_id: int) -> Change:
        with self._store.write() as db:
            db[_TABLE].delete_where("id = ?", [listing_id])
        return Change(Area.PRESENCE, (listing_id,))

    def restore(self, listing: Listing) -> Change:
        """Put back a deleted listing with its id and position (undo of a delete)."""
        row = _to_row(listing)
        row["id"] = listing.id
        with self._store.write() as db:
            db[_TABLE].insert(row)
        return Change(Area.PRESENCE, (listing.id,))

    def set_link_value(self, key: str, value: Any) -> Change:
        with self._store.write() as db:
            db["presence_links"].upsert({"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key")
        return Change(Area.PRESENCE, ("links",))
