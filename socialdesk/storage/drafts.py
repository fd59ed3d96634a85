"""The drafts of posts being written, one settings row each, so a crash or power cut loses nothing."""

import json
from dataclasses import replace
from datetime import date, time

from socialdesk.domain.calendar.google_post import EXTRA_KEY
from socialdesk.domain.calendar.image_shapes import STORY_KEY, valid_box
from socialdesk.domain.posts import Post, PostStatus

DRAFT_KEY = "post_draft"  # the one draft of older versions; each open dialog now has "post_draft:<token>"


def post_to_draft(post: Post) -> dict:
    """What the post dialog shows, as plain JSON values."""
    return {
        "id": post.id, "series_id": post.series_id,
        "day": post.day.isoformat() if post.day else None,
        "time": post.time.strftime("%H:%M") if post.time else None,
        "networks": list(post.networks), "text": post.text, "variants": dict(post.variants),
        "status": post.status.value, "pillar": post.pillar, "about": post.about, "notes": post.notes,
        "image": post.image, "crops": {k: list(box) for k, box in post.crops.items()},
        "alt_text": post.alt_text, "google_post": post.extra.get(EXTRA_KEY),  # the Google form (kind, title, days)
        "instagram_story": bool(post.extra.get(STORY_KEY)),
    }


def draft_to_post(values: dict) -> Post:
    """The post a draft describes; unknown or damaged values fall back to a blank field."""
    def text(key):
        value = values.get(key)
        return value if isinstance(value, str) else ""

    try:
        status = PostStatus(values.get("status"))
    except ValueError:
        status = PostStatus.IDEA
    google = values.get("google_post")
    extra = {EXTRA_KEY: google} if isinstance(google, dict) else {}
    if values.get("instagram_story") is True:
        extra[STORY_KEY] = True
    post = Post(text=text("text"), status=status, pillar=text("pillar"), about=text("about"), notes=text("notes"),
                image=text("image"), alt_text=text("alt_text"), extra=extra, networks=tuple(n for n in values.get("networks") or () if isinstance(n, str)),
                variants={k: v for k, v in (values.get("variants") or {}).items() if isinstance(v, str)})
    try:
        day = date.fromisoformat(values["day"]) if values.get("day") else None
        at = time.fromisoformat(values["time"]) if values.get("time") else None
    except (TypeError, ValueError):
        day, at = None, None
    ids = {k: values.get(k) if isinstance(values.get(k), int) else None for k in ("id", "series_id")}
    crops = values.get("crops") if isinstance(values.get("crops"), dict) else {}
    crops = {str(k): box for k, box in ((k, valid_box(v)) for k, v in crops.items()) if box}
    return replace(post, day=day, time=at, crops=crops if post.image else {}, **ids)


def new_draft_key() -> str:
    """A settings key of its own for one open post dialog, so two dialogs keep two drafts."""
    import secrets  # with OpenSSL (hmac): only when a post dialog opens

    return f"{DRAFT_KEY}:{secrets.token_hex(6)}"


def encode_post(post: Post) -> str:
    """The settings value a post's draft is kept as."""
    return json.dumps(post_to_draft(post))


def put_draft_row(db, key: str, value: str | None) -> None:
    """Add or replace the draft row `key` (a JSON value), or remove it (None), on an open write transaction:
    the one way post and reply drafts are written, here and on the writer thread (storage.draft_writer)."""
    if value is None:
        db.execute("DELETE FROM settings WHERE key = ?", (key,))
    else:
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def write_draft(store, key: str, value: str | None) -> None:
    """One small transaction through the store's write path (synchronous=FULL: it survives a power cut);
    a data file in memory has no writer thread, so its drafts come this way."""
    with store.write() as db:
        put_draft_row(db, key, value)


def save_draft(store, post: Post, key: str = DRAFT_KEY) -> None:
    """The post's draft under `key`, in one transaction (write_draft)."""
    write_draft(store, key, encode_post(post))


def _parsed(raw: str) -> Post | None:
    try:
        values = json.loads(raw)
    except ValueError:
        return None
    return draft_to_post(values) if isinstance(values, dict) else None


def load_drafts(store) -> list[tuple[str, Post]]:
    """Every readable draft with its key, oldest first; an unreadable one is skipped, not deleted."""
    rows = store.query("SELECT key, value FROM settings WHERE key = ? OR key GLOB ? ORDER BY rowid",
                       (DRAFT_KEY, DRAFT_KEY + ":*"))
    return [(key, post) for key, raw in ((r["key"], r["value"]) for r in rows) if (post := _parsed(raw)) is not None]


def clear_draft(store, key: str = DRAFT_KEY) -> None:
    write_draft(store, key, None)


DRAFT_FIELDS = ("day", "time", "networks", "text", "variants", "status", "pillar", "about", "notes", "image",
                "crops", "alt_text")


def merged_onto(stored: Post, draft: Post) -> Post:
    """A draft of an existing post: what the dialog showed, over what the file keeps (uid, extra…)."""
    extra = {k: v for k, v in stored.extra.items() if k not in (EXTRA_KEY, STORY_KEY)}
    extra.update({k: draft.extra[k] for k in (EXTRA_KEY, STORY_KEY) if k in draft.extra})
    return replace(stored, extra=extra, **{name: getattr(draft, name) for name in DRAFT_FIELDS})
