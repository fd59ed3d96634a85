"""Tables of the rules tab, created by migration 0004 (driver contacts by 0007, review replies and tallies by 0013)."""

from sqlite_utils import Database

from socialdesk.storage.rules.starter_file import starter_key_of


def m0004_rules(db: Database) -> None:
    """Rules (never deleted, archived), one tick row per rule and ISO week, and the drivers."""
    db["rules"].create(
        {"id": int, "starter_key": str, "text": str, "why": str, "frequency": str, "month_week": int,
         "position": int, "first_week": str, "archived_week": str},
        pk="id",
        not_null={"text", "frequency", "position", "first_week"},
        defaults={"starter_key": "", "why": "", "frequency": "weekly", "month_week": 1},
    )
    db["rule_checks"].create(
        {"rule_id": int, "week": str, "done": int, "done_at": str, "note": str},
        pk=("rule_id", "week"),
        foreign_keys=[("rule_id", "rules", "id")],
        not_null={"rule_id", "week", "done"},
        defaults={"done": 0, "note": ""},
    )
    db["rule_checks"].create_index(["week"])
    db["drivers"].create(
        {"id": int, "name": str, "name_key": str, "grp": str, "network": str, "handle": str,
         "last_contact": str, "next_step": str, "note": str},
        pk="id",
        not_null={"name", "name_key", "grp"},
        defaults={"network": "", "handle": "", "next_step": "", "note": ""},
    )
    db["drivers"].create_index(["name_key", "grp"], unique=True)


def m0006_starter_rule_keys(db: Database) -> None:
    """A rule is linked to its starter key only while its words are a starter's exact English or
    French ones (then it shows in the app's language); edited rules keep the owner's words.
    Ticks, notes and weeks are not touched."""
    for row in list(db.query("SELECT id, text, why, starter_key FROM rules")):
        key = starter_key_of(row["text"], row["why"] or "")
        if key != (row["starter_key"] or ""):
            db.execute("UPDATE rules SET starter_key = ? WHERE id = ?", [key, row["id"]])


def m0007_driver_contacts(db: Database) -> None:
    """Each driver's contacts, one row per day, so undoing this week's contact brings the earlier one
    back even after a restart; a driver's last contact is their latest row (the old column moves in)."""
    db.execute("CREATE TABLE driver_contacts (driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,"
               " day TEXT NOT NULL, PRIMARY KEY (driver_id, day))")
    db.execute("INSERT INTO driver_contacts (driver_id, day) SELECT id, last_contact FROM drivers"
               " WHERE last_contact IS NOT NULL AND last_contact != ''")
    db.execute("ALTER TABLE drivers DROP COLUMN last_contact")


def m0012_contact_ticks(db: Database) -> None:
    """Whether a week's tick was set by marking a key person contacted (undoing the contact takes only that
    tick back; one the owner set by hand stays). Existing ticks count as the owner's."""
    db.execute("ALTER TABLE rule_checks ADD COLUMN by_contact INTEGER NOT NULL DEFAULT 0")


def m0013_review_replies(db: Database) -> None:
    """The weekly review count the owner types, and each reply copied (its case and wording, so the next
    reply of that case takes the next wording: two in a row never read the same)."""
    db.execute("CREATE TABLE review_tallies (week TEXT PRIMARY KEY, received INTEGER NOT NULL DEFAULT 0"
               " CHECK (received BETWEEN 0 AND 999), answered INTEGER NOT NULL DEFAULT 0"
               " CHECK (answered BETWEEN 0 AND 999))")
    db.execute("CREATE TABLE review_replies (id INTEGER PRIMARY KEY, copied_at TEXT NOT NULL,"
               " platform_key TEXT NOT NULL DEFAULT '', case_key TEXT NOT NULL, language TEXT NOT NULL,"
               " variant INTEGER NOT NULL)")
    db.execute("CREATE INDEX review_replies_case ON review_replies (case_key, language)")
