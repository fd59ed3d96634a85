"""The printed matter the owner can choose: its names alone, without the page layouts (cards_layout)."""

from enum import Enum


class CardTemplate(str, Enum):
    A6 = "a6"  # counter card, 105 x 148 mm, one a page
    A6X4 = "a6x4"  # four A6 counter cards on an A4 sheet, with cut marks
    TENT = "tent"  # A5 folded into two A6 faces, the top one upside down
    STICKERS = "stickers"  # a label sheet from label_sheets_table.py (L7164 unless chosen)
    BUSINESS = "business"  # a business-card sheet from label_sheets_table.py, fronts then backs for duplex
    DOOR_A5 = "door-a5"  # door sign: opening hours, closure, a code to the Maps listing
    DOOR_A4 = "door-a4"
