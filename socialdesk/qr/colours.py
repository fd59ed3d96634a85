"""Colours of a code: dark modules on a light ground, WCAG contrast at least 4:1, never inverted."""

import math
from dataclasses import dataclass
from enum import Enum

MIN_CONTRAST = 4.0

RGB = tuple[int, int, int]


class ColourProblem(str, Enum):
    UNKNOWN = "unknown"  # not a colour we can read
    TRANSPARENT = "transparent"
    INVERTED = "inverted"  # light modules on a dark ground: many readers fail
    LOW_CONTRAST = "low_contrast"


class ColourRefused(ValueError):
    """`value` is the text refused (UNKNOWN, TRANSPARENT) and `role` "foreground" or "background";
    a pair refused (INVERTED, LOW_CONTRAST) has its `ratio` and no value."""

    def __init__(self, problem: ColourProblem, ratio: float | None = None, value: str = "", role: str = ""):
        super().__init__(problem.value if ratio is None else f"{problem.value} ({ratio:.2f}:1)")
        self.problem, self.ratio, self.value, self.role = problem, ratio, value, role


def shown_ratio(ratio: float) -> str:
    """A contrast ratio as told to the owner, rounded DOWN: 3.97:1 must not read "4.0:1, at least 4:1"."""
    return f"{math.floor(ratio * 10) / 10:.1f}"


def parse_colour(text: str) -> RGB:
    """'#1a2b3c', '#abc', '1a2b3c', CSS names ('navy') or 'rgb(…)'; raises ColourRefused."""
    from PIL import ImageColor

    candidate = (text or "").strip()
    if candidate and all(ch in "0123456789abcdefABCDEF" for ch in candidate) and len(candidate) in (3, 6):
        candidate = "#" + candidate
    try:
        value = ImageColor.getrgb(candidate)
    except ValueError as error:
        raise ColourRefused(ColourProblem.UNKNOWN, value=text or "") from error
    if len(value) == 4 and value[3] != 255:
        raise ColourRefused(ColourProblem.TRANSPARENT, value=text or "")
    return value[0], value[1], value[2]


def hex_colour(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def relative_luminance(rgb: RGB) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def linear(channel: int) -> float:
        c = channel / 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: RGB, second: RGB) -> float:
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@dataclass(frozen=True)
class CheckedColours:
    dark: RGB
    light: RGB
    ratio: float


def check_colours(foreground: str, background: str) -> CheckedColours:
    """Parse and judge a pair; raises ColourRefused with the reason. Too little contrast is said
    first: #ffffff on #fefefe is two near-equal whites, not an inverted code."""
    dark, light = _parsed(foreground, "foreground"), _parsed(background, "background")
    ratio = contrast_ratio(dark, light)
    if ratio < MIN_CONTRAST:
        raise ColourRefused(ColourProblem.LOW_CONTRAST, ratio)
    if relative_luminance(dark) > relative_luminance(light):
        raise ColourRefused(ColourProblem.INVERTED, ratio)
    return CheckedColours(dark, light, ratio)


def _parsed(text: str, role: str) -> RGB:
    try:
        return parse_colour(text)
    except ColourRefused as refused:
        raise ColourRefused(refused.problem, value=refused.value, role=role) from None
