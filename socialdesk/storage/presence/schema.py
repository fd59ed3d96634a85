"""Tables of the presence tab, created by migration 0005."""

from sqlite_utils import Database


def m0005_presence(db: Database) -> None:
    """Listings of the shop on each platform, and the values the link builder remembers."""
    db["presence_listings"].create(
        {"id": int, "platform_key": str, "custom_name": str, "status": str, "url": str, "handle": str,
         "nap_name": str, "nap_address": str, "nap_phone": str, "last_checked": str, "notes": str,
         "print_card": int, "review_url": str, "position": int},
        pk="id",
        not_null={"platform_key", "status", "position"},
        defaults={"custom_name": "", "url": "", "handle": "", "nap_name": "", "nap_address": "",
                  "nap_phone": "", "notes": "", "print_card": 0, "review_url": "", "position": 0},
    )
    # One listing per catalogue platform; custom listings may repeat the key.
    db.execute(
        "CREATE UNIQUE INDEX presence_listings_one_per_platform ON presence_listings(platform_key) "
        "WHERE platform_key != 'custom'"
    )
    db["presence_links"].create({"key": str, "value": str}, pk="key")


def m0011_printed_codes(db: Database) -> None:
    """The inventory of printed codes: what, what it opens, where it lives, when (the listing it carries)."""
    db["printed_codes"].create(
        {"id": int, "printed_at": str, "template": str, "caption": str, "call_to_action": str, "payload": str,
         "place": str, "listing_id": int},
        pk="id",
        not_null={"printed_at", "template", "payload"},
        defaults={"caption": "", "call_to_action": "", "place": ""},
    )


def m0016_printed_kinds(db: Database) -> None:
    """Printed codes gain the kind of link they carry (door sign, listing page, card link) and when the owner took
    them down; door signs printed before are door codes, tied to a listing or not."""
    db["printed_codes"].add_column("kind", str, not_null_default="card")
    db["printed_codes"].add_column("retired_at", str)
    db.execute("UPDATE printed_codes SET kind = 'door' WHERE template LIKE 'door%'")
