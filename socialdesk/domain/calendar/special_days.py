"""French public holidays and the shop calendar's dates (DOMAIN.md), as codes the UI words."""

from datetime import date, timedelta
from enum import Enum
from functools import lru_cache

from dateutil.easter import EASTER_WESTERN, easter
from dateutil.relativedelta import SU, TH, WE, relativedelta


class SpecialDay(str, Enum):
    # Public holidays (metropolitan France; Alsace-Moselle's Good Friday and 26 Dec only with the option).
    NEW_YEAR = "new_year"
    EASTER_MONDAY = "easter_monday"
    LABOUR_DAY = "labour_day"
    VICTORY_1945 = "victory_1945"
    ASCENSION = "ascension"
    WHIT_MONDAY = "whit_monday"
    BASTILLE_DAY = "bastille_day"
    ASSUMPTION = "assumption"
    ALL_SAINTS = "all_saints"
    ARMISTICE = "armistice"
    CHRISTMAS = "christmas"
    GOOD_FRIDAY = "good_friday"  # Alsace-Moselle only
    ST_STEPHEN = "st_stephen"  # 26 December, Alsace-Moselle only
    # The shop calendar: suggestions to post about, never automatic posts.
    EPIPHANY = "epiphany"  # galette des rois
    WINTER_SALES = "winter_sales"
    CANDLEMAS = "candlemas"
    VALENTINE = "valentine"
    GRANDMOTHERS_DAY = "grandmothers_day"
    EASTER = "easter"
    MOTHERS_DAY = "mothers_day"
    FATHERS_DAY = "fathers_day"
    MUSIC_DAY = "music_day"
    SUMMER_SALES = "summer_sales"
    BEAUJOLAIS = "beaujolais"
    NEW_YEARS_EVE = "new_years_eve"


HOLIDAYS = frozenset({SpecialDay.NEW_YEAR, SpecialDay.EASTER_MONDAY, SpecialDay.LABOUR_DAY, SpecialDay.VICTORY_1945,
                      SpecialDay.ASCENSION, SpecialDay.WHIT_MONDAY, SpecialDay.BASTILLE_DAY, SpecialDay.ASSUMPTION,
                      SpecialDay.ALL_SAINTS, SpecialDay.ARMISTICE, SpecialDay.CHRISTMAS,
                      SpecialDay.GOOD_FRIDAY, SpecialDay.ST_STEPHEN})
ALSACE_MOSELLE = frozenset({SpecialDay.GOOD_FRIDAY, SpecialDay.ST_STEPHEN})


def is_holiday(code: SpecialDay) -> bool:
    return code in HOLIDAYS


def _mothers_day(year: int, pentecost: date) -> date:
    """Last Sunday of May, or the first Sunday of June when that is Pentecost (French law)."""
    last = date(year, 5, 31) + relativedelta(weekday=SU(-1))
    return last + timedelta(days=7) if last == pentecost else last


def _winter_sales(year: int) -> date:
    """Second Wednesday of January, the first when the second falls after the 12th (Code de commerce D310-15-2)."""
    second = date(year, 1, 1) + relativedelta(weekday=WE(+2))
    return second - timedelta(days=7) if second.day > 12 else second


def _summer_sales(year: int) -> date:
    """Last Wednesday of June, the one before when the last falls after the 28th (same article)."""
    last = date(year, 6, 30) + relativedelta(weekday=WE(-1))
    return last - timedelta(days=7) if last.day > 28 else last


@lru_cache(maxsize=64)
def _year(year: int) -> tuple[tuple[date, SpecialDay], ...]:
    e = easter(year, EASTER_WESTERN)
    days = [
        (date(year, 1, 1), SpecialDay.NEW_YEAR),
        (e + timedelta(days=1), SpecialDay.EASTER_MONDAY),
        (date(year, 5, 1), SpecialDay.LABOUR_DAY),
        (date(year, 5, 8), SpecialDay.VICTORY_1945),
        (e + timedelta(days=39), SpecialDay.ASCENSION),
        (e + timedelta(days=50), SpecialDay.WHIT_MONDAY),
        (date(year, 7, 14), SpecialDay.BASTILLE_DAY),
        (date(year, 8, 15), SpecialDay.ASSUMPTION),
        (date(year, 11, 1), SpecialDay.ALL_SAINTS),
        (date(year, 11, 11), SpecialDay.ARMISTICE),
        (date(year, 12, 25), SpecialDay.CHRISTMAS),
        (e - timedelta(days=2), SpecialDay.GOOD_FRIDAY),
        (date(year, 12, 26), SpecialDay.ST_STEPHEN),
        # Epiphany is kept in France on the Sunday between 2 and 8 January.
        (date(year, 1, 2) + relativedelta(weekday=SU(+1)), SpecialDay.EPIPHANY),
        (_winter_sales(year), SpecialDay.WINTER_SALES),
        (date(year, 2, 2), SpecialDay.CANDLEMAS),
        (date(year, 2, 14), SpecialDay.VALENTINE),
        (date(year, 3, 1) + relativedelta(weekday=SU(+1)), SpecialDay.GRANDMOTHERS_DAY),
        (e, SpecialDay.EASTER),
        (_mothers_day(year, e + timedelta(days=49)), SpecialDay.MOTHERS_DAY),
        (date(year, 6, 1) + relativedelta(weekday=SU(+3)), SpecialDay.FATHERS_DAY),
        (date(year, 6, 21), SpecialDay.MUSIC_DAY),
        (_summer_sales(year), SpecialDay.SUMMER_SALES),
        (date(year, 11, 1) + relativedelta(weekday=TH(+3)), SpecialDay.BEAUJOLAIS),
        (date(year, 12, 31), SpecialDay.NEW_YEARS_EVE),
    ]
    return tuple(days)


def _kept(code: SpecialDay, alsace_moselle: bool) -> bool:
    return alsace_moselle or code not in ALSACE_MOSELLE


def special_days(day: date, alsace_moselle: bool = False) -> list[SpecialDay]:
    """The holidays first, then the shop calendar's dates, that fall on this day."""
    found = [code for when, code in _year(day.year) if when == day and _kept(code, alsace_moselle)]
    return sorted(found, key=lambda code: not is_holiday(code))


def year_days(year: int, alsace_moselle: bool = False) -> list[tuple[date, SpecialDay]]:
    """Every special day of the year in date order, holidays first on a shared day."""
    days = [(when, code) for when, code in _year(year) if _kept(code, alsace_moselle)]
    return sorted(days, key=lambda item: (item[0], not is_holiday(item[1])))


def public_holidays(year: int, alsace_moselle: bool = False) -> list[tuple[date, SpecialDay]]:
    """The year's public holidays in date order (Alsace-Moselle's two extra days with the option)."""
    return [(when, code) for when, code in year_days(year, alsace_moselle) if is_holiday(code)]
