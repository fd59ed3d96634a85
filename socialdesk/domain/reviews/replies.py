"""Reply drafts for a review: the case a rating falls in, its slots, the rotated wording and the copy check."""

import re
from dataclasses import dataclass, field
from enum import Enum

from socialdesk.domain.review_rules import Breach, plain_words, review_rules, spellings
from socialdesk.domain.reviews.change_ask import asks_to_change
from socialdesk.domain.reviews.reply_texts import MARKERS, TEAM_SIGNERS, TEAM_TEXTS, TEXTS

STARS = (5, 4, 3, 2, 1)
LANGUAGES = tuple(TEXTS)


class Slot(str, Enum):
    """A blank the owner fills; the UI names each one."""

    FIRST_NAME = "first_name"
    MENTIONED = "mentioned"  # what the customer mentioned
    SIGNER = "signer"  # who replies: a person, never "the management"
    CONTACT = "contact"  # how to talk offline (unhappy reviews)


class Refusal(str, Enum):
    """Why a draft is not copied; the UI turns it into words."""

    UNFILLED = "unfilled"  # a slot still shows its marker
    INCENTIVE = "incentive"  # something offered: forbidden for a review, and for changing one
    ASKS_TO_CHANGE = "asks_to_change"  # asking the customer to edit or remove the review (Google, since 2024)


@dataclass(frozen=True)
class ReplyCase:
    stars: int  # 1 to 5
    has_text: bool = True  # False: a rating without words

    def __post_init__(self):
        if self.stars not in STARS:
            raise ValueError(f"stars must be 1 to 5, not {self.stars}")

    @property
    def key(self) -> str:
        if self.has_text:
            return str(self.stars)
        return "only_good" if self.stars >= 4 else "only_poor"

    @property
    def unhappy(self) -> bool:
        """Follows the unhappy-review guide: 1 or 2 stars, or a poor rating without words."""
        return self.stars <= 2 or self.key == "only_poor"


@dataclass(frozen=True)
class Draft:
    case: ReplyCase
    language: str
    variant: int  # which wording of the case, by rotation
    text: str  # unfilled slots show their marker
    slots: tuple[Slot, ...]  # the slots this wording has, in reading order


@dataclass(frozen=True)
class CopyCheck:
    refusals: tuple[Refusal, ...] = ()
    unfilled: tuple[Slot, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.refusals


_SLOT = re.compile(r"\{(\w+)\}")


def wordings(case: ReplyCase, language: str, team: bool = False) -> tuple[str, ...]:
    """The case's wordings; `team`: those of a team signing, in "we" where the others say "I" (as many)."""
    language = language if language in TEXTS else "en"
    return (TEAM_TEXTS[language].get(case.key) if team else None) or TEXTS[language][case.key]


_TEAM = re.compile(TEAM_SIGNERS)


def signs_as_team(signer: str) -> bool:
    """« L'équipe », "The bakery team", "Marie and Paul": a draft they sign says "we", not "I"."""
    return bool(_TEAM.search(signer))


def slots_of(case: ReplyCase, language: str = "en") -> tuple[Slot, ...]:
    """Every slot any wording of the case uses (the same set for each), in reading order."""
    seen: list[Slot] = []
    for name in _SLOT.findall(wordings(case, language)[0]):
        if Slot(name) not in seen:
            seen.append(Slot(name))
    return tuple(seen)


def next_variant(case: ReplyCase, language: str, last: int | None) -> int:
    """The wording after the last one used for this case and language (the first if none): never the same twice."""
    count = len(wordings(case, language))
    return 0 if last is None else (last + 1) % count


def draft(case: ReplyCase, language: str, variant: int, values: dict[Slot, str]) -> Draft:
    """The wording `variant` with the slots filled; a slot left empty shows its marker."""
    language = language if language in TEXTS else "en"
    choices = wordings(case, language, signs_as_team(slot_text(Slot.SIGNER, values.get(Slot.SIGNER) or "")))
    template = choices[variant % len(choices)]
    markers = MARKERS[language]

    def fill(match: re.Match) -> str:
        return slot_text(Slot(match.group(1)), values.get(Slot(match.group(1))) or "") or markers[match.group(1)]

    return Draft(case, language, variant % len(choices), _SLOT.sub(fill, template), slots_of(case, language))


_TRAILING = " \t.!?…;:,"  # the wording goes on after a blank: « les croissants. » would read « les croissants.. »


def slot_text(slot: Slot, typed: str) -> str:
    """A blank as it goes in the sentence: one space between words; what they mentioned without its final full
    stop; a first name with its capital, since it may open a public sentence (« marie » → « Marie, votre… »), and
    who replies with theirs, alone on the last line (« l'équipe » → « L'équipe »)."""
    text = " ".join(typed.split())
    if slot in (Slot.MENTIONED, Slot.FIRST_NAME):
        text = text.rstrip(_TRAILING)
    if slot in (Slot.FIRST_NAME, Slot.SIGNER):
        text = text[:1].upper() + text[1:]
    return text


def unfilled(text: str) -> tuple[Slot, ...]:
    """The slots whose marker (in any language) is still in the text, or a raw {slot} left over."""
    found = [Slot(name) for name in _SLOT.findall(text) if name in Slot._value2member_map_]
    for markers in MARKERS.values():
        found += [Slot(name) for name, marker in markers.items() if marker in text]
    return tuple(dict.fromkeys(found))


def check_copy(text: str, platform_key: str = "") -> CopyCheck:
    """Refuse a reply with an unfilled slot, an incentive, or a request to change the review."""
    refusals: list[Refusal] = []
    missing = unfilled(text)
    if missing:
        refusals.append(Refusal.UNFILLED)
    given = _AMENITIES.sub(" ", plain_words(text))  # "free parking" is the shop's, given to nobody
    broken = review_rules().broken([given], platform_key, review_card=True)
    if any(b.breach is Breach.INCENTIVE for b in broken) and _offers(given):
        refusals.append(Refusal.INCENTIVE)
    if asks_to_change(text):
        refusals.append(Refusal.ASKS_TO_CHANGE)
    return CopyCheck(tuple(refusals), missing)


# what a reply gives besides an 'incentive' word: « et recevez… », "and get…", "we'd like to offer you…"
_RECEIVE = re.compile(r"\b(?:get|receive|win|earn|enjoy|offer|give you|recevez|recevrez|gagnez|obtenez|profitez)\b",
                      re.IGNORECASE)
# what the shop has for everyone, free or « gratuit », and gives nobody in exchange for anything
_AMENITIES = re.compile(r"\bfree\s+(?:wi-?fi|parking|car park|entry|admission)\b"
                        r"|\b(?:wi-?fi|parking|stationnement|entrée)\s+(?:(?:est|sont|is|are)\s+)?(?:gratuite?s?|libre|free)\b",
                        re.IGNORECASE)


def _offers(text: str) -> bool:
    """Something of value is named: "if you updated your review" ties nothing to the review by itself."""
    return any(review_rules().patterns["incentive"].search(w) or _RECEIVE.search(w) for w in spellings(text))
