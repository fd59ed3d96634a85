"""Each network's image shapes, export sizes and text shown before "… more" (DOMAIN.md, Dec 2026)."""

from dataclasses import dataclass

TOLERANCE = 0.01  # a ratio within 1 % of a bound still fits: phones' photos are rarely exact

Box = tuple[float, float, float, float]  # left, top, width, height, as fractions (0–1) of the image


@dataclass(frozen=True)
class Shape:
    """Accepted width:height ratios (narrowest to widest), the export's width in pixels, and roughly how much
    text the feed shows before it cuts with "… more" (0: no cut of that kind)."""

    network: str
    narrowest: float  # width / height of the tallest accepted shape
    widest: float  # width / height of the widest accepted shape
    export_width: int
    words: str  # the shapes as DOMAIN.md writes them, shown to the owner
    visible_chars: int = 0  # characters shown before "… more" (approximate: phones differ)
    visible_lines: int = 0  # lines shown before "… more"
    min_side: int = 0  # below this many pixels on the short side the network blows the image up (blurry)

    def export_size(self, ratio: float) -> tuple[int, int]:
        """The size to publish a crop of that ratio at (clamped into the accepted range)."""
        ratio = min(max(ratio, self.narrowest), self.widest)
        return self.export_width, round(self.export_width / ratio)


# The one editable table: correct a line when a network changes its shapes (and the date above).
# `min_side` is approximate (what each network blows up or calls too small), for a warning only.
SHAPES: tuple[Shape, ...] = (
    Shape("instagram", 4 / 5, 1.91, 1080, "4:5 – 1.91:1", visible_chars=125, visible_lines=2, min_side=320),
    Shape("facebook", 4 / 5, 1.91, 1080, "4:5 – 1.91:1", visible_chars=480, visible_lines=5, min_side=320),
    Shape("google", 4 / 3, 4 / 3, 1200, "4:3", visible_chars=100, visible_lines=3, min_side=300),  # 400 × 300
    Shape("x", 1.0, 16 / 9, 1600, "1:1 – 16:9", min_side=300),  # 280 characters, all shown
    Shape("linkedin", 4 / 5, 1.91, 1200, "4:5 – 1.91:1", visible_chars=210, visible_lines=3, min_side=300),
    Shape("pinterest", 2 / 3, 2 / 3, 1000, "2:3", min_side=300),  # the description is shown whole under the pin
)
# How the feed shows a web address written in the text: each network's `text_links` in networks.py. NO_LINKS, plain
# text nobody can tap (Instagram and TikTok captions: hence "link in bio"); BARE_LINKS, "www.…" is a link too;
# SCHEME_LINKS, only what starts with http:// or https://.
NO_LINKS, BARE_LINKS, SCHEME_LINKS = "none", "bare", "scheme"
# An Instagram Story (9:16) is not a network of the calendar: it is an Instagram post marked as a Story (the
# post's extra[STORY_KEY]), checked, cropped and exported with this shape instead of the feed's.
STORY = Shape("instagram_story", 9 / 16, 9 / 16, 1080, "9:16", min_side=320)
STORY_KEY = "instagram_story"

_BY_NETWORK = {shape.network: shape for shape in SHAPES + (STORY,)}


def shape_for(network: str) -> Shape | None:
    """The network's shapes (or a shape key's, as shape_key gives it), or None when it takes any shape."""
    return _BY_NETWORK.get(network)


def is_story(post, network: str) -> bool:
    """Whether the post goes to that network as a Story rather than to its feed (a network whose record takes
    Stories: Instagram)."""
    from socialdesk.domain.networks import STORY_NETWORK

    return network == STORY_NETWORK and bool(post.extra.get(STORY_KEY))


def shape_key(post, network: str) -> str:
    """The key of the shapes the post's image must have on that network (its Story's, when it is one)."""
    return story_shape_key(network, bool(post.extra.get(STORY_KEY)))


def story_shape_key(network: str, story: bool) -> str:
    """The shapes' key on that network for a post marked (`story`) or not as a Story: the Story's on the network
    that takes Stories, else the network's own."""
    from socialdesk.domain.networks import STORY_NETWORK

    return STORY.network if story and network == STORY_NETWORK else network


def too_small(key: str, width: int, height: int) -> bool:
    """Whether an image of that size is below what the network (shape key) shows sharp."""
    shape = shape_for(key)
    return shape is not None and 0 < min(width, height) < shape.min_side


def link_style(network: str) -> str:
    """How the network shows a web address in the text (its record's `text_links`; unknown: SCHEME_LINKS)."""
    from socialdesk.domain.networks import is_network_key
    from socialdesk.domain.networks import network as record

    return record(network).text_links if is_network_key(network) else SCHEME_LINKS


def fits(network: str, width: int, height: int) -> bool:
    """Whether an image of that size is accepted as it is by the network."""
    shape = shape_for(network)
    if shape is None or width <= 0 or height <= 0:
        return True
    ratio = width / height
    return shape.narrowest * (1 - TOLERANCE) <= ratio <= shape.widest * (1 + TOLERANCE)


def target_ratio(shape: Shape, width: int, height: int) -> float:
    """The accepted ratio nearest to the image's own: the crop loses as little as it can."""
    return min(max(width / height, shape.narrowest), shape.widest)


def default_crop(network: str, width: int, height: int) -> Box:
    """The largest centred crop the network accepts (the whole image when it fits)."""
    shape = shape_for(network)
    if shape is None or fits(network, width, height):
        return (0.0, 0.0, 1.0, 1.0)
    ratio = target_ratio(shape, width, height)
    w, h = crop_fractions(ratio, width, height)
    return ((1 - w) / 2, (1 - h) / 2, w, h)


def kept_crop(box, key: str, width: int, height: int) -> Box:
    """The owner's crop when it still has a shape `key` takes (it may have been drawn for the feed and the post
    is now a Story), else the largest centred crop it accepts."""
    box = valid_box(box) if box else None
    if box is not None:
        left, top, right, bottom = pixel_box(box, width, height)
        if fits(key, right - left, bottom - top):
            return box
    return default_crop(key, width, height)


def crop_fractions(ratio: float, width: int, height: int) -> tuple[float, float]:
    """Width and height, as fractions of the image, of the largest crop of that ratio."""
    if width / height > ratio:
        return ratio * height / width, 1.0
    return 1.0, width / (ratio * height)


def moved(box: Box, dx: float, dy: float) -> Box:
    """The crop moved by (dx, dy) fractions, kept inside the image; its size does not change."""
    left, top, w, h = box
    return (min(max(left + dx, 0.0), 1.0 - w), min(max(top + dy, 0.0), 1.0 - h), w, h)


def valid_box(raw) -> Box | None:
    """A stored crop read back, or None when it is not four fractions inside the image."""
    try:
        left, top, w, h = (float(v) for v in raw)
    except (TypeError, ValueError):
        return None
    if not (0 <= left and 0 <= top and 0 < w <= 1 and 0 < h <= 1 and left + w <= 1.0001 and top + h <= 1.0001):
        return None
    return (left, top, w, h)


def pixel_box(box: Box, width: int, height: int) -> tuple[int, int, int, int]:
    """The crop in pixels (left, top, right, bottom), as Pillow's crop() takes it."""
    left, top, w, h = box
    x0, y0 = round(left * width), round(top * height)
    return x0, y0, min(width, x0 + max(1, round(w * width))), min(height, y0 + max(1, round(h * height)))
