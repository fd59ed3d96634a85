"""Tables of the calendar tab, created by migrations 0003, 0010, 0014 and 0017."""

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
    # AUTOINCREMENT: an id is never handed out twice, so undo snapshots and other tabs' references
    # can never point at a newer post that took a deleted one's number.
    db.execute(
        """CREATE TABLE posts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL,
            day TEXT,
            time TEXT,
            zone TEXT NOT NULL DEFAULT '',
            networks TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            variants TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'idea',
            published_at TEXT,
            pillar TEXT NOT NULL DEFAULT '',
            about TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            image TEXT NOT NULL DEFAULT '',
            series_id INTEGER REFERENCES post_series(id),
            extra TEXT NOT NULL DEFAULT '{}'
        )"""
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


def m0010_closures(db: Database) -> None:
    """Closures, and one tick row per (holiday or closure, task): a tick survives a restart."""
    db.execute("CREATE TABLE closures (id INTEGER PRIMARY KEY AUTOINCREMENT, first_day TEXT NOT NULL,"
               " last_day TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '')")
    db.execute("CREATE TABLE occasion_ticks (occasion TEXT NOT NULL, task TEXT NOT NULL,"
               " done_at TEXT NOT NULL, PRIMARY KEY (occasion, task))")


def m0014_ready_posts(db: Database) -> None:
    """Each post's alt text for its image, and each network's hashtag set and signature."""
    db.execute("ALTER TABLE posts ADD COLUMN alt_text TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE TABLE network_extras (network TEXT PRIMARY KEY, hashtags TEXT NOT NULL DEFAULT '',"
               " signature TEXT NOT NULL DEFAULT '')")


def m0017_image_crops(db: Database) -> None:
    """Each post's crop of its image per network (the original file is never changed)."""
    db.execute("ALTER TABLE posts ADD COLUMN crops TEXT NOT NULL DEFAULT '{}'")
