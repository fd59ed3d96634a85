"""Typed hours as shop signs and listings write them: am/pm on the end only, bare 9-5, French signs, 24 hours."""

import pytest

from socialdesk.domain.hours.compare import HoursState, check_hours
from socialdesk.domain.hours.model import DAY_END, HoursRefused, OpeningHours, Span
from socialdesk.domain.hours.parse import parse_hours, parse_hours_named
from socialdesk.domain.hours.words import format_hours


def _h(hour: float) -> int:
    return round(hour * 60)


def _span(start: float, end: float) -> Span:
    return Span(_h(start), _h(end))


def _week(**days) -> tuple:
    """The seven days: the named ones (mon… sun) with their spans, the others closed."""
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return tuple(tuple(days.get(name, ())) for name in names)


WORKDAYS_9_TO_5 = _week(**{day: [_span(9, 17)] for day in ("mon", "tue", "wed", "thu", "fri")})
EVERY_DAY_8_TO_8 = ((_span(8, 20),),) * 7


@pytest.mark.parametrize("typed, week", [
    ("Sun 1-5pm", _week(sun=[_span(13, 17)])),
    ("Sat 8-12, 2-6", _week(sat=[_span(8, 12), _span(14, 18)])),
    ("Sat 10am-2pm, 3-6pm", _week(sat=[_span(10, 14), _span(15, 18)])),
    ("Tue-Sat 9am-12, 1-6pm", _week(**{d: [_span(9, 12), _span(13, 18)] for d in ("tue", "wed", "thu", "fri", "sat")})),
    ("Mon to Fri 9 to 5", WORKDAYS_9_TO_5),
    ("Mon-Fri 9-5", WORKDAYS_9_TO_5),
    ("Mon-Fri 9-5pm", WORKDAYS_9_TO_5),
    ("Mon-Fri 9am-5", WORKDAYS_9_TO_5),
    ("Tue–Sat 9–7", _week(**{d: [_span(9, 19)] for d in ("tue", "wed", "thu", "fri", "sat")})),
    ("Mon-Fri 9-5:30", _week(**{d: [_span(9, 17.5)] for d in ("mon", "tue", "wed", "thu", "fri")})),
    ("Mon 12-6", _week(mon=[_span(12, 18)])),
    ("Mon 11-1", _week(mon=[_span(11, 13)])),
    ("Sun 3-4", _week(sun=[_span(15, 16)])),  # a bare 1 to 5 starts in the afternoon
    ("lundi 9-19", _week(mon=[_span(9, 19)])),  # the other end on the 24-hour clock: the bare 9 is too
    ("lundi 6-13", _week(mon=[_span(6, 13)])),
])
def test_english_ranges_read_the_hours_the_owner_means(typed, week):
    assert parse_hours(typed).week == week


@pytest.mark.parametrize("typed", ["Sat 6-10", "Sat 6-12", "Sun 2-19", "Sun 1-5am"])
def test_a_bare_hour_that_could_be_night_or_either_half_is_refused_never_stored(typed):
    with pytest.raises(HoursRefused) as refused:
        parse_hours(typed)
    assert refused.value.code == "ambiguous_hour"
    assert refused.value.words == typed.split()[1]


def test_open_24_hours_is_the_whole_day():
    whole = (Span(0, DAY_END),)
    assert parse_hours("Monday\tOpen 24 hours\nTuesday\tOpen 24 hours").week == (whole, whole) + ((),) * 5
    assert parse_hours("lundi\tOuvert 24h/24").week == (whole,) + ((),) * 6
    assert parse_hours("Ouvert 24h/24 7j/7").week == (whole,) * 7
    assert parse_hours("Open 24/7").week == (whole,) * 7
    assert parse_hours("dimanche 24 heures sur 24").week[6] == whole


@pytest.mark.parametrize("typed, week", [
    ("tous les jours 8h-20h, dimanche fermé", EVERY_DAY_8_TO_8[:6] + ((),)),
    ("mercredi fermé, tous les jours 8h-20h", EVERY_DAY_8_TO_8[:2] + ((),) + EVERY_DAY_8_TO_8[3:]),
    ("lundi au dimanche 8h-20h sauf mercredi", EVERY_DAY_8_TO_8[:2] + ((),) + EVERY_DAY_8_TO_8[3:]),
    ("tous les jours sauf le lundi de 8h à 20h", ((),) + EVERY_DAY_8_TO_8[1:]),
    ("Daily 8am-8pm except Sunday", EVERY_DAY_8_TO_8[:6] + ((),)),
    ("tous les jours 8h-20h, dimanche 8h-12h", EVERY_DAY_8_TO_8[:6] + ((_span(8, 12),),)),
    ("du lundi au vendredi de 9 heures à 17 heures", WORKDAYS_9_TO_5),
    ("9h-17h du lundi au vendredi", WORKDAYS_9_TO_5),
    ("9h-12h, 14h-19h du mardi au samedi, 8 h 30-12h00 le dimanche",
     _week(**{d: [_span(9, 12), _span(14, 19)] for d in ("tue", "wed", "thu", "fri", "sat")},
           sun=[_span(8.5, 12)])),
    ("lundi 8 h 30 - midi", _week(mon=[_span(8.5, 12)])),
    ("lundi 12h00-19h", _week(mon=[_span(12, 19)])),
])
def test_french_shop_signs_read_as_written(typed, week):
    assert parse_hours(typed).week == week


@pytest.mark.parametrize("dash", ["-", "\u2212", "\u2013", "\u2014", "\u2012", "\u2011", "\u2010", "\ufe63", "\uff0d"])
def test_any_dash_pasted_from_a_website_or_word_processor_separates_the_hours(dash):
    assert parse_hours(f"lundi 9h{dash}19h").week == _week(mon=[_span(9, 19)])


@pytest.mark.parametrize("typed, code", [
    ("tous les jours 8h-20h, 7j/7 9h-10h", "day_twice"),  # two groups for the whole week: which one?
    ("lundi 9h-19h, lundi fermé", "day_twice"),  # a named day still may not be given twice
    ("lundi 9h-19h sauf", "unknown_word"),
    ("sauf lundi", "unknown_word"),
    ("9h-19h", "no_days"),
])
def test_what_the_new_phrasings_do_not_cover_is_still_refused(typed, code):
    with pytest.raises(HoursRefused) as refused:
        parse_hours(typed)
    assert refused.value.code == code


def test_googles_own_english_hours_pasted_in_a_listing_are_compared():
    split = (_span(9, 12.5), _span(14.5, 19.5))
    shop = OpeningHours(((), split, split, split, split, split, ()))
    google_day = "9\u202fAM–12:30\u202fPM, 2:30–7:30\u202fPM"  # as Google shows it: no PM on the first 2:30
    pasted = "\n".join(["Monday\tClosed"] + [f"{day}\t{google_day}" for day in (
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")] + ["Sunday\tClosed"])
    assert check_hours(shop, pasted).state is HoursState.MATCH
    later = check_hours(shop, pasted.replace("Saturday\t9\u202fAM", "Saturday\t10\u202fAM"))
    assert later.state is HoursState.DIFFERENT and [d.weekday for d in later.differences] == [5]


@pytest.mark.parametrize("typed, closed, said", [
    ("Du lundi au samedi 9h-19h sauf le mercredi", {2, 6}, {0, 1, 2, 3, 4, 5}),
    ("Mon-Sat 9am-7pm except Wednesday", {2, 6}, {0, 1, 2, 3, 4, 5}),
    ("Tous les jours sauf le mardi 9h-19h", {1}, set(range(7))),
    ("Every day except Monday 9am-7pm", {0}, set(range(7))),
])
def test_the_days_after_sauf_or_except_are_said_and_closed(typed, closed, said):  # 17e N1
    hours, spoken = parse_hours_named(typed)
    assert spoken == said  # the excepted day is said (closed): the keep/close question does not leave it open
    assert [hours.week[day] == () for day in range(7)] == [day in closed for day in range(7)]
    assert all(hours.week[day] == (Span(540, 1140),) for day in set(range(7)) - closed)


@pytest.mark.parametrize("typed", ["Mardi-samedi 9h-19h sauf jeudi après-midi",
                                   "Tuesday-Saturday 9am-7pm except Thursday afternoon"])
def test_an_excepted_afternoon_is_refused_not_read_as_the_whole_day_closed(typed):
    with pytest.raises(HoursRefused) as refused:
        parse_hours_named(typed)
    assert refused.value.code == "part_of_day" and refused.value.days == (3,)


GOOGLE_HOLIDAY_WEEK = [  # Google Maps' hours copied during a holiday week: the remarks are not hours
    ("Friday\t6 PM–2 AM\nHoliday hours\nSaturday\t6 PM–2 AM", {4: (Span(1080, 1560),), 5: (Span(1080, 1560),)}),
    ("Friday (Good Friday)\t6 PM–2 AM\nHours might differ", {4: (Span(1080, 1560),)}),
    ("Tuesday 9:00-19:00 (Holiday hours)", {1: (Span(540, 1140),)}),
    ("Vendredi (Vendredi saint)\t18:00–02:00\nLes horaires peuvent être modifiés", {4: (Span(1080, 1560),)}),
    ("Vendredi\t18:00–02:00\nHoraires des jours fériés\nSamedi\t18:00–02:00",
     {4: (Span(1080, 1560),), 5: (Span(1080, 1560),)}),
]


@pytest.mark.parametrize("typed, days", GOOGLE_HOLIDAY_WEEK)
def test_googles_holiday_remarks_are_left_aside_and_the_week_read(typed, days):  # 17e N10
    hours, spoken = parse_hours_named(typed)
    assert spoken == set(days) and hours.week == tuple(days.get(day, ()) for day in range(7))


def test_a_bracket_that_says_closed_is_still_read_not_dropped():
    assert parse_hours("Mardi-samedi 9h-19h (fermé le lundi)").week[0] == ()
    with pytest.raises(HoursRefused):
        parse_hours("Mardi-samedi 9h-19h (sauf jours fériés)")  # "sauf" is never dropped as a remark


@pytest.mark.parametrize("language, said", [("fr", "dim. ouvert 24\u00a0h/24"), ("en", "Sun open 24 hours")])
def test_open_24_hours_is_written_back_as_such_and_read_again(language, said):
    hours = parse_hours("Sunday\tOpen 24 hours\nMonday\tClosed\nTue-Sat 9-7")
    written = format_hours(hours, language)
    assert said in written and "24\u00a0h–" not in written and "12am" not in written
    assert parse_hours(written) == hours
