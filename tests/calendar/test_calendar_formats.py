"""CSV and iCalendar: byte-identical CSV round trip, Excel files, .ics read back by icalendar."""

import csv
import io
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from socialdesk.domain.calendar.csv_format import CsvProblem, defuse, export_csv, parse_csv, restore
from socialdesk.domain.calendar.ics_format import export_ics
from socialdesk.domain.post_text import clean_text
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.weeks import FIRST_DAY, LAST_DAY
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
    assert first.startswith(b"\xef\xbb\xbfdate;time;networks;status;pillar;about;text;notes;id;alt_text;google_kind\r\n")
    parsed = parse_csv(first)
    assert parsed.errors == [] and parsed.delimiter == ";"
    assert export_csv(parsed.posts, ";") == first


def test_csv_has_bom_columns_in_order_and_defused_formulas():
    data = export_csv(_tricky_store().calendar.all_posts())
    assert data.startswith(b"\xef\xbb\xbfdate,time,networks,status,pillar,about,text,notes,id,alt_text,google_kind\r\n")
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
    elif (day, at) == (date(2026, 3, 29), time(2, 30)):  # a time the clocks skip is exported as the one it becomes
        assert (start.date(), start.time(), str(start.tzinfo)) == (day, time(3, 30), "Europe/Paris")
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


_cell = st.text(max_size=40).map(clean_text)  # any text a post can hold (the post-text rule)


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


# ----- hostile and foreign input (issue 12)

def test_a_bom_then_bytes_that_are_not_utf8_is_one_problem_not_a_crash():
    parsed = parse_csv(b"\xef\xbb\xbfdate,time,networks,status,pillar,about,text,notes\r\n2026-11-30,,,,,,\xff\xfe,\r\n")
    assert [(e.line, e.problem, e.value, e.column) for e in parsed.errors] == [
        (2, CsvProblem.DAMAGED_UTF8, "0xFF", "text")] and parsed.posts == []


@pytest.mark.parametrize("cell, accepted", [
    ("9999-12-31", False), ("0001-01-01", False), ("31/12/2200", False), ("31.12.1899", False),
    ("1900-01-01", True), ("2199-12-31", True), ("31/12/99", True),
])
def test_dates_outside_1900_to_2199_are_refused_on_their_line(cell, accepted):
    parsed = parse_csv(f"date,time,networks,status,pillar,about,text,notes\n{cell},,,,,,x,\n".encode())
    if accepted:
        assert parsed.errors == [] and FIRST_DAY <= parsed.posts[0].day <= LAST_DAY
    else:
        assert [(e.line, e.problem, e.value) for e in parsed.errors] == [(2, CsvProblem.DATE_OUT_OF_RANGE, cell)]


def test_an_old_file_with_a_post_on_the_last_possible_day_still_exports():
    posts = [Post(id=1, uid="end", day=date(9999, 12, 31), time=time(23, 55), text="x", status=PostStatus.PLANNED),
             Post(id=2, uid="all-day", day=date(9999, 12, 31), text="y", status=PostStatus.PLANNED)]
    events = Calendar.from_ical(export_ics(posts, datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")))).walk("VEVENT")
    assert {e.decoded("dtstart").year for e in events} == {9999}


@pytest.mark.parametrize("text", ["C:\\Nouveau dossier", "\\N", "\\n", "a\\\\Nb", "fin\\", "\\,\\;", "é\\N🥐"])
def test_backslashes_come_back_from_the_ics_as_typed(text):
    post = Post(id=1, uid="u", day=date(2026, 11, 30), text=text, notes=text, status=PostStatus.PLANNED)
    event = Calendar.from_ical(export_ics([post], datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")))).walk("VEVENT")[0]
    assert str(event["description"]) == f"{text}\n\n— Notes:\n{text}"


# RFC 5545 TEXT has one line break and no other control character: CR and CRLF come back as LF,
# the other controls are left out by the writer; everything else must come back exactly.
_ICS_PIECE = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=6) | st.sampled_from(
    ["\\", "\\N", "\\n", "\n", "\r\n", "\r", ",", ";", ":", '"', "\t", "🥐", "é"])
_ICS_TEXT = st.lists(_ICS_PIECE, max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.dates(FIRST_DAY, LAST_DAY),
                          st.one_of(st.none(), st.times().map(lambda t: t.replace(second=0, microsecond=0))),
                          _ICS_TEXT, _ICS_TEXT), min_size=1, max_size=5))
def test_any_text_round_trips_through_the_ics_read_by_icalendar(rows):
    posts = [Post(id=i + 1, uid=f"p{i}", day=day, time=at, text=text, notes=notes, status=PostStatus.PLANNED)
             for i, (day, at, text, notes) in enumerate(rows)]
    events = {str(e["uid"]): e for e in Calendar.from_ical(
        export_ics(posts, datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")))).walk("VEVENT")}
    assert len(events) == len(posts)
    for post in posts:
        event = events[f"{post.uid}@socialdesk.invalid"]
        expected = post.text + (f"\n\n— Notes:\n{post.notes}" if post.notes else "")
        assert str(event["description"]) == clean_text(expected)
        start = event.decoded("dtstart")
        assert (start if post.time is None else start.date()) == post.day


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_posts_or_problems_never_an_exception(data):
    parsed = parse_csv(data)
    assert all(isinstance(e.problem, CsvProblem) for e in parsed.errors)


_HEADER = ["date", "time", "networks", "status", "pillar", "about", "text", "notes"]
_CP1252_TEXT = st.text(st.characters(codec="ascii") | st.sampled_from(list("éèàçôÉ")), max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.data(), st.sampled_from([",", ";"]), st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
       st.sampled_from(["\r\n", "\n"]), st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_excel_files_in_every_dialect_come_back_whole(data, delimiter, quoting, newline, encoding):
    cell = _CP1252_TEXT if encoding == "cp1252" else st.text(max_size=40)
    # A writer ending lines with LF leaves a lone CR unquoted: such a file is ambiguous, so no CR then.
    plain = cell.filter(lambda t: not t.startswith("'") and (newline == "\r\n" or "\r" not in t))
    texts = data.draw(st.lists(plain, min_size=1, max_size=5))
    days = data.draw(st.lists(st.dates(FIRST_DAY, LAST_DAY), min_size=len(texts), max_size=len(texts)))
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator=newline)
    writer.writerow(_HEADER)
    for day, text in zip(days, texts):
        # As Excel saves them: a `;` file is European (dd/mm/yyyy), a `,` one US (m/d/yyyy, no leading zero).
        slashed = day.strftime("%d/%m/%Y") if delimiter == ";" else f"{day.month}/{day.day}/{day.year}"
        writer.writerow([slashed, "09:30", "instagram", "planned", "", "", text, ""])
    parsed = parse_csv(out.getvalue().encode(encoding))
    assert parsed.errors == [] and parsed.delimiter == delimiter
    assert [(p.day, p.text) for p in parsed.posts] == [(day, clean_text(text)) for day, text in zip(days, texts)]
