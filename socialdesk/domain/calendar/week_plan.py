"""What the strategy asks of a week: posting days still empty, posts left to plan, texts over a limit."""

from collections.abc import Collection
from dataclasses import replace
from datetime import date, timedelta

from socialdesk.domain.calendar.counting import Count, cadence_targets, counts
from socialdesk.domain.calendar.ready_text import longest_text
from socialdesk.domain.hours.model import day_answer
from socialdesk.domain.networks import is_network_key, network
from socialdesk.domain.posts import Post, PostStatus

_NOT_PLANNED = (PostStatus.SKIPPED, PostStatus.IDEA)


def posting_days(codes: list[str] | str) -> frozenset[int]:
    """ISO weekdays (1 Monday … 7 Sunday) from the strategy's day codes ("2,4,6"); unknown codes left out."""
    parts = codes.split(",") if isinstance(codes, str) else codes
    return frozenset(int(p) for p in (part.strip() for part in parts) if p.isdigit() and 1 <= int(p) <= 7)


def days_to_plan(days: list[date], posts: list[Post], weekdays: frozenset[int], today: date | None = None,
                 closed: Collection[date] = ()) -> list[date]:
    """The chosen posting days that have no post planned yet (skipped ones do not count), leaving out the days
    the shop is closed and, given `today`, the days already past: nothing is to be planned there."""
    taken = {p.day for p in posts if p.day is not None and p.status not in _NOT_PLANNED}
    return [day for day in days if day.isoweekday() in weekdays and day not in taken and day not in closed
            and (today is None or day >= today)]


def closed_days(closures, hours=None) -> frozenset[date]:
    """The dates the shop is shut: each day of its closures, and each dated exception of its opening hours
    (domain.hours.model.OpeningHours) that has no opening range. A dated exception that opens a day of a closure
    wins, as in the checklist's holiday answer (hours.model.with_closures; attack 35, F1)."""
    exceptions = hours.exceptions if hours is not None else ()
    opened = {e.day for e in exceptions if e.spans}
    shut = {closure.first + timedelta(days=offset) for closure in closures for offset in range(closure.days)}
    return frozenset((shut - opened) | {e.day for e in exceptions if not e.spans})


def closed_on(days: list[date], closures, hours=None) -> frozenset[date]:
    """Of `days`, those the shop is shut: `closed_days`, and its weekly closing day (a weekday its opening hours
    leave empty, unless a dated exception opens it). Said "Closed" under the date; still a posting day."""
    shut = closed_days(closures, hours)
    return frozenset(day for day in days if day in shut or day_answer(hours, day) == ())


def posts_left(posts: list[Post], cadence: dict[str, int]) -> int:
    """Posts still missing this week to meet the weekly cadence, summed over the networks."""
    return sum(max(0, t.target - t.planned) for t in cadence_targets(posts, cadence))


def over_limit(post: Post, limits: dict[str, int], extras=None, image_label: str = "Image") -> list[Count]:
    """The networks whose text (with its hashtags and signature) is longer than the network takes. Only the
    networks whose text could be too long are counted: a week or month shown counts every post it shows."""
    extras = extras or {}
    keys = tuple(key for key in post.networks if _may_be_over(post, key, limits, extras, image_label))
    if not keys:
        return []
    return [count for count in counts(replace(post, networks=keys), limits, extras, image_label) if count.over]


def _may_be_over(post: Post, key: str, limits: dict[str, int], extras: dict, image_label: str) -> bool:
    """False only when the network's text is surely within its limit: `ready_text.longest_text` is no longer, and
    holds no link where the network counts a link as a fixed length (X), which could make it count more."""
    longest = longest_text(key, post, extras, image_label)
    if is_network_key(key) and network(key).link_length and "http" in longest.lower():
        return True
    return len(longest) > (limits.get(key, 0) or 10**9)
