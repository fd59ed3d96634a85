"""The streaming .ics writer writes exactly what icalendar wrote, reads back alike, and keeps memory flat."""

import random
import tracemalloc
from datetime import date, datetime, time, timedelta, timezone

import pytest
from icalendar import Calendar, Event

from socialdesk.cli import main
from socialdesk.domain.calendar.ics_format import export_ics, write_ics
from socialdesk.domain.calendar.ics_lines import escape_text, fold
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store

from ics_reference import EscapedText, export_ics as icalendar_export  # the writer built on icalendar

STAMP = datetime(2026, 11, 26, 8, 30, tzinfo=timezone.utc)
ZONES = ("Europe/Paris", "UTC", "America/New_York", "Australia/Lord_Howe", "", "Mars/Olympus")
TEXTS = (
    "Galette des rois, fève; « surprise » à 9 h",
    "Ligne 1\r\nLigne 2\rLigne 3\nLigne 4",
    "é" * 37 + "a" + "é" * 40,  # two-octet characters across the 75-octet fold
    "🥐" * 30,  # four-octet characters
    "x" * 73 + "\\,\\;\\" * 10,  # escapes where the line folds
    "^" * 80 + "caret",
    "back\\N slash typed, not a line break",
    "",
    "   \n  \n",
    "Naïve café — « Œuvre » ; virgule, point-virgule; \\ fin",
)


def _varied_plan() -> list[Post]:
    rng = random.Random(19)
    posts = []
    for number in range(160):
        text = TEXTS[number % len(TEXTS)] + (" " + "mot " * rng.randrange(40) if number % 3 else "")
        networks = tuple(rng.sample(("instagram", "facebook", "google", "x", "tiktok", "old;net,work"),
                                    rng.randrange(0, 4)))
        variants = {key: f"variante {key}, ça; {number}" for key in networks if rng.random() < 0.4}
        posts.append(Post(
            day=date(2026, 3, 20) + timedelta(days=number % 15),  # 29 March: summer time in Paris
            time=None if number % 4 == 0 else time(rng.choice((0, 2, 9, 23)), rng.choice((0, 30, 59))),
            networks=networks, text=text, status=list(PostStatus)[number % len(PostStatus)],
            zone=ZONES[number % len(ZONES)], uid=f"{number:032x}", variants=variants,
            notes=("Photo d'Hugo, au levain; \\ à voir" if number % 5 == 0 else "")))
    posts.append(Post(day=date(9999, 12, 31), time=None, text="the calendar's last day", uid="last"))
    posts.append(Post(day=date(9999, 12, 31), time=time(23, 50), zone="Europe/Paris", text="late", uid="late"))
    posts.append(Post(day=None, text="an idea stays out", uid="idea"))
    return posts


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_streamed_ics_is_byte_for_byte_what_icalendar_writes(language):
    posts = _varied_plan()
    ours = export_ics(posts, STAMP, "Boulangerie Léa, Lyon; 4e", language)
    assert ours == icalendar_export(posts, STAMP, "Boulangerie Léa, Lyon; 4e", language)
    physical = ours.split(b"\r\n")
    assert physical[-1] == b"" and all(len(line) <= 75 for line in physical)
    assert b"\n" not in ours.replace(b"\r\n", b"")


def test_icalendar_reads_the_same_events_back():
    posts = _varied_plan()
    ours = Calendar.from_ical(export_ics(posts, STAMP, "Léa", "fr"))
    theirs = Calendar.from_ical(icalendar_export(posts, STAMP, "Léa", "fr"))
    assert [c.name for c in ours.walk()] == [c.name for c in theirs.walk()]
    for mine, reference in zip(ours.walk("VEVENT"), theirs.walk("VEVENT")):
        assert {k: str(v.to_ical() if hasattr(v, "to_ical") else v) for k, v in mine.items()} == \
            {k: str(v.to_ical() if hasattr(v, "to_ical") else v) for k, v in reference.items()}
    events = {str(e["UID"]): e for e in ours.walk("VEVENT")}
    assert len(events) == len(posts) - 1  # the idea stays out
    timed_paris = next(e for e in ours.walk("VEVENT") if e["DTSTART"].params.get("TZID") == "Europe/Paris")
    assert str(timed_paris["DTSTART"].dt.tzinfo) == "Europe/Paris"
    assert "\\" in str(events[f"{6:032x}@socialdesk.invalid"]["SUMMARY"])  # a typed \N stays as typed
    for post in posts[:-1]:  # a reminder only for what is still to publish
        done = post.status in (PostStatus.PUBLISHED, PostStatus.SKIPPED)
        assert bool(events[f"{post.uid}@socialdesk.invalid"].walk("VALARM")) is not done


@pytest.mark.parametrize("seed", range(6))
def test_folding_matches_icalendar_for_any_text(seed):
    rng = random.Random(seed)
    alphabet = "ab ,;\\^é€🥐\tZ"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 260)))
        event = Event()
        event.add("summary", EscapedText(text))
        reference = next(line for line in event.to_ical().split(b"\r\nEND:VEVENT")[0].split(b"BEGIN:VEVENT\r\n")[1:])
        assert fold(f"SUMMARY:{escape_text(text)}") == reference + b"\r\n"


def _posts(count: int):
    for number in range(count):
        yield Post(id=number, uid=f"{number:032x}", day=date(2026, 1, 1), time=time(9), zone="Europe/Paris",
                   networks=("instagram",), text="Galette, « fève » ; " * 8, status=PostStatus.PLANNED)


def _peak(count: int, tmp_path) -> int:
    with open(tmp_path / f"{count}.ics", "wb") as handle:
        tracemalloc.start()
        try:
            write_ics(handle, _posts(count), ["Europe/Paris"], STAMP, "Léa", "fr")
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()


def test_memory_stays_flat_as_the_plan_grows(tmp_path):
    small, large = _peak(1_000, tmp_path), _peak(10_000, tmp_path)
    assert large < small * 1.5, (small, large)
    assert Calendar.from_ical((tmp_path / "10000.ics").read_bytes()).walk("VEVENT")[-1]["UID"].startswith(
        f"{9_999:032x}")


def test_command_line_export_streams_the_chosen_weeks(tmp_path):
    data = tmp_path / "shop.sqlite3"
    store = open_store(data)
    for day, status in ((date(2026, 11, 30), PostStatus.PUBLISHED), (date(2026, 12, 2), PostStatus.PLANNED),
                        (date(2026, 12, 20), PostStatus.SKIPPED)):
        store.calendar.add(Post(day=day, time=time(9), networks=("instagram",), text=f"Post du {day}",
                                status=status, zone="America/New_York"))
    store.calendar.add(Post(day=None, text="idée"))
    store.close()
    out = tmp_path / "plan.ics"
    assert main(["export", "ics", "-o", str(out), "--db", str(data), "--from", "2026-12-01", "--lang", "fr"]) == 0
    calendar = Calendar.from_ical(out.read_bytes())
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Instagram\u00a0: Post du 2026-12-02",
                                                                     "Instagram\u00a0: Post du 2026-12-20"]
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    assert [len(e.walk("VALARM")) for e in calendar.walk("VEVENT")] == [1, 0]  # skipped: no reminder
