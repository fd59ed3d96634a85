"""The local time zone's IANA name, so a post's wall-clock time keeps its meaning across DST."""

from datetime import date, datetime, time, timezone

# zoneinfo is imported by the functions that read a zone: its search path reads sysconfig (2.4 ms), which the
# week's first paint does without.


def is_zone(name: str) -> bool:
    if not name:
        return False
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_zone_name() -> str:
    """Best guess of the system zone ("" when unknown: times then stay floating local times).

    tzlocal reads what each system keeps (TZ, /etc/localtime, /etc/timezone, the Windows registry);
    the ZoneInfo data comes from the system or, on Windows, from the tzdata package.
    """
    import tzlocal  # only the calendar repository needs it, once per opened data file

    try:
        tzlocal.reload_localzone()  # TZ may have changed since the last call (tests, a new file)
    except (LookupError, ValueError, OSError):  # a TZ like "CET-1CEST": the name is reloaded first
        pass
    try:
        name = tzlocal.get_localzone_name() or ""
    except (LookupError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return ""
    return name if is_zone(name) else ""


def wall_time_shift(day: date, at: time, zone: str) -> tuple[str, time]:
    """("gap", the hour it becomes) for a time the clocks skip, ("fold", at) for one they pass twice
    (its first occurrence is kept), ("", at) otherwise; a floating or unknown zone is never shifted."""
    if not is_zone(zone):
        return "", at
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    wall = datetime.combine(day, at, tzinfo=tz)
    back = wall.astimezone(timezone.utc).astimezone(tz)
    if back.replace(tzinfo=None) != wall.replace(tzinfo=None):
        return "gap", back.time().replace(tzinfo=None)
    if wall.utcoffset() != wall.replace(fold=1).utcoffset():
        return "fold", at
    return "", at
