"""A post as each network gets it: its text, the network's hashtags and signature, the image described."""

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from socialdesk.domain.networks import HASHTAG_LENGTH, STORY_NETWORK, is_network_key, network
from socialdesk.domain.posts import Post, PostStatus

_HASHTAG = re.compile(r"#\w+", re.UNICODE)


@dataclass(frozen=True)
class NetworkExtras:
    """What the owner adds to every post on one network ("#boulangerie #lyon", "Link in bio")."""

    hashtags: str = ""
    signature: str = ""

    @property
    def empty(self) -> bool:
        return not (self.hashtags.strip() or self.signature.strip())


def _set_words(text: str) -> list[str]:
    """A hashtag set's words as typed: spaces and commas part them, a full-width "＃" is a "#"."""
    return text.replace("＃", "#").replace(",", " ").split()


def _has_word(text: str) -> bool:
    """A letter or a digit in it: what makes a hashtag ("_" or an emoji alone does not)."""
    return any(char.isalnum() for char in text)


def _glued(word: str) -> list[str]:
    """A typed word cut where a "#" starts another tag: "#one#two" → ["#one", "#two"]; "##x" stays whole."""
    return re.split(r"(?<=[^#])(?=#)", word)


def _tidy_word(word: str) -> list[str]:
    """The tags a typed word stands for, each with one "#": glued tags apart ("#croissant;#brioche" → "#croissant",
    "#brioche"), a bare word given its "#", and the parts of a tag a hyphen or a sign cuts joined
    ("#boulangerie-lyon" → "#boulangerielyon"), keeping only the parts with a letter or a digit."""
    tags = []
    for piece in _glued(word):
        parts = [part for part in re.findall(r"\w+", piece) if _has_word(part)]
        if parts:
            tags.append("#" + "".join(parts))
    return tags


def hashtag_words(text: str) -> list[str]:
    """The hashtags of a set as the owner typed them, "#" added where forgotten, each once."""
    words = [w if w.startswith("#") else "#" + w for w in _set_words(text) if w.strip("#")]
    return list(dict.fromkeys(words))


class TagProblem(str, Enum):
    """What is wrong with a hashtag set on a network; the UI turns it into words."""

    TOO_MANY = "too_many"  # more hashtags than the network takes in one post (Instagram: 30)
    DOUBLE = "double"  # "##pain": the network reads "#" and then a tag, or nothing
    CUT = "cut"  # "#boulangerie-lyon": a hyphen or a sign ends the tag, the network reads "#boulangerie"
    NO_WORD = "no_word"  # "#🥐", "#", "#_": no letter or digit, so no tag at all
    GLUED = "glued"  # "#croissant;#brioche", "#one#two": two tags with no space between them
    BARE = "bare"  # "pain lyon": words with no "#", copied into every post as "#pain #lyon"
    SAME = "same"  # "#café #Café #CAFÉ": networks ignore capitals, so one tag written several times
    DIGITS = "digits"  # "#123": no letter, and networks do not link such a tag
    TOO_LONG = "too_long"  # a tag longer than HASHTAG_LENGTH characters

    @property
    def tidied(self) -> bool:
        """`clean_hashtags` mends it; the others are the owner's to change."""
        return self not in (TagProblem.TOO_MANY, TagProblem.DIGITS, TagProblem.TOO_LONG)


@dataclass(frozen=True)
class TagIssue:
    problem: TagProblem
    tag: str = ""  # as typed; BARE, SAME: the words concerned, parted by spaces
    read: str = ""  # CUT: what the network reads of it; GLUED, BARE: what the tidy-up makes of it
    count: int = 0  # TOO_MANY: the hashtags a post would carry; SAME: how many ways the tag is written
    limit: int = 0  # TOO_MANY: what the network takes; TOO_LONG: the longest tag worth writing


def hashtag_count(text: str) -> int:
    """The hashtags a network finds in a text (the same once each, whatever the capitals; "#_" is none)."""
    return len({t.lower() for t in _HASHTAG.findall(text) if _has_word(t)})


def hashtag_limit(network_key: str) -> int:
    """The hashtags one post may carry on that network (networks.py); 0 when none is known."""
    return network(network_key).hashtag_limit if is_network_key(network_key) else 0


def _word_issues(word: str) -> list[TagIssue]:
    if len(_glued(word)) > 1:
        return [TagIssue(TagProblem.GLUED, word, " ".join(_tidy_word(word)))]
    body = word.lstrip("#")
    start = re.match(r"\w+", body)
    issues = [TagIssue(TagProblem.DOUBLE, word)] if word.startswith("##") else []
    if not start or not _has_word(start.group()):
        issues.append(TagIssue(TagProblem.NO_WORD, word))
    elif start.group() != body:
        issues.append(TagIssue(TagProblem.CUT, word, "#" + start.group()))
    return issues


def tag_issues(network_key: str, hashtags: str, copied: str = "") -> list[TagIssue]:
    """What the network would not read as typed in a hashtag set: a doubled "#", a tag a hyphen or a sign cuts,
    a tag with no word, tags glued together, words with no "#", one tag in several capitals, a tag of digits only,
    a tag too long; and more hashtags than it takes, counted in `copied` (the whole text it gets) when given,
    else in the set. Nothing is rewritten: `clean_hashtags` is the owner's choice."""
    issues, bare = [], []
    words = list(dict.fromkeys(_set_words(hashtags)))
    for word in words:
        if word.startswith("#") or len(_glued(word)) > 1 or not _has_word(word):
            issues.extend(_word_issues(word))
        else:
            bare.append(word)
    if bare:
        issues.append(TagIssue(TagProblem.BARE, " ".join(bare), " ".join(t for w in bare for t in _tidy_word(w))))
    spellings: dict[str, list[str]] = {}
    for tag in dict.fromkeys(t for w in words for t in _tidy_word(w)):
        spellings.setdefault(tag.lower(), []).append(tag)
    for same in spellings.values():
        tag, body = same[0], same[0][1:]
        if len(same) > 1:
            issues.append(TagIssue(TagProblem.SAME, " ".join(same), count=len(same)))
        if not any(char.isalpha() for char in body):
            issues.append(TagIssue(TagProblem.DIGITS, tag))
        if len(body) > HASHTAG_LENGTH:
            issues.append(TagIssue(TagProblem.TOO_LONG, tag, limit=HASHTAG_LENGTH))
    count = hashtag_count(copied) if copied else len(spellings)
    limit = hashtag_limit(network_key)
    if limit and count > limit:
        issues.append(TagIssue(TagProblem.TOO_MANY, count=count, limit=limit))
    return issues


def clean_hashtags(hashtags: str) -> str:
    """The set as the network would read every tag whole: glued tags apart, one "#" each, "#" given to bare words,
    the parts of a cut tag joined ("#boulangerie-lyon" → "#boulangerielyon"), tags with no word left out, each
    tag once whatever its capitals (the first spelling kept)."""
    tags: dict[str, str] = {}
    for tag in (t for word in _set_words(hashtags) for t in _tidy_word(word)):
        tags.setdefault(tag.lower(), tag)
    return " ".join(tags.values())


def _missing_tags(text: str, tags: list[str]) -> list[str]:
    present = {t.lower() for t in _HASHTAG.findall(text)}
    return [t for t in tags if t.lower() not in present]


def describes_image(network_key: str) -> bool:
    """True when the network has no alt-text field of its own: the description goes in the text."""
    return is_network_key(network_key) and not network(network_key).alt_field


def text_for(network_key: str, post: Post, extras: dict[str, NetworkExtras], image_label: str = "Image") -> str:
    """The words to paste on one network: its text, the set's hashtags it lacks, the signature it lacks,
    and, where the network has no alt-text field, the image's description after `image_label`."""
    text = post.text_for(network_key).rstrip()
    added = extras.get(network_key, NetworkExtras())
    tail = []
    signature = added.signature.strip()
    if signature and signature.lower() not in text.lower():
        tail.append(signature)
    tags = _missing_tags(text, hashtag_words(added.hashtags))
    if tags:
        tail.append(" ".join(tags))
    alt_text = visible_text(post.alt_text)
    if post.image and alt_text and describes_image(network_key):
        tail.append(_image_line(alt_text, image_label))
    return _PART_BREAK.join(part for part in [text, *tail] if part)


_PART_BREAK = "\n\n"  # between the text, the signature, the hashtags and the image's description


def _image_line(alt_text: str, image_label: str) -> str:
    return f"{image_label}: {alt_text}" if image_label else alt_text


_NO_EXTRAS = NetworkExtras()


@lru_cache(maxsize=64)
def _every_word_tagged(hashtags: str) -> str:
    """Every word of a set given a "#" (a week or a month counts each post with the same few sets)."""
    return " ".join("#" + word for word in _set_words(hashtags))


def longest_text(network_key: str, post: Post, extras: dict[str, NetworkExtras], image_label: str = "Image") -> str:
    """A text at least as long as `text_for`'s, made quickly of the same pieces left whole: the text and the
    signature untrimmed, every word of the set given a "#" (also those the text already has), the image's
    description whatever the network, every part there. Its length is an upper bound of `text_for`'s."""
    added = extras.get(network_key, _NO_EXTRAS)
    parts = [post.text_for(network_key), added.signature, _every_word_tagged(added.hashtags)]
    if post.image:
        parts.append(_image_line(post.alt_text, image_label))
    return _PART_BREAK.join(parts)


def story_words(post: Post) -> str:
    """The words an Instagram Story may carry in a text box or sticker: the post's own text only. A Story has no
    caption, so the signature, the hashtags and the image's description are left out."""
    return post.text_for(STORY_NETWORK).strip()


def needs_alt_text(post: Post) -> bool:
    """A post planned or published with an image must say what the image shows (screen readers read it);
    only an idea, a draft or a skipped post may wait for it."""
    waiting = post.status in (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.SKIPPED)
    return not waiting and bool(post.image) and not visible_text(post.alt_text)


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Cf", "Cc", "Zs", "Zl", "Zp")


def visible_text(text: str) -> str:
    """The text without the invisible characters at its ends (spaces, zero-width space, controls):
    empty when nothing is left a reader could see, so an alt text of a lone U+200B is no alt text."""
    start, end = 0, len(text)
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return text[start:end]
