"""The shop's closures and the three-week preparation before each holiday or closure (listings, a post)."""

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import Enum

from socialdesk.domain.calendar.special_days import SpecialDay, public_holidays
from socialdesk.domain.hours.model import day_answer, with_closures
from socialdesk.domain.presence.platform_keys import APPLE_KEY, GOOGLE_KEY
from socialdesk.domain.weeks import IsoWeek

PREPARE_AHEAD = timedelta(days=21)  # the tasks are on the checklist from three weeks before until the first day
REOPENING_SEARCH = 62  # days looked at after a closure for the first open one
COMING_AHEAD = timedelta(days=62)  # a door sign lists the holidays and closures of about the next two months...
COMING_MOST = 3  # ...three at most, so the sign stays readable from the street
POST_HOUR = 10  # the ready post's usual time...
LATEST_POST_HOUR = 21  # ...and the latest it is placed today when that hour has passed (else tomorrow)
OCCASION_KEY = "occasion"  # in Post.extra: the key of the holiday or closure whose ready post it is
OCCASION_SAID = "occasion_said"  # in Post.extra: what its words said of the hours (Occasion.said) when placed
TEMPORARILY_CLOSED_FROM = 7  # Google: special hours cover up to 6 consecutive days (DOMAIN.md)


@dataclass(frozen=True)
class Closure:
    first: date
    last: date
    reason: str = ""  # the owner's words: annual leave, works…
    id: int | None = None

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def closure_problem(first: date, last: date) -> str | None:
    """A code for what is wrong with a range the owner typed, or None when it can be saved."""
    if last < first:
        return "ends_before_start"
    if last > latest_last_day(first):
        return "longer_than_a_year"
    return None


def latest_last_day(first: date) -> date:
    """The last day a closure from `first` may have: a year at most, the day before the same date a year later
    (1 August 2027 for 2 August 2026; 28 February 2029 for 29 February 2028). A longer closure is the shop
    closed, not a holiday to announce: its listings say "closed", and no post or door sign reads "from 2 to
    2 August"."""
    if first.year >= date.max.year:
        return date.max
    if (first.month, first.day) == (2, 29):
        return date(first.year + 1, 2, 28)
    return first.replace(year=first.year + 1) - timedelta(days=1)


class TaskKind(str, Enum):
    GOOGLE_HOURS = "google_hours"  # holiday (special) hours on Google Business Profile
    GOOGLE_TEMPORARILY_CLOSED = "google_closed"  # 7 days or more: "temporarily closed" instead
    APPLE_HOURS = "apple_hours"  # special hours on Apple Business Connect
    LISTING = "listing"  # another listing the shop has (its key in `target`)
    DOOR_SIGN = "door_sign"  # the door sign with the closure line, printed (a closure, or a holiday not as usual)
    POST = "post"  # a ready post on the calendar


@dataclass(frozen=True)
class Task:
    kind: TaskKind
    target: str = ""  # the listing's key (platform key, or "custom:<id>") for LISTING

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.target}" if self.target else self.kind.value


@dataclass(frozen=True)
class Occasion:
    """A public holiday (`holiday` set) or a closure (`closure` set) the listings must show."""

    first: date
    last: date
    holiday: SpecialDay | None = None
    closure: Closure | None = None
    # What the shop's hours make of it (see `with_hours`): a closure's days a special day opens and the day it
    # reopens; a holiday's answer (None: not given; (): closed; else its opening spans)
    opened: tuple = ()
    back: date | None = None
    answer: tuple | None = None

    @property
    def key(self) -> str:
        """Stable for its ticks: a holiday by its code and date, a closure by its id."""
        if self.closure is not None:
            return f"closure:{self.closure.id}"
        return f"{self.holiday.value}:{self.first.isoformat()}"

    @property
    def post_key(self) -> str:
        """What its ready post carries (Post.extra[OCCASION_KEY]): a closure's key with its dates, so a post
        placed for earlier dates no longer counts as placed once the dates change."""
        if self.closure is not None:
            return f"{self.key}:{self.first.isoformat()}:{self.last.isoformat()}"
        return self.key

    @property
    def said(self) -> str:
        """What its ready post's words say beyond its dates (Post.extra[OCCASION_SAID]): a closure's opened days, the
        day it reopens and its reason, a holiday's answer. A post placed for other words is out of date (36b)."""
        if self.closure is not None:
            opened = ";".join(f"{e.day.isoformat()}={_spans_key(e.spans)}" for e in self.opened)
            back = self.back.isoformat() if self.back else ""
            return f"opened:{opened}|back:{back}|reason:{self.closure.reason}"  # the post says the reason too
        return "unanswered" if self.answer is None else f"hours:{_spans_key(self.answer)}"

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def closed_run(self) -> int:
        """The most days in a row the shop is shut for it: its days, less the ones a special day opens."""
        opened = {e.day for e in self.opened}
        longest = run = 0
        for offset in range(self.days):
            run = 0 if self.first + timedelta(days=offset) in opened else run + 1
            longest = max(longest, run)
        return longest

    @property
    def temporarily_closed(self) -> bool:
        """Shut long enough for Google's "temporarily closed" (its holiday hours cover fewer days in a row)."""
        return self.closed_run >= TEMPORARILY_CLOSED_FROM

    @property
    def prepare_week(self) -> IsoWeek:
        return IsoWeek.of(self.first - PREPARE_AHEAD)


def tasks(occasion: Occasion, listings: list[str], hours=None) -> list[Task]:
    """What to do before it: Google (hours, or temporarily closed) and Apple when among `listings` (the keys of
    storage.due.listing_names), the other listings, the door sign (see `needs_door_sign`; `hours`: the shop's
    OpeningHours, when known), the post."""
    google = TaskKind.GOOGLE_TEMPORARILY_CLOSED if occasion.temporarily_closed else TaskKind.GOOGLE_HOURS
    found = [Task(google)] if GOOGLE_KEY in listings else []
    found += [Task(TaskKind.APPLE_HOURS)] if APPLE_KEY in listings else []
    found += [Task(TaskKind.LISTING, key) for key in listings if key not in (GOOGLE_KEY, APPLE_KEY)]
    found += [Task(TaskKind.DOOR_SIGN)] if needs_door_sign(occasion, hours) else []
    return found + [Task(TaskKind.POST)]


def needs_door_sign(occasion: Occasion, hours=None) -> bool:
    """A closure always; a holiday once the owner said the shop is closed or keeps special hours that day (not
    while unanswered, nor when it opens as usual)."""
    if occasion.closure is not None:
        return True
    answer = day_answer(hours, occasion.first)
    usual = hours.week[occasion.first.weekday()] if hours is not None else ()
    return answer is not None and (not answer or tuple(answer) != tuple(usual))


def opened_within(occasion: Occasion, hours=None) -> tuple:
    """The special days of the shop's hours (dated exceptions with opening ranges) that open a day of a closure,
    in date order: they win over the closure (as in `week_plan.closed_days`), so its words say them. None for a
    holiday."""
    if occasion.closure is None or hours is None:
        return ()
    return tuple(sorted((e for e in hours.exceptions if e.spans and occasion.first <= e.day <= occasion.last),
                        key=lambda e: e.day))


def _spans_key(spans) -> str:
    return ",".join(f"{s.start}-{s.end}" for s in spans)


def holiday_answer(hours, closures: list[Closure], day: date):
    """The shop's hours on a holiday: a special day, a closure or a closed weekday; None while the owner has not
    said (no hours, no closure that day)."""
    if hours is None:
        return () if any(c.first <= day <= c.last for c in closures) else None
    return day_answer(with_closures(hours, closures), day)


def with_hours(occasion: Occasion, closures: list[Closure], hours=None) -> Occasion:
    """The occasion with what the shop's hours (OpeningHours, or None) make of it: a closure's opened days and the
    day it reopens, a holiday's answer (`holiday_answer`)."""
    if occasion.closure is None:
        return replace(occasion, answer=holiday_answer(hours, closures, occasion.first))
    # the day its post says it reopens: the next day while the hours are not known, as the post says then
    return replace(occasion, opened=opened_within(occasion, hours), back=reopening_day(occasion.last, closures, hours))


def closure_periods(closures: list[Closure], hours=None) -> list[Occasion]:
    """The closures as the customers see them: overlapping or touching ones make one period, named by its
    earliest closure (its ticks and reason), so the tasks and the post are not doubled; each with what the shop's
    hours (OpeningHours, or None) make of it (`with_hours`)."""
    periods: list[Occasion] = []
    for c in sorted(closures, key=lambda c: (c.first, c.id or 0)):
        if periods and c.first <= periods[-1].last + timedelta(days=1):
            periods[-1] = replace(periods[-1], last=max(periods[-1].last, c.last))
        else:
            periods.append(Occasion(c.first, c.last, closure=c))
    return [with_hours(period, closures, hours) for period in periods]


def occasion_of(closure: Closure, closures: list[Closure], hours=None) -> Occasion:
    """The period a closure belongs to (itself alone when it touches no other)."""
    alone = Occasion(closure.first, closure.last, closure=closure)
    return next((o for o in closure_periods(closures, hours) if o.first <= closure.first <= o.last),
                with_hours(alone, closures, hours))


def overlapping(closure: Closure, closures: list[Closure]) -> list[Closure]:
    """The other closures sharing a day with `closure`."""
    return [c for c in closures if c.id != closure.id and c.first <= closure.last and closure.first <= c.last]


def merged(closure: Closure, others: list[Closure]) -> tuple[Closure, list[int]]:
    """`closure` joined with the closures it overlaps: the one kept (an existing closure when `closure` is new)
    spanning them all, and the ids of those it replaces."""
    together = sorted([*others, closure], key=lambda c: (c.id is None, c.first))
    kept = closure if closure.id is not None else together[0]
    reason = kept.reason or next((c.reason for c in together if c.reason), "")
    joined = Closure(min(c.first for c in together), max(c.last for c in together), reason, kept.id)
    return joined, [c.id for c in together if c.id is not None and c.id != kept.id]


def needs_preparing(occasion: Occasion, closures: list[Closure], hours=None) -> bool:
    """Whether a holiday or closure asks for tasks and a post: a holiday inside a closure (or answered closed
    right after one) is covered by it, and one on a weekday the shop is always closed (and not opened that date)
    changes nothing for customers."""
    if occasion.holiday is None:
        return True
    day = occasion.first
    if any(c.first <= day <= c.last for c in closures):
        return False
    if hours is None or hours.is_empty:
        return True
    if not hours.on(day) and any(c.last < day < reopening_day(c.last, closures, hours) for c in closures):
        return False  # answered closed right after a closure: its post already says when the shop reopens
    return bool(hours.week[day.weekday()] or hours.on(day))


def reopening_day(last: date, closures: list[Closure], hours=None) -> date:
    """The first day after `last` the shop opens (its week, dated exceptions, other closures); the next day
    when the hours are not known."""
    day = last + timedelta(days=1)
    if hours is None or hours.is_empty:
        return day
    for _ in range(REOPENING_SEARCH):
        if not any(c.first <= day <= c.last for c in closures) and hours.on(day):
            return day
        day += timedelta(days=1)
    return last + timedelta(days=1)


def occasions(first: date, last: date, closures: list[Closure], alsace_moselle: bool = False,
              hours=None) -> list[Occasion]:
    """The holidays and closures starting from `first` to `last` that need preparing, in date order."""
    found = [with_hours(Occasion(day, day, holiday=code), closures, hours) for year in range(first.year, last.year + 1)
             for day, code in public_holidays(year, alsace_moselle) if first <= day <= last]
    found = [o for o in found if needs_preparing(o, closures, hours)]
    found += [o for o in closure_periods(closures, hours) if first <= o.first <= last]
    return sorted(found, key=lambda o: (o.first, o.closure is None))


def coming_after(occasion: Occasion, closures: list[Closure], alsace_moselle: bool = False,
                 hours=None) -> list[Occasion]:
    """The holidays and closures after `occasion` a door sign announces: those starting within COMING_AHEAD of
    its last day that change the shop's hours (closures, holidays answered closed or on special hours; not one
    unanswered, open as usual or inside a closure), COMING_MOST at most, in date order."""
    start = occasion.last + timedelta(days=1)
    found = occasions(start, occasion.last + COMING_AHEAD, closures, alsace_moselle, hours)
    return [o for o in found if o.key != occasion.key and needs_door_sign(o, hours)][:COMING_MOST]


def to_prepare(week: IsoWeek, closures: list[Closure], alsace_moselle: bool = False,
               today: date | None = None, hours=None) -> list[Occasion]:
    """The occasions to prepare during `week`: from three weeks before their first day until that day (from
    `today` on, when it falls in the week). `hours`: the shop's OpeningHours, when known."""
    sunday = week.monday + timedelta(days=6)
    start = today if today is not None and week.monday <= today <= sunday else week.monday
    return occasions(start, sunday + PREPARE_AHEAD, closures, alsace_moselle, hours)


def prepared_at(ticks: dict[str, datetime], wanted: list[Task]) -> datetime | None:
    """When the last of its tasks was ticked, or None while one is left."""
    if not wanted or any(task.key not in ticks for task in wanted):
        return None
    return max(ticks[task.key] for task in wanted)


def post_slot(occasion: Occasion, now: datetime) -> datetime:
    """When the ready post goes out: three days before its first day at POST_HOUR, never in the past. Once that
    day has come (a late entry, or a closure already under way), today: at POST_HOUR, or the next full hour once
    it has passed; tomorrow at POST_HOUR after LATEST_POST_HOUR."""
    day = max(occasion.first - timedelta(days=3), now.date())
    at = datetime.combine(day, time(POST_HOUR))
    if at > now:
        return at
    if now.hour + 1 <= LATEST_POST_HOUR:
        return datetime.combine(day, time(now.hour + 1))
    return datetime.combine(day + timedelta(days=1), time(POST_HOUR))


def closed_days(occasion: Occasion, spans) -> tuple[date, date] | None:
    """The days the shop is closed for it (first, last): a closure's (some may be opened: `Occasion.opened`), a
    holiday's once answered closed (`spans` empty); None while open or unanswered."""
    if occasion.closure is not None:
        return occasion.first, occasion.last
    return (occasion.first, occasion.first) if spans is not None and not spans else None


def closed_span(occasion: Occasion) -> tuple[date, date] | None:
    """A closure's first and last days the shop is shut (a special day may open its first or last): None when
    special days open every one of them."""
    opened = {e.day for e in occasion.opened}
    shut = [occasion.first + timedelta(days=n) for n in range(occasion.days)
            if occasion.first + timedelta(days=n) not in opened]
    return (shut[0], shut[-1]) if shut else None


def opened_runs(opened) -> list[tuple[date, date, tuple]]:
    """The opened days (DayException) as runs of days in a row with the same hours: (first, last, spans)."""
    runs: list[tuple[date, date, tuple]] = []
    for e in opened:
        if runs and runs[-1][1] + timedelta(days=1) == e.day and tuple(runs[-1][2]) == tuple(e.spans):
            runs[-1] = (runs[-1][0], e.day, runs[-1][2])
        else:
            runs.append((e.day, e.day, tuple(e.spans)))
    return runs
