"""A post as each network gets it: its text, the network's hashtags and signature, the image described."""

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from socialdesk.domain.networks import is_network_key, network
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


def hashtag_words(text: str) -> list[str]:
    """The hashtags of a set as the owner typed them, "#" added where forgotten, each once."""
    words = [w if w.startswith("#") else "#" + w for w in text.replace(",", " ").split() if w.strip("#")]
    return list(dict.fromkeys(words))


class TagProblem(str, Enum):
    """What is wrong with a hashtag set on a network; the UI turns it into words."""

    TOO_MANY = "too_many"  # more hashtags than the network takes in one post (Instagram: 30)
    DOUBLE = "double"  # "##pain": the network reads "#" and then a tag, or nothing
    CUT = "cut"  # "#boulangerie-lyon": a hyphen or a sign ends the tag, the network reads "#boulangerie"
    NO_WORD = "no_word"  # "#🥐", "#": no letter, digit or underscore, so no tag at all


@dataclass(frozen=True)
class TagIssue:
    problem: TagProblem
    tag: str = ""  # as typed
    read: str = ""  # CUT: what the network reads of it
    count: int = 0  # TOO_MANY: the hashtags a post would carry
    limit: int = 0  # TOO_MANY: what the network takes


def hashtag_count(text: str) -> int:
    """The hashtags a network finds in a text (the same once each)."""
    return len({t.lower() for t in _HASHTAG.findall(text)})


def hashtag_limit(network_key: str) -> int:
    """The hashtags one post may carry on that network (networks.py); 0 when none is known."""
    return network(network_key).hashtag_limit if is_network_key(network_key) else 0


def tag_issues(network_key: str, hashtags: str, copied: str = "") -> list[TagIssue]:
    """What the network would not read as typed in a hashtag set: a doubled "#", a tag a hyphen or a sign cuts,
    a tag with no word; and more hashtags than it takes, counted in `copied` (the whole text it gets) when
    given, else in the set. Nothing is rewritten: `clean_hashtags` is the owner's choice."""
    issues = []
    for word in dict.fromkeys(hashtags.replace(",", " ").split()):
        body = word.lstrip("#")
        start = re.match(r"\w+", body)
        if word.startswith("##"):
            issues.append(TagIssue(TagProblem.DOUBLE, word))
        if not start:
            issues.append(TagIssue(TagProblem.NO_WORD, word))
        elif start.group() != body:
            issues.append(TagIssue(TagProblem.CUT, word, "#" + start.group()))
    count = hashtag_count(copied) if copied else len(hashtag_words(clean_hashtags(hashtags)))
    limit = hashtag_limit(network_key)
    if limit and count > limit:
        issues.append(TagIssue(TagProblem.TOO_MANY, count=count, limit=limit))
    return issues


def clean_hashtags(hashtags: str) -> str:
    """The set as the network would read every tag whole: one "#", the words of a cut tag joined
    ("#boulangerie-lyon" → "#boulangerielyon"), tags with no word left out, each tag once."""
    tags = ["#" + "".join(re.findall(r"\w+", word)) for word in hashtags.replace(",", " ").split()]
    return " ".join(dict.fromkeys(t for t in tags if len(t) > 1))


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
        tail.append(f"{image_label}: {alt_text}" if image_label else alt_text)
    return "\n\n".join(part for part in [text, *tail] if part)


def story_words(post: Post) -> str:
    """The words an Instagram Story may carry in a text box or sticker: the post's own text only. A Story has no
    caption, so the signature, the hashtags and the image's description are left out."""
    return post.text_for("instagram").strip()


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
