"""The .ics writer as it was built on icalendar (kept as the reference the streaming writer must match)."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vText

from socialdesk.domain.calendar.plan_words import ics_labels
from socialdesk.domain.calendar.zones import is_zone
from socialdesk.domain.networks import is_network_key, network
from socialdesk.domain.post_text import clean_text
from socialdesk.domain.posts import Post, PostStatus

UID_DOMAIN = "socialdesk.invalid"
REMINDER = timedelta(minutes=15)
_STATUS = {PostStatus.PUBLISHED: "CONFIRMED", PostStatus.PLANNED: "CONFIRMED", PostStatus.SKIPPED: "CANCELLED"}
_DONE = (PostStatus.PUBLISHED, PostStatus.SKIPPED)  # nothing left to do: no reminder


class EscapedText(vText):
    """TEXT escaped as RFC 5545 §3.3.11 says: icalendar's own writer turns a typed `\\N` into a line break."""

    def to_ical(self) -> bytes:
        escaped = (self.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                   .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))
        return escaped.encode(self.encoding)


def _text(value: str) -> EscapedText:
    # RFC 5545 TEXT allows no control character but tab and line breaks: the post-text rule,
    # so a post from an older data file comes back from a phone as the app now shows it.
    return EscapedText(clean_text(value))


def _names(post: Post) -> str:
    return ", ".join(network(k).name if is_network_key(k) else k for k in post.networks)


def _start(post: Post):
    if post.time is None:
        return post.day
    moment = datetime.combine(post.day, post.time)
    # Wall-clock time with its zone name: a phone shows 09:00 in summer and in winter alike.
    if not is_zone(post.zone):
        return moment
    zone = ZoneInfo(post.zone)  # a time the clocks skip (2:30 on 29 March in Paris) is the hour it becomes
    wall = moment.replace(tzinfo=zone).astimezone(timezone.utc).astimezone(zone)
    return wall.replace(tzinfo=None).replace(tzinfo=zone)


def _end(start, length: timedelta):
    """start + length; a post on the calendar's very last day (only in an old file) ends where it starts."""
    try:
        return start + length
    except OverflowError:
        return start


def post_event(post: Post, stamp: datetime, language: str = "en") -> Event:
    labels = ics_labels(language)
    event = Event()
    event.add("uid", f"{post.uid or post.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp.astimezone(timezone.utc))
    start = _start(post)
    event.add("dtstart", start)
    event.add("dtend", _end(start, timedelta(days=1) if post.time is None else timedelta(minutes=15)))
    summary = _text(post.first_line) or _text("…")
    summary = _text(f"{_names(post)}{labels.colon}{summary}") if post.networks else summary
    event.add("summary", summary)
    description = [post.text]
    for key, variant in sorted(post.variants.items()):
        if variant.strip() and key in post.networks:
            description.append(f"\n— {network(key).name if is_network_key(key) else key}:\n{variant}")
    if post.notes:
        description.append(f"\n— {labels.notes}{labels.colon.rstrip()}\n{post.notes}")
    event.add("description", _text("\n".join(description)))
    if post.networks:
        event.add("categories", [network(k).name if is_network_key(k) else k for k in post.networks])
    event.add("status", _STATUS.get(post.status, "TENTATIVE"))
    if PostStatus(post.status) not in _DONE:
        event.add_component(_reminder(post, labels.reminder.format(summary=summary)))
    return event


def _reminder(post: Post, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _text(text))
    alarm.add("trigger", -REMINDER if post.time is not None else timedelta(hours=9))
    return alarm


def export_ics(posts: list[Post], stamp: datetime, name: str = "SocialDesk", language: str = "en") -> bytes:
    """Dated posts as events (ideas have no date and stay out); VTIMEZONEs for the zones used."""
    cal = Calendar()
    cal.add("prodid", "-//SocialDesk//Content plan//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for post in posts:
        if post.day is not None:
            cal.add_component(post_event(post, stamp, language))
    cal.add_missing_timezones()
    return cal.to_ical()
