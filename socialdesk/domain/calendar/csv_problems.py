"""What a CSV plan import can find wrong, without the CSV reader (the calendar's words load before its first paint)."""

from dataclasses import dataclass
from enum import Enum


class CsvProblem(str, Enum):
    NOT_TEXT = "not_text"  # neither UTF-8 nor Windows-1252
    NO_HEADER = "no_header"  # detail: the missing columns' keys, blank-separated (see plan_words.column_names)
    EMPTY = "empty"  # nothing but blanks in the file
    TOO_MANY_ROWS = "too_many_rows"
    BAD_DATE = "bad_date"
    DATE_OUT_OF_RANGE = "date_out_of_range"  # a real date, but before 1900 or after 2199
    BAD_TIME = "bad_time"
    UNKNOWN_NETWORK = "unknown_network"
    UNKNOWN_STATUS = "unknown_status"
    UNKNOWN_ABOUT = "unknown_about"
    TIME_WITHOUT_DATE = "time_without_date"
    DAMAGED_UTF8 = "damaged_utf8"  # a UTF-8 file with a byte that breaks it: value the byte, column its cell
    DUPLICATE_COLUMN = "duplicate_column"  # value: the column named twice
    TIME_WITH_SECONDS = "time_with_seconds"  # 09:30:15; a post is planned to the minute
    UNCLOSED_QUOTE = "unclosed_quote"  # line: where the quote that takes in the rest of the file opened
    CELL_TOO_LARGE = "cell_too_large"  # line: the row holding a cell over CELL_LIMIT; value: the limit in MB
    MIXED_DATE_ORDER = "mixed_date_order"  # value: a day-first date and a month-first one ("13/1/2026 / 1/13/2026")
    DAMAGED_UTF16 = "damaged_utf16"  # a UTF-16 file (Excel's Unicode text) with a character cut in half on `line`


@dataclass(frozen=True)
class CsvError:
    line: int  # 1 = the header line, as a spreadsheet numbers rows
    problem: CsvProblem
    value: str = ""
    column: str = ""  # the column's name, when the problem is in one cell


def shown_value(error: CsvError, language: str) -> str:
    """A problem's value as the owner reads it: columns by the names `language` writes them with, whole (our words:
    « thème, sujet, notes », never cut); a cell's words quoted briefly (domain.quoting)."""
    from socialdesk.domain.calendar.plan_words import column_names  # with a problem to say, not at first paint
    from socialdesk.domain.quoting import quoted

    if error.problem is CsvProblem.NO_HEADER:
        return column_names(error.value, language)
    if error.problem is CsvProblem.DUPLICATE_COLUMN:  # the file's own words are its `column`
        return quoted(column_names(error.value, language))
    return quoted(error.value)
