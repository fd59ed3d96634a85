"""Review replies in the checklist's data: the weekly tally the owner types, and each reply copied."""

from datetime import datetime
from typing import TYPE_CHECKING

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.reviews.tally import ReviewTally
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.errors import guard_reads

if TYPE_CHECKING:  # the reply wordings and the review rules load with the reply dialog, not with the checklist
    from socialdesk.domain.reviews.replies import ReplyCase

TALLY_KEY = "review_tally"  # Change ids: readers of the tally (the checklist's history) reload
REPLY_KEY = "review_reply"


@guard_reads
class ReviewsRepo:
    def __init__(self, store):
        self._store = store

    def tally(self, week: IsoWeek) -> ReviewTally:
        rows = self._store.query("SELECT received, answered FROM review_tallies WHERE week = ?", (week.key,))
        return ReviewTally(week, rows[0]["received"], rows[0]["answered"]) if rows else ReviewTally(week)

    def tallies_between(self, first: IsoWeek, last: IsoWeek) -> list[ReviewTally]:
        """The weeks with a tally typed, oldest first."""
        rows = self._store.query("SELECT week, received, answered FROM review_tallies WHERE week BETWEEN ? AND ?"
                                 " ORDER BY week", (first.key, last.key))
        return [ReviewTally(IsoWeek.from_key(r["week"]), r["received"], r["answered"]) for r in rows]

    def set_tally(self, tally: ReviewTally) -> Change:
        with self._store.write() as db:
            db.execute("INSERT INTO review_tallies (week, received, answered) VALUES (?, ?, ?)"
                       " ON CONFLICT (week) DO UPDATE SET received = excluded.received, answered = excluded.answered",
                       (tally.week.key, tally.received, tally.answered))
        return Change(Area.RULES, (TALLY_KEY,))

    def last_variant(self, case: "ReplyCase", language: str) -> int | None:
        """The wording of the latest reply copied for this case and language, or None."""
        rows = self._store.query("SELECT variant FROM review_replies WHERE case_key = ? AND language = ?"
                                 " ORDER BY id DESC LIMIT 1", (case.key, language))
        return rows[0]["variant"] if rows else None

    def record_reply(self, case: "ReplyCase", language: str, variant: int, platform_key: str, now: datetime) -> Change:
        with self._store.write() as db:
            db.execute("INSERT INTO review_replies (copied_at, platform_key, case_key, language, variant)"
                       " VALUES (?, ?, ?, ?, ?)", (now.isoformat(timespec="minutes"), platform_key, case.key,
                                                    language, variant))
        return Change(Area.RULES, (REPLY_KEY,))

    def replies_between(self, start: datetime, end: datetime) -> int:
        """How many replies were copied in [start, end)."""
        return self._store.query_one("SELECT count(*) AS n FROM review_replies WHERE copied_at >= ? AND copied_at < ?",
                                     (start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes")))["n"]
