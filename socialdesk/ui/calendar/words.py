"""The calendar's codes in words (translated), and the colours that go with a status."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from socialdesk.domain.calendar.coaching import Hint, HintKind
from socialdesk.domain.calendar.csv_format import CsvError, CsvProblem
from socialdesk.domain.posts import About, PostStatus
from socialdesk.storage.calendar.media import ImageProblem
from socialdesk.ui.common.words import fill

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def status_name(status: PostStatus) -> str:
    return {
        PostStatus.IDEA: translate("CalendarWords", "Idea"),
        PostStatus.DRAFT: translate("CalendarWords", "Draft"),
        PostStatus.PLANNED: translate("CalendarWords", "Planned"),
        PostStatus.PUBLISHED: translate("CalendarWords", "Published"),
        PostStatus.SKIPPED: translate("CalendarWords", "Skipped"),
    }[PostStatus(status)]


def about_name(about: str) -> str:
    names = {
        About.CUSTOMERS.value: translate("CalendarWords", "Customers"),
        About.TEAM.value: translate("CalendarWords", "Team"),
        About.SUPPLIERS.value: translate("CalendarWords", "Suppliers"),
        About.PARTNERS.value: translate("CalendarWords", "Partners"),
        About.LOCAL.value: translate("CalendarWords", "Local life"),
        About.US.value: translate("CalendarWords", "Us (the shop)"),
    }
    return names.get(about, translate("CalendarWords", "Not said"))


# Hue per status; the UI always writes the status as text too (never colour alone).
STATUS_HUES = {
    PostStatus.IDEA: 270, PostStatus.DRAFT: 40, PostStatus.PLANNED: 210, PostStatus.PUBLISHED: 130,
    PostStatus.SKIPPED: 0,
}


def status_color(status: PostStatus, dark: bool) -> QColor:
    hue = STATUS_HUES[PostStatus(status)]
    if PostStatus(status) is PostStatus.SKIPPED:
        return QColor.fromHsl(0, 0, 140)
    return QColor.fromHsl(hue, 170, 150 if dark else 110)


def hint_text(hint: Hint) -> str:
    if hint.kind is HintKind.PRESS_RELEASE:
        text = translate("CalendarWords", "“%1” sounds like a press release. "
                                          "Say it the way you would tell a customer at the counter.")
        return fill(text, hint.detail)
    if hint.kind is HintKind.ONLY_ABOUT_US:
        return translate("CalendarWords", "This week only talks about the shop. What about a customer, a supplier or the street?")
    text = translate("CalendarWords", "%1 posts of the week repeat automatically. "
                                      "Limit automation: a person speaking is what people follow.")
    return fill(text, hint.detail)


def csv_error_text(error: CsvError) -> str:
    texts = {
        CsvProblem.NOT_TEXT: translate("CalendarWords", "The file is not a text file in UTF-8 or Windows-1252."),
        CsvProblem.NO_HEADER: translate("CalendarWords", "The first line must name the columns. Missing: %1"),
        CsvProblem.TOO_MANY_ROWS: translate("CalendarWords", "More than %1 posts in one file."),
        CsvProblem.BAD_DATE: translate("CalendarWords", "“%1” is not a date (2026-11-30 or 30/11/2026)."),
        CsvProblem.DATE_OUT_OF_RANGE: translate("CalendarWords", "“%1” is not between 1900 and 2199."),
        CsvProblem.BAD_TIME: translate("CalendarWords", "“%1” is not a time (09:30)."),
        CsvProblem.UNKNOWN_NETWORK: translate("CalendarWords", "Unknown network “%1”."),
        CsvProblem.UNKNOWN_STATUS: translate("CalendarWords", "Unknown status “%1” (idea, draft, planned, published, skipped)."),
        CsvProblem.UNKNOWN_ABOUT: translate("CalendarWords", "Unknown “about” value “%1” (customers, team, suppliers, partners, local, us)."),
        CsvProblem.TIME_WITHOUT_DATE: translate("CalendarWords", "A time (%1) without a date."),
        CsvProblem.TIME_WITH_SECONDS: translate("CalendarWords", "“%1” has seconds: a post is planned to the minute (09:30)."),
        CsvProblem.DAMAGED_UTF8: translate("CalendarWords", "Byte %1 is not UTF-8, but the rest of the file is: the file is damaged. Save it again as “CSV UTF-8”."),
        CsvProblem.DUPLICATE_COLUMN: translate("CalendarWords", "The column “%1” is there twice. Keep one of them."),
        CsvProblem.UNCLOSED_QUOTE: translate("CalendarWords", "A quote (\") opened on this line is never closed, so it takes in the rest of the file."),
        CsvProblem.CELL_TOO_LARGE: translate("CalendarWords", "A cell on this line is larger than %1 MB, the most SocialDesk reads in one cell."),
    }
    text = fill(texts[error.problem], error.value)
    return fill(translate("CalendarWords", "Column “%1”: %2"), error.column, text) if error.column else text


def image_problem_text(problem: ImageProblem) -> str:
    return {
        ImageProblem.UNREADABLE: translate("CalendarWords", "The image cannot be read. Check that the file is still there."),
        ImageProblem.TOO_BIG_FILE: translate("CalendarWords", "The image file is larger than 30 MB. Save a smaller copy and choose it."),
        ImageProblem.TOO_MANY_PIXELS: translate("CalendarWords", "The image is far too large (more than 60 megapixels). Save a smaller copy."),
        ImageProblem.NOT_AN_IMAGE: translate("CalendarWords", "This file is not an image, or it is damaged."),
        ImageProblem.FORMAT: translate("CalendarWords", "Choose a JPEG, PNG, GIF or WebP image."),
    }[problem]
