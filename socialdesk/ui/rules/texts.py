"""Words and dates of the checklist tab: week titles, groups, frequencies, post lines."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.networks import is_network_key, network
from socialdesk.domain.posts import Post
from socialdesk.domain.rules.model import LAST_WEEK_OF_MONTH, Frequency, Rule
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.common.words import fill

translate = QCoreApplication.translate


def language() -> str:
    """The interface language as the starter rules know it."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def short_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def day_and_time(moment: datetime) -> str:
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def week_title(week: IsoWeek) -> str:
    """'Week 53 · Monday 28 December 2026 – Sunday 3 January 2027' in the interface's words."""
    monday = week.monday
    sunday = monday + timedelta(days=6)
    return fill(translate("RulesTexts", "Week %1 · %2 – %3"), str(week.week), long_day(monday), long_day(sunday))


def week_short(week: IsoWeek) -> str:
    return fill(translate("RulesTexts", "W%1 %2"), str(week.week), str(week.year))


def group_name(group: CommunityGroup) -> str:
    names = {
        CommunityGroup.CUSTOMERS: translate("RulesTexts", "Customers"),
        CommunityGroup.EMPLOYEES: translate("RulesTexts", "Employees"),
        CommunityGroup.COMPETITORS: translate("RulesTexts", "Competitors"),
        CommunityGroup.PRESCRIBERS: translate("RulesTexts", "Prescribers (people who recommend)"),
        CommunityGroup.PARTNERS: translate("RulesTexts", "Partners"),
        CommunityGroup.SUPPLIERS: translate("RulesTexts", "Suppliers"),
    }
    return names[CommunityGroup(group)]


def month_week_name(month_week: int) -> str:
    names = {
        1: translate("RulesTexts", "week of the month's first Monday"),
        2: translate("RulesTexts", "week of the month's second Monday"),
        3: translate("RulesTexts", "week of the month's third Monday"),
        4: translate("RulesTexts", "week of the month's fourth Monday"),
        LAST_WEEK_OF_MONTH: translate("RulesTexts", "week of the month's last Monday"),
    }
    return names[month_week]


def frequency_text(rule: Rule) -> str:
    if rule.frequency is Frequency.WEEKLY:
        return translate("RulesTexts", "every week")
    return fill(translate("RulesTexts", "monthly, %1"), month_week_name(rule.month_week))


def network_names(keys) -> str:
    return ", ".join(network(k).name if is_network_key(k) else k for k in keys)


def post_line(post: Post) -> str:
    """'Tue 24 Nov 09:30 · Instagram — Our first galette…' (shortened text)."""
    parts = [short_day(post.day)] if post.day else []
    if post.time is not None:
        parts.append(QLocale().toString(QTime(post.time.hour, post.time.minute), QLocale.FormatType.ShortFormat))
    head = " ".join(parts)
    if post.networks:
        head += " · " + network_names(post.networks)
    text = " ".join(post.text.split()) or translate("RulesTexts", "(no text yet)")
    if len(text) > 70:
        text = text[:69].rstrip() + "…"
    return f"{head} — {text}"
