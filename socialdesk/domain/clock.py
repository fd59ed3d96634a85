"""The one source of the current local time: the system clock in the app, a fixed one in tests."""

from collections.abc import Callable
from datetime import date, datetime, time

Clock = Callable[[], datetime]  # returns the current local (naive) date and time


def system_clock() -> datetime:
    """The real clock: the one place SocialDesk asks the system what time it is."""
    return datetime.now()


def fixed_clock(moment: datetime | date) -> Clock:
    """A clock stopped at `moment` (a date alone means that day's midnight)."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time())
    return lambda: moment
