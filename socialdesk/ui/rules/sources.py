"""What the checklist reads from the other tabs: the week's posts and the strategy's cadence."""

from datetime import date

from socialdesk.domain.posts import Post, PostStatus

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
