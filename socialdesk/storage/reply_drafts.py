"""The review reply being written, one settings row per listing, so a crash or power cut loses nothing."""

import json

from socialdesk.storage.drafts import write_draft

PREFIX = "reply_draft"  # "reply_draft:<listing id>", or "reply_draft:" for a reply with no listing chosen
SLOT_NAMES = ("first_name", "mentioned", "contact", "signer")


def reply_key(listing_id: int | None) -> str:
    return f"{PREFIX}:{'' if listing_id is None else listing_id}"


def encode(state: dict) -> str:
    return json.dumps(state, ensure_ascii=False)


def decoded(raw: str) -> dict | None:
    """The state a row holds, its values checked; None when it cannot be read."""
    try:
        values = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(values, dict) or not isinstance(values.get("text"), str):
        return None
    blanks = values.get("blanks") if isinstance(values.get("blanks"), dict) else {}
    stars = values.get("stars")
    return {
        "listing": values.get("listing") if isinstance(values.get("listing"), int) else None,
        "stars": stars if stars in (1, 2, 3, 4, 5) else 5,
        "has_text": values.get("has_text") is not False,
        "language": values.get("language") if values.get("language") in ("en", "fr") else "en",
        "variant": values.get("variant") if isinstance(values.get("variant"), int) else 0,
        "blanks": {name: blanks[name] for name in SLOT_NAMES if isinstance(blanks.get(name), str)},
        "text": values["text"],
        "shown": values.get("shown") if isinstance(values.get("shown"), str) else "",
    }


def load_reply_drafts(store) -> list[tuple[str, dict]]:
    """Every readable reply draft with its key, oldest first."""
    rows = store.query("SELECT key, value FROM settings WHERE key GLOB ? ORDER BY rowid", (PREFIX + ":*",))
    return [(row["key"], state) for row in rows if (state := decoded(row["value"])) is not None]


def save_reply_draft(store, key: str, state: dict | None) -> None:
    """One small transaction through the store's write path (a data file in memory has no writer thread)."""
    write_draft(store, key, None if state is None else encode(state))
