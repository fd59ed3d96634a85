"""The plan as iCalendar (RFC 5545) for the owner's phone: stable UIDs, local times, a reminder for what is still to publish.

Events are written one at a time to a file (memory flat in the number of posts), as the lines
icalendar would write for them (tests hold the two writers to the same bytes); icalendar
still writes the calendar's header and its VTIMEZONEs.
"""

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from io import BytesIO
from typing import BinaryIO

from socialdesk.domain.calendar.ics_lines import (CALENDAR_END, calendar_head, day_value, escape_text, fold,
                                                  moment_value, zone_form)
from socialdesk.domain.calendar.plan_words import IcsLabels, ics_labels
from socialdesk.domain.calendar.ready_text import visible_text
from socialdesk.domain.calendar.zones import is_zone, wall_time_shift
from socialdesk.domain.networks import is_network_key, network
from socialdesk.domain.post_text import clean_text
from socialdesk.domain.posts import Post, PostStatus

UID_DOMAIN = "socialdesk.invalid"
REMINDER = timedelta(minutes=15)
_TRIGGER_TIMED, _TRIGGER_DAY = "-PT15M", "PT9H"  # 15 minutes before; 09:00 on an all-day post's day
_STATUS = {PostStatus.PUBLISHED: "CONFIRMED", PostStatus.PLANNED: "CONFIRMED", PostStatus.SKIPPED: "CANCELLED"}
_DONE = (PostStatus.PUBLISHED, PostStatus.SKIPPED)  # nothing left to do: no reminder


def _name_list(post: Post) -> list[str]:
    """The networks as the window names them (brand names, the same in English and French)."""
    return [network(k).name if is_network_key(k) else k for k in post.networks]


def _names(post: Post) -> str:
    return ", ".join(_name_list(post))


def zones_used(posts: Iterable[Post]) -> list[str]:
    """The time zones the timed, dated posts name: one VTIMEZONE each."""
    return sorted({p.zone for p in posts if p.day is not None and p.time is not None and is_zone(p.zone)})


def _plus(start, length: timedelta):
    """start + length; a post on the calendar's very last day (only in an old file) ends where it starts."""
    try:
        return start + length
    except OverflowError:
        return start


def _when(name: str, post: Post, length: timedelta) -> str:
    if post.time is None:
        return f"{name};VALUE=DATE:{day_value(_plus(post.day, length))}"
    at = wall_time_shift(post.day, post.time, post.zone)[1]  # 2:30 on the night clocks go forward is 3:30
    moment = _plus(datetime.combine(post.day, at), length)
    # Wall-clock time with its zone name: a phone shows 09:00 in summer and in winter alike.
    params, suffix = zone_form(post.zone) if is_zone(post.zone) else ("", "")
    return f"{name}{params}:{moment_value(moment)}{suffix}"


def _description(post: Post, labels: IcsLabels) -> str:
    parts = [post.text]
    for key, variant in sorted(post.variants.items()):
        if variant.strip() and key in post.networks:
            parts.append(f"\n— {network(key).name if is_network_key(key) else key}:\n{variant}")
    if visible_text(post.alt_text):  # what the image shows, to paste in the network's alt-text field
        parts.append(f"\n— {labels.alt_text}{labels.colon.rstrip()}\n{visible_text(post.alt_text)}")
    if post.notes:
        parts.append(f"\n— {labels.notes}{labels.colon.rstrip()}\n{post.notes}")
    return "\n".join(parts)


def event_lines(post: Post, stamp: str, labels: IcsLabels) -> bytes:
    """One VEVENT (and its VALARM while something is left to do), folded, with CRLFs."""
    summary = clean_text(post.first_line) or clean_text("…")
    if post.networks:
        summary = clean_text(f"{_names(post)}{labels.colon}{summary}")
    length = timedelta(days=1) if post.time is None else REMINDER
    lines = [f"SUMMARY:{escape_text(summary)}", _when("DTSTART", post, timedelta()), _when("DTEND", post, length),
             f"DTSTAMP:{stamp}", f"UID:{escape_text(f'{post.uid or post.id}@{UID_DOMAIN}')}"]
    if post.networks:
        lines.append("CATEGORIES:" + ",".join(escape_text(name) for name in _name_list(post)))
    lines += [f"DESCRIPTION:{escape_text(clean_text(_description(post, labels)))}",
              f"STATUS:{_STATUS.get(post.status, 'TENTATIVE')}"]
    if PostStatus(post.status) not in _DONE:
        reminder = clean_text(labels.reminder.format(summary=summary))
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape_text(reminder)}",
                  f"TRIGGER:{_TRIGGER_TIMED if post.time is not None else _TRIGGER_DAY}", "END:VALARM"]
    return b"BEGIN:VEVENT\r\n" + b"".join(fold(line) for line in lines) + b"END:VEVENT\r\n"


def write_ics(out: BinaryIO, posts: Iterable[Post], zones: Iterable[str], stamp: datetime,
              name: str = "SocialDesk", language: str = "en") -> int:
    """Write the calendar to `out` event by event; `zones` must name every zone `zones_used` finds in `posts`.

    Dated posts become events (ideas have no date and stay out). Returns the number of events."""
    labels = ics_labels(language)
    stamp_text = moment_value(stamp.astimezone(timezone.utc)) + "Z"
    out.write(calendar_head(name, sorted({zone for zone in zones if is_zone(zone)})))
    count = 0
    for post in posts:
        if post.day is not None:
            out.write(event_lines(post, stamp_text, labels))
            count += 1
    out.write(CALENDAR_END)
    return count


def export_ics(posts: list[Post], stamp: datetime, name: str = "SocialDesk", language: str = "en") -> bytes:
    """The whole calendar as bytes (small plans, tests); big plans go through `write_ics` to a file."""
    buffer = BytesIO()
    write_ics(buffer, posts, zones_used(posts), stamp, name, language)
    return buffer.getvalue()
