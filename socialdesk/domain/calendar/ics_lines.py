"""RFC 5545 content lines written fast: TEXT escaping, folding at 75 octets, dates, and icalendar's calendar header."""

from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

LIMIT = 74  # octets per physical line before the fold's CRLF + space (as icalendar folds)
_CONTINUATION = range(0x80, 0xC0)  # a UTF-8 byte inside a character: never folded before
_ESCAPES = (0x5C, 0x5E)  # `\` and `^`: an escape is not split from what it escapes


def escape_text(value: str) -> str:
    """TEXT escaped as RFC 5545 §3.3.11 says (a typed `\\N` stays two characters)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))


def fold(line: str) -> bytes:
    """One content line as UTF-8 with its CRLF, folded between characters exactly where icalendar folds."""
    raw = line.encode("utf-8")
    if len(raw) <= LIMIT:
        return raw + b"\r\n"
    pieces, start, size = [], 0, len(raw)
    while size - start > LIMIT:
        cut = start + LIMIT
        while raw[cut] in _CONTINUATION:
            cut -= 1
        last = cut - 1
        while raw[last] in _CONTINUATION:
            last -= 1
        if raw[last] in _ESCAPES and last > start:
            cut = last
        pieces.append(raw[start:cut])
        start = cut
    pieces.append(raw[start:])
    return b"\r\n ".join(pieces) + b"\r\n"


def day_value(day: date) -> str:
    return f"{day.year:04}{day.month:02}{day.day:02}"


def moment_value(moment: datetime) -> str:
    return f"{day_value(moment)}T{moment.hour:02}{moment.minute:02}{moment.second:02}"


@lru_cache(maxsize=64)
def zone_form(zone: str) -> tuple[str, str]:
    """(parameters, suffix) icalendar gives a wall-clock time in `zone`: (';TZID=Europe/Paris', '') or ('', 'Z')."""
    from icalendar import Event

    event = Event()
    event.add("dtstart", datetime(2000, 1, 3, 9, tzinfo=ZoneInfo(zone)))
    line = next(x for x in event.to_ical().decode().split("\r\n") if x.startswith("DTSTART"))
    head, value = line.split(":", 1)
    return head[len("DTSTART"):], "Z" if value.endswith("Z") else ""


def calendar_head(name: str, zones: list[str]) -> bytes:
    """VCALENDAR's own lines and a VTIMEZONE per zone used, from icalendar itself (a few ms, once)."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//SocialDesk//Content plan//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for zone in zones:  # a stand-in event per zone, so icalendar picks the VTIMEZONEs it needs
        stand_in = Event()
        stand_in.add("dtstart", datetime(2000, 1, 3, 9, tzinfo=ZoneInfo(zone)))
        cal.add_component(stand_in)
    cal.add_missing_timezones()
    cal.subcomponents = [part for part in cal.subcomponents if part.name == "VTIMEZONE"]
    text = cal.to_ical()
    return text[: -len(b"END:VCALENDAR\r\n")]


CALENDAR_END = b"END:VCALENDAR\r\n"
