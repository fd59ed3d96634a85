"""The checklist tab's words and dates: week titles, groups, frequencies, post lines."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.networks import is_network_key, network
from socialdesk.domain.posts import Post
from socialdesk.domain.rules.model import LAST_WEEK_OF_MONTH, Frequency, Rule
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.common.labels import Labels
from socialdesk.ui.common.words import fill
from socialdesk.ui.common.day_words import clock_text, day_text

GROUPS = Labels("RulesTexts", {  # a driver's group in the community
    CommunityGroup.CUSTOMERS: "Customers",
    CommunityGroup.EMPLOYEES: "Employees",
    CommunityGroup.COMPETITORS: "Competitors",
    CommunityGroup.PRESCRIBERS: "People who recommend you",
    CommunityGroup.PARTNERS: "Partners",
    CommunityGroup.SUPPLIERS: "Suppliers",
})

MONTH_WEEKS = Labels("RulesTexts", {  # which week of the month a monthly rule falls in
    1: "week of the month's first Monday",
    2: "week of the month's second Monday",
    3: "week of the month's third Monday",
    4: "week of the month's fourth Monday",
    LAST_WEEK_OF_MONTH: "week of the month's last Monday",
})

FREQUENCIES = Labels("RulesTexts", {  # %1: the week of the month
    Frequency.WEEKLY: "every week",
    Frequency.MONTHLY: "monthly, %1",
})

SOURCES = Labels("RulesTexts", {  # where a starter rule comes from, shown beside it in the rules list
    "interview": "from the interview",
    "socialdesk": "SocialDesk's advice",
})

SOURCE_NOTES = Labels("RulesTexts", {  # the same, said in full in the rule's tooltip
    "interview": "This rule comes from the 2011 interview.",
    "socialdesk": "This rule is SocialDesk's own advice: the interview does not give it.",
})

WORDS = Labels("RulesTexts", {  # single sentences, keyed by where they show
    "week_title": "Week %1 · %2 – %3",  # %1: the week's number, %2: its Monday, %3: its Sunday
    "week_short": "W%1 %2",  # %1: the week's number, %2: its year
    "no_text": "(no text yet)",
})


def language() -> str:
    """The interface language as the starter rules know it."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def short_day(day: date) -> str:
    return day_text(day, "ddd d MMM")


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def day_and_time(moment: datetime) -> str:
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def week_title(week: IsoWeek) -> str:
    """'Week 53 · Monday 28 December 2026 – Sunday 3 January 2027' in the interface's words."""
    monday = week.monday
    return fill(WORDS["week_title"], str(week.week), long_day(monday), long_day(monday + timedelta(days=6)))


def week_short(week: IsoWeek) -> str:
    return fill(WORDS["week_short"], str(week.week), str(week.year))


def frequency_text(rule: Rule) -> str:
    if rule.frequency is Frequency.WEEKLY:
        return FREQUENCIES[Frequency.WEEKLY]
    return fill(FREQUENCIES[Frequency.MONTHLY], MONTH_WEEKS[rule.month_week])


def network_names(keys) -> str:
    return ", ".join(network(k).name if is_network_key(k) else k for k in keys)


def post_when(post: Post) -> str:
    """'Tue 24 Nov 09:30': its day and time, as far as it has them."""
    parts = [short_day(post.day)] if post.day else []
    if post.time is not None:
        parts.append(clock_text(post.time))
    return " ".join(parts)


def post_line(post: Post) -> str:
    """'Tue 24 Nov 09:30 · Instagram — Our first galette…' (shortened text)."""
    head = post_when(post)
    if post.networks:
        head += " · " + network_names(post.networks)
    text = " ".join(post.text.split()) or WORDS["no_text"]
    if len(text) > 70:
        text = text[:69].rstrip() + "…"
    return f"{head} — {text}"
