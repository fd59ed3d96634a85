"""The command line's review-rules guard: every word it prints (cards, closure line, --caption) checked once."""

import sys

from socialdesk.headless.exits import Refused
from socialdesk.headless.language import _


def refuse_broken_rules(items, args, command: str = "print-cards", closure: str = "") -> None:
    """Refused (exit 2, one line) when words to print break a review rule, naming it; with --wording-checked
    the owner has read the rules: one warning line, and the words print."""
    from socialdesk.domain.review_rules import items_breaking
    from socialdesk.headless.card_words import broken_text
    from socialdesk.headless.messages import WARNING

    found = items_breaking(items, closure)
    if not found:
        return
    if getattr(args, "wording_checked", False):
        print(f"socialdesk {command}: " + _(WARNING).format(message=broken_text(found[0]) + " " + _(
            "Printed all the same: --wording-checked.")), file=sys.stderr)
        return
    advice = (_("Change the listing's name or its link before printing.") if command == "print-cards" else
              _("Change --caption before printing."))
    raise Refused(broken_text(found[0]) + " " + advice + " " + _(
        "(--wording-checked prints it all the same.)"))
