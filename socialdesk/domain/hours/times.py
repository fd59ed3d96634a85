"""The two ends of a typed range as minutes: am/pm, the 24-hour clock, and bare 12-hour hours read for a shop."""

import re
from dataclasses import dataclass

HALF_DAY = 12 * 60
EARLIEST_BARE_START = 6 * 60  # a bare start read before 6:00 is refused: a shop never opens at 1, 2… 5 am unsaid

# How a range of bare hours (no am/pm, no "h", no 24-hour sign such as 09:00 or 13) is read:
# - one end has am/pm: the bare start takes the end's half when that puts it before the end (1-5pm = 13:00–17:00,
#   Google's "2:30–7:30 PM"), else the other half (9-5pm = 9:00–17:00); a bare end is the first reading after the
#   start (9am-12 = 9:00–12:00, 9am-5 = 9:00–17:00);
# - the other end is on the 24-hour clock (13, 09:00, 19h, midi): the bare start is read on it too (9-19, 6-13);
# - both ends bare: a start of 7 to 12 is the morning (noon for 12), 1 to 5 the afternoon (Sat 8-12, 2-6 =
#   8:00–12:00, 14:00–18:00), 6 could be either and is refused; the end is the first reading after the start
#   (9-5 = 9:00–17:00, 9-5:30 = 9:00–17:30, 12-6 = 12:00–18:00).
# Whatever the reading, a bare start before 6:00 is refused as ambiguous rather than stored as a night opening.


class AmbiguousHour(ValueError):
    """A bare hour that could be the morning or the afternoon."""


@dataclass(frozen=True)
class Clock:
    """One typed hour: `minutes` as written (am/pm applied; a bare 12 is noon); `bare` when 1–12 with no sign."""
    minutes: int
    bare: bool = False
    half: str = ""  # "am" or "pm" when written


def clock(match: re.Match) -> Clock | None:
    """The hour a TIME match says, or None when it is not an hour of the day."""
    hour, minute, half = int(match["h"]), int(match["m"] or 0), (match["ap"] or "").replace(".", "")
    if half and not 1 <= hour <= 12 or minute > 59 or hour > 24:
        return None
    if half:
        return Clock((hour % 12 + (12 if half == "pm" else 0)) * 60 + minute, half=half)
    on_24_hour_clock = (match["sep"] or "").startswith("h") or match["h"].startswith("0") or not 1 <= hour <= 12
    return Clock(hour * 60 + minute, bare=not on_24_hour_clock)


def _readings(bare: Clock) -> tuple[int, ...]:
    """Morning then afternoon; a bare 12 is only noon."""
    return (bare.minutes,) if bare.minutes >= HALF_DAY else (bare.minutes, bare.minutes + HALF_DAY)


def _first_after(bare: Clock, start: int) -> int:
    return next((value for value in _readings(bare) if value > start), bare.minutes)


def _start_before(bare: Clock, end: Clock) -> int:
    morning, afternoon = _readings(bare)[0], _readings(bare)[-1]
    if end.half == "pm" and afternoon < end.minutes:
        return afternoon
    return morning


def _start_alone(bare: Clock) -> int:
    hour = bare.minutes // 60
    if hour == 6:
        raise AmbiguousHour()
    return bare.minutes if hour >= 7 else bare.minutes + HALF_DAY


def range_minutes(start: Clock, end: Clock) -> tuple[int, int]:
    """(start, end) in minutes; AmbiguousHour when the bare hours could be read two ways for a shop."""
    if start.bare:
        opens = _start_before(start, end) if not end.bare else _start_alone(start)
        if opens < EARLIEST_BARE_START:
            raise AmbiguousHour()
    else:
        opens = start.minutes
    return opens, _first_after(end, opens) if end.bare else end.minutes
