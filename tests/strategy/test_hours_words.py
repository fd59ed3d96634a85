"""Opening hours read from what owners type (French and English), written back, and refused when unread."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialdesk.domain.hours.compare import HoursState, check_hours
from socialdesk.domain.hours.model import HoursRefused, OpeningHours, Span, from_json, to_json
from socialdesk.domain.hours.parse import parse_hours
from socialdesk.domain.hours.words import format_hours

OPEN = (Span(7 * 60, 13 * 60), Span(15 * 60 + 30, 19 * 60 + 30))
BAKERY = OpeningHours(((),) + (OPEN,) * 5 + ((Span(7 * 60, 13 * 60),),))


@pytest.mark.parametrize("typed", [
    "Mar–sam 7 h–13 h, 15 h 30–19 h 30, dim 7 h–13 h",
    "mardi au samedi de 7h à 13h et de 15h30 à 19h30 ; dimanche de 7h à 13h ; lundi fermé",
    "Tue-Sat 7am-1pm, 3:30pm-7:30pm; Sun 7am-1pm",
    "Tuesday to Saturday 07:00-13:00 & 15:30-19:30, Sunday 7:00-13:00, closed on Mondays",
    "fermé le lundi, mar.–sam. 7 h–13 h, 15 h 30–19 h 30 ; dim. 7 h–13 h",
])
def test_the_ways_owners_type_the_bakerys_hours_read_the_same_week(typed):
    assert parse_hours(typed) == BAKERY


def test_the_week_is_written_in_french_and_english():
    assert format_hours(BAKERY, "fr") == ("mar.–sam. 7\u00a0h–13\u00a0h, 15\u00a0h\u00a030–19\u00a0h\u00a030\u202f; "
                                          "dim. 7\u00a0h–13\u00a0h\u202f; lun. fermé")
    assert format_hours(BAKERY, "en") == "Tue–Sat 7am–1pm, 3:30pm–7:30pm; Sun 7am–1pm; Mon closed"
    assert format_hours(parse_hours("Tue-Sat 7am-7:30pm"), "fr").startswith("mar.–sam. 7\u00a0h–19\u00a0h\u00a030")


_minutes = st.integers(0, 23 * 4).map(lambda quarter: quarter * 15)


@st.composite
def _days(draw):
    count = draw(st.integers(0, 2))
    cuts = sorted(draw(st.lists(_minutes, min_size=2 * count, max_size=2 * count, unique=True)))
    return tuple(Span(cuts[2 * n], cuts[2 * n + 1]) for n in range(count))


@given(st.lists(_days(), min_size=7, max_size=7).filter(any))
def test_any_week_written_out_reads_back_the_same_in_both_languages(week):
    hours = OpeningHours(tuple(week))
    if any(len(day) == 2 and day[0].end == day[1].start for day in week):
        return  # two ranges that touch are one range to the reader: not a week the grid keeps either
    for language in ("fr", "en"):
        assert parse_hours(format_hours(hours, language)) == hours, format_hours(hours, language)
    assert from_json(to_json(hours)) == hours


@pytest.mark.parametrize("typed, code", [
    ("", "empty"),
    ("sur rendez-vous", "unknown_word"),
    ("9h-19h", "no_days"),
    ("mar-sam", "days_without_hours"),
    ("lundi fermé", "no_opening"),
    ("lun 9h-19h, lun 10h-12h", "day_twice"),
    ("lun 8h-10h, 11h-12h, 14h-18h", "too_many_ranges"),
    ("Fri 10pm-8am", "ends_before_start"),  # 10pm-2am closes after midnight (kept as 22:00–26:00)
    ("lun 25h-26h", "out_of_day"),
    ("Mon 13pm-2pm", "out_of_day"),
    ("lun 9h-12h, 11h-14h", "ranges_overlap"),
    ("mar-sam 9h", "unknown_word"),
])
def test_what_cannot_be_read_is_refused_never_guessed(typed, code):
    with pytest.raises(HoursRefused) as refused:
        parse_hours(typed)
    assert refused.value.code == code


def test_a_listings_hours_are_compared_day_by_day():
    check = check_hours(BAKERY, "Mon 9am-noon, Tue-Sat 7am-1pm, 3:30pm-7:30pm, Sun 7am-1pm")
    assert check.state is HoursState.DIFFERENT
    assert [(d.weekday, d.shop, d.listing) for d in check.differences] == [(0, (), (Span(540, 720),))]
    assert check_hours(BAKERY, "mar–sam 7 h–13 h, 15 h 30–19 h 30 ; dim 7 h–13 h").state is HoursState.MATCH
    assert check_hours(BAKERY, "").state is HoursState.NOT_RECORDED
    assert check_hours(BAKERY, "sur rendez-vous").state is HoursState.UNREADABLE
    assert check_hours(None, "Tue 9-12").state is HoursState.NO_REFERENCE


def test_noon_midi_and_midnight_are_hours():
    assert parse_hours("dim 7h à midi").week[6] == (Span(7 * 60, 12 * 60),)
    assert parse_hours("Sat 6pm-midnight").week[5] == (Span(18 * 60, 24 * 60),)
    assert format_hours(parse_hours("Sat 6pm-midnight"), "en").startswith("Sat 6pm–midnight")
