"""The names of the printed matter the owner picks (the cards bar, the printed codes' inventory), in this order.

A module of its own: the checklist names what was printed without loading the presence tab's words.
"""

from socialdesk.domain.card_template import CardTemplate
from socialdesk.ui.common.labels import Labels

CARD_TEMPLATES = Labels("QrCardsBar", {  # the printed matter the owner picks, in this order
    CardTemplate.A6: "A6 counter card",
    CardTemplate.A6X4: "Four A6 counter cards on A4 (cut marks)",
    CardTemplate.TENT: "A5 table tent (folded)",
    CardTemplate.STICKERS: "Sticker sheet",
    CardTemplate.BUSINESS: "Business cards (front and back)",
    CardTemplate.DOOR_A5: "A5 door sign (opening hours)",
    CardTemplate.DOOR_A4: "A4 door sign (opening hours)",
})
