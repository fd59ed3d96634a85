"""The first week's guide: the welcome's three steps, when it shows, and what is due on a week's first open."""

from dataclasses import dataclass
from datetime import date
from enum import Enum

from socialdesk.domain.weeks import IsoWeek


class WelcomeStep(str, Enum):
    SHOP_CARD = "shop_card"  # the shop's name, address and phone: what every listing is compared with
    FIRST_WEEK = "first_week"  # a first post on the calendar
    REVIEW_CARD = "review_card"  # a first QR card printed for the counter


@dataclass(frozen=True)
class WelcomeFacts:
    """What the data file says, counted without loading any repository."""

    shop_name: bool = False
    shop_address: bool = False
    shop_phone: bool = False
    dated_posts: int = 0
    posts: int = 0  # dated or not: an idea kept for later is typed too
    listings: int = 0
    printed_codes: int = 0

    def done(self, step: WelcomeStep) -> bool:
        if step is WelcomeStep.SHOP_CARD:
            return self.shop_name and self.shop_address and self.shop_phone
        if step is WelcomeStep.FIRST_WEEK:
            return self.dated_posts > 0
        return self.printed_codes > 0

    @property
    def empty(self) -> bool:
        """A new file: nothing typed yet (the demo and every file in use have a shop name, posts or listings)."""
        return not (self.shop_name or self.shop_address or self.shop_phone or self.posts or self.listings
                    or self.printed_codes)


def shows_welcome(state: str, facts: WelcomeFacts) -> bool:
    """On opening: a new file, or a welcome the owner began and has not left (until all three steps are done)."""
    if state == "left":
        return False
    if state == "started":
        return not all(facts.done(step) for step in WelcomeStep)
    return facts.empty


class DueKind(str, Enum):
    POST = "post"  # planned for today, not yet published
    RULE = "rule"  # on last week's checklist, left unticked
    LISTING = "listing"  # not checked for 90 days
    OCCASION = "occasion"  # a holiday or closure task due now


@dataclass(frozen=True)
class Due:
    kind: DueKind
    item_id: int | str  # the post, rule or listing id; the occasion's key
    label: str
    detail: str = ""  # the whole text (a post's, a rule's) when the label is only its first line


def due_shown_this_week(shown_week: str, today: date) -> bool:
    """Whether "what is due" was already shown in today's ISO week (it shows once a week)."""
    return shown_week == IsoWeek.of(today).key


def last_week(today: date) -> IsoWeek:
    return IsoWeek.of(today).shifted(-1)
