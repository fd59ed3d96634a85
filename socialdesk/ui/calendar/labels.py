"""The calendar tab's words for the domain's codes: post statuses, subjects, tips, import and image problems."""

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.calendar.coaching import Hint, HintKind
from socialdesk.domain.calendar.csv_problems import CsvError, CsvProblem
from socialdesk.domain.posts import About, PostStatus
from socialdesk.storage.calendar.media import ImageProblem
from socialdesk.ui.common.labels import Labels
from socialdesk.ui.common.words import fill

translate = QCoreApplication.translate

STATUSES = Labels("CalendarWords", {  # a post's status
    PostStatus.IDEA: "Idea",
    PostStatus.DRAFT: "Draft",
    PostStatus.PLANNED: "Planned",
    PostStatus.PUBLISHED: "Published",
    PostStatus.SKIPPED: "Skipped",
})

ABOUTS = Labels("CalendarWords", {  # who a post is about (a post may not say: WORDS["not_said"])
    About.CUSTOMERS: "Customers",
    About.TEAM: "Team",
    About.SUPPLIERS: "Suppliers",
    About.PARTNERS: "Partners",
    About.LOCAL: "Local life",
    About.US: "Us (the shop)",
})

HINTS = Labels("CalendarWords", {  # %1: the hint's detail
    HintKind.PRESS_RELEASE: "“%1” sounds like a press release. "
                            "Say it the way you would tell a customer at the counter.",
    HintKind.ONLY_ABOUT_US: "This week only talks about the shop. What about a customer, a supplier or the street?",
    HintKind.TOO_MUCH_REPEAT: "%1 posts of the week repeat automatically. "
                              "Limit automation: a person speaking is what people follow.",
})

CSV_PROBLEMS = Labels("CalendarWords", {  # %1: the error's value
    CsvProblem.NOT_TEXT: "The file is not a text file in UTF-8 or Windows-1252.",
    CsvProblem.NO_HEADER: "The first line must name the columns. Missing: %1",
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
    ImageProblem.TOO_BIG_FILE: "The image file is larger than 30 MB. Save a smaller copy and choose it.",
    ImageProblem.TOO_MANY_PIXELS: "The image is far too large (more than 60 megapixels). Save a smaller copy.",
    ImageProblem.NOT_AN_IMAGE: "This file is not an image, or it is damaged.",
    ImageProblem.FORMAT: "Choose a JPEG, PNG, GIF or WebP image.",
})

WORDS = Labels("CalendarWords", {  # single sentences, keyed by where they show
    "not_said": "Not set",
    "column": "Column “%1”: %2",  # %1: the column, %2: what is wrong in it
})


def hint_text(hint: Hint) -> str:
    if hint.kind is HintKind.PRESS_RELEASE and hint.count > 1:  # always several: no plural form needed
        return fill(translate("CalendarWords", "%2 posts of the week sound like a press release (“%1”…). "
                                               "Say it the way you would tell a customer at the counter."),
                    hint.detail, str(hint.count))
    return fill(HINTS[hint.kind], hint.detail)


def csv_error_text(error: CsvError) -> str:
    text = fill(CSV_PROBLEMS[error.problem], error.value)
    return fill(WORDS["column"], error.column, text) if error.column else text
