"""The local time zone's IANA name, so a post's wall-clock time keeps its meaning across DST."""

import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def is_zone(name: str) -> bool:
    if not name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_zone_name() -> str:
    """Best guess of the system zone ("" when unknown: times then stay floating local times)."""
    candidate = os.environ.get("TZ", "").lstrip(":")
    if is_zone(candidate):
        return candidate
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve())
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        name = target.split("zoneinfo/", 1)[1]
        if is_zone(name):
            return name
    try:
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
    except OSError:
        name = ""
    return name if is_zone(name) else ""
