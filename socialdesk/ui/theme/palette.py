"""The two palettes (light, dark): one warm accent, status colours, network chips; contrast from WCAG 2."""

from dataclasses import dataclass
from functools import lru_cache

UNKNOWN_NETWORK = "#6E6E6E"  # a chip for a key no record knows (a file from a newer version)
CHIP_INK = ("#FFFFFF", "#1E1B18")  # the two inks a chip's letter is drawn in: whichever reads better wins
MIN_NON_TEXT = 3.0  # WCAG 2.1 (1.4.11) for the outline of a control against what is around it
MIN_CONTRAST = 4.5  # WCAG 2 AA for body text: every text colour here meets it on card and window
# Marks over text in either theme: semi-transparent, so the palette's own text colour stays readable under them.
MISSING_MARK = "rgba(230, 60, 60, 110)"
EXTRA_MARK = "rgba(40, 170, 80, 110)"
PAPER = "#FFFFFF"  # a preview of print matter (a QR code) shows the paper it will be printed on, in either theme
# Qt's #AARRGGBB, white at 5/8: a thin light ring keeps dark brands (X, TikTok) visible on a dark card
CHIP_OUTLINE = "#A0FFFFFF"
IMAGE_SHADE = "#96000000"  # Qt's #AARRGGBB: what a crop leaves out of a photo, dimmed the same in either theme
IMAGE_FRAME = "#FFFFFF"  # the crop frame over a photo (the accent when it has the focus)


@dataclass(frozen=True)
class Palette:
    """Colours as "#RRGGBB"; `text`-like fields are read on `card` and `window` (a test checks 4.5:1)."""

    name: str
    window: str  # the desk behind everything
    card: str  # cards, lists, fields
    border: str  # 1 px lines around cards and fields
    text: str
    secondary: str  # captions, hints, placeholders
    accent: str  # one primary button per view, the selection, the focus ring
    on_accent: str  # text on the accent
    link: str
    success: str  # a verdict that is fine (the QR code reads)
    danger: str  # a warning the owner must act on (text too long, code unreadable)
    statuses: tuple[tuple[str, str], ...]  # a post status's value ("planned"), its colour
    control: str = "#8A8075"  # the outline of an unticked check box: 3:1 on window and card (WCAG non-text)
    warning: str = "#8F5B00"  # something to look at soon (a listing out of date), always with its word

    @property
    def dark(self) -> bool:
        return luminance(self.window) < 0.2

    def status(self, status) -> str:
        """The colour of a PostStatus (or its value): the posts' module loads with the posts, not with the look."""
        from socialdesk.domain.posts import PostStatus

        return dict(self.statuses)[PostStatus(status).value]


LIGHT = Palette(
    name="light", window="#FAF7F2", card="#FFFFFF", border="#E6DFD4", text="#2B2620", secondary="#6B6258",
    accent="#B5532C", on_accent="#FFFFFF", link="#2F6DB5", success="#2E7D4F", danger="#B3261E",
    statuses=(("planned", "#2F6DB5"), ("published", "#2E7D4F"), ("draft", "#8F5B00"), ("idea", "#7B4FB3"),
              ("skipped", "#6E6E6E")),
)

DARK = Palette(
    name="dark", window="#1E1B18", card="#2A2622", border="#3A342E", text="#F2ECE4", secondary="#BDB3A7",
    accent="#E8956B", on_accent="#1E1B18", link="#7FB0EE", success="#6CC592", danger="#FF8A80",
    statuses=(("planned", "#7FB0EE"), ("published", "#6CC592"), ("draft", "#E0A84A"), ("idea", "#B996E8"),
              ("skipped", "#A8A8A8")),
    control="#948A7E", warning="#E0A84A",
)


def with_words_of(lightness: int) -> Palette:
    """The palette whose words have this lightness (0-255, Qt's): light words are the dark theme's."""
    return DARK if lightness >= 128 else LIGHT


def network_colour(key: str) -> str:
    """A network's brand colour, from its one record (loaded with the first chip, not with the look)."""
    from socialdesk.domain.networks import is_network_key, network

    return network(key).color if is_network_key(key) else UNKNOWN_NETWORK


def chip_ink(background: str) -> str:
    """White or dark text on a chip of `background`, whichever contrasts more."""
    return max(CHIP_INK, key=lambda ink: contrast(ink, background))


def chip_colours(key: str) -> tuple[str, str]:
    """A network chip's fill and ink: its brand colour, deepened just enough for the letter to read at 4.5:1."""
    fill = network_colour(key)
    ink = chip_ink(fill)
    toward = "#000000" if ink == CHIP_INK[0] else "#FFFFFF"
    for step in range(1, 20):
        if contrast(ink, fill) >= MIN_CONTRAST:
            break
        fill = _mix(network_colour(key), toward, step * 0.02)
    return fill, ink


def _mix(colour: str, other: str, share: float) -> str:
    a, b = ([int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in (colour, other))
    return "#" + "".join(f"{round(x + (y - x) * share):02X}" for x, y in zip(a, b))


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


@lru_cache(maxsize=256)  # card painters ask for the same few colours on every paint
def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#RRGGBB"."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours, 1 … 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
