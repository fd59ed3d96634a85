"""How a post will look on one network: the text shown before "… more", its links, the image's crop."""

import re
from dataclasses import dataclass

from socialdesk.domain.calendar.counting import URL
from socialdesk.domain.calendar.image_shapes import (BARE_LINKS, NO_LINKS, SCHEME_LINKS, Box, kept_crop, is_story,
                                                    link_style, shape_for, shape_key)
from socialdesk.domain.calendar.ready_text import NetworkExtras, text_for
from socialdesk.domain.graphemes import cut_before
from socialdesk.domain.posts import Post

WHOLE: Box = (0.0, 0.0, 1.0, 1.0)
_TRAILING = ".,;:!?)»\"'"  # "see https://a.fr." : the full stop ends the sentence, not the link
_BARE_URL = re.compile(r"(?:https?://|(?<![\w.@/])www\.)\S+", re.IGNORECASE)  # also "www.shop.fr"
_WORD_CUT = 0.6  # cut at the last space when it leaves at least this share of the characters shown


@dataclass(frozen=True)
class Preview:
    network: str
    visible: str  # the words shown before the network cuts
    more: bool  # the network shows "… more" after them
    crop: Box | None  # the part of the image shown (fractions); None: the post has no image
    ratio: float | None  # width / height of the image as shown
    story: bool = False  # an Instagram Story: the image alone, no caption under it (nothing cut, no "… more")

    @property
    def pieces(self) -> list[tuple[str, bool]]:
        """The visible words in order, each with whether the network shows it as a link."""
        return link_pieces(self.visible, link_style(self.network))

    @property
    def dead_links(self) -> bool:
        """The text has a web address the network shows as plain text (nobody can tap it)."""
        return link_style(self.network) == NO_LINKS and bool(_BARE_URL.search(self.visible))


def cut_text(text: str, chars: int, lines: int) -> tuple[str, bool]:
    """The part of `text` shown before "… more" (0 = no limit of that kind), and whether it is cut."""
    shown = text
    if lines:
        shown = "\n".join(shown.split("\n")[:lines])
    if chars and len(shown) > chars:
        head = shown[:chars]
        space = max(head.rfind(" "), head.rfind("\n"))
        shown = head[:space] if space >= chars * _WORD_CUT else shown[:cut_before(shown, chars)]  # a flag kept whole
    shown = shown.rstrip()
    return shown, shown != text.rstrip()


def link_pieces(text: str, style: str = SCHEME_LINKS) -> list[tuple[str, bool]]:
    """`text` split into (words, is_link) pieces as a network of that link style shows it (each network's `text_links`);
    a link's closing punctuation stays outside it."""
    if style == NO_LINKS:
        return [(text, False)] if text else []
    pieces, start = [], 0
    for match in (_BARE_URL if style == BARE_LINKS else URL).finditer(text):
        link = match.group().rstrip(_TRAILING)
        if match.start() > start:
            pieces.append((text[start:match.start()], False))
        pieces.append((link, True))
        start = match.start() + len(link)
    if start < len(text):
        pieces.append((text[start:], False))
    return pieces


def image_view(key: str, crop, size: tuple[int, int] | None) -> tuple[Box | None, float | None]:
    """The crop shown for that shape key (the owner's crop if it still fits, else the largest centred one it
    takes) and its ratio."""
    if size is None or size[0] <= 0 or size[1] <= 0:
        return None, None
    box = kept_crop(crop, key, *size) if shape_for(key) is not None else WHOLE
    return box, (box[2] * size[0]) / (box[3] * size[1])


def preview(network: str, post: Post, extras: dict[str, NetworkExtras], image_label: str,
            image_size: tuple[int, int] | None) -> Preview:
    """The post as that network shows it in the feed; `image_size` is None when it has no (readable) image."""
    crop, ratio = image_view(shape_key(post, network), post.crops.get(network), image_size if post.image else None)
    if is_story(post, network):
        return Preview(network, "", False, crop, ratio, story=True)
    shape = shape_for(network)
    text = text_for(network, post, extras, image_label)
    visible, more = cut_text(text, shape.visible_chars, shape.visible_lines) if shape else (text, False)
    return Preview(network, visible, more, crop, ratio)
