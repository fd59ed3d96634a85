"""Every word of both palettes reads at 4.5:1 (WCAG 2 relative luminance), network chips too."""

import pytest

from socialdesk.domain.networks import NETWORKS
from socialdesk.domain.posts import PostStatus
from socialdesk.ui.theme.palette import DARK, LIGHT, MIN_CONTRAST, chip_colours, contrast, luminance

TEXT_FIELDS = ("text", "secondary", "accent", "link", "success", "danger", "warning")


def pairs(palette):
    """(what, text colour, background colour) for every text the window draws on a background."""
    for ground in ("window", "card"):
        for field in TEXT_FIELDS:
            yield f"{field} on {ground}", getattr(palette, field), getattr(palette, ground)
        for status in PostStatus:
            yield f"{status.name} on {ground}", palette.status(status), getattr(palette, ground)
    yield "selected text on accent", palette.on_accent, palette.accent


@pytest.mark.parametrize("palette", (LIGHT, DARK), ids=("light", "dark"))
def test_every_text_of_the_palette_reads_at_4_5_to_1(palette):
    failing = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in pairs(palette) if contrast(fg, bg) < MIN_CONTRAST]
    assert failing == []


@pytest.mark.parametrize("item", NETWORKS, ids=[n.key for n in NETWORKS])
def test_a_network_chips_letter_reads_on_its_colour(item):
    fill, ink = chip_colours(item.key)
    assert contrast(ink, fill) >= MIN_CONTRAST


def test_the_contrast_formula_gives_wcags_known_values():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey
    assert luminance("#FFFFFF") == pytest.approx(1.0)


def test_the_dark_palette_is_dark_and_the_light_one_light():
    assert DARK.dark and not LIGHT.dark
