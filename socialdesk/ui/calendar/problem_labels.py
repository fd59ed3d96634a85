"""The calendar's words for what an imported CSV file or a post's image is refused for."""

from socialdesk.domain.calendar.csv_problems import CsvError, CsvProblem, shown_value
from socialdesk.domain.quoting import quoted
from socialdesk.storage.calendar.media import ImageProblem
from socialdesk.ui.calendar.labels import WORDS
from socialdesk.ui.common.labels import Labels
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language

CSV_PROBLEMS = Labels("CalendarWords", {  # %1: the error's value
    CsvProblem.NOT_TEXT: "The file is not a text file in UTF-8 or Windows-1252.",
    CsvProblem.NO_HEADER: "The first line must name the columns. Missing: %1",
    CsvProblem.EMPTY: "The file is empty.",
    CsvProblem.TOO_MANY_ROWS: "More than %1 posts in one file.",
    CsvProblem.BAD_DATE: "“%1” is not a date (2026-11-30 or 30/11/2026).",
    CsvProblem.DATE_OUT_OF_RANGE: "“%1” is not between 1900 and 2199.",
    CsvProblem.BAD_TIME: "“%1” is not a time (09:30).",
    CsvProblem.UNKNOWN_NETWORK: "Unknown network “%1”.",
    CsvProblem.UNKNOWN_STATUS: "Unknown status “%1” (idea, draft, planned, published, skipped).",
    CsvProblem.UNKNOWN_ABOUT: "Unknown “about” value “%1” (customers, team, suppliers, partners, local, us).",
    CsvProblem.TIME_WITHOUT_DATE: "A time (%1) without a date.",
    CsvProblem.TIME_WITH_SECONDS: "“%1” has seconds: a post is planned to the minute (09:30).",
    CsvProblem.DAMAGED_UTF8: "Byte %1 is not UTF-8, but the rest of the file is: the file is damaged. "
                             "Save it again as “CSV UTF-8”.",
    CsvProblem.DUPLICATE_COLUMN: "The column “%1” is there twice. Keep one of them.",
    CsvProblem.UNCLOSED_QUOTE: "A quote (\") opened on this line is never closed, so it takes in the rest of the file.",
    CsvProblem.CELL_TOO_LARGE: "A cell on this line is larger than %1 MB, the most SocialDesk reads in one cell.",
    CsvProblem.MIXED_DATE_ORDER: "The file writes dates both day first and month first (%1): "
                                 "write them one way, or as 2026-11-30.",
    CsvProblem.DAMAGED_UTF16: "The file is UTF-16 (Excel’s “Unicode text”) but damaged: a character on this line "
                              "is cut in half. Save it again from the spreadsheet.",
})

IMAGE_PROBLEMS = Labels("CalendarWords", {  # a post's image refused
    ImageProblem.UNREADABLE: "The image cannot be read. Check that the file is still there.",
    ImageProblem.NOT_A_FILE: "This is not a file that opens as an image (a folder, a device, or a link that leads "
                              "nowhere). Choose the image itself.",
    ImageProblem.TOO_BIG_FILE: "The image file is larger than 30 MB. Save a smaller copy and choose it.",
    ImageProblem.TOO_MANY_PIXELS: "The image is far too large (more than 60 megapixels). Save a smaller copy.",
    ImageProblem.NOT_AN_IMAGE: "This file is not an image, or it is damaged.",
    ImageProblem.FORMAT: "Choose a JPEG, PNG, GIF or WebP image.",
})


def csv_error_text(error: CsvError) -> str:
    text = fill(CSV_PROBLEMS[error.problem], shown_value(error, current_language()))
    return fill(WORDS["column"], quoted(error.column), text) if error.column else text
