"""Any text, once cleaned by the post-text rule, comes back identical from icalendar and Python's csv."""

import csv
import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from socialdesk.domain.calendar.csv_format import export_csv, parse_csv, restore
from socialdesk.domain.calendar.ics_format import export_ics
from socialdesk.domain.post_text import clean_text
from socialdesk.domain.posts import Post, PostStatus

# Every category Hypothesis draws (controls, C1, separators, format characters, emoji), plus the
# pieces that broke exports before: lone CR, CRLF, NUL, ESC, VT, FF, DEL.
_PIECE = st.text(max_size=8) | st.sampled_from(["\r", "\r\n", "\x00", "\x1b", "\x0b", "\x0c", "\x7f", "\x85",
                                                "\u2028", "\\N", ",", ";", '"', "\t", "=", " "])
ANY_TEXT = st.lists(_PIECE, max_size=10).map("".join)


def _post(text: str, notes: str = "") -> Post:
    return Post(id=1, uid="u", day=date(2026, 11, 30), text=text, notes=notes, status=PostStatus.PLANNED)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_cleaned_text_comes_back_identical_from_icalendar(raw):
    cleaned = clean_text(raw)
    assert clean_text(cleaned) == cleaned
    for text in (cleaned, raw):  # the writer applies the rule itself to an older file's text
        ics = export_ics([_post(text)], datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")))
        event = Calendar.from_ical(ics).walk("VEVENT")[0]
        assert str(event["description"]) == cleaned


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, ANY_TEXT)
def test_cleaned_text_comes_back_identical_from_python_csv_and_our_import(raw_text, raw_notes):
    text, notes = clean_text(raw_text), clean_text(raw_notes)
    exported = export_csv([_post(text, notes)])
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig"), newline=""), dialect="excel"))
    assert len(rows) == 2 and (restore(rows[1][6]), restore(rows[1][7])) == (text, notes)
    parsed = parse_csv(exported)
    assert parsed.errors == [] and parsed.cleaned == 0
    assert [(p.text, p.notes) for p in parsed.posts] == [(text, notes)]
