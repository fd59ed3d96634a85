"""CSV and iCalendar: byte-identical CSV round trip, Excel files, .ics read back by icalendar."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from socialdesk.domain.calendar.csv_format import CsvProblem, defuse, export_csv, parse_csv, restore
from socialdesk.domain.calendar.ics_format import export_ics
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import Store
from socialdesk.storage.demo import seed_demo

TRICKY = ["=SUM(A1:A3)", "+33 4 78 00 00 00", "-20 % sur les éclairs", "@lea", "'=already", "''+x",
          "Ligne 1\nLigne 2\r\nLigne 3", 'Il a dit "bonjour", puis ;', "🥐🥖 emoji", "é" * 3000, "\tindent"]


def _tricky_store() -> Store:
    store = Store.in_memory()
    seed_demo(store, date(2026, 11, 26))
    for index, text in enumerate(TRICKY):
        store.calendar.add(Post(day=date(2026, 12, 1 + index), time=time(9, index), networks=("x", "mastodon"),
                                text=text, notes=TRICKY[-1 - index], pillar=text[:12], status=PostStatus.DRAFT))
    return store


def test_csv_export_import_export_is_byte_identical():
    first = export_csv(_tricky_store().calendar.all_posts())
    parsed = parse_csv(first)
    assert parsed.errors == []
    other = Store.in_memory()
    other.calendar.import_posts(parsed.posts)
    assert export_csv(other.calendar.all_posts()) == first


def test_semicolon_export_for_french_excel_round_trips_byte_for_byte():
    first = export_csv(_tricky_store().calendar.all_posts(), ";")
    assert first.startswith(b"\xef\xbb\xbfdate;time;networks;status;pillar;about;text;notes\r\n")
    parsed = parse_csv(first)
    assert parsed.errors == [] and parsed.delimiter == ";"
    assert export_csv(parsed.posts, ";") == first


def test_csv_has_bom_columns_in_order_and_defused_formulas():
    data = export_csv(_tricky_store().calendar.all_posts())
    assert data.startswith(b"\xef\xbb\xbfdate,time,networks,status,pillar,about,text,notes\r\n")
    text = data.decode("utf-8-sig")
    assert ",'=SUM(A1:A3)," in text and ",'-20 % sur les éclairs," in text and ",'@lea," in text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_defuse_and_restore_are_inverse(cell):
    defused = defuse(cell)
    assert restore(defused) == cell
    assert not defused[:1] in ("=", "+", "-", "@")


def test_excel_semicolon_windows_1252_file_imports():
    data = ("date;time;networks;status;pillar;about;text;notes\r\n"
            "30/11/2026;9:05;Instagram Facebook;prévu;Saison;clients;Galette à la frangipane;\r\n"
            ";;google;idée;;nous;Idée : pain d'épices;note\r\n").encode("cp1252")
    parsed = parse_csv(data)
    assert parsed.errors == [] and parsed.encoding == "cp1252" and parsed.delimiter == ";"
    first, idea = parsed.posts
    assert (first.day, first.time, first.networks, first.status, first.about) == (
        date(2026, 11, 30), time(9, 5), ("instagram", "facebook"), PostStatus.PLANNED, "customers")
    assert first.text == "Galette à la frangipane" and idea.day is None and idea.status is PostStatus.IDEA


def test_import_reports_each_bad_line_and_lands_nothing(tmp_path):
    data = ("date,time,networks,status,pillar,about,text,notes\n"
            "2026-11-30,09:00,instagram,planned,,,ok,\n"
            "2026-13-01,25:00,myspace,posted,,boss,bad,\n").encode()
    parsed = parse_csv(data)
    assert [(e.line, e.problem) for e in parsed.errors] == [
        (3, CsvProblem.BAD_DATE), (3, CsvProblem.BAD_TIME), (3, CsvProblem.UNKNOWN_NETWORK),
        (3, CsvProblem.UNKNOWN_STATUS), (3, CsvProblem.UNKNOWN_ABOUT)]


def test_missing_columns_are_named():
    parsed = parse_csv(b"date,text\n2026-11-30,hello\n")
    assert parsed.errors[0].problem is CsvProblem.NO_HEADER and "networks" in parsed.errors[0].value


@pytest.mark.parametrize("day,at", [
    (date(2026, 3, 29), time(2, 30)),  # does not exist in Paris (clocks jump 02:00 → 03:00)
    (date(2026, 3, 29), time(9, 0)),
    (date(2026, 10, 25), time(2, 30)),  # happens twice in Paris
    (date(2026, 12, 31), time(23, 59)),  # ISO week 53
    (date(2027, 1, 3), None),  # all-day, last day of 2026-W53
])
def test_ics_keeps_local_date_and_time_across_dst(store, day, at):
    post = Post(day=day, time=at, networks=("instagram",), text="Bonjour", status=PostStatus.PLANNED,
                zone="Europe/Paris")
    store.calendar.add(post)
    data = export_ics(store.calendar.all_posts(), datetime(2026, 11, 26, 12, tzinfo=ZoneInfo("UTC")))
    events = Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 1
    start = events[0].decoded("dtstart")
    if at is None:
        assert start == day
    else:
        assert (start.date(), start.time(), str(start.tzinfo)) == (day, at, "Europe/Paris")
    assert events[0].walk("VALARM")
    assert str(events[0]["uid"]) == f"{post.uid}@socialdesk.invalid"


def test_ics_round_trip_of_the_demo_plan_keeps_every_post():
    store = _tricky_store()
    posts = [p for p in store.calendar.all_posts() if p.day]
    first = Calendar.from_ical(export_ics(posts, datetime(2026, 11, 26, 12, tzinfo=ZoneInfo("UTC"))))
    events = {str(e["uid"]).split("@")[0]: e for e in first.walk("VEVENT")}
    assert len(events) == len(posts)
    for post in posts:
        start = events[post.uid].decoded("dtstart")
        if post.time:
            assert (start.date(), start.time().replace(second=0)) == (post.day, post.time)
        else:
            assert start == post.day
    again = Calendar.from_ical(export_ics(posts, datetime(2026, 11, 27, 8, tzinfo=ZoneInfo("UTC"))))
    assert sorted(str(e["uid"]) for e in again.walk("VEVENT")) == sorted(str(e["uid"]) for e in first.walk("VEVENT"))


_cell = st.text(max_size=40)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2099, 12, 31))),
                          st.one_of(st.none(), st.times().map(lambda t: t.replace(second=0, microsecond=0))),
                          _cell, _cell, _cell), max_size=6))
def test_any_plan_survives_the_csv_round_trip_byte_for_byte(rows):
    posts = [Post(day=day, time=at if day else None, networks=("instagram", "x"), text=text, notes=notes,
                  pillar=pillar, status=PostStatus.DRAFT if day else PostStatus.IDEA)
             for day, at, text, notes, pillar in rows]
    first = export_csv(sorted(posts, key=lambda p: (p.day is None, p.day or date.min, p.time is not None,
                                                    p.time or time.min)))
    parsed = parse_csv(first)
    assert parsed.errors == []
    assert export_csv(parsed.posts) == first
    assert [p.text for p in parsed.posts] == [p.text for p in sorted(
        posts, key=lambda p: (p.day is None, p.day or date.min, p.time is not None, p.time or time.min))]


def test_a_very_long_post_comes_back_whole():
    post = Post(day=date(2026, 11, 30), text="pain " * 60_000, status=PostStatus.PLANNED)
    parsed = parse_csv(export_csv([post]))
    assert parsed.errors == [] and parsed.posts[0].text == post.text
