"""A listing's opening hours against the shop's: the weekdays that differ."""

from dataclasses import dataclass
from enum import Enum

from socialdesk.domain.hours.model import HoursRefused, OpeningHours, Span
from socialdesk.domain.hours.parse import parse_hours


class HoursState(str, Enum):  # the values match nap.FieldState's
    MATCH = "match"
    DIFFERENT = "different"
    NOT_RECORDED = "not_recorded"
    NO_REFERENCE = "no_reference"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class DayDifference:
    weekday: int
    shop: tuple[Span, ...]  # empty: closed
    listing: tuple[Span, ...]


@dataclass(frozen=True)
class HoursCheck:
    state: HoursState
    differences: tuple[DayDifference, ...] = ()
    refused: HoursRefused | None = None  # why the listing's hours could not be read


def week_differences(shop: OpeningHours, listing: OpeningHours) -> tuple[DayDifference, ...]:
    return tuple(DayDifference(day, shop.week[day], listing.week[day])
                 for day in range(7) if shop.week[day] != listing.week[day])


def check_hours(shop: OpeningHours | None, listing_text: str) -> HoursCheck:
    """The shop's structured hours against what a listing shows (typed by the owner, read by parse_hours)."""
    if shop is None or shop.is_empty:
        return HoursCheck(HoursState.NO_REFERENCE)
    if not listing_text.strip():
        return HoursCheck(HoursState.NOT_RECORDED)
    try:
        shown = parse_hours(listing_text)
    except HoursRefused as refused:
        return HoursCheck(HoursState.UNREADABLE, refused=refused)
    differences = week_differences(shop, shown)
    return HoursCheck(HoursState.DIFFERENT if differences else HoursState.MATCH, differences)


def difference_runs(differences: tuple[DayDifference, ...]) -> list[tuple[int, int, DayDifference]]:
    """(first, last weekday, difference) for each run of consecutive days that differ the same way."""
    runs: list[tuple[int, int, DayDifference]] = []
    for found in differences:
        if runs and runs[-1][1] == found.weekday - 1 and (runs[-1][2].shop, runs[-1][2].listing) == (
                found.shop, found.listing):
            runs[-1] = (runs[-1][0], found.weekday, runs[-1][2])
        else:
            runs.append((found.weekday, found.weekday, found))
    return runs
