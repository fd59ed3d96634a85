"""What a printed card may say about reviews: the platforms' rules and the law, read from one data table."""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import lru_cache
from urllib.parse import urlsplit

from socialdesk.domain.platform_hosts import host_matches, link_host


class Breach(str, Enum):
    """A kind of wording a rule forbids; the UI turns it into words."""

    INCENTIVE = "incentive"  # something offered for a review ("free coffee for a review", « -10 % pour un avis »)
    GATING = "gating"  # asking only happy customers ("if you loved it")
    FIVE_STARS = "five_stars"  # asking for or promising "5 stars"
    ASKING = "asking"  # asking for a review at all, where the platform forbids it (Yelp)


@dataclass(frozen=True)
class ReviewRule:
    key: str  # "google", "tripadvisor", "yelp", "ftc", "l121_4"
    name: str
    platforms: tuple[str, ...]  # listing platform keys it governs, or ("*",) for a law
    hosts: tuple[str, ...]
    forbids: tuple[Breach, ...]
    summary: str
    source: str
    last_checked: date

    def governs(self, platform_key: str, payload: str) -> bool:
        if "*" in self.platforms or platform_key in self.platforms:
            return True
        host = link_host(payload)
        return any(host_matches(host, h) for h in self.hosts if h != "*")


@dataclass(frozen=True)
class RuleBroken:
    rule: ReviewRule
    breach: Breach
    text: str  # the words that break it (a headline or a caption)


@dataclass(frozen=True)
class ReviewRules:
    rules: tuple[ReviewRule, ...]
    patterns: dict[str, re.Pattern]
    _names: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # neutral_names by identity

    def broken(self, texts: list[str], platform_key: str = "", payload: str = "",
               review_card: bool = False, identity: tuple[str, ...] = ()) -> list[RuleBroken]:
        """Every rule these words break on a card for `platform_key` opening `payload`: the platform's own
        rules first, then the laws. Words about reviews (or any words on a card to a review platform, but a
        map) are checked; the shop's own name and trade (`identity`) inside them are read as a name only when
        neutral_names lets them."""
        found: list[RuleBroken] = []
        on_a_platform = any("*" not in rule.platforms and rule.governs(platform_key, payload) for rule in self.rules)
        review_card = review_card or (on_a_platform and not map_link(payload))  # a review platform's card asks
        names = self.neutral_names(identity)
        for text in (t for t in texts if t and t.strip()):
            for breach in self._every_spelling(without_names(plain_words(text), names), review_card):
                for rule in self.rules:
                    if breach in rule.forbids and rule.governs(platform_key, payload):
                        found.append(RuleBroken(rule, breach, text))
        return sorted(found, key=lambda b: "*" in b.rule.platforms)

    def _every_spelling(self, text: str, review_card: bool) -> list[Breach]:
        """The breaches of the words as printed and as read without accents ("Réviewez-nous", "Rév1ew")."""
        found: list[Breach] = []
        for spelling in spellings(text):
            found += [b for b in self._breaches(spelling, review_card) if b not in found]
        return found

    def identity_breaks(self, texts: list[str], payload: str = "") -> list[RuleBroken]:
        """The rules a shop's name or trade breaks, read on its own, without the card around it (own_breaches)."""
        found = []
        for text in (t for t in texts if t and t.strip()):
            breaches: list[Breach] = []
            for spelling in spellings(text):
                breaches += [b for b in self._own_breaches(spelling) if b not in breaches]
            found += [RuleBroken(rule, breach, text) for breach in breaches for rule in self.rules
                      if breach in rule.forbids and rule.governs("", payload)]
        return sorted(found, key=lambda b: "*" in b.rule.platforms)

    def _own_breaches(self, text: str) -> list[Breach]:
        """A name or trade breaks a rule when it states an exchange, asks for a review and offers something,
        names stars beside an offer or an ask, or asks only the happy ("Review us for a free coffee", "Avis 5
        étoiles, café offert"); an offer alone ("Le Petit Cadeau") or stars alone ("Hôtel 5 étoiles du Lac")
        is a name. A bare "rate" is no ask here ("First Rate Gifts")."""
        asks = bool(self.patterns["star_ask"].search(text)) or any(
            m.group().lower() not in ("rate", "rating") for m in self.patterns["review"].finditer(text))
        asks = asks or bool(re.search(r"\brat(e|ing) (us|me|nous)\b", text, re.IGNORECASE))
        offers = bool(self.patterns["incentive"].search(text))
        stars = bool(self.patterns["five_stars"].search(text))
        found = [Breach.INCENTIVE] if self.patterns["incentive_tie"].search(text) or (offers and (asks or stars)) else []
        if stars and (offers or asks):
            found.append(Breach.FIVE_STARS)
        if asks and self._gating(text):
            found.append(Breach.GATING)
        return found

    def neutral_names(self, identity: tuple[str, ...]) -> tuple[str, ...]:
        """The shop's name and trade that read as a name inside a caption: those breaking no rule on their
        own, with a word that is neither a rule word, a little word nor something a shop gives away ("Le
        Petit Cadeau", "Hôtel 5 étoiles du Lac"; never "Café offert", "5 étoiles", "Free coffee"). Worked out
        once for an identity: every card's words are read beside the same shop."""
        names = self._names.get(identity)
        if names is None:
            names = self._neutral_names(identity)
            if len(self._names) > 16:
                self._names.clear()
            self._names[identity] = names
        return names

    def _neutral_names(self, identity: tuple[str, ...]) -> tuple[str, ...]:
        names = []
        for name, bare in (spellings(n) for n in identity if n and n.strip()):
            name = name.strip()
            if self._own_breaches(name) or self._own_breaches(bare.strip()):
                continue
            spans = [m.span() for key in _RULE_WORDS for m in self.patterns[key].finditer(name)]
            if any(not _GENERIC.fullmatch(w.group()) and not any(a < w.end() and w.start() < b for a, b in spans)
                   for w in re.finditer(r"[^\W\d_]+", name)):
                names.append(name)
        return tuple(sorted(names, key=len, reverse=True))

    def _breaches(self, text: str, review_card: bool) -> list[Breach]:
        stars_paid = bool(self.patterns["five_stars"].search(text) and self._incentive(text, True))
        stars_asked = bool(self.patterns["five_stars"].search(text) and self.patterns["star_ask"].search(text))
        asks = self.patterns["review"].search(text)
        if not (review_card or stars_paid or stars_asked or asks):
            return []
        found = [Breach.INCENTIVE] if self._incentive(text, review_card) else []
        if self._gating(text):
            found.append(Breach.GATING)
        if self.patterns["five_stars"].search(text):
            found.append(Breach.FIVE_STARS)
        if asks or (review_card and self.patterns["call"].search(text)):
            found.append(Breach.ASKING)
        return found

    def _gating(self, text: str) -> bool:
        """Happy customers asked, unhappy ones sent to a private channel ("If not, email us first"); 'fair'
        words undo it only when nobody is sent elsewhere ("Loved it? Tell us, and if not too!")."""
        elsewhere = self.patterns["elsewhere"].search(text)
        if self.patterns["gating"].search(text):
            return bool(elsewhere) or not self.patterns["fair"].search(text)
        return bool(elsewhere and self.patterns["unhappy"].search(text))

    def _incentive(self, text: str, review_card: bool) -> bool:
        """Something offered FOR the review: tied to it ("for a review", "= a coffee", "and get"), or after the
        ask ("Leave a review: free delivery"); an offer before the ask is the shop's ("Free Wi-Fi — review us").
        On a card to a review platform whose words do not ask, the card itself is the ask."""
        if self.patterns["incentive_tie"].search(text):
            return True
        asks = [m.start() for m in self.patterns["review"].finditer(text)]
        asks += [m.start() for m in self.patterns["five_stars"].finditer(text)]
        offers = [m.start() for m in self.patterns["incentive"].finditer(text)]
        if not asks:
            return review_card and bool(offers)
        return any(offer > min(asks) for offer in offers)


# Cyrillic and Greek letters that print like Latin ones ("Lеave" with a Cyrillic е), folded before matching:
# NFKC keeps them apart. A small table of the look-alikes in common fonts, not Unicode's whole confusables list.
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХаеорсухіјѕԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧαεοιρνκτυχ",
                            "ABEKMHOPCTXaeopcyxijsdqwABEZHIKMNOPTYXaeoipvktux")


_LEET = str.maketrans("10345", "ioeas")  # a digit inside a word reads as the letter it stands for ("Rév1ew")
_DIGIT_IN_WORD = re.compile(r"(?<=[^\W\d_])[01345]+(?=[^\W\d_])")
_SPACED_LETTERS = re.compile(r"\b[^\W\d_](?: [^\W\d_]){3,}\b")  # "R e v i e w" read as "Review"


def plain_words(text: str) -> str:
    """The words as printed: NFKC (full-width, composed accents) without invisible format characters, with
    Cyrillic and Greek look-alike letters read as the Latin ones they print as, digits inside a word as the
    letters they stand for ("R3v1ew") and letters spaced out ("R e v i e w") as one word."""
    text = unicodedata.normalize("NFKC", text).translate(_LOOKALIKES)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf" and c not in "\ufe0e\ufe0f")
    text = _DIGIT_IN_WORD.sub(lambda m: m.group().translate(_LEET), text)
    return _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), text)


def without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def spellings(text: str) -> tuple[str, str]:
    """The words as printed (plain_words) and the same read without accents: every check reads both, so
    "Réviewez-nous" and "Rév1ew" are caught as "Reviewez-nous" and "Review" too."""
    words = plain_words(text)
    return words, without_accents(words)


_RULE_WORDS = ("incentive", "five_stars", "review", "star_ask", "call")
# little words and things a shop gives away: no name is made of these and rule words alone ("Café offert")
_GENERIC = re.compile(r"(le|la|les|l|du|de|des|d|au|aux|et|chez|the|a|an|of|and|at|un|une|our|nos|notre|votre|your"
                      r"|coffees?|caf[ée]s?|drinks?|boissons?|teas?|th[ée]s?|beers?|bi[èe]res?|wines?|vins?|pints?"
                      r"|desserts?|cookies?|croissants?|meals?|repas|delivery|livraison|shipping|wi-?fi|parking)",
                      re.IGNORECASE)


def without_names(text: str, names: tuple[str, ...]) -> str:
    """The words with the shop's name left out where it is written as typed (first letter in either case, or
    in capitals): "Review Le Petit Cadeau on Google" is no offer, « le petit cadeau est pour vous » is."""
    for name in names:
        spellings = {name, name[:1].swapcase() + name[1:], name.upper()}
        pattern = "|".join(re.escape(n) for n in sorted(spellings, key=len, reverse=True))
        text = re.sub(rf"(?<!\w)(?:{pattern})(?!\w)", " ", text)
    return text


def map_link(payload: str) -> bool:
    """A link to a place on a map (a door sign's code, "Find us on Google Maps"), where no review is asked:
    google.*/maps, maps.google.*, maps.app.goo.gl, goo.gl/maps, a g.page page that is not its /review."""
    host, path = link_host(payload), urlsplit(payload.strip()).path.lower() if "://" in payload else ""
    if host.startswith("maps.") or host_matches(host, "maps.app.goo.gl"):
        return True
    if host_matches(host, "google.*") or host_matches(host, "goo.gl"):
        return path == "/maps" or path.startswith("/maps/")
    return host_matches(host, "g.page") and "review" not in path


def parse_rules(data: dict) -> ReviewRules:
    rules = tuple(ReviewRule(entry["key"], entry["name"], tuple(entry["platforms"]), tuple(entry["hosts"]),
                             tuple(Breach(b) for b in entry["forbids"]), entry["summary"], entry["source"],
                             date.fromisoformat(entry["last_checked"])) for entry in data["rules"])
    patterns = {key: re.compile(value, re.IGNORECASE) for key, value in data["patterns"].items()}
    return ReviewRules(rules, patterns)


@lru_cache(maxsize=1)
def review_rules() -> ReviewRules:
    """The table in review_rules_table.py, parsed once."""
    from socialdesk.domain.review_rules_table import RULES_TABLE

    return parse_rules(RULES_TABLE)


def card_breaks(item, platform_key: str = "", review_card: bool = False,
                identity: tuple[str, ...] = ()) -> list[RuleBroken]:
    """The rules a CardItem's headline or caption breaks (see ReviewRules.broken)."""
    return review_rules().broken([item.call_to_action, item.caption], platform_key, item.payload, review_card,
                                 identity)


def identity_words(shop) -> tuple[str, ...]:
    """The shop's own name and trade: who it is, never an offer or a request on their own."""
    return tuple(w for w in (shop.name, shop.trade) if w and w.strip()) if shop is not None else ()


def shop_words(shop) -> list[str]:
    """The shop card's words that print on cards, business cards and door signs: name, trade, typed hours."""
    if shop is None:
        return []
    return [w for w in (shop.name, shop.trade, shop.opening_hours) if w and w.strip()]


def items_breaking(items, closure: str = "", shop=None, identity: tuple[str, ...] = ()) -> list[RuleBroken]:
    """The first rule each card breaks, in the cards' order (one line a card), then the door sign's closure
    line, read as words beside the first card's code, then the shop's name and trade (each on its own:
    identity_breaks) and typed hours (as a card's words, never as asking), read beside every card's code;
    the shop's name and trade (or `identity`, when only the cards print) inside a card's words are read as a
    name only as neutral_names allows: the one guard before words print."""
    from socialdesk.domain.cards import CardItem

    found = []
    identity = identity_words(shop) + tuple(identity)
    extra = [CardItem(items[0].payload if items else "", "", closure)] if closure.strip() else []
    for item in list(items) + extra:
        breaks = card_breaks(item, identity=identity)
        if breaks:
            found.append(breaks[0])
    rules = review_rules()
    beside = [item.payload for item in items] or [""]
    own = identity_words(shop)
    for words in shop_words(shop):
        if words in own:
            breaks = [b for payload in beside for b in rules.identity_breaks([words], payload)]
        else:  # typed hours: a card's words, but no request ("Share Tea" on a Yelp card)
            breaks = [b for payload in beside for b in rules.broken([words], "", payload, identity=identity)
                      if b.breach is not Breach.ASKING]
        if breaks:
            found.append(breaks[0])
    return found
