"""A listing's status and when it is due a check: light, for what is due on a week's first open."""

from datetime import timedelta
from enum import Enum

STALE_AFTER = timedelta(days=90)


class ListingStatus(str, Enum):
    TO_CLAIM = "to_claim"
    CLAIMED = "claimed"
    VERIFIED = "verified"
    NOT_RELEVANT = "not_relevant"
