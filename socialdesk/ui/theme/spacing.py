"""Space and shape: margins and gaps on a 4/8 px grid, rounded cards and chips (logical pixels, scaled by Qt)."""

XS, S, M, L, XL = 4, 8, 12, 16, 24  # the only gaps and margins a layout uses
CARD_RADIUS = 8  # day columns, cards, group boxes
CHIP_RADIUS = 6  # network chips, buttons
BORDER = 1  # a card's line: no heavy shadows
EDGE = 4  # the coloured left edge of a card (its status)
CHIP = 14  # a network chip's side on a calendar card; it grows with the text when the font is larger
