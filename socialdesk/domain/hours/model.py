"""The week of opening hours: up to two ranges per weekday, closed days, dated exceptions."""

import json
from dataclasses import dataclass, field
from datetime import date

MAX_RANGES = 2  # a morning and an afternoon, as listings (Google, Apple) show them
DAY_END = 24 * 60
LATEST_NIGHT_END = DAY_END + 6 * 60  # a bar's "18 h–2 h" is kept as 18:00–26:00: it closes by 6:00 the next morning


@dataclass(frozen=True, order=True)
class Span:
    """Minutes from midnight; `end` may be 1440 (midnight) or up to 1800 (closes after midnight, by 6:00)."""
    start: int
    end: int


@dataclass(frozen=True)
class DayException:
    """A dated day that differs from the week: closed (no spans) or special spans."""
    day: date
    spans: tuple[Span, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class OpeningHours:
    week: tuple[tuple[Span, ...], ...] = ((),) * 7  # Monday = 0; an empty day is closed
    exceptions: tuple[DayException, ...] = field(default=())

    def day(self, weekday: int) -> tuple[Span, ...]:
        return self.week[weekday]

    @property
    def is_empty(self) -> bool:
        return not any(self.week)

    def same_week(self, other: "OpeningHours") -> bool:
        return self.week == other.week

    def on(self, day: date) -> tuple[Span, ...]:
        """The spans of one date: its exception if there is one, else its weekday."""
        found = next((e for e in self.exceptions if e.day == day), None)
        return found.spans if found is not None else self.week[day.weekday()]


class HoursRefused(ValueError):
    """What could not be read: a code (unknown_word, no_days, days_without_hours, day_twice, too_many_ranges,
    ends_before_start, out_of_day, ranges_overlap, ambiguous_hour, empty, no_opening, part_of_day) and the words
    concerned. "samedi matin" without its hours is refused (part_of_day): a morning's end is not guessed."""

    def __init__(self, code: str, words: str = "", days: tuple[int, ...] = ()):
        super().__init__(f"{code}: {words} {days}")
        self.code, self.words, self.days = code, words, days


def night_end(start: int, end: int) -> int:
    """The end as kept: one before the start, by 6:00, is the next morning (18:00–2:00 is 18:00–26:00)."""
    return end + DAY_END if end < start and end <= LATEST_NIGHT_END - DAY_END else end


def span_problem(span: Span) -> str | None:
    """A code for a span that cannot be kept, or None."""
    if not (0 <= span.start < DAY_END and 0 < span.end <= LATEST_NIGHT_END):
        return "out_of_day"
    if span.end <= span.start or span.end - span.start > DAY_END:
        return "ends_before_start"
    return None


def day_problem(spans: tuple[Span, ...]) -> str | None:
    if len(spans) > MAX_RANGES:
        return "too_many_ranges"
    for span in spans:
        if (problem := span_problem(span)) is not None:
            return problem
    if len(spans) == 2 and spans[0].end > spans[1].start:
        return "ranges_overlap"
    return None


def exception_on(hours: OpeningHours | None, day: date) -> DayException | None:
    return next((e for e in hours.exceptions if e.day == day), None) if hours is not None else None


def with_exception(hours: OpeningHours | None, exception: DayException) -> OpeningHours:
    """The hours with `exception` in place of any other for its date (an empty week when there were no hours)."""
    week = hours.week if hours is not None else ((),) * 7
    kept = [e for e in (hours.exceptions if hours is not None else ()) if e.day != exception.day]
    return OpeningHours(week, tuple(sorted(kept + [exception], key=lambda e: e.day)))


def without_exception(hours: OpeningHours, day: date) -> OpeningHours:
    return OpeningHours(hours.week, tuple(e for e in hours.exceptions if e.day != day))


def day_answer(hours: OpeningHours | None, day: date) -> tuple[Span, ...] | None:
    """The shop's hours on a date when known: its exception, () when its weekday is closed; None to ask."""
    found = exception_on(hours, day)
    if found is not None:
        return found.spans
    if hours is None or hours.is_empty or hours.week[day.weekday()]:
        return None
    return ()


def with_closures(hours: OpeningHours, closures) -> OpeningHours:
    """The hours with each day of the shop's closures (calendar.closures.Closure) as a closed exception."""
    from datetime import timedelta

    found = {e.day: e for e in hours.exceptions}
    for closure in closures:
        for offset in range(closure.days):
            day = closure.first + timedelta(days=offset)
            found.setdefault(day, DayException(day, (), closure.reason))
    return OpeningHours(hours.week, tuple(sorted(found.values(), key=lambda e: e.day)))


def to_json(hours: OpeningHours) -> str:
    week = [[[s.start, s.end] for s in day] for day in hours.week]
    exceptions = [{"day": e.day.isoformat(), "spans": [[s.start, s.end] for s in e.spans], "reason": e.reason}
                  for e in hours.exceptions]
    return json.dumps({"week": week, "exceptions": exceptions})


def from_json(text: str) -> OpeningHours | None:
    """The hours stored as JSON, or None for an empty or unreadable value."""
    try:
        raw = json.loads(text or "null")
        if not isinstance(raw, dict) or len(raw.get("week", [])) != 7:
            return None
        week = tuple(tuple(Span(int(a), int(b)) for a, b in day) for day in raw["week"])
        exceptions = tuple(DayException(date.fromisoformat(e["day"]), tuple(Span(int(a), int(b)) for a, b in e["spans"]),
                                        str(e.get("reason", ""))) for e in raw.get("exceptions", []))
    except (ValueError, TypeError, KeyError):
        return None
    return OpeningHours(week, exceptions)
