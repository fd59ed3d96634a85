"""Answering the shop's reviews: reply drafts, the unhappy-review guide and the weekly tally."""
