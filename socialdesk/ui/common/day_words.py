"""Dates in words the locale's way, French day 1 as « 1er » (« mardi 1er décembre »), and a post's clock time."""

import re
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime

_DAY_OF_MONTH = re.compile(r"(?<![d'])d(?!d)")  # the format's lone "d" (not "dd", "ddd", "dddd")


def day_text(day: date | QDate, pattern: str | QLocale.FormatType, locale: QLocale | None = None) -> str:
    """`day` in `pattern` (a QLocale date format or FormatType); in French the first of the month is « 1er »."""
    locale = locale or QLocale()
    when = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    written = locale.dateFormat(pattern) if isinstance(pattern, QLocale.FormatType) else pattern
    if locale.language() == QLocale.Language.French and when.day() == 1:
        written = _DAY_OF_MONTH.sub("'1er'", written)
    return locale.toString(when, written)


_ZONE = re.compile(r"\s*(?<![\w'])t+(?![\w'])")  # the long format's time zone ("tttt": « temps universel coordonné »)


def clock_text(at: time, seconds: bool = False) -> str:
    """A post's time in the locale's short format ("9:30 AM", « 09:30 »); opening hours have their own words.
    With `seconds`, the locale's long format without its time zone ("9:30:05 AM", « 09:30:05 »): a backup's."""
    if not seconds:
        return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    written = _ZONE.sub("", QLocale().timeFormat(QLocale.FormatType.LongFormat)).strip()
    return QLocale().toString(QTime(at.hour, at.minute, at.second), written)
