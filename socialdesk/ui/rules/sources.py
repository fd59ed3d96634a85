"""What the checklist reads: its rules in the interface's language, the week's posts, the strategy's cadence."""

from datetime import date

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.rules.model import Rule
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.rules.starter_file import in_language
from socialdesk.ui.rules.labels import language

# Posts shown as tick boxes: scheduled for the week and meant to go out.
TICKABLE = (PostStatus.PLANNED, PostStatus.DRAFT, PostStatus.PUBLISHED)


def week_posts(store, monday: date) -> list[Post]:
    """The week's planned and published posts."""
    posts = store.calendar.posts_in_week(monday)
    return [post for post in posts if post.status in TICKABLE and post.id is not None]


def weekly_cadence(store) -> int:
    """Posts per week the strategy asks for (all networks), 0 when none was applied."""
    cadence = store.strategy.applied_cadence()
    return sum(max(0, int(count)) for count in cadence.values())


def rules(store, include_archived: bool = False) -> list[Rule]:
    """The rules as the owner reads them: untouched starter rules in the interface's language."""
    return in_language(store.rules.rules(include_archived=include_archived), language())


def rules_for_week(store, week: IsoWeek) -> list[Rule]:
    return in_language(store.rules.rules_for_week(week), language())


def rule(store, rule_id: int) -> Rule:
    return in_language([store.rules.get(rule_id)], language())[0]
