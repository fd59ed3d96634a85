"""Questions asked once before a post is kept: a day already past, a text over a network's limit."""

from datetime import date

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.calendar.week_plan import over_limit
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.day_notes import too_long_words
from socialdesk.ui.common.questions import ask

translate = QCoreApplication.translate
_DONE = (PostStatus.PUBLISHED, PostStatus.SKIPPED, PostStatus.IDEA)  # a record of the past, or no plan


def past_day_agreed(parent, day: date | None, today: date) -> bool:
    """True unless the day is past and the owner chose not to plan on it."""
    if day is None or day >= today:
        return True
    return ask(parent, translate("PostChecks", "A day in the past"),
               translate("PostChecks", "This day is past — plan it anyway?"),
               translate("PostChecks", "&Plan it anyway"), translate("PostChecks", "&Choose another day"))


def too_long_agreed(parent, counts) -> bool:
    text = "\n".join([*too_long_words(counts), "", translate(
        "PostChecks", "A network cuts or refuses a text over its limit. Keep it as it is?")])
    return ask(parent, translate("PostChecks", "Text too long"), text,
               translate("PostChecks", "&Keep it"), translate("PostChecks", "&Shorten it"))


def copy_too_long_agreed(parent, counts) -> bool:
    """The publishing assistant's question before it copies a text over the network's limit."""
    text = "\n".join([*too_long_words(counts), "", translate(
        "PostChecks", "The network will cut or refuse this text. Copy it anyway?")])
    return ask(parent, translate("PostChecks", "Text too long"), text,
               translate("PostChecks", "&Copy anyway"), translate("PostChecks", "&Don't copy"))


def move_agreed(parent, posts: list[Post], day: date | None, today: date) -> bool:
    """Putting planned posts on a past day asks once for all of them."""
    if not any(p.status not in _DONE for p in posts):
        return True
    return past_day_agreed(parent, day, today)


class PostChecks:
    """The dialog's questions on OK; an answer already given for the same post is not asked again."""

    def __init__(self, parent, original: Post, today: date, limits: dict[str, int], extras=None,
                 image_label: str = "Image"):
        self._parent, self._original, self._today, self._limits = parent, original, today, limits
        self._extras, self._image_label = extras or {}, image_label  # hashtags and signature count too
        self._agreed: set = set()

    def agreed(self, post: Post) -> bool:
        if post.status in _DONE:
            return True
        moved = post.day != self._original.day or self._original.id is None
        if moved and post.day is not None and post.day < self._today and not self._once(
                ("past", post.day), lambda: past_day_agreed(self._parent, post.day, self._today)):
            return False
        over = over_limit(post, self._limits, self._extras, self._image_label)
        key = ("over", tuple((c.network, c.used) for c in over))
        return not over or self._once(key, lambda: too_long_agreed(self._parent, over))

    def _once(self, key, question) -> bool:
        if key in self._agreed:
            return True
        if question():
            self._agreed.add(key)
            return True
        return False
