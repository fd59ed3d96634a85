"""The review-reply dialog's words for the domain's codes: slots, the unhappy-review guide, refusals."""

from socialdesk.domain.reviews.replies import Refusal, Slot
from socialdesk.domain.reviews.unhappy import Step
from socialdesk.ui.common.labels import Labels

SLOTS = Labels("ReplyWords", {
    Slot.FIRST_NAME: "Customer's &first name:",
    Slot.MENTIONED: "What they &mentioned:",
    Slot.CONTACT: "How to reac&h you:",
    Slot.SIGNER: "&Who replies:",
})

SLOT_HINTS = Labels("ReplyWords", {
    Slot.FIRST_NAME: "as the review shows it, e.g. Julien",
    Slot.MENTIONED: "in their words, e.g. the sourdough loaf",
    Slot.CONTACT: "the shop's phone or email",
    Slot.SIGNER: "your first name, e.g. Léa, the baker",
})

# The unhappy-review guide, in the order a reply takes it (domain/reviews/unhappy.py says where each comes from).
GUIDE = Labels("ReplyWords", {
    Step.PUBLIC: "Answer publicly, under the review: the next customers read your answer more than the complaint.",
    Step.CALM: "Wait until you are calm. Thank them, no argument, no blame, nothing private about the customer.",
    Step.PERSON: "Be a person, not “the management”: sign with your first name.",
    Step.LISTEN: "Listen first: say back what they mentioned, so they know you read it.",
    Step.OFFLINE: "Take it offline: give a phone number or an email to settle it in person.",
    Step.NOTHING_OFFERED: "Offer nothing in exchange for changing or removing the review: Google forbids it, and so does the law.",
})

REFUSALS = Labels("ReplyWords", {
    Refusal.UNFILLED: "Fill in every blank first: %1.",
    Refusal.INCENTIVE: "The reply offers something: no platform allows a reward linked to a review.",
    Refusal.ASKS_TO_CHANGE: "The reply asks to change or remove the review: Google forbids it since 2024.",
})

SLOT_NAMES = Labels("ReplyWords", {
    Slot.FIRST_NAME: "first name",
    Slot.MENTIONED: "what they mentioned",
    Slot.CONTACT: "how to reach you",
    Slot.SIGNER: "who replies",
})
