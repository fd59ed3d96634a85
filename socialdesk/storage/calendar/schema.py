"""Tables of the calendar tab, created by migration 0003."""

from sqlite_utils import Database

from socialdesk.domain.networks import NETWORKS


def m0003_calendar(db: Database) -> None:
    """Posts (dated or ideas), recurring series, and the owner-correctable character limits."""
    db["post_series"].create(
        {"id": int, "frequency": str, "interval": int, "first_day": str, "until": str, "count": int},
        pk="id",
        not_null={"frequency", "first_day"},
        defaults={"interval": 1},
    )
    db["posts"].create(
        {
            "id": int, "uid": str, "day": str, "time": str, "zone": str, "networks": str,
            "text": str, "variants": str, "status": str, "published_at": str, "pillar": str,
            "about": str, "notes": str, "image": str, "series_id": int, "extra": str,
        },
        pk="id",
        not_null={"uid", "networks", "text", "status"},
        defaults={"networks": "", "text": "", "variants": "{}", "status": "idea", "pillar": "",
                  "about": "", "notes": "", "image": "", "zone": "", "extra": "{}"},
        foreign_keys=[("series_id", "post_series", "id")],
    )
    # A week is read by day range: this index keeps a week switch instant with years of posts.
    db["posts"].create_index(["day", "time"], index_name="posts_by_day")
    db["posts"].create_index(["series_id"], index_name="posts_by_series")
    db["posts"].create_index(["uid"], index_name="posts_by_uid", unique=True)
    db["network_limits"].create(
        {"network": str, "char_limit": int, "default_limit": int, "checked": str},
        pk="network",
        not_null={"char_limit", "default_limit"},
    )
    db["network_limits"].insert_all(
        {"network": n.key, "char_limit": n.default_limit, "default_limit": n.default_limit, "checked": ""}
        for n in NETWORKS
    )
