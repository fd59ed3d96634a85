"""The calendar tab's words for the domain's codes: post statuses, subjects, tips (a CSV's or an image's problems:
problem_labels, loaded with the dialogs that show them)."""

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.calendar.coaching import Hint, HintKind
from socialdesk.domain.posts import About, PostStatus
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
