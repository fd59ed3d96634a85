"""A network's toggle chip: a pill on the card when off, filled with the network's colour when on."""

from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.palette import Palette, chip_colours

PILL = 2 * spacing.CHIP_RADIUS + spacing.XS  # the chip's corner: a pill at the body font's height


def toggle_chip_style(key: str, p: Palette) -> str:
    """The chip's stylesheet: off reads as a plain pill, on in the network's colour (ink at 4.5:1), focus ringed."""
    fill, ink = chip_colours(key)
    return f"""
QPushButton {{ background: {p.card}; color: {p.text}; border: {spacing.BORDER}px solid {p.border};
  border-radius: {PILL}px; padding: {spacing.XS}px {spacing.M}px; text-align: left; }}
QPushButton:hover {{ border-color: {fill}; }}
QPushButton:checked {{ background: {fill}; color: {ink}; border-color: {fill}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; }}
QPushButton:checked:focus {{ border: 2px solid {p.text}; }}
"""
