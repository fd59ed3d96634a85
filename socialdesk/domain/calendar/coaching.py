"""Gentle advice from the interview, as hint codes the UI words; never a reason to refuse."""

import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum

from socialdesk.domain.posts import About, Post, PostStatus

# Press-release wording: "no press releases" (interview, rule 8). Lower-case, accents kept.
PRESS_RELEASE_PHRASES = (
    "nous sommes fiers d'annoncer", "nous sommes heureux d'annoncer", "nous avons le plaisir d'annoncer",
    "nous avons l'honneur", "communiqué", "communiqué de presse", "leader sur son marché", "leader du marché",
    "solution innovante", "à propos de nous", "pour diffusion immédiate",
    "we are proud to announce", "we are pleased to announce", "we are excited to announce",
    "we are thrilled to announce", "press release", "for immediate release", "industry leader",
    "market leader", "innovative solution", "best-in-class", "about us",
)
RECURRING_SHARE_LIMIT = 0.5  # "limit automation": more than half the week on repeat is too much


class HintKind(str, Enum):
    PRESS_RELEASE = "press_release"  # detail: the phrase found
    ONLY_ABOUT_US = "only_about_us"  # the week talks about the shop and never about customers
    TOO_MUCH_REPEAT = "too_much_repeat"  # detail: "recurring/total"


@dataclass(frozen=True)
class Hint:
    kind: HintKind
    detail: str = ""
    count: int = 1  # how many of the week's posts it is about (a press-release hint names the first phrase)


_PATTERNS = tuple(re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)") for p in PRESS_RELEASE_PHRASES)
_SPACES = re.compile(r"\s+")
# each phrase's longest word: a text holding none of them holds no phrase (no key spans a blank or an apostrophe,
# the only characters the normal form changes besides the case)
_KEYS = tuple(sorted({max(re.split(r"[\s']+", p), key=len) for p in PRESS_RELEASE_PHRASES}))


def press_release_phrase(text: str) -> str | None:
    """The first press-release phrase (in the list's order) in the text, or None."""
    lowered = text.lower()
    if not any(key in lowered for key in _KEYS):  # most posts: a third of the time of looking for each phrase
        return None
    normal = _SPACES.sub(" ", lowered.replace("’", "'"))
    # A plain substring test first (fast, and usually no): then whole words only.
    for phrase, pattern in zip(PRESS_RELEASE_PHRASES, _PATTERNS):
        if phrase in normal and pattern.search(normal):
            return phrase
    return None


def post_hints(post: Post) -> list[Hint]:
    texts = [post.text, *post.variants.values()]
    for text in texts:
        phrase = press_release_phrase(text)
        if phrase:
            return [Hint(HintKind.PRESS_RELEASE, phrase)]
    return []


def week_hints(posts: list[Post]) -> list[Hint]:
    """Hints about a week's balance; skipped posts do not count."""
    live = [p for p in posts if p.status is not PostStatus.SKIPPED]
    hints: list[Hint] = []
    abouts = Counter(p.about for p in live if p.about)
    us = abouts[About.US.value]
    # "never only about yourself, never without your customers": the shop dominates, no customer
    if us >= 2 and not abouts[About.CUSTOMERS.value] and us * 2 >= sum(abouts.values()):
        hints.append(Hint(HintKind.ONLY_ABOUT_US))
    recurring = sum(1 for p in live if p.series_id is not None)
    if len(live) >= 3 and recurring / len(live) > RECURRING_SHARE_LIMIT:
        hints.append(Hint(HintKind.TOO_MUCH_REPEAT, f"{recurring}/{len(live)}"))
    found = [hint for post in live for hint in post_hints(post)]
    if found:  # once a week, however many posts sound like a press release
        hints.append(Hint(found[0].kind, found[0].detail, len(found)))
    return hints
