"""Conversion between rows of the posts table and Post dataclasses."""

import json
import sqlite3
from datetime import date, datetime, time

from socialdesk.domain.calendar.image_shapes import valid_box
from socialdesk.domain.post_text import clean_text
from socialdesk.domain.posts import Post, PostStatus

COLUMNS = ("id", "uid", "day", "time", "zone", "networks", "text", "variants", "status", "published_at",
           "pillar", "about", "notes", "image", "series_id", "extra", "alt_text", "crops")
SELECT = "SELECT " + ", ".join(COLUMNS) + " FROM posts"
# The holiday or closure a post was placed for (Post.extra[OCCASION_KEY]) in SQL: NULL when `extra` is not valid
# JSON (a damaged row is skipped, not an error); bind OCCASION_KEY to its "?".
OCCASION_SQL = "CASE WHEN json_valid(extra) THEN json_extract(extra, '$.' || ?) END"


def _json(raw: str | None) -> dict:
    if not raw or raw == "{}":  # what most posts hold in `variants`, `extra` and `crops`: a month reads hundreds
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _status(raw: str) -> PostStatus:
    try:
        return PostStatus(raw)
    except ValueError:
        return PostStatus.DRAFT


def post_from_row(row: sqlite3.Row | tuple) -> Post:
    values = dict(zip(COLUMNS, row))
    return Post(
        id=values["id"],
        uid=values["uid"],
        day=date.fromisoformat(values["day"]) if values["day"] else None,
        time=time.fromisoformat(values["time"]) if values["time"] else None,
        zone=values["zone"] or "",
        networks=tuple(values["networks"].split()),
        text=values["text"],
        variants={k: str(v) for k, v in _json(values["variants"]).items()},
        status=_status(values["status"]),
        published_at=datetime.fromisoformat(values["published_at"]) if values["published_at"] else None,
        pillar=values["pillar"] or "",
        about=values["about"] or "",
        notes=values["notes"] or "",
        image=values["image"] or "",
        series_id=values["series_id"],
        extra=_json(values["extra"]),
        alt_text=values["alt_text"] or "",
        crops=crops_from_json(values["crops"], values["image"] or ""),
    )


def row_from_post(post: Post) -> dict:
    """The record to store; the wall-clock time is kept to the minute, as the owner typed it."""
    return {
        "uid": post.uid,
        "day": post.day.isoformat() if post.day else None,
        "time": post.time.strftime("%H:%M") if post.time else None,
        "zone": post.zone,
        "networks": " ".join(post.networks),
        "text": clean_text(post.text),  # one rule for a post's text, whichever door it came in by
        "variants": json.dumps({k: clean_text(v) for k, v in post.variants.items() if clean_text(v)},
                               ensure_ascii=False, sort_keys=True),
        "status": PostStatus(post.status).value,
        "published_at": post.published_at.isoformat(timespec="minutes") if post.published_at else None,
        "pillar": post.pillar,
        "about": post.about,
        "notes": clean_text(post.notes),
        "image": post.image,
        "series_id": post.series_id,
        "extra": json.dumps(post.extra, ensure_ascii=False, sort_keys=True),
        "alt_text": clean_text(post.alt_text),
        "crops": crops_to_json(post),
    }


def crops_to_json(post: Post) -> str:
    """The crops with the image they were drawn on: another image later makes them void."""
    boxes = {k: [round(v, 6) for v in box] for k, box in post.crops.items() if valid_box(box)}
    return json.dumps({"image": post.image, "boxes": boxes}, sort_keys=True) if boxes and post.image else "{}"


def crops_from_json(raw: str | None, image: str) -> dict[str, tuple]:
    value = _json(raw)
    boxes = value.get("boxes") if value.get("image") == image and image else None
    if not isinstance(boxes, dict):
        return {}
    return {k: box for k, box in ((str(k), valid_box(v)) for k, v in boxes.items()) if box}
