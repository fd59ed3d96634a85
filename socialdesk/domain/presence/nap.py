"""Name, address and phone (NAP) of a listing compared with the shop card, after normalising."""

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import Enum

from socialdesk.domain.hours.compare import HoursCheck, check_hours
from socialdesk.domain.presence.listings import Listing
from socialdesk.domain.presence.phones import to_e164
from socialdesk.domain.shop import ShopCard

# Written forms → one canonical word (French and English street vocabulary).
_ABBREVIATIONS: dict[str, str] = {
    "r": "rue", "av": "avenue", "ave": "avenue", "bd": "boulevard", "bld": "boulevard",
    "blvd": "boulevard", "boul": "boulevard", "bvd": "boulevard", "pl": "place", "ch": "chemin",
    "che": "chemin", "chem": "chemin", "rte": "route", "imp": "impasse", "all": "allee",
    "sq": "square", "fg": "faubourg", "fbg": "faubourg", "crs": "cours", "pass": "passage",
    "qu": "quai", "res": "residence", "zi": "zone industrielle", "za": "zone artisanale",
    "rd": "road", "ln": "lane", "dr": "drive", "ct": "court", "sqr": "square", "hwy": "highway",
    "pkwy": "parkway", "cres": "crescent", "ter": "terrace", "mt": "mount", "ste": "sainte",
    "bis": "bis", "b": "bis", "ter.": "ter", "n": "", "no": "", "nº": "", "numero": "",
    # titles in street names ("av. du Gal de Gaulle", "bd du Mal Foch": attack 34e, F10)
    "gal": "general", "gl": "general", "gen": "general", "mal": "marechal", "pdt": "president",
    "pres": "president", "cdt": "commandant", "cne": "capitaine", "lt": "lieutenant", "col": "colonel",
    "prof": "professeur", "doct": "docteur",
}
# "&", "et" and "and" join two names the same way: "Pain & Co", "Pain et Co" (attack 34e, F10), one word for all
# three ("Pain Co" is still another name: attack 36b, L6)
_JOINING = {"and": "et"}
# Small words people drop or add without changing the place ("rue de la République").
_FILLERS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "of", "the"})
_COUNTRY_NAMES = {
    "FR": {"france"}, "BE": {"belgique", "belgie", "belgium"}, "CH": {"suisse", "schweiz", "switzerland"},
    "GB": {"uk", "united kingdom", "england"}, "US": {"usa", "united states"}, "CA": {"canada"},
    "MA": {"maroc", "morocco"}, "TN": {"tunisie", "tunisia"},
}


def fold(text: str) -> str:
    """Lower case, no accents, punctuation and emoji as spaces, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    plain = re.sub(r"[^\w]+|_", " ", plain)
    return " ".join(plain.split())


def normalise_name(text: str) -> str:
    """The name's words as `fold` gives them, "&", "et" and "and" as one word."""
    joined = unicodedata.normalize("NFKC", text or "").replace("&amp;", "&").replace("&", " et ")  # « ＆ » too
    return " ".join(_JOINING.get(word, word) for word in fold(joined).split())


def _expand(token: str, is_last: bool) -> str:
    if token == "st":  # "Baker St" is a street, "rue St Jean" a saint
        return "street" if is_last else "saint"
    return _ABBREVIATIONS.get(token, token)


def normalise_address(text: str, country: str = "FR") -> str:
    """A form two writings of the same address share: "12, Bd de la Croix-Rousse" → "12 boulevard croix rousse"."""
    folded = fold(text)
    folded = re.sub(r"(\d)([a-z])", r"\1 \2", folded)  # "12bis" → "12 bis"
    folded = re.sub(r"([a-z])(\d)", r"\1 \2", folded)
    for name in _COUNTRY_NAMES.get((country or "").upper(), ()):
        folded = re.sub(rf"\s*\b{name}$", "", folded)
    tokens = folded.split()
    words = [_expand(token, index == len(tokens) - 1 or tokens[index + 1].isdigit())
             for index, token in enumerate(tokens)]
    return " ".join(word for word in words if word and word not in _FILLERS)


def shop_address(card: ShopCard) -> str:
    """The shop card's full address on one line: street, postcode and city."""
    town = " ".join(part for part in (card.postcode.strip(), card.city.strip()) if part)
    return ", ".join(part for part in (card.address.strip(), town) if part)


class DiffKind(str, Enum):
    SAME = "same"
    MISSING = "missing"  # in the shop card, not in the listing
    EXTRA = "extra"  # in the listing, not in the shop card


@dataclass(frozen=True)
class DiffPart:
    kind: DiffKind
    text: str


def char_diff(expected: str, found: str) -> list[DiffPart]:
    """Character-by-character differences, in reading order (a replacement: missing then extra)."""
    parts: list[DiffPart] = []
    matcher = SequenceMatcher(None, expected, found, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(DiffPart(DiffKind.SAME, expected[a1:a2]))
            continue
        if a2 > a1:
            parts.append(DiffPart(DiffKind.MISSING, expected[a1:a2]))
        if b2 > b1:
            parts.append(DiffPart(DiffKind.EXTRA, found[b1:b2]))
    return parts


class FieldState(str, Enum):
    MATCH = "match"
    DIFFERENT = "different"
    NOT_RECORDED = "not_recorded"  # the owner has not noted what the listing shows
    NO_REFERENCE = "no_reference"  # the shop card has no value to compare with
    UNREADABLE = "unreadable"  # a phone that is not a phone number


@dataclass(frozen=True)
class FieldCheck:
    state: FieldState
    expected: str = ""  # normalised shop-card value
    found: str = ""  # normalised listing value
    diff: list[DiffPart] = field(default_factory=list)


@dataclass(frozen=True)
class NapCheck:
    listing: Listing
    name: FieldCheck
    address: FieldCheck
    phone: FieldCheck
    stale: bool
    hours: HoursCheck | None = None  # the listing's opening hours against the shop's week


def _compare(expected: str, found: str, raw_expected: str, raw_found: str) -> FieldCheck:
    if not raw_expected.strip():
        return FieldCheck(FieldState.NO_REFERENCE, found=found)
    if not raw_found.strip():
        return FieldCheck(FieldState.NOT_RECORDED, expected=expected)
    if expected == found:
        return FieldCheck(FieldState.MATCH, expected, found)
    return FieldCheck(FieldState.DIFFERENT, expected, found, char_diff(expected, found))


def compare_phone(card: ShopCard, shown: str) -> FieldCheck:
    if not card.phone.strip():
        return FieldCheck(FieldState.NO_REFERENCE)
    if not shown.strip():
        return FieldCheck(FieldState.NOT_RECORDED)
    expected = to_e164(card.phone, card.country) or ""
    found = to_e164(shown, card.country)
    if found is None or not expected:
        return FieldCheck(FieldState.UNREADABLE, expected, shown.strip())
    return _compare(expected, found, card.phone, shown)


def check_listing(card: ShopCard, listing: Listing, today) -> NapCheck:
    """How a listing's displayed name, address and phone compare with the shop card."""
    address = shop_address(card)
    return NapCheck(
        listing=listing,
        name=_compare(normalise_name(card.name), normalise_name(listing.nap_name), card.name, listing.nap_name),
        address=_compare(normalise_address(address, card.country), normalise_address(listing.nap_address, card.country),
                         address, listing.nap_address),
        phone=compare_phone(card, listing.nap_phone),
        stale=listing.is_stale(today),
        hours=check_hours(card.hours, listing.nap_hours),
    )
