"""Gentle advice from the interview, as hint codes the UI words; never a reason to refuse."""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from enum import Enum

from socialdesk.domain.posts import About, Post, PostStatus

# Press-release wording: "no press releases" (interview, rule 8). Lower-case, accents kept (as the hint names it);
# a phrase held in another comes after it (« communiqué de presse » is named so, not « communiqué »).
PRESS_RELEASE_PHRASES = (
    "nous sommes fiers d'annoncer", "nous sommes heureux d'annoncer", "nous avons le plaisir d'annoncer",
    "nous avons l'honneur", "communiqué de presse", "communiqué", "leader sur son marché", "leader du marché",
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


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "′": "'", "＇": "'", "`": "'", "‐": "-", "‑": "-"})
_SPACES = re.compile(r"\s+")


def folded(text: str) -> str:
    """The form phrases are looked for in: lower case, plain letters (« COMMUNIQUE » is « communiqué »: French
    capitals often go without accents; a ligature is its letters), one apostrophe, one hyphen, single spaces.
    Other characters (emoji, other scripts) are left out: at worst a tip too many."""
    plain = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).lower()).encode("ascii", "ignore").decode()
    return _SPACES.sub(" ", plain)


# Whole words, each perhaps in the plural (« communiqués », "press releases"); an underscore is no letter.
_PATTERNS = tuple(re.compile(r"(?<![^\W_])" + " ".join(re.escape(w) + "s?" for w in folded(p).split(" "))
                             + r"(?![^\W_])") for p in PRESS_RELEASE_PHRASES)
# each phrase's longest run of letters: a text whose letters, folded, hold none of them holds no phrase (folding
# only turns apostrophes and hyphens into their plain forms and blanks into one: no letter run is broken)
_KEYS = tuple(sorted({max(re.findall(r"[a-z]+", folded(p)), key=len).encode() for p in PRESS_RELEASE_PHRASES}))


def press_release_phrase(text: str) -> str | None:
    """The first press-release phrase (in the list's order) in the text, or None."""
    letters = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore")
    if not any(key in letters for key in _KEYS):  # most posts: a sixth of the time of folding and looking
        return None
    plain = folded(text)
    return next((phrase for phrase, pattern in zip(PRESS_RELEASE_PHRASES, _PATTERNS) if pattern.search(plain)),
                None)


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
