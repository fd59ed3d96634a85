"""print-cards' guard and inventory: review rules checked before drawing, each printed code recorded after."""

from socialdesk.headless.exits import Refused
from socialdesk.headless.language import _


def refuse_broken_rules(items) -> None:
    """Refused (exit 2, one line) when a card's headline or caption breaks a review rule, naming it."""
    from socialdesk.domain.review_rules import items_breaking
    from socialdesk.headless.card_words import broken_text

    found = items_breaking(items)
    if found:
        raise Refused(broken_text(found[0]) + " " + _("Change the listing's name or its link before printing."))


from socialdesk.headless.print_record import record  # noqa: E402,F401  (print-cards imports it from here)
